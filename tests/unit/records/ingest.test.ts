import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/records/errors.ts';
import { accounted, dataDir, hourAt, run, station } from './helpers.ts';
import { ingestObservations } from '../../../src/records/ingest.ts';

const FIXTURE = 'tests/fixtures/cnemc-hourly/2022-01-01T00.csv';
const fixtureBytes = readFileSync(FIXTURE);
const fixtureText = fixtureBytes.toString('utf8');
const T00 = '2022-01-01T00:00:00+08:00';

const COUNTY_HEADER = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';

describe('the real CNEMC hourly snapshot fixture', () => {
  it('is byte-identical to the published file (sha256)', () => {
    expect(createHash('sha256').update(fixtureBytes).digest('hex')).toBe(
      '675b62dcaa73994a8f397d576c89e9b50e01166a380fec226473c1ccfef633ac',
    );
  });

  it('ingestObservations reads 1-hour O3 from o3_24h and the other pollutants from their bare columns', async () => {
    const { hours } = await run({ 'observations/2022-01-01T00.csv': fixtureBytes }, [
      station('1001A'),
      station('2420A'),
    ]);
    expect(hourAt(hours, '1001A', T00)?.values).toEqual({
      so2: 7,
      no2: 82,
      pm10: 68,
      pm2_5: 36,
      co: 1.2,
      o3: 0,
    });
    expect(hourAt(hours, '2420A', T00)?.values).toEqual({
      so2: 13,
      no2: 82,
      pm10: 99,
      pm2_5: 72,
      co: 1.1,
      o3: 5,
    });
  });

  it('keeps AQI and primary pollutants as published references, splitting quoted lists', async () => {
    const { refs, report } = await run({ 'observations/a.csv': fixtureBytes }, [
      station('1011A'),
      station('2420A'),
      station('1132A'),
    ]);
    expect(refs.find((r) => r.station === '1011A')).toMatchObject({
      aqi: 65,
      primary: ['颗粒物(PM10)', '细颗粒物(PM2.5)'],
      line: expect.any(Number) as number,
    });
    expect(refs.find((r) => r.station === '2420A')).toMatchObject({
      aqi: 97,
      primary: ['细颗粒物(PM2.5)'],
      time: T00,
    });
    // 1132A has every measurement empty: no reference, six empty cells
    expect(refs.find((r) => r.station === '1132A')).toBeUndefined();
    expect(report.stations.find((s) => s.station === '1132A')).toMatchObject({ empty: 6, used: 0 });
  });

  it('accounts for every cell: stations not in stations.csv are out of scope, counted not listed', async () => {
    const { report, rejections } = await run({ 'observations/a.csv': fixtureBytes }, [
      station('2420A'),
      station('2421A'),
      station('2422A'),
    ]);
    const f = report.files[0];
    expect(f).toMatchObject({
      format: 'cnemc-hourly-snapshot',
      encoding: 'utf-8',
      rows: 1722,
      read: 1722 * 16,
      outOfScope: 1719 * 16,
      reference: 3 * 10,
    });
    expect(f && accounted(f)).toBe(f?.read);
    expect(rejections).toEqual([]);
  });
});

