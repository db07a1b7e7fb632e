// Time from the data, unchecked (issue 21): one row dated years ahead must not move the site's
// "as of", and a row of GB 3095—2026's final phase must stop the build naming file, line and
// column. The build's data window: docs/decisions/023-the-data-window.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/records/errors.ts';
import { ingestObservations, type QualityReport } from '../../../../src/records/ingest.ts';
import { loadSite, parseSite } from '../../../../src/records/site.ts';
import type { StationHour } from '../../../../src/records/types.ts';
import {
  dataWindow,
  newestPathDate,
  windowOfPaths,
  FINAL_PHASE_FROM,
} from '../../../../src/records/window.ts';
import { FINAL_PHASE_FROM as REGIME_FINAL_PHASE } from '../../../../src/indicators/regime.ts';
import { accounted, dataDir, station } from '../helpers.ts';

const HEADER = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';
const row = (date: string, hour: number): string => `S1,${date},${hour},30,60,5,20,0.5,80`;
const stations = [station('S1')];

interface Run {
  report: QualityReport;
  hours: StationHour[];
  rejections: Record<string, string>[];
}

async function ingest(dir: string, dataUntil?: string | null): Promise<Run> {
  const hours: StationHour[] = [];
  const rejectionsPath = join(dir, 'rejections.csv.gz');
  const report = await ingestObservations({
    dataDir: dir,
    stations,
    onHour: (h) => hours.push(h),
    rejectionsPath,
    ...(dataUntil === undefined ? {} : { dataUntil }),
  });
  const text = gunzipSync(readFileSync(rejectionsPath)).toString('utf8');
  const rejections = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return { report, hours, rejections };
}

async function stopped(p: Promise<unknown>): Promise<IngestError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

// 2026 data with one row mistyped as 2028 (line 4 of the file)
const MISTYPED = [
  HEADER,
  row('2026-05-01', 1),
  row('2026-05-01', 2),
  row('2028-05-01', 3),
  row('2026-05-01', 4),
  '',
].join('\n');

describe('the data window', () => {
  it('sets a 2028 row among 2026 data aside as later_than_window; span and as_of stay', async () => {
    const dir = dataDir({ 'observations/county-2026.csv': MISTYPED });
    const until = dataWindow(dir, undefined).until;
    expect(until).toBe('2027-01-01');
    const { report, hours, rejections } = await ingest(dir, until);
    expect(rejections).toEqual([
      {
        file: 'observations/county-2026.csv',
        line: '4',
        column: 'date',
        value: '2028-05-01',
        reason: 'later_than_window',
        cells: '6',
      },
    ]);
    expect(report.span).toEqual({
      first: '2026-05-01T01:00:00+08:00',
      last: '2026-05-01T04:00:00+08:00',
    });
    expect(hours.map((h) => h.time.slice(0, 4))).toEqual(['2026', '2026', '2026']);
    const f = report.files[0];
    expect(f).toMatchObject({ read: 24, used: 18, rejected: 6 });
    expect(f && accounted(f)).toBe(f?.read);
    expect(report.totals.rejected).toBe(6);
    expect(report.reasons.map((r) => r.reason)).toEqual(['later_than_window']);
    expect(report.stations[0]).toMatchObject({ station: 'S1', used: 18, rejected: 6 });
  });

  it('respects an explicit data_until (inclusive, natural days)', async () => {
    const text = [
      HEADER,
      row('2026-05-01', 23),
      row('2026-05-01', 24), // 00:00 of 05-02: still the natural day 2026-05-01
      row('2026-05-02', 1), // natural day 2026-05-02: after the window
      '',
    ].join('\n');
    const dir = dataDir({ 'observations/county.csv': text });
    const { report, rejections } = await ingest(dir, '2026-05-01');
    expect(rejections.map((r) => [r.line, r.reason])).toEqual([['4', 'later_than_window']]);
    expect(report.span?.last).toBe('2026-05-02T00:00:00+08:00');
    const f = report.files[0];
    expect(f && accounted(f)).toBe(f?.read);
  });

  it('site.json data_until wins over the file names', () => {
    const dir = dataDir({ 'observations/county-2026.csv': MISTYPED });
    expect(dataWindow(dir, '2026-04-30')).toEqual({ until: '2026-04-30', rule: 'site.json' });
  });

  it('sets the window aside in every format, before active period and value checks', async () => {
    const wide = 'date,hour,type,S1\n20260501,1,PM10,70\n20280501,1,PM10,71\n';
    const openaq =
      'location_id,sensors_id,location,datetime,lat,lon,parameter,units,value\n' +
      'S1,1,x,2026-05-01T01:00:00+08:00,33,114,pm25,µg/m³,30\n' +
      'S1,1,x,2028-05-01T01:00:00+08:00,33,114,pm25,µg/m³,oops\n';
    const dir = dataDir({ 'observations/a-wide.csv': wide, 'observations/b-openaq.csv': openaq });
    const { report, rejections } = await ingest(dir, '2026-12-31');
    expect(rejections.map((r) => [r.file, r.line, r.column, r.reason])).toEqual([
      ['observations/a-wide.csv', '3', 'S1', 'later_than_window'],
      ['observations/b-openaq.csv', '3', 'datetime', 'later_than_window'],
    ]);
    for (const f of report.files) expect(accounted(f)).toBe(f.read);
  });

  it('without data_until: the newest date a path names + 1 day', () => {
    expect(newestPathDate('sample-2026.csv.gz')).toBe('2026-12-31');
    expect(newestPathDate('cnemc/china_sites_20260512.csv')).toBe('2026-05-12');
    expect(newestPathDate('snapshots/2026-05-12T08.csv')).toBe('2026-05-12');
    expect(newestPathDate('2024/2026-02.csv')).toBe('2026-02-28');
    expect(newestPathDate('1001A.csv')).toBeNull(); // a station code is not a year
    expect(newestPathDate('county.csv')).toBeNull();
    expect(windowOfPaths(undefined, ['a-2025.csv', 'b/20260301.csv'])).toEqual({
      until: '2026-03-02',
      rule: 'file names',
    });
    expect(windowOfPaths(undefined, ['county.csv'])).toEqual({ until: null, rule: 'none' });
    // the bundled data: sample-2022 … sample-2026, as_of 2026-11-28 inside the window
    expect(dataWindow('data', loadSite('data').data_until)).toEqual({
      until: '2027-01-01',
      rule: 'file names',
    });
  });

  it('no date in any path: no bound, the 2028 row is read (the rule does not catch it)', async () => {
    const dir = dataDir({ 'observations/county.csv': MISTYPED });
    const w = dataWindow(dir, undefined);
    expect(w).toEqual({ until: null, rule: 'none' });
    const { report } = await ingest(dir, w.until);
    expect(report.span?.last).toBe('2028-05-01T03:00:00+08:00');
  });
});

