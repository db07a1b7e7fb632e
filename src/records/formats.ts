/**
 * The observation file formats the ingest understands, detected from the header line, and the
 * per-cell rules they share (number syntax, plausibility bounds, unit conversion).
 * See data/README.md and docs/decisions/002-data-folder-and-formats.md.
 */
import { z } from 'zod';
import { IngestError } from './errors.ts';
import type { Pollutant } from './types.ts';

export const FORMATS = [
  'cnemc-daily-wide',
  'cnemc-hourly-snapshot',
  'openaq-archive',
  'county-hourly',
] as const;
export type FormatId = (typeof FORMATS)[number];

/**
 * Which source wins when two formats give the same station-hour-pollutant: the hourly snapshot
 * (and the county file, a direct export) over OpenAQ (a re-publication) over the daily wide
 * archive, which writes some real zeros as empty cells (domain.md §6.1).
 */
export const FORMAT_PRIORITY: Readonly<Record<FormatId, number>> = {
  'cnemc-hourly-snapshot': 3,
  'county-hourly': 3,
  'openaq-archive': 2,
  'cnemc-daily-wide': 1,
};

export const FORMAT_DESCRIPTIONS: Readonly<Record<FormatId, string>> = {
  'cnemc-daily-wide': 'CNEMC daily wide archive (date,hour,type,<station codes…>)',
  'cnemc-hourly-snapshot':
    'CNEMC hourly snapshot (timepoint,stationcode,…,aqi,pm10,pm10_24h,pm2_5,…,co_24h)',
  'openaq-archive':
    'OpenAQ archive (location_id,sensors_id,location,datetime,lat,lon,parameter,units,value)',
  'county-hourly': 'county hourly CSV (station,date,hour,pm2_5,pm10,so2,no2,co,o3)',
};

export const SNAPSHOT_COLUMNS = [
  'timepoint',
  'stationcode',
  'longitude',
  'latitude',
  'area',
  'positionname',
  'primarypollutant',
  'aqi',
  'pm10',
  'pm10_24h',
  'pm2_5',
  'pm2_5_24h',
  'o3',
  'o3_24h',
  'o3_8h',
  'o3_8h_24h',
  'no2',
  'no2_24h',
  'so2',
  'so2_24h',
  'co',
  'co_24h',
] as const;

/**
 * Snapshot column → pollutant for the 1-hour values. The O3 columns of this archive are
 * mislabelled: `o3_24h` holds the current 1-hour O3 (domain.md §2.8, fixture README).
 */
export const SNAPSHOT_VALUE_COLUMNS: Readonly<Record<string, Pollutant>> = {
  so2: 'so2',
  no2: 'no2',
  pm10: 'pm10',
  pm2_5: 'pm2_5',
  co: 'co',
  o3_24h: 'o3',
};
/** Publisher-computed snapshot fields: kept for cross-checks, never used as measurements. */
export const SNAPSHOT_REFERENCE_COLUMNS = [
  'aqi',
  'primarypollutant',
  'pm10_24h',
  'pm2_5_24h',
  'o3',
  'o3_8h',
  'o3_8h_24h',
  'no2_24h',
  'so2_24h',
  'co_24h',
] as const;

/** Daily wide `type` values that are 1-hour measurements (names as in that archive: not swapped). */
export const WIDE_VALUE_TYPES: Readonly<Record<string, Pollutant>> = {
  'PM2.5': 'pm2_5',
  PM10: 'pm10',
  SO2: 'so2',
  NO2: 'no2',
  O3: 'o3',
  CO: 'co',
};
export const WIDE_REFERENCE_TYPES: ReadonlySet<string> = new Set([
  'AQI',
  'PM2.5_24h',
  'PM10_24h',
  'SO2_24h',
  'NO2_24h',
  'O3_24h',
  'O3_8h',
  'O3_8h_24h',
  'CO_24h',
]);

export const OPENAQ_REQUIRED = ['location_id', 'datetime', 'parameter', 'value'] as const;
export const OPENAQ_PARAMETERS: Readonly<Record<string, Pollutant>> = {
  pm25: 'pm2_5',
  pm10: 'pm10',
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  o3: 'o3',
};

export const COUNTY_COLUMNS = [
  'station',
  'date',
  'hour',
  'pm2_5',
  'pm10',
  'so2',
  'no2',
  'co',
  'o3',
] as const;

/**
 * Upper bounds of a physically plausible 1-hour value (µg/m³; CO mg/m³). Set well above the
 * highest hourly values published in China (dust storms have pushed PM10 past 9,000 µg/m³; the
 * AQI tables end at PM10 600, PM2.5 500, SO2 2,620, NO2 3,840, CO 150, O3 1,200), so that only
 * typing errors, unit mix-ups and sentinel values (9999) fall outside.
 */