describe('the CNEMC daily wide format', () => {
  const wide = [
    'date,hour,type,1001A,1002A,1961A,1961A',
    '20220101,0,AQI,59,,10,10',
    '20220101,0,PM2.5,36,,5,6',
    '20220101,0,PM2.5_24h,23,14,3,3',
    '20220101,0,PM10,70,,8,8',
    '20220101,0,O3,,,,4',
    '20220101,1,CO,1.2,,0.3,',
    '',
  ].join('\n');

  it('reads hour 0 of a day file as the label 00:00 of that date and uses only 1-hour types', async () => {
    const { hours, refs, report } = await run({ 'observations/china_sites_20220101.csv': wide }, [
      station('1001A'),
    ]);
    expect(hourAt(hours, '1001A', T00)?.values).toEqual({ pm2_5: 36, pm10: 70 });
    expect(hourAt(hours, '1001A', '2022-01-01T01:00:00+08:00')?.values).toEqual({ co: 1.2 });
    expect(refs).toEqual([expect.objectContaining({ station: '1001A', time: T00, aqi: 59 })]);
    const f = report.files[0];
    expect(f).toMatchObject({
      format: 'cnemc-daily-wide',
      read: 24,
      outOfScope: 18,
      reference: 2,
      empty: 1,
      used: 3,
      duplicateColumns: ['1961A'],
    });
  });

  it('rejects duplicate station columns that disagree and uses them once when they agree', async () => {
    const { hours, rejections, report } = await run(
      { 'observations/china_sites_20220101.csv': wide },
      [station('1961A')],
    );
    expect(rejections.filter((r) => r.reason === 'duplicate_column')).toEqual([
      expect.objectContaining({ line: '3', column: '1961A', value: '5' }),
      expect.objectContaining({ line: '3', column: '1961A', value: '6' }),
    ]);
    expect(hourAt(hours, '1961A', T00)?.values).toEqual({ pm10: 8, o3: 4 });
    expect(hourAt(hours, '1961A', '2022-01-01T01:00:00+08:00')?.values).toEqual({ co: 0.3 });
    const f = report.files[0];
    expect(f).toMatchObject({ identicalDuplicates: 1, empty: 2, rejected: 2, reference: 4 });
    expect(f && accounted(f)).toBe(f?.read);
  });

  it('reads CRLF rows, quoted cells and a line break inside quotes the same way as plain rows', async () => {
    const text =
      'date,hour,type,1001A,1002A\r\n20220101,1,PM10,"70",x\r\n20220101,1,NO2,"4\n0",5\r\n\r\n20220101,1,SO2,9,"a"\r\n';
    const { hours, rejections, report } = await run({ 'observations/w.csv': text }, [
      station('1001A'),
    ]);
    expect(hourAt(hours, '1001A', '2022-01-01T01:00:00+08:00')?.values).toEqual({
      pm10: 70,
      so2: 9,
    });
    expect(rejections).toEqual([
      expect.objectContaining({
        line: '3',
        column: '1001A',
        value: '4\n0',
        reason: 'not_a_number',
      }),
    ]);
    expect(report.files[0]).toMatchObject({ rows: 3, blankLines: 1 });
  });

  it.each([
    [
      'a short row in the middle',
      'date,hour,type,1001A,1002A\n20220101,1,PM10,70\n20220101,1,SO2,9,1\n',
      'wrong_field_count',
      '2',
    ],
    [
      'a long row',
      'date,hour,type,1001A,1002A\n20220101,1,PM10,70,1,2\n',
      'wrong_field_count',
      '2',
    ],
    [
      'a short last line without newline',
      'date,hour,type,1001A,1002A\n20220101,1,SO2,9,1\n20220101,1,PM10,7',
      'truncated_last_line',
      '3',
    ],
  ])('rejects %s of a wide file for the stations in scope', async (_name, text, reason, line) => {
    const { rejections, report } = await run({ 'observations/w.csv': text }, [station('1001A')]);
    expect(rejections).toEqual([expect.objectContaining({ reason, line, cells: '1' })]);
    const f = report.files[0];
    expect(f && accounted(f)).toBe(f?.read);
  });

  it('rejects a row of unknown type for the stations in scope', async () => {
    const text = 'date,hour,type,1001A,1002A\n20220101,3,PM1,5,6\n';
    const { rejections } = await run({ 'observations/w.csv': text }, [station('1001A')]);
    expect(rejections).toEqual([
      expect.objectContaining({ reason: 'unknown_type', value: 'PM1', line: '2' }),
    ]);
  });
});

