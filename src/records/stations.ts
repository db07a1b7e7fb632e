/** stations.csv: the stations the site knows, with their evaluation role and active period. */
import { join } from 'node:path';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { readTable, isCalendarDate } from './table.ts';

/** A station's name is shown in headings, chart labels and the map: 200 characters is ample. */
const MAX_NAME_CHARS = 200;
const MAX_SOURCE_CHARS = 1024;

/**
 * `reference`: a national station outside the county, listed for regional context only. It is
 * never evaluated (the schema refuses `evaluated` = yes), so it never enters the county's
 * figures or verdicts; its own readings, when a data folder holds them, show on its page.
 */
export const STATION_KINDS = ['national', 'provincial', 'county', 'control', 'reference'] as const;

/** The city a reference station belongs to, in both languages (optional columns). */
const MAX_CITY_CHARS = 100;
const city = z
  .string()
  .max(MAX_CITY_CHARS, `expected a city of at most ${MAX_CITY_CHARS} characters`)
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v));

const date = z.string().refine(isCalendarDate, 'expected a date YYYY-MM-DD');
const decimal = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, `expected ${what} as a decimal number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected ${what} between ${min} and ${max}`);

export const StationSchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, 'expected a station code of letters, digits, _ or -'),
    name_zh: z
      .string()
      .min(1, 'expected a Chinese name')
      .max(MAX_NAME_CHARS, `expected a name of at most ${MAX_NAME_CHARS} characters`),
    name_en: z
      .string()
      .min(1, 'expected an English name')
      .max(MAX_NAME_CHARS, `expected a name of at most ${MAX_NAME_CHARS} characters`),
    lon: decimal(-180, 180, 'longitude'),
    lat: decimal(-90, 90, 'latitude'),
    kind: z.enum(STATION_KINDS, { error: `expected one of ${STATION_KINDS.join(', ')}` }),
    evaluated: z.enum(['yes', 'no'], { error: 'expected yes or no' }).transform((v) => v === 'yes'),
    active_from: date,
    active_to: z.union([z.literal('').transform(() => null), date]),
    source: z
      .string()
      .min(1, 'expected the source of this station entry')
      .max(MAX_SOURCE_CHARS, `expected a source of at most ${MAX_SOURCE_CHARS} characters`),
    city_zh: city,
    city_en: city,
  })
  .refine((s) => s.kind !== 'reference' || !s.evaluated, {
    message: 'expected evaluated = no for a reference station (it never counts for the county)',
    path: ['evaluated'],
  })
  .refine((s) => s.kind !== 'reference' || (s.city_zh !== null && s.city_en !== null), {
    message: 'expected city_zh and city_en for a reference station',
    path: ['city_zh'],
  })
  .refine((s) => s.active_to === null || s.active_to >= s.active_from, {
    message: 'expected active_to on or after active_from',
    path: ['active_to'],
  });
export type Station = z.output<typeof StationSchema>;

/** Required columns; `city_zh` and `city_en` are optional (needed on reference rows). */
export const STATION_COLUMNS = [
  'code',
  'name_zh',
  'name_en',
  'lon',
  'lat',
  'kind',
  'evaluated',
  'active_from',
  'active_to',
  'source',
] as const;

/** The codes whose values make the county's figures: evaluated, not control, not reference. */
export function countyStationCodes(stations: readonly Station[]): Set<string> {
  return new Set(
    stations
      .filter((s) => s.evaluated && s.kind !== 'control' && s.kind !== 'reference')
      .map((s) => s.code),
  );
}

/** Load and validate `<dataDir>/stations.csv`. Throws IngestError (file, line, column) on any bad row or duplicate code. */
export function loadStations(dataDir: string): Station[] {
  const rows = readTable(
    join(dataDir, 'stations.csv'),
    'stations.csv',
    STATION_COLUMNS,
    StationSchema,
  );
  const seen = new Map<string, number>();
  for (const r of rows) {
    const prev = seen.get(r.value.code);
    if (prev !== undefined)
      throw new IngestError(
        'stations.csv',
        r.line,
        'code',
        `expected each station code once; "${r.value.code}" is also on line ${prev}`,
      );
    seen.set(r.value.code, r.line);
  }
  if (rows.length === 0)
    throw new IngestError('stations.csv', 2, null, 'expected at least one station');
  return rows.map((r) => r.value);
}

interface StationCounts {
  readonly station: string;
  readonly used: number;
  readonly rejected: number;
  readonly empty: number;
  readonly reference: number;
}

/**
 * The reference stations that sent nothing in this build (no cell used, rejected, empty or
 * published-AQI only), and the quality report without them. A neighbouring station listed for
 * context is not a county station with an outage: the build leaves it out of the quality report
 * and the open-data tables instead of showing 0 % completeness and empty rows under its real
 * name. One that sent rows is kept.
 */
export function silentReferenceStations<Q extends { readonly stations: readonly StationCounts[] }>(
  report: Q,
  stations: readonly Station[],
): { silent: Set<string>; report: Q } {
  const heard = new Set(
    report.stations
      .filter((q) => q.used + q.rejected + q.empty + q.reference > 0)
      .map((q) => q.station),
  );
  const silent = new Set(
    stations.filter((s) => s.kind === 'reference' && !heard.has(s.code)).map((s) => s.code),
  );
  return {
    silent,
    report: { ...report, stations: report.stations.filter((q) => !silent.has(q.station)) },
  };
}
