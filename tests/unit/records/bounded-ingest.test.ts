import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ingestObservations,
  type IngestProbe,
  type QualityReport,
} from '../../../src/records/ingest.ts';
import { SNAPSHOT_COLUMNS } from '../../../src/records/observations/index.ts';
import { fileDaySpan, UNKNOWN_SPAN } from '../../../src/records/spans.ts';
import { loadStations } from '../../../src/records/stations.ts';
import type { Station } from '../../../src/records/stations.ts';
import type { StationHour } from '../../../src/records/types.ts';
import { dayOfLabel } from '../../../src/records/time.ts';
import { dataDir, station } from './helpers.ts';

const COUNTY_HEADER = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';

interface Outcome {
  report: QualityReport;
  /** Emitted hours, sorted: the bounded path emits early days first, the pipeline ignores order. */
  hours: StationHour[];
  refs: number;
  /** The rejections file as written, byte for byte. */
  rejections: string;
  probe: IngestProbe;
  /** The dates passed to `onSettled`, in call order. */
  settled: string[];
  /** Hours passed to `onHour` for a day already settled: the contract says none. */
  lateHours: number;
}

async function ingest(
  dir: string,
  stations: readonly Station[],
  boundedMemory: boolean,
): Promise<Outcome> {
  const hours: StationHour[] = [];
  let refs = 0;
  const settled: string[] = [];
  let lateHours = 0;
  const probe: IngestProbe = { liveDayBuffers: 0, peakLiveDayBuffers: 0, earlyFlushed: 0 };
  const rejectionsPath = join(mkdtempSync(join(tmpdir(), 'bounded-ingest-')), 'rejections.csv.gz');
  const report = await ingestObservations({
    dataDir: dir,
    stations,
    onHour: (h) => {
      const bound = settled[settled.length - 1];
      if (bound !== undefined && dayOfLabel(h.time) < bound) lateHours++;
      hours.push(h);
    },
    onSettled: (date) => settled.push(date),
    onReference: () => refs++,
    rejectionsPath,
    boundedMemory,
    probe,
  });
  hours.sort((a, b) =>
    a.station + a.time < b.station + b.time ? -1 : a.station + a.time > b.station + b.time ? 1 : 0,
  );
  return {
    report,
    hours,
    refs,
    rejections: gunzipSync(readFileSync(rejectionsPath)).toString('utf8'),
    probe,
    settled,
    lateHours,
  };
}

/** Run both paths over the same folder and check that they agree on everything but memory. */
async function bothAgree(
  dir: string,
  stations: readonly Station[],
): Promise<{ bounded: Outcome; all: Outcome }> {
  const bounded = await ingest(dir, stations, true);
  const all = await ingest(dir, stations, false);
  expect(bounded.report).toEqual(all.report);
  expect(JSON.stringify(bounded.report)).toBe(JSON.stringify(all.report));
  expect(bounded.hours).toEqual(all.hours);
  expect(bounded.refs).toBe(all.refs);
  expect(bounded.rejections).toBe(all.rejections);
  // onSettled: dates only go forward, no hour arrives for a settled day, and the reference path
  // (everything held to the end) settles nothing early.
  expect(bounded.settled).toEqual([...bounded.settled].sort());
  expect(new Set(bounded.settled).size).toBe(bounded.settled.length);
  expect(bounded.lateHours).toBe(0);
  expect(all.settled).toEqual([]);
  return { bounded, all };
}

/** A county hourly file of `days` consecutive days from `from` for the stations, hour 1…24. */
function countyDays(
  from: string,
  days: number,
  codes: readonly string[],
  value = (d: number, h: number) => 20 + ((d * 7 + h) % 30),
): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const lines = [COUNTY_HEADER];
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let h = 1; h <= 24; h++)
      for (const c of codes) lines.push(`${c},${date},${h},${value(d, h)},60,5,20,0.5,80`);
  }
  return `${lines.join('\n')}\n`;
}

