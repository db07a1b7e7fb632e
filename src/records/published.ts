/**
 * published/*.csv (optional): official statistics entered by hand from the publisher's letter or
 * bulletin (e.g. the county's monthly PM2.5 from the provincial ranking letter). For a county
 * without a public station feed these are the only real figures, so they are validated as
 * strictly as the station data.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { readTable, isCalendarDate } from './table.ts';

/** Indicator → the unit it must be entered in. */
export const PUBLISHED_INDICATORS = {
  pm2_5_mean: 'µg/m³',
  pm10_mean: 'µg/m³',
  so2_mean: 'µg/m³',
  no2_mean: 'µg/m³',
  co_p95: 'mg/m³',
  o3_8h_p90: 'µg/m³',
  good_ratio: '%',
  heavy_ratio: '%',
  composite_index: '1',
  rank: 'rank',
} as const;
export type PublishedIndicator = keyof typeof PUBLISHED_INDICATORS;

export const PUBLISHED_COLUMNS = [
  'period',
  'area_zh',
  'area_en',
  'indicator',
  'value',
  'unit',
  'source_url',
  'published',
  'note',
] as const;

export const PublishedStatisticSchema = z
  .object({
    /** A calendar year (2025) or month (2025-03). */
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected a period YYYY or YYYY-MM'),
    area_zh: z.string().min(1, 'expected the area name in Chinese'),
    area_en: z.string().min(1, 'expected the area name in English'),
    indicator: z.enum(
      Object.keys(PUBLISHED_INDICATORS) as [PublishedIndicator, ...PublishedIndicator[]],
      {
        error: `expected one of ${Object.keys(PUBLISHED_INDICATORS).join(', ')}`,
      },
    ),
    value: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal number')
      .transform(Number),
    unit: z.string(),
    source_url: z.url({
      protocol: /^https?$/,
      error: 'expected the http(s) URL of the publication',
    }),
    published: z.string().refine(isCalendarDate, 'expected the publication date YYYY-MM-DD'),
    note: z.string(),
  })
  .refine((r) => r.unit === PUBLISHED_INDICATORS[r.indicator], {
    message:
      'expected the unit that belongs to the indicator (µg/m³, mg/m³ for co_p95, % for ratios, 1 for the index, rank for ranks)',
    path: ['unit'],
  })
  .refine(
    (r) => (r.indicator !== 'good_ratio' && r.indicator !== 'heavy_ratio' ? true : r.value <= 100),
    {
      message: 'expected a percentage between 0 and 100',
      path: ['value'],
    },
  );
export type PublishedStatistic = z.output<typeof PublishedStatisticSchema> & {
  readonly file: string;
  readonly line: number;
};

/** Load every `<dataDir>/published/*.csv`; duplicate (period, area, indicator) rows with different values are structural errors. */
export function loadPublished(dataDir: string): PublishedStatistic[] {
  const dir = join(dataDir, 'published');
  if (!existsSync(dir)) return [];
  const out: PublishedStatistic[] = [];
  const seen = new Map<string, PublishedStatistic>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    const label = `published/${name}`;
    for (const r of readTable(
      join(dir, name),
      label,
      PUBLISHED_COLUMNS,
      PublishedStatisticSchema,
    )) {
      const stat: PublishedStatistic = { ...r.value, file: label, line: r.line };
      const key = `${stat.period}|${stat.area_zh}|${stat.indicator}`;
      const prev = seen.get(key);
      if (prev !== undefined && prev.value !== stat.value) {
        throw new IngestError(
          label,
          r.line,
          'value',
          `expected one value per period, area and indicator; ${prev.file} line ${prev.line} gives ${prev.value}, this line ${stat.value}`,
        );
      }
      seen.set(key, stat);
      out.push(stat);
    }
  }
  return out;
}
