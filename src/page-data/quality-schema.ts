/**
 * Schema of the parts of `.generated/quality.json` (the ingest's QualityReport, written by
 * build:data) that pages read: per station and month, the hours with a used value. Unknown keys
 * are dropped, so the file may carry more than the schema names.
 */
import { z } from 'zod';
import { POLLUTANTS } from '../records/types.ts';

const count = z.number().int().nonnegative();
const perPollutant = z.object(Object.fromEntries(POLLUTANTS.map((p) => [p, count])) as Record<(typeof POLLUTANTS)[number], typeof count>);

export const monthCompletenessSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM'),
  expectedHours: count,
  hours: perPollutant,
  daysWith20Hours: perPollutant,
});
export type MonthCompletenessData = z.infer<typeof monthCompletenessSchema>;

export const stationQualitySchema = z.object({
  station: z.string(),
  months: z.array(monthCompletenessSchema),
});

export const qualityFileSchema = z.object({
  quality: z.object({ stations: z.array(stationQualitySchema) }),
  sample: z.boolean(),
});
export type QualityFile = z.infer<typeof qualityFileSchema>;
