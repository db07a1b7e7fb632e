/**
 * The contract of `.generated/progress.json` (home scoreboard, target pages, today's air): the zod
 * schemas build:data writes with and the pages read with, and the document that names the file.
 */
import { z } from 'zod';
import { bilingualSchema } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';
import { COMPUTED_TARGETS } from '../../records/plan/index.ts';

const verdict = z.enum(['met', 'not_met', 'not_assessable']);
const regime = z.enum(['2012', '2026']);
const regimeLabel = z.enum(['2012', '2026', 'mixed']);
const basis = z.enum(['raw', 'dust_excluded']);
const pollutant = z.enum(['so2', 'no2', 'pm10', 'pm2_5', 'co', 'o3']);

export const readingSchema = z.object({
  reading: z.enum(['plan_reported', 'standard', 'exact', 'all_items']),
  value: z.number().nullable(),
  comparison: z.enum(['<', '<=', '>=', 'attained']),
  verdict,
});

export const targetCellSchema = z.object({
  basis,
  value: z.number().nullable(),
  verdict,
  readings: z.array(readingSchema),
  disagree: z.boolean(),
  /** Day counts behind a ratio. */
  counts: z.object({ numerator: z.number().int(), denominator: z.number().int() }).nullable(),
  /** Valid days of the year and whether the year meets the day rule. */
  validity: z.object({
    days: z.number().int(),
    required: z.number().int(),
    valid: z.boolean(),
    invalidMonths: z.array(z.string()),
  }),
  /** Grade II: the items of the verdict. */
  items: z.array(
    z.object({
      item: z.string(),
      value: z.number().nullable(),
      limit: z.number(),
      attained: z.boolean().nullable(),
    }),
  ),
  dustDaysDeducted: z.number().int(),
});
export type TargetCell = z.infer<typeof targetCellSchema>;

export const publishedSchema = z.object({
  value: z.number(),
  sourceUrl: z.string(),
  published: z.string(),
  /** computed − published (raw basis), when both exist. */
  difference: z.number().nullable(),
});

export const scoreboardItemSchema = z.object({
  id: z.enum(['pm2_5_annual', 'good_days_ratio', 'heavy_days_ratio', 'grade_ii']),
  year: z.string(),
  regime,
  targetValue: z.number().nullable(),
  comparison: z.enum(['<', '<=', '>=', 'attained']),
  planWording: bilingualSchema,
  alternative: bilingualSchema,
  raw: targetCellSchema,
  dust: targetCellSchema,
  /** The official published figure for the year, when the data folder has one (then the headline). */
  published: publishedSchema.nullable(),
  /** What meeting it takes, e.g. days needed of the valid days. */
  needed: z.object({
    goodDaysAtLeast: z.number().int().nullable(),
    heavyDaysAtMost: z.number().int().nullable(),
  }),
});
export type ScoreboardItem = z.infer<typeof scoreboardItemSchema>;

const ratioBlock = z.object({
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int(),
});

export const ytdSchema = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  regime: regimeLabel,
  daysByRegime: z.object({ '2012': z.number().int(), '2026': z.number().int() }),
  bases: z.array(
    z.object({
      basis,
      pm2_5: z.number().nullable(),
      pm2_5Valid: z.boolean(),
      good: ratioBlock,
      heavy: ratioBlock,
      evaluableDays: z.number().int(),
    }),
  ),
  limits: z.object({
    pm2_5_2012: z.number(),
    pm2_5_2026: z.number(),
    pm10_2012: z.number(),
    pm10_2026: z.number(),
  }),
});

export const nowSchema = z.object({
  time: z.string(),
  aqi: z.number().int().nullable(),
  level: z.number().int().nullable(),
  primary: z.array(pollutant),
  values: z.record(z.string(), z.number()),
  regime,
  category: z
    .object({
      zh: z.string(),
      en: z.string(),
      hex: z.string(),
      healthZh: z.string(),
      healthEn: z.string(),
      adviceZh: z.string(),
      adviceEn: z.string(),
    })
    .nullable(),
});
export type NowData = z.infer<typeof nowSchema>;

export const warningSchema = z.object({
  from: z.string(),
  to: z.string(),
  level: bilingualSchema.nullable(),
  source: z.object({
    url: z.string().nullable(),
    note: bilingualSchema.nullable(),
  }),
  /** Whether the period covers the as_of day. */
  current: z.boolean(),
});
export type WarningPeriod = z.infer<typeof warningSchema>;

/** One of the plan's computed targets, from the plan data (indicators/targets.ts planTargets). */
export const targetDefinitionSchema = z.object({
  id: z.enum(COMPUTED_TARGETS),
  planTargetId: z.string(),
  year: z.string(),
  targetValue: z.number().nullable(),
  unit: z.string(),
  comparison: z.enum(['<', '<=', '>=', 'attained']),
  planWordingZh: z.string(),
  planWordingEn: z.string(),
  alternativeZh: z.string(),
  alternativeEn: z.string(),
});

const verdictCounts = z.object({
  met: z.number().int(),
  notMet: z.number().int(),
  notAssessable: z.number().int(),
});
export type VerdictCounts = z.infer<typeof verdictCounts>;

/** The one-sentence answer for a target year: verdicts counted on the reading that counts. */
export const headlineSchema = z.object({
  year: z.string(),
  /** The headline targets of that year (the computed ones and the ranking). */
  total: z.number().int(),
  /** The basis the assessment uses (docs/decisions/020); raw when the folder has no dust list. */
  counting: basis,
  counts: verdictCounts,
  /** The other basis, second; null when the folder has no dust list (both bases are equal). */
  other: z.object({ basis, counts: verdictCounts }).nullable(),
  /** Whether the folder has a valid day of that year (else no target of the year can be assessed). */
  hasValidDay: z.boolean(),
  /** Whether the data run past the year's end (otherwise the verdicts are so far). */
  complete: z.boolean(),
  /** The last day with data (YYYY-MM-DD), for "so far" answers. */
  through: z.string().nullable(),
});
export type Headline = z.infer<typeof headlineSchema>;

export const progressSchema = z.object({
  asOf: z.string().nullable(),
  /** Heavy-pollution warning periods the data folder lists, newest first. */
  warnings: z.array(warningSchema),
  targetYear: z.string(),
  /** The plan's targets the site computes, as the plan data states them. */
  targets: z.array(targetDefinitionSchema),
  scoreboard: z.array(scoreboardItemSchema),
  /** Whether the data folder has a dust-day list (without one only the raw basis exists). */
  dustList: z.boolean(),
  headline: z.array(headlineSchema),
  ytd: ytdSchema.nullable(),
  now: nowSchema.nullable(),
});
export type ProgressPageData = z.infer<typeof progressSchema>;

export const PROGRESS_DOC = generatedDoc('progress.json', progressSchema);