describe('preferring the hourly snapshot over the daily wide archive', () => {
  const snapshotRow = fixtureText.split('\n').slice(0, 2).join('\n') + '\n'; // 1001A: pm10 68, o3_24h 0
  const wideText = (pm10: string) =>
    `date,hour,type,1001A\n20220101,0,PM10,${pm10}\n20220101,0,O3,\n20220101,0,PM2.5,36\n`;

  it.each([
    ['wide first', 'observations/a-wide.csv', 'observations/b-snapshot.csv'],
    ['snapshot first', 'observations/b-wide.csv', 'observations/a-snapshot.csv'],
  ])(
    'keeps the snapshot value when the wide file disagrees (%s)',
    async (_name, widePath, snapPath) => {
      const { hours, rejections, report } = await run(
        { [widePath]: wideText('70'), [snapPath]: snapshotRow },
        [station('1001A')],
      );
      expect(hourAt(hours, '1001A', T00)?.values.pm10).toBe(68);
      // the wide archive's empty O3 is a real zero in the snapshot
      expect(hourAt(hours, '1001A', T00)?.values.o3).toBe(0);
      expect(rejections).toEqual([
        expect.objectContaining({ file: widePath, reason: 'superseded', column: '1001A' }),
      ]);
      const wide = report.files.find((f) => f.file === widePath);
      expect(wide).toMatchObject({ identicalDuplicates: 1, rejected: 1, empty: 1, used: 0 });
      for (const f of report.files) expect(accounted(f)).toBe(f.read);
    },
  );
});

describe('conflicts and duplicates within one format', () => {
  it('rejects both values when the same station-hour-pollutant has two different values, and reports both lines', async () => {
    const text = [
      COUNTY_HEADER,
      'S1,2024-05-01,1,30,60,5,20,0.5,80',
      'S1,2024-05-01,1,31,60,5,20,0.5,80',
      '',
    ].join('\n');
    const { hours, rejections, report } = await run({ 'observations/c.csv': text }, [
      station('S1'),
    ]);
    expect(rejections.map((r) => [r.line, r.column, r.value, r.reason])).toEqual([
      ['3', 'pm2_5', '31', 'conflict'],
      ['2', 'pm2_5', '30', 'conflict'],
    ]);
    expect(hours[0]?.values.pm2_5).toBeUndefined();
    expect(hours[0]?.values.pm10).toBe(60);
    expect(report.files[0]).toMatchObject({ identicalDuplicates: 5, rejected: 2, used: 5 });
  });

  it('counts an identical repeated value once as used and once as an identical duplicate', async () => {
    const text = [COUNTY_HEADER, 'S1,2024-05-01,1,30,,,,,', 'S1,2024-05-01,1,30.0,,,,,', ''].join(
      '\n',
    );
    const { report, hours } = await run({ 'observations/c.csv': text }, [station('S1')]);
    expect(hours).toEqual([
      { station: 'S1', time: '2024-05-01T01:00:00+08:00', values: { pm2_5: 30 } },
    ]);
    expect(report.files[0]).toMatchObject({ read: 12, used: 1, identicalDuplicates: 1, empty: 10 });
  });

  it('finds duplicates across files that cover the same station-day', async () => {
    const a = [COUNTY_HEADER, 'S1,2024-05-01,24,30,,,,,', ''].join('\n');
    const b = [COUNTY_HEADER, 'S1,2024-05-02,0,33,,,,,', ''].join('\n'); // same label: 2024-05-02T00:00
    const { rejections } = await run({ 'observations/a.csv': a, 'observations/b.csv': b }, [
      station('S1'),
    ]);
    expect(rejections.map((r) => [r.file, r.reason])).toEqual([
      ['observations/b.csv', 'conflict'],
      ['observations/a.csv', 'conflict'],
    ]);
  });
});

