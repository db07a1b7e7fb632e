/**
 * The contract of `.generated/stations.json` (list, map, station and station-year pages): the
 * zod schemas build:data writes with and the pages read with, and the document naming the file.
 */
import { z } from 'zod';
import { generatedDoc } from '../../lib/generated-doc.ts';

const pollutant = z.enum(['so2', 'no2', 'pm10', 'pm2_5', 'co', 'o3']);

export const stationMetaSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  lon: z.number(),
  lat: z.number(),
  kind: z.enum(['national', 'provincial', 'county', 'control', 'reference']),
  evaluated: z.boolean(),
  activeFrom: z.string(),
  activeTo: z.string().nullable(),
  source: z.string(),
  /** A reference station's city (stations.csv city_zh / city_en); null for the county's own. */
  cityZh: z.string().nullable(),
  cityEn: z.string().nullable(),
});
export type StationMeta = z.infer<typeof stationMetaSchema>;

export const hourPointSchema = z.object({
  time: z.string(),
  aqi: z.number().int().nullable(),
  level: z.number().int().nullable(),
  primary: z.array(pollutant),
  values: z.record(z.string(), z.number()),
  o3_8h: z.number().nullable(),
});
export type HourPoint = z.infer<typeof hourPointSchema>;

export const monthRowSchema = z.object({
  month: z.string(),
  pm2_5: z.number().nullable(),
  pm10: z.number().nullable(),
  no2: z.number().nullable(),
  so2: z.number().nullable(),
  co_p95: z.number().nullable(),
  o3_8h_p90: z.number().nullable(),
  goodRatio: z.number().nullable(),
  validDays: z.number().int(),
  evaluableDays: z.number().int(),
  requiredDays: z.number().int(),
  complete: z.boolean(),
  regime: z.enum(['2012', '2026', 'mixed']),
});

export const dayCellSchema = z.object({
  date: z.string(),
  aqi: z.number().int().nullable(),
  level: z.number().int().nullable(),
  primary: z.array(pollutant),
  dust: z.boolean(),
  regime: z.enum(['2012', '2026']),
});
export type DayCell = z.infer<typeof dayCellSchema>;

export const stationPageSchema = z.object({
  meta: stationMetaSchema,
  latest: hourPointSchema.nullable(),
  /** The last 7 × 24 hour labels up to as_of; missing hours are null points (gaps, not zeros). */
  last7Days: z.array(z.object({ time: z.string(), aqi: z.number().int().nullable() })),
  months: z.array(monthRowSchema),
  years: z.array(z.string()),
});
export type StationPage = z.infer<typeof stationPageSchema>;

export const stationYearSchema = z.object({
  code: z.string(),
  year: z.string(),
  days: z.array(dayCellSchema),
});
export type StationYear = z.infer<typeof stationYearSchema>;

export const stationsDataSchema = z.object({
  /** The county seat distances are measured from (site.json → county_seat), or null. */
  seat: z.object({ lon: z.number(), lat: z.number(), source: z.string() }).nullable(),
  stations: z.array(stationPageSchema),
  years: z.array(stationYearSchema),
});
export type StationsData = z.infer<typeof stationsDataSchema>;

export const STATIONS_DOC = generatedDoc('stations.json', stationsDataSchema);
