/**
 * The observation format registry (src/records/observations/index.ts): every format file in the
 * folder is registered, each header is recognised by exactly one format, a missing required
 * column is named, and the source priority is the one domain.md §6.1 gives.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/records/errors.ts';
import {
  FORMATS,
  OBSERVATION_FORMATS,
  SNAPSHOT_COLUMNS,
  detectFormat,
  formatOfHeader,
  type FormatId,
} from '../../../../src/records/observations/index.ts';
import { COUNTY_COLUMNS } from '../../../../src/records/observations/county-hourly.ts';
import type { ObservationFormat } from '../../../../src/records/observations/format.ts';

const DIR = 'src/records/observations';

/** One real header of each format. */
const HEADERS: Readonly<Record<FormatId, readonly string[]>> = {
  'cnemc-daily-wide': ['date', 'hour', 'type', '1001A', '1002A'],
  'cnemc-hourly-snapshot': SNAPSHOT_COLUMNS,
  'openaq-archive': [
    'location_id',
    'sensors_id',
    'location',
    'datetime',
    'lat',
    'lon',
    'parameter',
    'units',
    'value',
  ],
  'county-hourly': COUNTY_COLUMNS,
};

const isFormat = (v: unknown): v is ObservationFormat =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ObservationFormat).detect === 'function' &&
  typeof (v as ObservationFormat).handler === 'function';

describe('observation format registry', () => {
  it('registers every format a file of the folder exports, once', async () => {
    const exported: string[] = [];
    for (const name of readdirSync(DIR).sort()) {
      if (!name.endsWith('.ts') || name === 'index.ts') continue;
      const base = name.slice(0, -'.ts'.length);
      const mod = (await import(`../../../../src/records/observations/${base}.ts`)) as Record<
        string,
        unknown
      >;
      for (const v of Object.values(mod)) if (isFormat(v)) exported.push(v.id);
    }
    expect(exported.sort()).toEqual([...FORMATS].sort());
    expect(new Set(FORMATS).size).toBe(OBSERVATION_FORMATS.length);
    expect(FORMATS).toEqual(OBSERVATION_FORMATS.map((f) => f.id));
  });

  it.each(OBSERVATION_FORMATS.map((f) => [f.id]))(
    'recognises a %s header as that format and no other',
    (id) => {
      const header = HEADERS[id];
      expect(OBSERVATION_FORMATS.filter((f) => f.detect(header)).map((f) => f.id)).toEqual([id]);
      expect(detectFormat(header, 'x.csv')).toBe(id);
    },
  );

  it.each(OBSERVATION_FORMATS.map((f) => [f.id]))(
    'names the missing required column of a %s header, with file and line',
    (id) => {
      const format = OBSERVATION_FORMATS.find((f) => f.id === id) as ObservationFormat;
      const header = HEADERS[id];
      let named = 0;
      for (const col of header) {
        const cut = header.filter((c) => c !== col);
        if (!format.detect(cut) || format.missing(cut) === undefined) continue;
        named++;
        const err = (() => {
          try {
            formatOfHeader(cut, 'observations/x.csv');
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(err).toBeInstanceOf(IngestError);
        expect((err as IngestError).message).toContain('observations/x.csv');
        expect((err as IngestError).message).toMatch(/missing required column "[^"]+"/);
      }
      // every format has at least one column that cannot be left out without it still being itself
      if (id !== 'cnemc-daily-wide') expect(named).toBeGreaterThan(0);
    },
  );

  it('lists every supported format when a header matches none', () => {
    let message = '';
    try {
      formatOfHeader(['a', 'b', 'c'], 'observations/odd.csv');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('observations/odd.csv');
    for (const f of OBSERVATION_FORMATS) expect(message).toContain(f.description);
  });

  it('prefers CNEMC hourly and county files over OpenAQ over the daily wide archive (domain.md §6.1)', () => {
    const prio = Object.fromEntries(OBSERVATION_FORMATS.map((f) => [f.id, f.priority]));
    expect(prio['cnemc-hourly-snapshot']).toBe(prio['county-hourly']);
    expect(prio['county-hourly']).toBeGreaterThan(prio['openaq-archive'] as number);
    expect(prio['openaq-archive']).toBeGreaterThan(prio['cnemc-daily-wide'] as number);
  });

  it('gives the span pass the same day a row handler reads (a 24:00 hour is the day before)', () => {
    const day = (id: FormatId, cells: string[]): string | null =>
      (OBSERVATION_FORMATS.find((f) => f.id === id) as ObservationFormat)
        .spanReader(HEADERS[id])
        .read(cells);
    expect(day('cnemc-daily-wide', ['20240501', '24', 'PM2.5'])).toBe('2024-05-01');
    expect(day('county-hourly', ['S1', '2024-05-01', '24'])).toBe('2024-05-01');
    expect(day('county-hourly', ['S1', '2024-05-01', 'x'])).toBeNull();
    const snap = new Array<string>(SNAPSHOT_COLUMNS.length).fill('');
    snap[0] = '2024-05-02 00:00:00';
    expect(day('cnemc-hourly-snapshot', snap)).toBe('2024-05-01');
    const oaq = ['1', '2', 'x', '2024-05-01T16:00:00Z', '0', '0', 'pm25', 'µg/m³', '5'];
    expect(day('openaq-archive', oaq)).toBe('2024-05-01');
  });
});
