/**
 * The schema of `.generated/quality.json` (written by src/publish/build.ts): the ingest quality
 * report, the published-versus-recomputed AQI cross-check and the sample flag. The page reads the
 * file through this schema; the compile-time checks below keep it in step with the ingest types.
 */
import { z } from 'zod';
import { REJECTION_REASONS } from '../../records/errors.ts';
import { FORMATS } from '../../records/observations/index.ts';
import type { QualityReport } from '../../records/ingest.ts';
import { aqiCrossCheckSchema } from '../../indicators/aqi-cross-check.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

const count = z.number().int().nonnegative();
const perPollutant = z.object({
  so2: count,
  no2: count,
  pm10: count,
  pm2_5: count,
  co: count,
  o3: count,
});

export const cellCountsSchema = z.object({
  read: count,
  used: count,
  rejected: count,
  outOfScope: count,
  reference: count,
  empty: count,
  identicalDuplicates: count,
});

export const fileQualitySchema = cellCountsSchema.extend({
  file: z.string(),
  format: z.enum(FORMATS),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'gb18030', 'ascii']),
  gzip: z.boolean(),
  rows: count,
  blankLines: count,
  endsWithoutLineBreak: z.boolean(),
  duplicateColumns: z.array(z.string()),
  unknownColumns: z.array(z.string()),
});

export const monthCompletenessSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  expectedHours: count,
  hours: perPollutant,
  daysWith20Hours: perPollutant,
});

export type MonthCompletenessData = z.infer<typeof monthCompletenessSchema>;

export const stationQualitySchema = z.object({
  station: z.string(),
  used: count,
  rejected: count,
  reference: count,
  empty: count,
  identicalDuplicates: count,
  publishedReferences: count,
  months: z.array(monthCompletenessSchema),
});

export const rejectionSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.string(),
  value: z.string(),
  reason: z.enum(REJECTION_REASONS),
  cells: z.number().int().positive(),
});

export const reasonSummarySchema = z.object({
  reason: z.enum(REJECTION_REASONS),
  cells: count,
  records: count,
  examples: z.array(rejectionSchema),
});

export const qualityReportSchema = z.object({
  files: z.array(fileQualitySchema),
  stations: z.array(stationQualitySchema),
  reasons: z.array(reasonSummarySchema),
  totals: cellCountsSchema,
  span: z.object({ first: z.string(), last: z.string() }).nullable(),
  hoursEmitted: count,
  publishedReferences: count,
});

/** `.generated/quality.json`. */
/** The build's data window (decision 023): the last day read, and where that bound came from. */
export const dataWindowSchema = z.object({
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  rule: z.enum(['site.json', 'file names', 'none']),
});

export const qualityFileSchema = z.object({
  quality: qualityReportSchema,
  crossCheck: aqiCrossCheckSchema,
  sample: z.boolean(),
  window: dataWindowSchema,
});
export type QualityFile = z.infer<typeof qualityFileSchema>;
export type QualityReportData = z.infer<typeof qualityReportSchema>;

// Compile-time: the schema and the ingest types describe the same shape (either side drifting
// fails `tsc`, so a renamed field cannot silently vanish from the page).
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
export type QualitySchemaMatchesIngest = Assert<
  Same<Plain<QualityReportData>, Plain<QualityReport>>
>;

export const QUALITY_DOC = generatedDoc('quality.json', qualityFileSchema);