describe('the county hourly CSV and every rejection reason', () => {
  const rows = [
    COUNTY_HEADER, //                          line 1
    'S1,2024-05-01,1,30,60,5,20,0.5,80', //    2 ok
    'S9,2024-05-01,1,30,60,5,20,0.5,80', //    3 unknown station
    'S1,2024-05-01,2,abc,60,5,20,0.5,80', //   4 not a number
    'S1,2024-05-01,3,-1,60,5,20,0.5,80', //    5 negative
    'S1,2024-05-01,4,3001,60,5,20,0.5,80', //  6 implausible
    'S1,2024-05-01,25,30,60,5,20,0.5,80', //   7 hour out of range
    'S1,2024-02-30,1,30,60,5,20,0.5,80', //    8 bad timestamp
    'OLD,2024-05-01,1,30,60,5,20,0.5,80', //   9 outside active period
    'S1,2024-05-01,5,30,60,5,20,0.5', //       10 wrong field count
    'S1,2024-05-01,6,30,60,5,,,', //           11 three empty cells
    'S1,2024-05-01,7,30,60', //                12 truncated last line (no newline)
  ];
  const stations = [station('S1'), station('OLD', { active_to: '2023-12-31' })];

  it.each([
    ['unknown_station', '3', 'station', 'S9', '6'],
    ['not_a_number', '4', 'pm2_5', 'abc', '1'],
    ['negative', '5', 'pm2_5', '-1', '1'],
    ['implausible', '6', 'pm2_5', '3001', '1'],
    ['hour_out_of_range', '7', 'hour', '25', '6'],
    ['bad_timestamp', '8', 'date', '2024-02-30', '6'],
    ['outside_active_period', '9', 'date', '2024-05-01', '6'],
    ['wrong_field_count', '10', '', undefined, '6'],
    ['truncated_last_line', '12', '', undefined, '6'],
  ])(
    'rejects %s with file, line %s, column and raw value',
    async (reason, line, column, value, cells) => {
      const { rejections } = await run({ 'observations/county.csv': rows.join('\n') }, stations);
      const r = rejections.find((x) => x.reason === reason);
      expect(r).toMatchObject({ file: 'observations/county.csv', line, column, cells });
      if (value !== undefined) expect(r?.value).toBe(value);
    },
  );

  it('keeps the accounting invariant and reports each reason with examples', async () => {
    const { report } = await run({ 'observations/county.csv': rows.join('\n') }, stations);
    const f = report.files[0];
    expect(f).toMatchObject({ rows: 11, read: 66, empty: 3 });
    expect(f && accounted(f)).toBe(66);
    expect(report.reasons.map((r) => r.reason)).toEqual([
      'bad_timestamp',
      'hour_out_of_range',
      'implausible',
      'negative',
      'not_a_number',
      'outside_active_period',
      'truncated_last_line',
      'unknown_station',
      'wrong_field_count',
    ]);
    expect(report.reasons.find((r) => r.reason === 'negative')?.examples[0]).toEqual({
      file: 'observations/county.csv',
      line: 5,
      column: 'pm2_5',
      value: '-1',
      reason: 'negative',
      cells: 1,
    });
  });

  it('reads the same file with CRLF line endings, gzip-compressed, to the same result', async () => {
    const lf = await run({ 'observations/county.csv': rows.join('\n') + '\n' }, stations);
    const crlf = await run(
      { 'observations/county.csv.gz': gzipSync(Buffer.from(rows.join('\r\n') + '\r\n')) },
      stations,
    );
    expect(crlf.hours).toEqual(lf.hours);
    expect(crlf.rejections.map((r) => ({ ...r, file: '' }))).toEqual(
      lf.rejections.map((r) => ({ ...r, file: '' })),
    );
    expect(crlf.report.files[0]).toMatchObject({ gzip: true, rows: 11 });
  });

  it('treats a short last line that ends with a newline as a wrong field count, not a truncation', async () => {
    const { rejections } = await run(
      { 'observations/county.csv': rows.join('\n') + '\n' },
      stations,
    );
    expect(rejections.find((r) => r.line === '12')?.reason).toBe('wrong_field_count');
  });

  it.each([
    ['pm2_5', '3000', true],
    ['pm2_5', '3000.1', false],
    ['pm10', '9990', true],
    ['pm10', '9999', false],
    ['co', '150', true],
    ['co', '150.5', false],
    ['o3', '1500', true],
    ['o3', '1501', false],
    ['so2', '0', true],
    ['so2', '-0.1', false],
    ['no2', ' 12 ', true],
    ['no2', '1e3', false],
  ])('%s = "%s" is accepted: %s', async (pollutant, raw, ok) => {
    const cols = ['pm2_5', 'pm10', 'so2', 'no2', 'co', 'o3'];
    const cells = cols.map((c) => (c === pollutant ? raw : ''));
    const { hours, rejections } = await run(
      { 'observations/c.csv': `${COUNTY_HEADER}\nS1,2024-05-01,1,${cells.join(',')}\n` },
      [station('S1')],
    );
    expect(hours.length === 1).toBe(ok);
    expect(rejections.length === 0).toBe(ok);
  });

  it.each([
    [0, '2024-05-01T00:00:00+08:00'],
    [1, '2024-05-01T01:00:00+08:00'],
    [23, '2024-05-01T23:00:00+08:00'],
    [24, '2024-05-02T00:00:00+08:00'],
  ])('hour %i of 2024-05-01 is the label %s', async (hour, label) => {
    const { hours } = await run(
      { 'observations/c.csv': `${COUNTY_HEADER}\nS1,2024-05-01,${hour},30,,,,,\n` },
      [station('S1')],
    );
    expect(hours[0]?.time).toBe(label);
  });

  it.each([-1, 25, 99])('hour %i is rejected as out of range', async (hour) => {
    const { rejections } = await run(
      { 'observations/c.csv': `${COUNTY_HEADER}\nS1,2024-05-01,${hour},30,,,,,\n` },
      [station('S1')],
    );
    expect(rejections[0]?.reason).toBe('hour_out_of_range');
  });

  it('counts completeness per station-month with the 20-hour daily rule', async () => {
    const lines = [COUNTY_HEADER];
    for (let h = 1; h <= 24; h++) lines.push(`S1,2024-05-01,${h},30,,,,,`);
    for (let h = 1; h <= 19; h++) lines.push(`S1,2024-05-02,${h},30,,,,,`);
    const { report } = await run({ 'observations/c.csv': lines.join('\n') + '\n' }, [
      station('S1'),
    ]);
    const may = report.stations[0]?.months.find((m) => m.month === '2024-05');
    expect(may).toMatchObject({ expectedHours: 48 });
    expect(may?.hours.pm2_5).toBe(43);
    expect(may?.daysWith20Hours.pm2_5).toBe(1);
    expect(may?.hours.o3).toBe(0);
  });
});