describe("GB 3095—2026's final phase", () => {
  it('is the regime module’s bound', () => {
    expect(FINAL_PHASE_FROM).toBe('2031-01-01');
    expect(REGIME_FINAL_PHASE).toBe(FINAL_PHASE_FROM);
  });

  it('a 2031 row inside the window stops ingest naming file, line and column', async () => {
    const text = [HEADER, row('2030-12-31', 24), row('2031-01-01', 1), ''].join('\n');
    const dir = dataDir({ 'observations/late.csv': text });
    const e = await stopped(ingest(dir));
    expect(e.file).toBe('observations/late.csv');
    expect(e.line).toBe(3);
    expect(e.column).toBe('date');
    expect(e.message).toContain('observations/late.csv, line 3, column date');
    expect(e.message).toContain('expected a day before 2031-01-01');
    expect(e.message).toContain('"2031-01-01"');
  });

  it('stops cleanly in the middle of a large gzip file', async () => {
    const lines = [HEADER];
    for (let d = 1; d <= 30; d++)
      for (let h = 1; h <= 24; h++) lines.push(row(`2030-11-${String(d).padStart(2, '0')}`, h));
    const stopAt = lines.length + 1;
    lines.push(row('2031-03-01', 1));
    for (let i = 0; i < 5000; i++) lines.push(row('2030-12-01', 1 + (i % 24)));
    const dir = dataDir({ 'observations/big.csv.gz': gzipSync(lines.join('\n') + '\n') });
    const e = await stopped(ingest(dir));
    expect([e.file, e.line, e.column]).toEqual(['observations/big.csv.gz', stopAt, 'date']);
  });

  it('in a daily wide file, names the date column', async () => {
    const dir = dataDir({ 'observations/w.csv': 'date,hour,type,S1\n20310102,5,PM10,70\n' });
    const e = await stopped(ingest(dir, '2031-12-31'));
    expect([e.file, e.line, e.column]).toEqual(['observations/w.csv', 2, 'date']);
  });

  it('a window that ends before the final phase sets the row aside instead', async () => {
    const text = [HEADER, row('2030-12-31', 1), row('2031-01-01', 1), ''].join('\n');
    // a file named for 2030 opens the window to 2031-01-01: only data_until closes it before
    const dir = dataDir({ 'observations/late-2030.csv': text });
    expect(dataWindow(dir, undefined).until).toBe(FINAL_PHASE_FROM);
    await expect(ingest(dir, dataWindow(dir, undefined).until)).rejects.toThrow(IngestError);
    const { rejections } = await ingest(dir, '2030-12-31');
    expect(rejections.map((r) => [r.line, r.reason])).toEqual([['3', 'later_than_window']]);
  });
});

describe('site.json data_until', () => {
  const bundled = JSON.parse(readFileSync('data/site.json', 'utf8')) as Record<string, unknown>;
  const withUntil = (v: unknown): string => JSON.stringify({ ...bundled, data_until: v });

  it('accepts a calendar date', () => {
    expect(parseSite(withUntil('2026-11-28')).data_until).toBe('2026-11-28');
  });

  it.each([['2026-13-01'], ['2026-02-30'], ['20261128'], ['2026-11-28T00:00'], [20261128]])(
    'refuses %s with a clear error',
    (v) => {
      let err: unknown;
      try {
        parseSite(withUntil(v));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(IngestError);
      const e = err as IngestError;
      expect(e.file).toBe('site.json');
      expect(e.message).toContain('field "data_until"');
      if (typeof v === 'string')
        expect(e.message).toContain('expected a real calendar date YYYY-MM-DD');
    },
  );
});
