/**
 * The plan's row schemas (data/plan/*.csv and source/meta.json): every CSV cell arrives as a string
 * and is validated by a cell schema (never coerced with +cell); the inferred output types are the
 * records later stages use. The closed lists (department kinds, roles, comparisons, units, evidence
 * statuses) are declared here with the schemas that check them.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Cell schemas: every CSV cell arrives as a string and is validated (never coerced with +cell).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const text = z.string().trim().min(1, { error: 'expected a non-empty text' });
const optionalText = z.string().trim();
const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected an ASCII slug such as "urban-management"' });
const measureId = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}$/, { error: 'expected a measure id "section.item" such as "4.2"' });
const targetId = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}-[a-z]$/, { error: 'expected a target id such as "4.1-c"' });
const positiveInt = z
  .string()
  .regex(/^[1-9]\d*$/, { error: 'expected a whole number ≥ 1' })
  .transform(Number);
const optionalDecimal = z
  .string()
  .regex(/^(-?\d+(\.\d+)?)?$/, {
    error: 'expected a decimal number such as 82.5 or -10, or an empty cell',
  })
  .transform((s) => (s === '' ? null : Number(s)));
const optionalYear = z
  .string()
  .regex(/^(\d{4})?$/, { error: 'expected a four-digit year or an empty cell' })
  .transform((s) => (s === '' ? null : Number(s)));
const isoDate = z.string().refine(isRealDate, { error: 'expected a calendar date YYYY-MM-DD' });
const optionalIsoDate = z
  .string()
  .refine((s) => s === '' || isRealDate(s), {
    error: 'expected a calendar date YYYY-MM-DD or an empty cell',
  })
  .transform((s) => (s === '' ? null : s));
const bool = z
  .enum(['true', 'false'], { error: 'expected true or false' })
  .transform((s) => s === 'true');
const httpsUrl = z.string().regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' });

// ---------------------------------------------------------------------------------------------
// Row schemas. The inferred output types are the records later stages use.

export const SectionSchema = z.object({
  section: positiveInt,
  title_zh: text,
  title_en: text,
});
export type PlanSection = z.output<typeof SectionSchema>;

export const MeasureSchema = z.object({
  id: measureId,
  section: positiveInt,
  item: positiveInt,
  title_zh: text,
  title_en: text,
  summary_zh: text,
  summary_en: text,
});
export type Measure = z.output<typeof MeasureSchema>;

export const DEPARTMENT_KINDS = [
  'county_department',
  'branch_of_city_department',
  'county_institution',
  'local_government',
  'committee',
  'enterprise',
] as const;
export const DepartmentSchema = z.object({
  id: slug,
  name_zh: text,
  name_en: text,
  kind: z.enum(DEPARTMENT_KINDS, { error: `expected one of ${DEPARTMENT_KINDS.join(', ')}` }),
});
export type Department = z.output<typeof DepartmentSchema>;

export const DepartmentAliasSchema = z.object({
  alias: text,
  department_id: slug,
  note: optionalText,
});
export type DepartmentAlias = z.output<typeof DepartmentAliasSchema>;

/** lead 牵头 · joint 按职责分工负责 / 负责 · cooperating 配合 · implementing 负责落实 / 参与. */
export const ROLES = ['lead', 'joint', 'cooperating', 'implementing'] as const;
export type Role = (typeof ROLES)[number];
export const MeasureBodySchema = z.object({
  measure_id: measureId,
  department_id: slug,
  role: z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` }),
  open_list: bool,
  note: optionalText,
});
export type MeasureBody = z.output<typeof MeasureBodySchema>;

/**
 * How a target's value is compared. Numeric: < <= = >= between (target_value..target_value_max).
 * Quantifiers without a number: all / basically_all (基本实现) and none / basically_none (清零,
 * 淘汰 / 基本消除). complete: a task to finish; increase: 保持增长态势; meets_assigned: reach a
 * target the city sets whose value the plan does not state.
 */
export const COMPARISONS = [
  '<',
  '<=',
  '=',
  '>=',
  'between',
  'all',
  'basically_all',
  'none',
  'basically_none',
  'complete',
  'increase',
  'meets_assigned',
] as const;
export type Comparison = (typeof COMPARISONS)[number];
const NUMERIC_COMPARISONS: readonly Comparison[] = ['<', '<=', '=', '>=', 'between'];

export const UNITS = [
  'µg/m³',
  'percent',
  'percent_change',
  'percentage_points_change',
  'per_month',
  'per_year',
  'hours_per_day',
  'yuan_per_fire_point',
  'ranking_places',
] as const;
export const THRESHOLD_UNITS = ['t_below', 'm2_or_more'] as const;

/**
 * The plan's headline targets the site computes from station data (src/indicators/targets.ts).
 * A targets.csv row says which one it is in `computed_as` (empty for every other target); the
 * number, comparison and year the verdicts use are that row's, never retyped in code.
 */
export const COMPUTED_TARGETS = [
  'pm2_5_annual',
  'good_days_ratio',
  'heavy_days_ratio',
  'grade_ii',
] as const;
export type ComputedTargetId = (typeof COMPUTED_TARGETS)[number];

/** The comparison and unit a computed target's row must have: what the indicator implements. */
export const COMPUTED_TARGET_RULES: Readonly<
  Record<ComputedTargetId, { readonly comparison: Comparison; readonly unit: string }>
> = {
  pm2_5_annual: { comparison: '<', unit: 'µg/m³' },
  good_days_ratio: { comparison: '>=', unit: 'percent' },
  heavy_days_ratio: { comparison: '<=', unit: 'percent' },
  grade_ii: { comparison: 'complete', unit: '' },
};

export const TargetSchema = z
  .object({
    id: targetId,
    measure_id: measureId,
    indicator_zh: text,
    indicator_en: text,
    baseline_value: optionalDecimal,
    baseline_year: optionalYear,
    comparison: z.enum(COMPARISONS, { error: `expected one of ${COMPARISONS.join(' ')}` }),
    target_value: optionalDecimal,
    target_value_max: optionalDecimal,
    unit: z.union([z.literal(''), z.enum(UNITS)], {
      error: `expected one of ${UNITS.join(', ')} or empty`,
    }),
    threshold_value: optionalDecimal,
    threshold_unit: z.union([z.literal(''), z.enum(THRESHOLD_UNITS)], {
      error: `expected one of ${THRESHOLD_UNITS.join(', ')} or empty`,
    }),
    deadline: optionalIsoDate,
    strive: bool,
    clause: text,
    computed_as: z.union([z.literal(''), z.enum(COMPUTED_TARGETS)], {
      error: `expected one of ${COMPUTED_TARGETS.join(', ')} or empty`,
    }),
  })
  .superRefine((t, ctx) => {
    if (t.computed_as !== '') {
      const rule = COMPUTED_TARGET_RULES[t.computed_as];
      if (t.comparison !== rule.comparison)
        ctx.addIssue({
          code: 'custom',
          path: ['comparison'],
          message: `expected ${rule.comparison} for a target computed as ${t.computed_as} (the site judges it that way)`,
        });
      if (t.unit !== rule.unit)
        ctx.addIssue({
          code: 'custom',
          path: ['unit'],
          message: `expected ${rule.unit === '' ? 'an empty unit' : rule.unit} for a target computed as ${t.computed_as}`,
        });
      if (t.deadline === null)
        ctx.addIssue({
          code: 'custom',
          path: ['deadline'],
          message: `expected a deadline for a target computed as ${t.computed_as} (its year is the year judged)`,
        });
    }
    const numeric = NUMERIC_COMPARISONS.includes(t.comparison);
    if (numeric && t.target_value === null)
      ctx.addIssue({
        code: 'custom',
        path: ['target_value'],
        message: `expected a number for comparison ${t.comparison}`,
      });
    if (!numeric && t.target_value !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['target_value'],
        message: `expected an empty cell for comparison ${t.comparison}`,
      });
    if (numeric && t.unit === '')
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `expected a unit for comparison ${t.comparison}`,
      });
    if ((t.comparison === 'between') !== (t.target_value_max !== null))
      ctx.addIssue({
        code: 'custom',
        path: ['target_value_max'],
        message: 'expected a value exactly when comparison is between',
      });
    if (
      t.comparison === 'between' &&
      t.target_value !== null &&
      t.target_value_max !== null &&
      t.target_value_max <= t.target_value
    )
      ctx.addIssue({
        code: 'custom',
        path: ['target_value_max'],
        message: 'expected a maximum greater than target_value',
      });
    if ((t.threshold_value === null) !== (t.threshold_unit === ''))
      ctx.addIssue({
        code: 'custom',
        path: ['threshold_unit'],
        message: 'expected threshold_value and threshold_unit together',
      });
    if (!t.id.startsWith(`${t.measure_id}-`))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `expected the id to start with its measure id "${t.measure_id}-"`,
      });
  });
export type Target = z.output<typeof TargetSchema>;

/** Status an evidence item reports (what the source says, as of its date). */
export const EVIDENCE_STATUSES = ['not_started', 'in_progress', 'done', 'missed'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const ProgressSchema = z
  .object({
    date: isoDate,
    target_id: z.union([z.literal(''), targetId], {
      error: 'expected a target id such as "4.1-c" or empty',
    }),
    measure_id: z.union([z.literal(''), measureId], {
      error: 'expected a measure id such as "4.2" or empty',
    }),
    status: z.enum(EVIDENCE_STATUSES, { error: `expected one of ${EVIDENCE_STATUSES.join(', ')}` }),
    value: optionalDecimal,
    summary_zh: text,
    summary_en: text,
    source_url: httpsUrl,
    source_title: text,
  })
  .superRefine((p, ctx) => {
    if (p.target_id === '' && p.measure_id === '')
      ctx.addIssue({
        code: 'custom',
        path: ['target_id'],
        message: 'expected a target_id or a measure_id',
      });
  });
export type ProgressItem = z.output<typeof ProgressSchema> & {
  /** Where the item came from, for messages and for a stable order among same-day items. */
  readonly file: string;
  readonly line: number;
};

export const ExclusionSchema = z.object({
  token: text,
  context: text,
  reason: text,
});
export type ExtractionExclusion = z.output<typeof ExclusionSchema>;

export const SourceDocumentSchema = z.object({
  id: slug,
  file: z
    .string()
    .regex(/^[\w.-]+\.txt$/, { error: 'expected a .txt file name in data/plan/source/' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a lowercase hex SHA-256' }),
  title_zh: text,
  title_en: text,
  status: z.enum(['draft_for_comments', 'final'], {
    error: 'expected draft_for_comments or final',
  }),
  date: z.union([z.null(), isoDate]),
  date_inferred: z.union([
    z.null(),
    z.string().regex(/^\d{4}(-\d{2}){0,2}$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }),
  ]),
  date_note_zh: text,
  date_note_en: text,
  source_url: z.union([z.null(), httpsUrl]),
  provenance_en: text,
});
export type SourceDocument = z.output<typeof SourceDocumentSchema>;

export const SourceMetaSchema = z
  .object({ current: slug, documents: z.array(SourceDocumentSchema).min(1) })
  .refine((m) => m.documents.some((d) => d.id === m.current), {
    error: 'expected "current" to name one of the documents',
    path: ['current'],
  });
export type SourceMeta = z.output<typeof SourceMetaSchema>;