describe('the OpenAQ archive format', () => {
  const header = 'location_id,sensors_id,location,datetime,lat,lon,parameter,units,value';
  const rows = [
    header,
    '2178,1,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,o3,ppm,0.05',
    '2178,2,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,co,ppm,1',
    '2178,3,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,no2,ppb,20',
    '2178,4,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,pm25,µg/m³,14.0',
    '2178,5,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,pm10,ppm,3',
    '2178,6,Test-2178,2023-02-22T01:00:00-07:00,35.1,-106.5,temperature,c,3',
    '9999,7,Other,2023-02-22T01:00:00-07:00,35.1,-106.5,pm25,µg/m³,3',
    '2178,4,Test-2178,2023-02-22T01:30:00-07:00,35.1,-106.5,pm25,µg/m³,14.0',
    '',
  ];

  it('converts ppm and ppb gases at 298.15 K and 1013.25 hPa and reads the offset of datetime', async () => {
    const { hours } = await run({ 'observations/openaq.csv': rows.join('\n') }, [station('2178')]);
    const h = hourAt(hours, '2178', '2023-02-22T16:00:00+08:00');
    expect(h?.values.o3).toBeCloseTo((0.05 * 47.9982 * 1000) / 24.465, 6);
    expect(h?.values.co).toBeCloseTo(28.01 / 24.465, 6);
    expect(h?.values.no2).toBeCloseTo((0.02 * 46.0055 * 1000) / 24.465, 6);
    expect(h?.values.pm2_5).toBe(14);
  });

  it('rejects a unit that does not fit, a time that is not a whole hour, and counts other parameters and locations as out of scope', async () => {
    const { rejections, report } = await run({ 'observations/openaq.csv': rows.join('\n') }, [
      station('2178'),
    ]);
    expect(rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      ['6', 'units', 'unknown_unit'],
      ['9', 'datetime', 'bad_timestamp'],
    ]);
    expect(report.files[0]).toMatchObject({
      format: 'openaq-archive',
      read: 8,
      outOfScope: 2,
      used: 4,
    });
  });

  it('accepts the documented sensor_id/unit column names and reports unknown extra columns', async () => {
    const alt = [
      'location_id,sensor_id,location,datetime,lat,lon,parameter,unit,value,summary',
      '2178,4,T,2023-02-22T08:00:00Z,0,0,pm25,ug/m3,9,x',
      '',
    ].join('\n');
    const { hours, report } = await run({ 'observations/openaq.csv': alt }, [station('2178')]);
    expect(hours).toEqual([
      { station: '2178', time: '2023-02-22T16:00:00+08:00', values: { pm2_5: 9 } },
    ]);
    expect(report.files[0]?.unknownColumns).toEqual(['summary']);
  });
});