export const PLAUSIBLE_MAX: Readonly<Record<Pollutant, number>> = {
  so2: 3000,
  no2: 4000,
  pm10: 9990,
  pm2_5: 3000,
  co: 150,
  o3: 1500,
};

const NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)$/;
const NEGATIVE = /^-(?:\d+\.?\d*|\.\d+)$/;

export type CellResult =
  { ok: true; value: number } | { ok: false; reason: 'not_a_number' | 'negative' | 'implausible' };

/** Read one non-empty measurement cell. Surrounding spaces are tolerated; anything else that is not a plain decimal is rejected. */
export function parseValue(raw: string, pollutant: Pollutant): CellResult {
  const s = raw.trim();
  if (!NUMBER.test(s))
    return { ok: false, reason: NEGATIVE.test(s) && Number(s) !== 0 ? 'negative' : 'not_a_number' };
  const value = Number(s);
  if (value > PLAUSIBLE_MAX[pollutant]) return { ok: false, reason: 'implausible' };
  return { ok: true, value };
}

/** Molar masses (g/mol) for ppm/ppb → mass concentration. */
const MOLAR_MASS: Readonly<Partial<Record<Pollutant, number>>> = {
  so2: 64.066,
  no2: 46.0055,
  co: 28.01,
  o3: 47.9982,
};
/** Molar volume at the GB 3095 reference state for gases, 298.15 K and 1013.25 hPa (L/mol). */
export const MOLAR_VOLUME_L = 24.465;

/**
 * Convert an OpenAQ value to the site's unit (µg/m³; CO mg/m³). Returns null for a unit that does
 * not fit the pollutant (e.g. PM in ppm).
 */
export function toSiteUnit(value: number, unit: string, pollutant: Pollutant): number | null {
  const u = unit.trim().toLowerCase().replace('μ', 'µ').replace('³', '3');
  const mass = u === 'µg/m3' || u === 'ug/m3' ? 'ug' : u === 'mg/m3' ? 'mg' : null;
  if (mass !== null) {
    const ug = mass === 'ug' ? value : value * 1000;
    return pollutant === 'co' ? ug / 1000 : ug;
  }
  const mm = MOLAR_MASS[pollutant];
  if (mm === undefined) return null;
  const ppm = u === 'ppm' ? value : u === 'ppb' ? value / 1000 : null;
  if (ppm === null) return null;
  const mgPerM3 = (ppm * mm) / MOLAR_VOLUME_L;
  return pollutant === 'co' ? mgPerM3 : mgPerM3 * 1000;
}

/** Detect the format from the header cells (trimmed), or throw an IngestError listing the supported formats. */
export function detectFormat(header: readonly string[], file: string): FormatId {
  const has = (c: string): boolean => header.includes(c);
  let format: FormatId | null = null;
  if (header[0] === 'date' && header[1] === 'hour' && header[2] === 'type')
    format = 'cnemc-daily-wide';
  else if (has('timepoint') && has('stationcode')) format = 'cnemc-hourly-snapshot';
  else if (has('location_id') && has('parameter')) format = 'openaq-archive';
  else if (header[0] === 'station' && has('date') && has('hour')) format = 'county-hourly';
  if (format === null) {
    const shown = header.slice(0, 8).join(',') + (header.length > 8 ? ',…' : '');
    throw new IngestError(
      file,
      1,
      null,
      `unknown format: the header "${shown}" matches none of the supported formats: ${FORMATS.map((f) => FORMAT_DESCRIPTIONS[f]).join('; ')}`,
    );
  }
  const missing = (cols: readonly string[]): string | undefined => cols.find((c) => !has(c));
  let gap: string | undefined;
  if (format === 'cnemc-hourly-snapshot')
    gap = missing([
      'timepoint',
      'stationcode',
      'aqi',
      'primarypollutant',
      ...Object.keys(SNAPSHOT_VALUE_COLUMNS),
    ]);
  else if (format === 'openaq-archive') {
    gap = missing(OPENAQ_REQUIRED);
    if (gap === undefined && !has('units') && !has('unit')) gap = 'units';
  } else if (format === 'county-hourly') gap = missing(COUNTY_COLUMNS);
  else if (header.length < 4) gap = '<station code>';
  if (gap !== undefined) {
    throw new IngestError(
      file,
      1,
      gap,
      `missing required column "${gap}" for the ${FORMAT_DESCRIPTIONS[format]} format`,
    );
  }
  return format;
}

/** Row keys validated with zod (the measurement cells take the faster `parseValue` path). */
export const WideKeySchema = z.object({
  date: z.string().regex(/^\d{8}$/),
  hour: z.string().regex(/^-?\d{1,3}$/),
  type: z.string().min(1),
});
export const SnapshotKeySchema = z.object({
  timepoint: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/),
});
export const CountyKeySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hour: z.string().regex(/^-?\d{1,3}$/),
});
export const OpenAqKeySchema = z.object({
  datetime: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/),
});
