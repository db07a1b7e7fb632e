/** stations.csv: the stations the site knows, with their evaluation role and active period. */
import { join } from 'node:path';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { readTable, isCalendarDate } from './table.ts';

/** A station's name is shown in headings, chart labels and the map: 200 characters is ample. */
const MAX_NAME_CHARS = 200;
const MAX_SOURCE_CHARS = 1024;

export const STATION_KINDS = ['national', 'provincial', 'county', 'control'] as const;

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
  })
  .refine((s) => s.active_to === null || s.active_to >= s.active_from, {
    message: 'expected active_to on or after active_from',
    path: ['active_to'],
  });
export type Station = z.output<typeof StationSchema>;

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