describe('encodings', () => {
  const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
  const snapshotHeader = fixtureText.split('\n')[0] as string;
  // 西平 in GB18030: CE F7 C6 BD
  const gbRow = (code: string): Buffer =>
    Buffer.concat([
      ascii(`2022-01-01T00:00:00,${code},114.0,33.4,`),
      Buffer.from([0xce, 0xf7, 0xc6, 0xbd]),
      ascii(',X,,,,,40,,,3,,,20,,5,,0.6,\r\n'),
    ]);

  it('detects a GB18030 (GBK) file and reads it', async () => {
    const bytes = Buffer.concat([ascii(snapshotHeader + '\r\n'), gbRow('S1')]);
    const { hours, report } = await run({ 'observations/gb.csv': bytes }, [station('S1')]);
    expect(report.files[0]?.encoding).toBe('gb18030');
    expect(hours[0]?.values).toEqual({ pm2_5: 40, o3: 3, no2: 20, so2: 5, co: 0.6 });
  });

  it('detects GB18030 when the first non-ASCII byte comes after a long ASCII stretch', async () => {
    const filler = Array.from(
      { length: 30_000 },
      (_, i) => `2022-01-01T00:00:00,Z${i},114.0,33.4,A,B,,,,,,,,,,,,,,,,`,
    ).join('\r\n');
    const bytes = Buffer.concat([ascii(snapshotHeader + '\r\n' + filler + '\r\n'), gbRow('S1')]);
    const { hours, report } = await run({ 'observations/gb.csv.gz': gzipSync(bytes) }, [
      station('S1'),
    ]);
    expect(report.files[0]?.encoding).toBe('gb18030');
    expect(hours).toHaveLength(1);
  });

  it('strips a UTF-8 byte order mark before detecting the format', async () => {
    const text = `\uFEFF${COUNTY_HEADER}\nS1,2024-05-01,1,30,,,,,\n`;
    const { report } = await run({ 'observations/bom.csv': text }, [station('S1')]);
    expect(report.files[0]).toMatchObject({
      encoding: 'utf-8-bom',
      format: 'county-hourly',
      used: 1,
    });
  });

  it('stops with a structural error when bytes are neither UTF-8 nor GB18030', async () => {
    const bytes = Buffer.concat([
      ascii(COUNTY_HEADER + '\n'),
      Buffer.from([0x80, 0xff, 0xff, 0x0a]),
    ]);
    await expect(run({ 'observations/bad.csv': bytes }, [station('S1')])).rejects.toThrow(
      /observations\/bad\.csv, line 2: cannot be decoded: the bytes at offset 43 are neither UTF-8 nor GB18030/,
    );
  });

  it('stops when a UTF-8 file turns invalid later on, instead of replacing characters', async () => {
    const utf8Row = Buffer.from(`2022-01-01T00:00:00,S1,114,33,西平,X,,,,,40,,,3,,,20,,5,,0.6,\n`);
    const late = Buffer.concat([
      ascii(snapshotHeader + '\n'),
      utf8Row,
      ascii('x'.repeat(70_000)),
      Buffer.from([0xce, 0xf7, 0x0a]),
    ]);
    await expect(run({ 'observations/mixed.csv': late }, [station('S1')])).rejects.toThrow(
      IngestError,
    );
  });
});

