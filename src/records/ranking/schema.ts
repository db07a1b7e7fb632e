/**
 * The ranking schemas: cells of rankings.csv (every cell arrives as a string and is validated,
 * never coerced with +cell), the published position a row becomes, and ranking.json (who ranks,
 * by which rules, what it brings, the plan's target and its baseline).
 */
import { z } from 'zod';
import type { Bilingual } from '../../i18n/text.ts';
import { PERIOD_KINDS, periodKind, type PeriodKind } from './periods.ts';

/** The basis a published figure is on: sand-dust deducted (扣除沙尘), not deducted, or not stated. */
export const RANKING_BASES = ['dust_excluded', 'raw', 'not_stated'] as const;
export type RankingBasis = (typeof RANKING_BASES)[number];

/** What kind of page the source URL is: the publisher's own, a news outlet, or a copy elsewhere. */
export const SOURCE_KINDS = ['official', 'media', 'mirror'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected an ASCII slug such as "henan-counties-monthly"' });
const text = z.string().trim().min(1, { error: 'expected a non-empty text' });
const optionalText = z.string().trim();
const period = z.string().refine((s) => periodKind(s) !== null, {
  error: 'expected a period YYYY-MM, YYYY-Www (ISO week) or YYYY',
});
const optionalPositiveInt = z
  .string()
  .regex(/^([1-9]\d*)?$/, { error: 'expected a whole number ≥ 1 or an empty cell' })
  .transform((s) => (s === '' ? null : Number(s)));
const DECIMAL = /^-?\d+(\.\d+)?$/;
const optionalDecimal = z
  .string()
  .refine((s) => s === '' || DECIMAL.test(s), {
    error: 'expected a decimal number such as 4.26 or -3.5, or an empty cell',
  })
  .transform((s) => (s === '' ? null : Number(s)));
/** A published decimal whose number of decimals is kept: it says how far the source rounded. */
const optionalPublishedDecimal = z
  .string()
  .refine((s) => s === '' || DECIMAL.test(s), {
    error: 'expected a decimal number such as 4.26, or an empty cell',
  })
  .transform((s) =>
    s === '' ? null : { value: Number(s), decimals: (s.split('.')[1] ?? '').length },
  );
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' });

export const RANKINGS_CSV_HEADER = [
  'body',
  'period',
  'unit',
  'parent_city',
  'rank',
  'units_ranked',
  'position_text_zh',
  'position_text_en',
  'basis',
  'composite_index',
  'pm2_5',
  'pm10',
  'good_days_ratio',
  'yoy_change',
  'source_url',
  'source_kind',
  'note_zh',
  'note_en',
] as const;

export const RankingRowSchema = z.object({
  body: slug,
  period,
  unit: text,
  parent_city: optionalText,
  rank: optionalPositiveInt,
  units_ranked: optionalPositiveInt,
  position_text_zh: optionalText,
  position_text_en: optionalText,
  basis: z.enum(RANKING_BASES, { error: `expected one of ${RANKING_BASES.join(', ')}` }),
  composite_index: optionalPublishedDecimal,
  pm2_5: optionalDecimal,
  pm10: optionalDecimal,
  good_days_ratio: optionalDecimal,
  yoy_change: optionalDecimal,
  source_url: httpUrl,
  source_kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
  note_zh: optionalText,
  note_en: optionalText,
});

export type { Bilingual };

/** One published position of one unit in one ranking body's table for one period. */
export interface PublishedPosition {
  readonly body: string;
  readonly period: string;
  readonly periodKind: PeriodKind;
  readonly unit: string;
  readonly parentCity: string;
  readonly rank: number | null;
  readonly unitsRanked: number | null;
  /** What the source says when it gives no number (or adds to it), e.g. "last of the bottom 20". */
  readonly positionText: Bilingual | null;
  readonly basis: RankingBasis;
  readonly compositeIndex: { readonly value: number; readonly decimals: number } | null;
  readonly pm2_5: number | null;
  readonly pm10: number | null;
  /** Percent, 0–100. */
  readonly goodDaysRatio: number | null;
  /** Year-on-year change of the composite index, percent (negative = improvement). */
  readonly yoyChange: number | null;
  readonly sourceUrl: string;
  readonly sourceKind: SourceKind;
  readonly note: Bilingual | null;
  readonly line: number;
}

export const bilingual = z.object({ zh: text, en: text });

export const sourceSchema = z.object({
  name: bilingual,
  url: httpUrl,
  kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
});
export type RankingSource = z.output<typeof sourceSchema>;

export const rankingBodySchema = z.object({
  id: slug,
  frequency: z.enum(PERIOD_KINDS, { error: `expected one of ${PERIOD_KINDS.join(', ')}` }),
  /** Short title, e.g. 河南省县（市、区）月排名. */
  name: bilingual,
  publisher: bilingual,
  /** Which units are ranked, e.g. all counties (cities, districts) of the province. */
  scope: bilingual,
  /** The noun for the units counted in "of N", e.g. 个县（市、区） / counties and districts. */
  unitNoun: bilingual,
  /** How the source says the table is ordered (e.g. air quality and year-on-year improvement). */
  method: bilingual,
  /** Ids of entries in `rules`. */
  rules: z.array(slug),
});
export type RankingBody = z.output<typeof rankingBodySchema>;

export const rankingBaselineSchema = z.union([
  z.literal('unknown'),
  z.object({
    body: slug,
    year: z.number().int().min(2000).max(2100),
    /** The county's rank in that body's table for the baseline year. */
    value: z.number().int().min(1),
    source: httpUrl,
  }),
]);
export type RankingBaseline = z.output<typeof rankingBaselineSchema>;

export const rankingConfigSchema = z
  .object({
    /** The unit name of the county exactly as rankings.csv spells it. */
    county: text,
    countyName: bilingual,
    bodies: z.array(rankingBodySchema).min(1),
    rules: z.array(z.object({ id: slug, name: bilingual, source: sourceSchema })),
    /** What a rank means, in plain words (which rules, what is combined). */
    meaning: bilingual,
    consequences: z.object({ text: bilingual, sources: z.array(sourceSchema).min(1) }),
    target: z.object({
      /** The plan's target, improve by placesMin…placesMax places (1 = best). */
      placesMin: z.number().int().min(1),
      placesMax: z.number().int().min(1),
      year: z.number().int().min(2000).max(2100),
      text: bilingual,
      /** The plan and clause the target comes from; a URL only where the plan is published. */
      source: z.object({ name: bilingual, clause: bilingual, url: httpUrl.optional() }),
    }),
    baseline: rankingBaselineSchema,
    /** Why the baseline is what it is (or why it is unknown). */
    baselineNote: bilingual,
  })
  .superRefine((c, ctx) => {
    if (c.target.placesMin > c.target.placesMax)
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'placesMax'],
        message: 'expected placesMax ≥ placesMin',
      });
    const ids = new Set<string>();
    c.bodies.forEach((b, i) => {
      if (ids.has(b.id))
        ctx.addIssue({
          code: 'custom',
          path: ['bodies', i, 'id'],
          message: `expected a unique body id, "${b.id}" is repeated`,
        });
      ids.add(b.id);
      b.rules.forEach((r, j) => {
        if (!c.rules.some((x) => x.id === r))
          ctx.addIssue({
            code: 'custom',
            path: ['bodies', i, 'rules', j],
            message: `expected the id of an entry in "rules", got "${r}"`,
          });
      });
    });
    if (c.baseline !== 'unknown' && !ids.has(c.baseline.body))
      ctx.addIssue({
        code: 'custom',
        path: ['baseline', 'body'],
        message: `expected the id of an entry in "bodies", got "${c.baseline.body}"`,
      });
  });
export type RankingConfig = z.output<typeof rankingConfigSchema>;

export interface RankingRecords {
  readonly config: RankingConfig;
  readonly positions: readonly PublishedPosition[];
}
