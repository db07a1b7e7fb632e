/**
 * The contract of `.generated/enforcement.json`: the zod schemas of the enforcement pages' data,
 * the document naming the file, and the public CSV paths.
 */
import { z } from 'zod';
import {
  burningPointSchema,
  enforcementCaseSchema,
  townshipSchema,
} from '../../records/enforcement/index.ts';
import { bilingualSchema } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

/** A published case as the pages show it (the record without its source line). */
export const caseViewSchema = enforcementCaseSchema.omit({ line: true });
export type CaseView = z.infer<typeof caseViewSchema>;

/** What stays of a decision that is no longer public: its number and why (no entity, no amount). */
export const withdrawnCaseSchema = z.object({
  slug: z.string(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  reason: z.enum(['revoked', 'expired']),
  /** Revocation date, or the last day of publicity. */
  date: z.string(),
  note: z.string().nullable(),
  /** The site's English gloss of the note, when the data gives one. */
  noteEn: z.string().nullable(),
  sample: z.boolean(),
});
export type WithdrawnCase = z.infer<typeof withdrawnCaseSchema>;

export const entityViewSchema = z.object({
  id: z.string(),
  /** The name on the newest case, then other names it was published under. */
  name: z.string(),
  otherNames: z.array(z.string()),
  type: caseViewSchema.shape.entityType,
  creditCode: z.string().nullable(),
  townships: z.array(z.string()),
  /** Case slugs, newest decision first. */
  caseSlugs: z.array(z.string()),
  penaltyFen: z.number().int().nonnegative(),
  typicalCount: z.number().int().nonnegative(),
  firstDate: z.string(),
  lastDate: z.string(),
  sample: z.boolean(),
});
export type EntityView = z.infer<typeof entityViewSchema>;

/** The data of one chart: the lead mounts a chart-kit component on it; pages render its table. */
export const chartDataSchema = z.object({
  id: z.string(),
  /** The chart-kit type that fits: bar (categories) or line (time). */
  type: z.enum(['bar', 'line']),
  title: bilingualSchema,
  unit: bilingualSchema,
  series: z.array(z.object({ id: z.string(), label: bilingualSchema })).min(1),
  rows: z.array(z.object({ key: z.string(), label: bilingualSchema, values: z.array(z.number()) })),
});
export type ChartData = z.infer<typeof chartDataSchema>;

export const burningViewSchema = z.object({
  rows: z.array(burningPointSchema.extend({ expectedDeductionCny: z.number().int() })),
  totalPoints: z.number().int(),
  pointsByKind: z.record(z.string(), z.number().int()),
  /** Sum of the plan's deduction over all points. */
  expectedDeductionCny: z.number().int(),
  /** Sum of published deductions, and how many rows have none published. */
  publishedDeductionCny: z.number().int(),
  unpublishedRows: z.number().int(),
  /** Rows whose published deduction differs from the plan's rule. */
  mismatchedRows: z.number().int(),
  charts: z.array(chartDataSchema),
});
export type BurningView = z.infer<typeof burningViewSchema>;

export const enforcementPageDataSchema = z.object({
  /** The Beijing date the publicity rules were applied at, and where it came from. */
  asOf: z.iso.date(),
  asOfSource: z.enum(['site', 'data']),
  sample: z.boolean(),
  townships: z.array(townshipSchema),
  /** Published cases, newest decision first. */
  cases: z.array(caseViewSchema),
  withdrawn: z.array(withdrawnCaseSchema),
  entities: z.array(entityViewSchema),
  totalPenaltyFen: z.number().int(),
  charts: z.array(chartDataSchema),
  burning: burningViewSchema,
});
export type EnforcementPageData = z.infer<typeof enforcementPageDataSchema>;

export const CASES_CSV = 'data/enforcement-cases.csv';
export const BURNING_CSV = 'data/burning-points.csv';

export const ENFORCEMENT_DOC = generatedDoc('enforcement.json', enforcementPageDataSchema);