describe('structural errors', () => {
  it.each([
    [
      'an empty file',
      '',
      /observations\/x\.csv, line 1: the file is empty; expected a header line/,
    ],
    [
      'an unknown header',
      'foo,bar\n1,2\n',
      /observations\/x\.csv, line 1: unknown format: the header "foo,bar" matches none of the supported formats: CNEMC daily wide archive .*CNEMC hourly snapshot .*OpenAQ archive .*county hourly CSV/,
    ],
    [
      'a snapshot without pm2_5',
      'timepoint,stationcode,aqi,primarypollutant,pm10,so2,no2,co,o3_24h\n',
      /observations\/x\.csv, line 1, column pm2_5: missing required column "pm2_5" for the CNEMC hourly snapshot/,
    ],
    [
      'OpenAQ without units',
      'location_id,datetime,parameter,value\n',
      /line 1, column units: missing required column "units"/,
    ],
    [
      'a county file without o3',
      'station,date,hour,pm2_5,pm10,so2,no2,co\n',
      /column o3: missing required column "o3"/,
    ],
  ])(
    '%s stops the build with a message naming file, line and what was expected',
    async (_name, text, message) => {
      await expect(run({ 'observations/x.csv': text }, [station('S1')])).rejects.toThrow(message);
    },
  );

  it('a damaged gzip file stops the build', async () => {
    const gz = gzipSync(Buffer.from(`${COUNTY_HEADER}\nS1,2024-05-01,1,30,,,,,\n`)).subarray(0, 20);
    await expect(run({ 'observations/x.csv.gz': gz }, [station('S1')])).rejects.toThrow(
      /observations\/x\.csv\.gz: is not a valid gzip file/,
    );
  });

  it('a missing observations/ folder stops the build', async () => {
    const dir = dataDir({});
    rmSync(join(dir, 'observations'), { recursive: true });
    await expect(
      ingestObservations({
        dataDir: dir,
        stations: [station('S1')],
        onHour: () => undefined,
        rejectionsPath: join(dir, 'r.csv.gz'),
      }),
    ).rejects.toThrow(/^observations: cannot be read as a folder/);
  });

  it('a file that is not CSV in observations/ stops the build', async () => {
    await expect(run({ 'observations/notes.xlsx': 'x' }, [station('S1')])).rejects.toThrow(
      /^observations\/notes\.xlsx: unexpected file: expected only \.csv or \.csv\.gz files in observations\//,
    );
  });

  it('IngestError carries file, line, column and the expectation as fields', () => {
    const e = new IngestError('stations.csv', 4, 'lat', 'expected latitude between -90 and 90');
    expect(e.message).toBe(
      'stations.csv, line 4, column lat: expected latitude between -90 and 90',
    );
    expect([e.file, e.line, e.column]).toEqual(['stations.csv', 4, 'lat']);
  });
});