describe('bounded ingest gives the same result as holding every station-day', () => {
  it('on the bundled sample data (5 yearly snapshot files, 4 stations)', async () => {
    const stations = loadStations('data');
    const { bounded, all } = await bothAgree('data', stations);
    // the neighbouring national stations hold no bundled data: four stations report
    const reporting = stations.filter((s) => s.kind !== 'reference');
    expect(reporting).toHaveLength(4);
    expect(bounded.report.hoursEmitted).toBeGreaterThan(150_000);
    // a yearly file holds a year of days; the rest of the data was let go early
    expect(bounded.probe.peakLiveDayBuffers).toBeLessThanOrEqual(reporting.length * 2);
    expect(all.probe.peakLiveDayBuffers).toBeGreaterThan(reporting.length * 1_500);
    // a day is settled as soon as the file has moved past it: one call per day but the last
    expect(bounded.settled.length).toBeGreaterThan(1_700);
    expect(bounded.settled[0]).toBe('2022-01-01');
  }, 60_000);

  it('on overlapping, out-of-order files with conflicts, duplicates and supersession across flushes', async () => {
    const codes = ['S1', 'S2'];
    const dir = dataDir({
      // named out of time order, overlapping at the edges, one with rows going backwards
      'observations/a-late.csv': countyDays('2024-03-10', 5, codes),
      'observations/b-early.csv': countyDays('2024-03-01', 10, codes),
      'observations/c-overlap.csv': countyDays(
        '2024-03-09',
        3,
        codes,
        (d, h) => 21 + ((d * 7 + h) % 30),
      ),
      'observations/d-backwards.csv': [
        COUNTY_HEADER,
        'S1,2024-03-20,5,10,,,,,',
        'S1,2024-03-02,5,99,,,,,',
        'S2,2024-03-15,24,33,,,,,',
        '',
      ].join('\n'),
      // a quote makes the span unknown: nothing may be let go before it is read
      'observations/e-quoted.csv': [COUNTY_HEADER, '"S2",2024-03-03,1,"44",,,,,', ''].join('\n'),
      // the wide archive is superseded by a county file already read for the same hours
      'observations/f-wide.csv': [
        'date,hour,type,S1,S2',
        '20240305,0,PM2.5,1,2',
        '20240305,3,PM10,60,61',
        '',
      ].join('\n'),
      'observations/g-gz.csv.gz': gzipSync(countyDays('2024-03-14', 2, ['S2'])),
    });
    const { bounded } = await bothAgree(
      dir,
      codes.map((c) => station(c)),
    );
    const reasons = bounded.report.reasons.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['conflict', 'superseded']));
    expect(bounded.report.totals.identicalDuplicates).toBeGreaterThan(0);
  });

  it.each([
    ['daily files in time order', false],
    ['daily files in reverse time order', true],
  ])('on %s with a stored conflict in the first file', async (_name, reverse) => {
    const files: Record<string, string> = {};
    const name = (d: number): string =>
      `observations/${String(reverse ? 99 - d : d).padStart(2, '0')}.csv`;
    for (let d = 0; d < 20; d++)
      files[name(d)] = countyDays(`2024-01-${String(d + 1).padStart(2, '0')}`, 1, ['S1', 'S2']);
    // conflicts inside two days, reported after every file in the old order
    files[name(0)] = `${files[name(0)] ?? ''}S1,2024-01-01,3,77,,,,,\n`;
    files[name(4)] = `${files[name(4)] ?? ''}S2,2024-01-05,7,78,,,,,\n`;
    const { bounded } = await bothAgree(dataDir(files), [station('S1'), station('S2')]);
    expect(bounded.report.reasons.find((r) => r.reason === 'conflict')?.cells).toBe(4);
    // new values in conflict are rejected as read, stored ones after the last file, in the order
    // their station-days were first touched (as the all-in-memory path wrote them)
    const conflictFiles = bounded.rejections
      .split('\n')
      .filter((l) => l.includes(',conflict,'))
      .map((l) => l.split(',')[0]);
    const readOrder = [name(0), name(4)].sort();
    expect(conflictFiles).toEqual([...readOrder, ...readOrder]);
  });
});

describe('the number of live station-day buffers', () => {
  const codes = ['S1', 'S2', 'S3'];
  const daily = (n: number, name: (d: number) => string): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let d = 0; d < n; d++) {
      const date = new Date(Date.parse('2024-01-01T00:00:00Z') + d * 86_400_000)
        .toISOString()
        .slice(0, 10);
      files[`observations/${name(d)}.csv`] = countyDays(date, 1, codes);
    }
    return files;
  };

  it.each([10, 60])(
    'stays within two days of stations for %i daily files in time order',
    async (n) => {
      const { bounded } = await bothAgree(
        dataDir(daily(n, (d) => `day-${String(d).padStart(3, '0')}`)),
        codes.map((c) => station(c)),
      );
      expect(bounded.probe.peakLiveDayBuffers).toBeLessThanOrEqual(codes.length * 2);
      expect(bounded.probe.earlyFlushed).toBeGreaterThanOrEqual((n - 2) * codes.length);
      expect(bounded.probe.liveDayBuffers).toBe(0);
    },
  );

  it('stays within two days of stations inside one long file whose rows go forward', async () => {
    const { bounded } = await bothAgree(
      dataDir({ 'observations/year.csv': countyDays('2024-01-01', 90, codes) }),
      codes.map((c) => station(c)),
    );
    expect(bounded.probe.peakLiveDayBuffers).toBeLessThanOrEqual(codes.length * 2);
  });

  it('holds every day when the files come in reverse time order (correct, not bounded)', async () => {
    const { bounded } = await bothAgree(
      dataDir(daily(30, (d) => `day-${String(99 - d)}`)),
      codes.map((c) => station(c)),
    );
    expect(bounded.probe.peakLiveDayBuffers).toBe(30 * codes.length);
  });
});

