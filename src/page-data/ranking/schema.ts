/**
 * The contract of `.generated/ranking.json`: the output shapes of the ranking page (the schema
 * is the type; the page reads the file through it) and the document naming the file.
 */
import { z } from 'zod';
import { RANKING_BASES, SOURCE_KINDS } from '../../records/ranking/index.ts';
import { bilingualSchema } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

// Output shapes (the schema is the type; the page reads .generated/ranking.json through it).

const sourceRef = z.object({ name: bilingualSchema, url: z.string(), kind: z.enum(SOURCE_KINDS) });

export const POINT_STATUSES = ['ranked', 'text_only', 'not_listed', 'missing'] as const;

export const seriesPointSchema = z.object({
  period: z.string(),
  periodLabel: bilingualSchema,
  /**
   * ranked: a number was published; text_only: the source says where the county stood without a
   * number; not_listed: the body published a table for the period without the county (e.g. only
   * the top and bottom 20); missing: no table for the period is in the data folder.
   */
  status: z.enum(POINT_STATUSES),
  rank: z.number().int().nullable(),
  unitsRanked: z.number().int().nullable(),
  /** Units sharing the county's rank in the same table (并列). */
  tiedWith: z.array(z.string()),
  /** The number of units differs from the previous period with a known number. */
  unitsChanged: z.boolean(),
  /** The position in words, e.g. 第5名（共13个县区） / 5th of 13 counties and districts. */
  display: bilingualSchema,
  /** What the source says in words, where it says more than (or instead of) a number. */
  positionText: bilingualSchema.nullable(),
  basis: z.enum(RANKING_BASES).nullable(),
  compositeIndex: z.number().nullable(),
  source: sourceRef.nullable(),
  note: bilingualSchema.nullable(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const rankChartSchema = z.object({
  id: z.string(),
  type: z.literal('rank-over-time'),
  title: bilingualSchema,
  /** Rank axis from 1 (top) to `worstRank` (the largest number of units or rank seen). */
  worstRank: z.number().int().nullable(),
  rows: z.array(
    z.object({
      period: z.string(),
      label: bilingualSchema,
      rank: z.number().int().nullable(),
      text: bilingualSchema,
    }),
  ),
  band: z.object({ best: z.number().int(), worst: z.number().int() }).nullable(),
});

export const rankingSeriesSchema = z.object({
  id: z.string(),
  frequency: z.enum(['month', 'week', 'year']),
  name: bilingualSchema,
  publisher: bilingualSchema,
  scope: bilingualSchema,
  method: bilingualSchema,
  rules: z.array(z.object({ name: bilingualSchema, source: sourceRef })),
  /** The county's points, first to last period of the body's tables, gaps kept. */
  points: z.array(seriesPointSchema),
  latest: seriesPointSchema.nullable(),
  unitsChanges: z.array(
    z.object({ period: z.string(), from: z.number().int(), to: z.number().int() }),
  ),
  headline: bilingualSchema,
  chart: rankChartSchema,
});
export type RankingSeries = z.infer<typeof rankingSeriesSchema>;

export const targetBandSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('unknown'),
    placesMin: z.number().int(),
    placesMax: z.number().int(),
  }),
  z.object({
    status: z.literal('known'),
    placesMin: z.number().int(),
    placesMax: z.number().int(),
    baseline: z.object({
      body: z.string(),
      year: z.number().int(),
      rank: z.number().int(),
      source: z.string(),
    }),
    /** Best and worst rank inside the band (best ≤ worst), clamped at 1. */
    best: z.number().int(),
    worst: z.number().int(),
    clamped: z.boolean(),
  }),
]);
export type TargetBand = z.infer<typeof targetBandSchema>;

export const COMPARISON_FLAGS = ['agree', 'disagree', 'no_published', 'no_computed'] as const;

export const indexComparisonRowSchema = z.object({
  period: z.string(),
  periodLabel: bilingualSchema,
  /** The ranking body whose table published the index; null for computed-only rows. */
  body: z.string().nullable(),
  computed: z.number().nullable(),
  computedRegime: z.string().nullable(),
  published: z.number().nullable(),
  publishedDecimals: z.number().int().nullable(),
  publishedBasis: z.enum(RANKING_BASES).nullable(),
  /** computed − published, rounded to the published decimals plus one. */
  difference: z.number().nullable(),
  flag: z.enum(COMPARISON_FLAGS),
});
export type IndexComparisonRow = z.infer<typeof indexComparisonRowSchema>;

export const rankingPageDataSchema = z.object({
  county: bilingualSchema,
  meaning: bilingualSchema,
  summary: bilingualSchema,
  series: z.array(rankingSeriesSchema),
  target: z.object({
    text: bilingualSchema,
    year: z.number().int(),
    source: z.object({
      name: bilingualSchema,
      clause: bilingualSchema,
      url: z.string().optional(),
    }),
  }),
  band: targetBandSchema,
  bandText: bilingualSchema,
  baselineNote: bilingualSchema,
  indexComparison: z.array(indexComparisonRowSchema),
  computedIsSample: z.boolean(),
  consequences: z.object({ text: bilingualSchema, sources: z.array(sourceRef) }),
  downloads: z.array(z.object({ path: z.string(), name: bilingualSchema })),
});
export type RankingPageData = z.infer<typeof rankingPageDataSchema>;

// ---------------------------------------------------------------------------------------------

export const RANKING_DOC = generatedDoc('ranking.json', rankingPageDataSchema, { indent: 2 });
