/**
 * The county's air-quality plan as data: schemas for data/plan/*.csv and source/meta.json, and
 * `loadPlan(dataDir)`, which reads, validates and cross-checks them. Hand-curated data has no
 * "rejected rows": any bad cell stops the build with one message per problem naming file, line,
 * column and what was expected. See data/plan/README.md and docs/decisions/010-plan-data.md.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { joinedPlanText } from './plan-text.ts';

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
  })
  .superRefine((t, ctx) => {
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

// ---------------------------------------------------------------------------------------------
// Reading.

/** One problem in the plan data, located as precisely as possible. */
export interface PlanDataIssue {
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when the problem concerns the whole row or file. */
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly expected: string;
}

export function formatIssue(i: PlanDataIssue): string {
  const where = `${i.file}:${i.line}:${i.column}`;
  const col = i.columnName === '' ? '' : ` (${i.columnName})`;
  const got = i.line === 0 ? '' : `, got "${i.value}"`;
  return `${where}${col}: ${i.expected}${got}`;
}

export class PlanDataError extends Error {
  readonly issues: readonly PlanDataIssue[];
  constructor(issues: readonly PlanDataIssue[]) {
    super(
      `plan data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'PlanDataError';
    this.issues = issues;
  }
}

interface CsvRow<T> {
  readonly line: number;
  readonly value: T;
}

type ObjectSchema = z.ZodType<unknown, Record<string, string>> & {
  readonly shape: Record<string, unknown>;
};

/**
 * Parse one CSV file against a row schema whose keys are the expected header, in order. Problems
 * are appended to `issues`; valid rows are returned with their line numbers.
 */
function readCsv<S extends ObjectSchema>(
  path: string,
  label: string,
  schema: S,
  issues: PlanDataIssue[],
): CsvRow<z.output<S>>[] {
  const fileIssue = (expected: string): [] => {
    issues.push({ file: label, line: 0, column: 0, columnName: '', value: '', expected });
    return [];
  };
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return fileIssue('expected a readable file');
  }
  const parsed = Papa.parse<string[]>(raw.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data;
  const expectedHeader = Object.keys(schema.shape);
  const header = rows[0];
  if (header === undefined) return fileIssue(`expected a header row: ${expectedHeader.join(',')}`);
  if (header.join(',') !== expectedHeader.join(','))
    return fileIssue(`expected the header ${expectedHeader.join(',')}, got ${header.join(',')}`);
  for (const e of parsed.errors) {
    issues.push({
      file: label,
      line: (e.row ?? 0) + 1,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected well-formed CSV (${e.message})`,
    });
  }
  const out: CsvRow<z.output<S>>[] = [];
  rows.slice(1).forEach((cells, i) => {
    // Line numbers count physical lines; a newline inside a cell would shift them, so it is refused.
    const line = i + 2;
    if (cells.length !== expectedHeader.length) {
      issues.push({
        file: label,
        line,
        column: 0,
        columnName: '',
        value: cells.join(','),
        expected: `expected ${expectedHeader.length} cells, got ${cells.length}`,
      });
      return;
    }
    const record: Record<string, string> = {};
    let multiline = false;
    expectedHeader.forEach((name, c) => {
      const cell = cells[c] ?? '';
      if (/[\r\n]/.test(cell)) {
        multiline = true;
        issues.push({
          file: label,
          line,
          column: c + 1,
          columnName: name,
          value: cell,
          expected: 'expected a single-line value',
        });
      }
      record[name] = cell;
    });
    if (multiline) return;
    const result = schema.safeParse(record);
    if (result.success) {
      out.push({ line, value: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const name = typeof issue.path[0] === 'string' ? issue.path[0] : '';
      const column = expectedHeader.indexOf(name) + 1;
      issues.push({
        file: label,
        line,
        column,
        columnName: name,
        value: record[name] ?? '',
        expected: issue.message,
      });
    }
  });
  return out;
}

/** Everything the plan pages need, validated and cross-checked. */
export interface PlanData {
  readonly sections: readonly PlanSection[];
  readonly measures: readonly Measure[];
  readonly bodies: readonly MeasureBody[];
  readonly targets: readonly Target[];
  readonly departments: readonly Department[];
  readonly aliases: readonly DepartmentAlias[];
  readonly progress: readonly ProgressItem[];
  readonly exclusions: readonly ExtractionExclusion[];
  readonly source: SourceMeta;
  /** The text of the current source document, as stored (page-break splits not yet joined). */
  readonly sourceText: string;
}

export interface LoadPlanOptions {
  /** Read evidence from this file instead of `<dataDir>/plan/progress.csv` (tests use fixtures). */
  readonly progressFile?: string;
}

function duplicates<T>(
  rows: readonly CsvRow<T>[],
  key: (v: T) => string,
  label: string,
  column: string,
  columnIndex: number,
): PlanDataIssue[] {
  const seen = new Map<string, number>();
  const out: PlanDataIssue[] = [];
  for (const r of rows) {
    const k = key(r.value);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, r.line);
    else
      out.push({
        file: label,
        line: r.line,
        column: columnIndex,
        columnName: column,
        value: k,
        expected: `expected a unique ${column} (first used on line ${first})`,
      });
  }
  return out;
}