describe('fileDaySpan(path, label)', () => {
  const span = async (name: string, text: string | Uint8Array) =>
    fileDaySpan(join(dataDir({ [`observations/${name}`]: text }), 'observations', name), name);

  it.each([
    [
      'county rows going forward',
      'c.csv',
      [COUNTY_HEADER, 'S1,2024-05-01,1,1,,,,,', 'S1,2024-05-02,24,1,,,,,', ''].join('\n'),
      { minDay: '2024-05-01', ordered: true },
    ],
    [
      'county hour 0 belongs to the day before',
      'c.csv',
      [COUNTY_HEADER, 'S1,2024-05-01,0,1,,,,,', 'S1,2024-05-01,1,1,,,,,', ''].join('\n'),
      { minDay: '2024-04-30', ordered: true },
    ],
    [
      'county rows going back',
      'c.csv',
      [COUNTY_HEADER, 'S1,2024-05-03,1,1,,,,,', 'S1,2024-05-02,1,1,,,,,', ''].join('\n'),
      { minDay: '2024-05-02', ordered: false },
    ],
    [
      'a bad timestamp touches no day',
      'c.csv',
      [COUNTY_HEADER, 'S1,2024-02-30,1,1,,,,,', 'S1,2024-05-02,1,1,,,,,', ''].join('\n'),
      { minDay: '2024-05-02', ordered: true },
    ],
    [
      'a wide day file starts with hour 0 of the day before',
      'w.csv',
      ['date,hour,type,S1', '20240501,0,PM2.5,1', '20240501,23,PM2.5,1', ''].join('\n'),
      { minDay: '2024-04-30', ordered: true },
    ],
    [
      'snapshot timepoints, CRLF',
      's.csv',
      `${SNAPSHOT_COLUMNS.join(',')}\r\n2024-05-01 01:00:00,S1${',1'.repeat(20)}\r\n2024-05-01 02:00:00,S1${',1'.repeat(20)}\r\n`,
      { minDay: '2024-05-01', ordered: true },
    ],
    [
      'OpenAQ datetimes with offset',
      'o.csv',
      [
        'location_id,sensors_id,location,datetime,lat,lon,parameter,units,value',
        '1,2,L,2024-05-01T00:00:00+08:00,33,114,pm25,µg/m³,1',
        '1,2,L,2024-05-01T02:00:00+08:00,33,114,pm25,µg/m³,1',
        '',
      ].join('\n'),
      { minDay: '2024-04-30', ordered: true },
    ],
    [
      'a file with no usable row holds nothing back',
      'c.csv',
      `${COUNTY_HEADER}\n`,
      { minDay: '9999-12-31', ordered: true },
    ],
    [
      'a quoted cell',
      'c.csv',
      [COUNTY_HEADER, '"S1",2024-05-01,1,1,,,,,', ''].join('\n'),
      UNKNOWN_SPAN,
    ],
    ['an unknown format', 'x.csv', 'a,b,c\n1,2,3\n', UNKNOWN_SPAN],
    [
      'a semicolon-separated file',
      'c.csv',
      'station;date;hour;pm2_5;pm10;so2;no2;co;o3\nS1;2024-05-01;1;1;;;;;\n',
      UNKNOWN_SPAN,
    ],
  ])('%s', async (_name, file, text, expected) => {
    expect(await span(file, text)).toEqual(expected);
  });

  it('reads gzip files and answers UNKNOWN_SPAN for a damaged one instead of throwing', async () => {
    expect(
      await span('c.csv.gz', gzipSync([COUNTY_HEADER, 'S1,2024-05-01,1,1,,,,,', ''].join('\n'))),
    ).toEqual({ minDay: '2024-05-01', ordered: true });
    expect(await span('d.csv.gz', new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toEqual(UNKNOWN_SPAN);
  });
});

describe('fileDaySpan reads bytes, not decoded text', () => {
  const span = async (name: string, content: string | Uint8Array) =>
    fileDaySpan(join(dataDir({ [`observations/${name}`]: content }), 'observations', name), name);
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(
      parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
    );
  // 西平 in GB18030 (GBK): not valid UTF-8, so the header cannot be read as ASCII
  const XIPING_GB = [0xce, 0xf7, 0xc6, 0xbd];

  it.each([
    [
      'a UTF-8 byte order mark before the header',
      'c.csv',
      bytes([0xef, 0xbb, 0xbf], `${COUNTY_HEADER}\nS1,2024-05-02,1,1,,,,,\n`),
      { minDay: '2024-05-02', ordered: true },
    ],
    [
      'a GB18030 header (read through the decoder)',
      'w.csv',
      bytes('date,hour,type,', XIPING_GB, '\n20240501,1,PM2.5,1\n20240501,24,PM2.5,1\n'),
      { minDay: '2024-05-01', ordered: true },
    ],
    [
      'GB18030 bytes in a value cell after the time cells',
      'w.csv',
      bytes('date,hour,type,S1\n20240502,3,', XIPING_GB, ',1\n20240501,3,PM2.5,1\n'),
      { minDay: '2024-05-01', ordered: false },
    ],
    [
      'a non-ASCII byte in a time cell (a trimmed ideographic space)',
      'c.csv',
      bytes(`${COUNTY_HEADER}\nS1,2024-05-01`, [0xe3, 0x80, 0x80], ',1,1,,,,,\n'),
      UNKNOWN_SPAN,
    ],
    [
      'no newline after the last row',
      'w.csv',
      bytes('date,hour,type,S1\r\n20240501,5,PM2.5,1\r\n20240430,5,PM2.5,1'),
      { minDay: '2024-04-30', ordered: false },
    ],
    [
      'a wide time cell with a space is a row the real pass rejects',
      'w.csv',
      bytes('date,hour,type,S1\n 20240401,5,PM2.5,1\n20240501,5,PM2.5,1\n'),
      { minDay: '2024-05-01', ordered: true },
    ],
  ])('%s', async (_name, file, content, expected) => {
    expect(await span(file, content)).toEqual(expected);
  });

  // rows of 0.9 MB, just under the 1 MiB line bound (src/records/limits.ts): with a 1 MiB read
  // buffer every line after the first crosses a read boundary. The pass cuts only up to the time
  // columns, so a short header does.
  const columns = 450_000;
  const longFile = (rows: string[], tail = ''): string =>
    [`date,hour,type,S0`, ...rows.map((r) => `${r}${',1'.repeat(columns)}`)].join('\n') + tail;

  it.each([
    ['plain', 'w.csv', (t: string): string | Uint8Array => t],
    ['gzip', 'w.csv.gz', (t: string): string | Uint8Array => gzipSync(t)],
  ])(
    'finds the days of lines longer than the read buffer (%s)',
    async (_kind, file, encode) => {
      const rows = ['20240502,1,PM2.5', '20240502,0,PM2.5', '20240503,2,PM2.5'];
      expect(await span(file, encode(longFile(rows, '\n')))).toEqual({
        minDay: '2024-05-01',
        ordered: false,
      });
      expect(await span(file, encode(longFile([rows[0] as string, rows[2] as string])))).toEqual({
        minDay: '2024-05-02',
        ordered: true,
      });
      // multi-MiB lines through gzip: ~3 s on a loaded 2-core machine, past vitest's 5 s default in CI
    },
    30_000,
  );

  it.each([
    ['same length, other bytes', ['20240502,1', '20240502,1', '20240501,1'], '2024-05-01', false],
    ['other length', ['20240501,9', '20240501,10', '20240501,0'], '2024-04-30', false],
    [
      'a repeated bad cell stays rejected',
      ['2024050x,1', '2024050x,1', '20240503,1'],
      '2024-05-03',
      true,
    ],
  ])('reads a row again when its time cells change: %s', async (_name, keys, minDay, ordered) => {
    const text = ['date,hour,type,S1', ...keys.map((k) => `${k},PM2.5,1`), ''].join('\n');
    expect(await span('w.csv', text)).toEqual({ minDay, ordered });
  });

  it('gives each of two files with the same header its own span', async () => {
    const dir = dataDir({
      'observations/a.csv': 'date,hour,type,S1\n20240510,5,PM2.5,1\n',
      'observations/b.csv': 'date,hour,type,S1\n20240502,5,PM2.5,1\n20240501,5,PM2.5,1\n',
    });
    const at = (n: string) => fileDaySpan(join(dir, 'observations', n), n);
    expect(await at('a.csv')).toEqual({ minDay: '2024-05-10', ordered: true });
    expect(await at('b.csv')).toEqual({ minDay: '2024-05-01', ordered: false });
  });

  it('answers UNKNOWN_SPAN for a quote far past the first read', async () => {
    const text = longFile(['20240502,1,PM2.5', '20240502,2,PM2.5']);
    expect(await span('w.csv', `${text}\n20240502,3,"PM2.5",1\n`)).toEqual(UNKNOWN_SPAN);
  });
});