function missingRef<T>(
  rows: readonly CsvRow<T>[],
  get: (v: T) => string,
  known: ReadonlySet<string>,
  label: string,
  column: string,
  columnIndex: number,
  what: string,
): PlanDataIssue[] {
  return rows
    .filter((r) => get(r.value) !== '' && !known.has(get(r.value)))
    .map((r) => ({
      file: label,
      line: r.line,
      column: columnIndex,
      columnName: column,
      value: get(r.value),
      expected: `expected ${what}`,
    }));
}

/**
 * Read and validate `<dataDir>/plan/`. Throws `PlanDataError` listing every problem (file, line,
 * column, expected) — the plan data is curated by hand, so nothing is set aside silently.
 */
export function loadPlan(dataDir: string, options: LoadPlanOptions = {}): PlanData {
  const dir = join(dataDir, 'plan');
  const issues: PlanDataIssue[] = [];
  const read = <S extends ObjectSchema>(name: string, schema: S): CsvRow<z.output<S>>[] =>
    readCsv(join(dir, name), `plan/${name}`, schema, issues);

  const sections = read('sections.csv', SectionSchema);
  const measures = read('measures.csv', MeasureSchema);
  const departments = read('departments.csv', DepartmentSchema);
  const aliases = read('department_aliases.csv', DepartmentAliasSchema);
  const bodies = read('measure_bodies.csv', MeasureBodySchema);
  const targets = read('targets.csv', TargetSchema);
  const exclusions = read('extraction-exclusions.csv', ExclusionSchema);
  const progressPath = options.progressFile ?? join(dir, 'progress.csv');
  const progressLabel = options.progressFile ?? 'plan/progress.csv';
  const progress = readCsv(progressPath, progressLabel, ProgressSchema, issues);

  // A file with a wrong header or no content would make every reference to it look broken:
  // report the structural problem alone.
  if (issues.some((i) => i.line === 0)) throw new PlanDataError(issues.filter((i) => i.line === 0));

  // Source document metadata and text.
  let source: SourceMeta | null = null;
  let sourceText = '';
  const metaLabel = 'plan/source/meta.json';
  try {
    const parsed = SourceMetaSchema.safeParse(
      JSON.parse(readFileSync(join(dir, 'source', 'meta.json'), 'utf8')),
    );
    if (parsed.success) source = parsed.data;
    else
      for (const i of parsed.error.issues)
        issues.push({
          file: metaLabel,
          line: 0,
          column: 0,
          columnName: i.path.join('.'),
          value: '',
          expected: i.message,
        });
  } catch (e) {
    issues.push({
      file: metaLabel,
      line: 0,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected readable JSON (${String(e)})`,
    });
  }
  for (const doc of source?.documents ?? []) {
    const label = `plan/source/${doc.file}`;
    try {
      const body = readFileSync(join(dir, 'source', doc.file), 'utf8');
      const sha = createHash('sha256').update(body).digest('hex');
      if (sha !== doc.sha256)
        issues.push({
          file: label,
          line: 0,
          column: 0,
          columnName: '',
          value: '',
          expected: `expected SHA-256 ${doc.sha256} as recorded in meta.json, got ${sha}`,
        });
      if (doc.id === source?.current) sourceText = body;
    } catch {
      issues.push({
        file: label,
        line: 0,
        column: 0,
        columnName: '',
        value: '',
        expected: 'expected a readable file named in meta.json',
      });
    }
  }

  // Uniqueness and cross references.
  issues.push(
    ...duplicates(sections, (s) => String(s.section), 'plan/sections.csv', 'section', 1),
    ...duplicates(measures, (m) => m.id, 'plan/measures.csv', 'id', 1),
    ...duplicates(departments, (d) => d.id, 'plan/departments.csv', 'id', 1),
    ...duplicates(aliases, (a) => a.alias, 'plan/department_aliases.csv', 'alias', 1),
    ...duplicates(
      bodies,
      (b) => `${b.measure_id}/${b.department_id}`,
      'plan/measure_bodies.csv',
      'measure_id',
      1,
    ),
    ...duplicates(targets, (t) => t.id, 'plan/targets.csv', 'id', 1),
  );
  for (const m of measures) {
    if (m.value.id !== `${m.value.section}.${m.value.item}`)
      issues.push({
        file: 'plan/measures.csv',
        line: m.line,
        column: 1,
        columnName: 'id',
        value: m.value.id,
        expected: `expected "${m.value.section}.${m.value.item}" (section.item)`,
      });
  }
  const sectionIds = new Set(sections.map((s) => String(s.value.section)));
  const measureIds = new Set(measures.map((m) => m.value.id));
  const deptIds = new Set(departments.map((d) => d.value.id));
  const targetById = new Map(targets.map((t) => [t.value.id, t.value]));
  issues.push(
    ...missingRef(
      measures,
      (m) => String(m.section),
      sectionIds,
      'plan/measures.csv',
      'section',
      2,
      'a section listed in sections.csv',
    ),
    ...missingRef(
      aliases,
      (a) => a.department_id,
      deptIds,
      'plan/department_aliases.csv',
      'department_id',
      2,
      'a department id from departments.csv',
    ),
    ...missingRef(
      bodies,
      (b) => b.measure_id,
      measureIds,
      'plan/measure_bodies.csv',
      'measure_id',
      1,
      'a measure id from measures.csv',
    ),
    ...missingRef(
      bodies,
      (b) => b.department_id,
      deptIds,
      'plan/measure_bodies.csv',
      'department_id',
      2,
      'a department id from departments.csv',
    ),
    ...missingRef(
      targets,
      (t) => t.measure_id,
      measureIds,
      'plan/targets.csv',
      'measure_id',
      2,
      'a measure id from measures.csv',
    ),
    ...missingRef(
      progress,
      (p) => p.target_id,
      new Set(targetById.keys()),
      progressLabel,
      'target_id',
      2,
      'a target id from targets.csv',
    ),
    ...missingRef(
      progress,
      (p) => p.measure_id,
      measureIds,
      progressLabel,
      'measure_id',
      3,
      'a measure id from measures.csv',
    ),
  );
  for (const p of progress) {
    const t = targetById.get(p.value.target_id);
    if (t !== undefined && p.value.measure_id !== '' && p.value.measure_id !== t.measure_id)
      issues.push({
        file: progressLabel,
        line: p.line,
        column: 3,
        columnName: 'measure_id',
        value: p.value.measure_id,
        expected: `expected "${t.measure_id}" (the measure of target ${t.id}) or empty`,
      });
  }
  const sourceJoined = joinedPlanText(sourceText);
  for (const t of targets) {
    // Clauses are quoted word for word; page-break splits are joined before comparing.
    if (sourceText !== '' && !sourceJoined.includes(t.value.clause))
      issues.push({
        file: 'plan/targets.csv',
        line: t.line,
        column: 15,
        columnName: 'clause',
        value: t.value.clause,
        expected: 'expected the exact words of the plan text',
      });
  }

  if (issues.length > 0 || source === null) throw new PlanDataError(issues);
  return {
    sections: sections.map((r) => r.value),
    measures: measures.map((r) => r.value),
    bodies: bodies.map((r) => r.value),
    targets: targets.map((r) => r.value),
    departments: departments.map((r) => r.value),
    aliases: aliases.map((r) => r.value),
    progress: progress.map((r) => ({ ...r.value, file: progressLabel, line: r.line })),
    exclusions: exclusions.map((r) => r.value),
    source,
    sourceText,
  };
}
