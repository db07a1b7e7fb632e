// The observation half of the hostile-input corpus (corpus.test.ts): generated malformed cells,
// rows and files in each of the four formats, each with the outcome a careful reader expects.
import { gzipSync } from 'node:zlib';
import { encode as gbkEncode } from './gbk.ts';
import type { Case, Rejected } from './corpus-kinds.ts';

export const COUNTY = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';
const COUNTY_ROWS = [
  'A,2026-03-01,1,30,50,8,20,0.6,60',
  'A,2026-03-01,2,31,51,9,21,0.7,61',
  'A,2026-03-01,3,32,52,10,22,0.8,62',
];
const COLUMNS = COUNTY.split(',');
/** The value the merged hours hold for station A at 02:00 on 1 March (line 3 of the base file). */
const at2 = (pollutant: 'pm2_5', value: number) =>
  ({ station: 'A', time: '2026-03-01T02:00:00+08:00', pollutant, value }) as const;

/** The county base file with cells replaced: {line: {column: value}} (line 2 is the first row). */
function county(edit: Record<number, Record<string, string>> = {}, tail = '\n'): string {
  const rows = COUNTY_ROWS.map((r, i) => {
    const cells = r.split(',');
    for (const [col, v] of Object.entries(edit[i + 2] ?? {})) cells[COLUMNS.indexOf(col)] = v;
    return cells.join(',');
  });
  return `${[COUNTY, ...rows].join('\n')}${tail}`;
}

const file = 'observations/county.csv';
const obs = (body: string | Uint8Array, name = file): Record<string, string | Uint8Array> => ({
  [name]: body,
});
const cell = (line: number, column: string, reason: Rejected['reason']): Rejected => ({
  file,
  line,
  column,
  reason,
});

/** Bad value cells: the cell alone is set aside with its reason; the row's other cells are used. */
const badValues: [string, string, Rejected['reason']][] = [
  ['letters', 'abc', 'not_a_number'],
  ['a negative reading', '-5', 'negative'],
  ['an implausible reading', '99999', 'implausible'],
  ['full-width digits', '３０', 'not_a_number'],
  ['Arabic-Indic digits', '٣٠', 'not_a_number'],
  ['a formula', '=1+2', 'not_a_number'],
  ['a DDE payload', '+cmd|calc', 'not_a_number'],
  ['an @-formula', '@SUM(A1)', 'not_a_number'],
  ['markup', '<img src=x onerror=alert(1)>', 'not_a_number'],
  ['NaN', 'NaN', 'not_a_number'],
  ['Infinity', 'Infinity', 'not_a_number'],
  ['an exponent', '3e1', 'not_a_number'],
  ['hexadecimal', '0x1E', 'not_a_number'],
  ['two decimal points', '30.5.1', 'not_a_number'],
  ['a digit separator', '3_0', 'not_a_number'],
  ['a NUL byte', '3\u00000', 'not_a_number'],
  ['a unit in the cell', '30µg', 'not_a_number'],
  ['a value of 1,025 characters', '3'.repeat(1025), 'too_long'],
];

/** Values that are valid however they look. */
const goodValues: [string, string, number][] = [
  ['spaces around the value', ' 30 ', 30],
  ['a leading plus', '+30', 30],
  ['a trailing point', '30.', 30],
  ['a leading point', '.5', 0.5],
  ['a quoted value', '"30"', 30],
  ['zero', '0', 0],
];

const WIDE = 'date,hour,type,1001A,1002A';
const wide = (...rows: string[]): string => `${[WIDE, ...rows].join('\n')}\n`;
const SNAP =
  'timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h';
const snapRow = (time: string, pm25 = '36'): string =>
  `${time},1001A,116.36,39.87,北京市,万寿西宫,颗粒物(PM10),59,68,49,${pm25},23,34,0,23,3,82,71,7,6,1.2,0.9`;
const OPENAQ = 'location_id,sensors_id,location,datetime,lat,lon,parameter,units,value';
const openaq = (row: string): string =>
  `${OPENAQ}\n2178,4,T,2023-02-22T01:00:00-07:00,35.1,-106.5,pm25,µg/m³,14.0\n${row}\n`;

export const OBSERVATION_CASES: Case[] = [
  ...badValues.map(([what, value, reason]): Case => ({
    id: `county pm2_5: ${what}`,
    kind: 'observations',
    files: obs(county({ 3: { pm2_5: value } })),
    outcome: { class: 'set-aside', rejected: [cell(3, 'pm2_5', reason)] },
  })),
  ...(['o3', 'co', 'so2'] as const).map((p): Case => ({
    id: `county ${p}: letters`,
    kind: 'observations',
    files: obs(county({ 2: { [p]: 'n/a' } })),
    outcome: { class: 'set-aside', rejected: [cell(2, p, 'not_a_number')] },
  })),
  {
    id: 'county co above its plausible bound (150 mg/m³)',
    kind: 'observations',
    files: obs(county({ 4: { co: '151' } })),
    outcome: { class: 'set-aside', rejected: [cell(4, 'co', 'implausible')] },
  },
  ...goodValues.map(([what, value, expected]): Case => ({
    id: `county pm2_5: ${what} is read`,
    kind: 'observations',
    files: obs(county({ 3: { pm2_5: value } })),
    outcome: { class: 'accepted', value: at2('pm2_5', expected) },
  })),
  // timestamps and stations: the whole row is set aside, once, at the cell that is wrong
  ...(
    [
      ['a date that does not exist', 'date', '2026-02-30', 'bad_timestamp'],
      ['a date with slashes', 'date', '2026/03/01', 'bad_timestamp'],
      ['an empty date', 'date', '', 'bad_timestamp'],
      ['hour 25', 'hour', '25', 'hour_out_of_range'],
      ['hour -1', 'hour', '-1', 'hour_out_of_range'],
      ['a fractional hour', 'hour', '1.5', 'hour_out_of_range'],
      ['an unknown station', 'station', 'B', 'unknown_station'],
      ['a station before its active period', 'date', '2019-12-31', 'outside_active_period'],
    ] as const
  ).map(([what, column, value, reason]): Case => ({
    id: `county row: ${what}`,
    kind: 'observations',
    files: obs(county({ 3: { [column]: value } })),
    outcome: { class: 'set-aside', rejected: [cell(3, column, reason)] },
  })),
  // time from the data: a file named for 2026 opens the window to 2027-01-01 (decision 023)
  {
    id: 'county-2026.csv: a row dated 2028 (a mistyped year)',
    kind: 'observations',
    files: obs(county({ 3: { date: '2028-03-01' } }), 'observations/county-2026.csv'),
    outcome: {
      class: 'set-aside',
      rejected: [
        {
          file: 'observations/county-2026.csv',
          line: 3,
          column: 'date',
          reason: 'later_than_window',
        },
      ],
    },
  },
  {
    id: 'county.csv (no date in its name): a row in 2031, past the implemented standards',
    kind: 'observations',
    files: obs(county({ 3: { date: '2031-03-01' } })),
    outcome: { class: 'stopped', file, line: 3, column: 'date' },
  },
  // rows of the wrong shape
  {
    id: 'county row with an extra field',
    kind: 'observations',
    files: obs(county({ 3: { o3: '62,99' } })),
    outcome: { class: 'set-aside', rejected: [cell(3, '', 'wrong_field_count')] },
  },
  {
    id: 'county row with a field missing (not the last row)',
    kind: 'observations',
    files: obs(
      county().replace('A,2026-03-01,2,31,51,9,21,0.7,61', 'A,2026-03-01,2,31,51,9,21,0.7'),
    ),
    outcome: { class: 'set-aside', rejected: [cell(3, '', 'wrong_field_count')] },
  },
  {
    id: 'county file cut inside its last row, no final line break',
    kind: 'observations',
    files: obs(county({}, '').slice(0, -6)),
    outcome: { class: 'set-aside', rejected: [cell(4, '', 'truncated_last_line')] },
  },
  {
    // A cut inside the last value of a file without a final line break looks exactly like a
    // complete row ("…,0.8,6" for "…,0.8,62"): nothing in the file can tell them apart, so the
    // row is read. Files arrive complete through the fetcher, which refuses a body that does not
    // end with a line break unless its length is verified (docs/decisions/012-fetching.md).
    id: 'county file cut inside its last field is indistinguishable from a complete one (read, file named)',
    kind: 'observations',
    files: obs(county({}, '').slice(0, -1)),
    outcome: { class: 'accepted', unterminated: true },
  },
  {
    id: 'county row with a quoted line break inside a value',
    kind: 'observations',
    files: obs(county({ 3: { pm2_5: '"3\n1"' } })),
    outcome: { class: 'set-aside', rejected: [cell(3, 'pm2_5', 'not_a_number')] },
  },
  {
    id: 'county: the same row twice with another value (a conflict, both set aside)',
    kind: 'observations',
    files: obs(`${county()}A,2026-03-01,2,99,51,9,21,0.7,61\n`),
    outcome: {
      class: 'set-aside',
      rejected: [cell(5, 'pm2_5', 'conflict'), cell(3, 'pm2_5', 'conflict')],
    },
  },
  // valid files however they are written
  ...(
    [
      ['a byte order mark', `\uFEFF${county()}`],
      ['CRLF line endings', county().replaceAll('\n', '\r\n')],
      ['blank lines between rows', county().replace('\nA,2026-03-01,2', '\n\n\nA,2026-03-01,2')],
      ['no final line break after a complete row', county({}, '')],
      ['gzip', gzipSync(county())],
      ['an identical duplicate row', `${county()}${COUNTY_ROWS[1] as string}\n`],
      [
        'an extra unknown column',
        county()
          .split('\n')
          .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'note' : 'ok'}`))
          .join('\n'),
      ],
      ['columns in another order', reorder(county())],
    ] as const
  ).map(([what, body]): Case => ({
    id: `county file with ${what} is read`,
    kind: 'observations',
    files: obs(body, what === 'gzip' ? 'observations/county.csv.gz' : file),
    outcome: { class: 'accepted', value: at2('pm2_5', 31) },
  })),
  {
    id: 'county file with only its header is read (no hours)',
    kind: 'observations',
    files: obs(`${COUNTY}\n`),
    outcome: { class: 'accepted' },
  },
  // files that cannot be read as a whole stop with the file and line
  ...(
    [
      ['an empty file', '', 1],
      ['a header without the o3 column', county().replace(',o3\n', '\n'), 1, 'o3'],
      ['a header of no known format', 'time,site,value\n2026-03-01T01,A,3\n', 1],
      ['a semicolon-separated file', county().replaceAll(',', ';'), 1],
      ['a tab-separated file', county().replaceAll(',', '\t'), 1],
      ['a header of 300 columns', `${COUNTY}${',x'.repeat(291)}\n`, 1],
      ['a data line longer than 1 MiB', county({ 3: { o3: '6'.repeat(1 << 20) } }), 3],
      [
        'a PNG saved as .csv',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
        1,
      ],
      [
        'a byte that is neither UTF-8 nor GBK on line 3',
        Buffer.concat([
          Buffer.from(`${COUNTY}\nA,2026-03-01,1,30,50,8,20,0.6,60\n站`),
          Buffer.from([0xff, 0xff]),
          Buffer.from('\n'),
        ]),
        3,
      ],
    ] as const
  ).map(
    ([what, body, line, column]: readonly [string, string | Buffer, number, string?]): Case => ({
      id: `county: ${what}`,
      kind: 'observations',
      files: obs(body),
      outcome:
        column === undefined
          ? { class: 'stopped', file, line }
          : { class: 'stopped', file, line, column },
    }),
  ),
  {
    id: 'a corrupt gzip file',
    kind: 'observations',
    files: obs(gzipSync(county()).subarray(0, 30), 'observations/county.csv.gz'),
    outcome: { class: 'stopped', file: 'observations/county.csv.gz', line: null },
  },
  // the CNEMC daily wide archive
  ...(
    [
      ['a letter in a value', '20260301,1,PM2.5,3x,40', '1001A', 'not_a_number'],
      ['an unknown pollutant type', '20260301,1,PM1,30,40', 'type', 'unknown_type'],
      [
        'hour 25 (24 is 00:00 of the next day)',
        '20260301,25,PM2.5,30,40',
        'hour',
        'hour_out_of_range',
      ],
      ['a date that does not exist', '20260230,1,PM2.5,30,40', 'date', 'bad_timestamp'],
      ['a negative value', '20260301,1,PM2.5,30,-4', '1002A', 'negative'],
    ] as const
  ).map(([what, row, column, reason]): Case => ({
    id: `daily wide: ${what}`,
    kind: 'observations',
    files: obs(wide('20260301,1,PM10,50,60', row), 'observations/china_sites_20260301.csv'),
    outcome: {
      class: 'set-aside',
      // a problem with the row's date, hour or type sets aside each station's cell of it
      rejected: (['1001A', '1002A'].includes(column) ? [1] : [1, 2]).map(() => ({
        file: 'observations/china_sites_20260301.csv',
        line: 3,
        column,
        reason,
      })),
    },
  })),
  {
    id: 'daily wide: a station column twice',
    kind: 'observations',
    files: obs(
      'date,hour,type,1001A,1001A\n20260301,1,PM10,50,60\n',
      'observations/china_sites_20260301.csv',
    ),
    outcome: {
      class: 'set-aside',
      rejected: [
        {
          file: 'observations/china_sites_20260301.csv',
          line: 2,
          column: '1001A',
          reason: 'duplicate_column',
        },
      ],
      approximate: true,
    },
  },
  // the national hourly snapshot
  {
    id: 'snapshot: a timestamp without its hour',
    kind: 'observations',
    files: obs(
      `${SNAP}\n${snapRow('2026-03-01T01:00:00')}\n${snapRow('2026-03-01')}\n`,
      'observations/2026-03-01T01.csv',
    ),
    outcome: {
      class: 'set-aside',
      rejected: [
        {
          file: 'observations/2026-03-01T01.csv',
          line: 3,
          column: 'timepoint',
          reason: 'bad_timestamp',
        },
      ],
    },
  },
  {
    id: 'snapshot: a formula in pm2_5',
    kind: 'observations',
    files: obs(
      `${SNAP}\n${snapRow('2026-03-01T01:00:00', '=2*3')}\n`,
      'observations/2026-03-01T01.csv',
    ),
    outcome: {
      class: 'set-aside',
      rejected: [
        {
          file: 'observations/2026-03-01T01.csv',
          line: 2,
          column: 'pm2_5',
          reason: 'not_a_number',
        },
      ],
    },
  },
  {
    id: 'snapshot in GBK is read',
    kind: 'observations',
    files: obs(
      gbkEncode(`${SNAP}\n${snapRow('2026-03-01T01:00:00')}\n`),
      'observations/2026-03-01T01.csv',
    ),
    outcome: { class: 'accepted' },
  },
  // the OpenAQ archive
  ...(
    [
      [
        'an unknown unit',
        '2178,4,T,2023-02-22T02:00:00-07:00,35.1,-106.5,pm25,grains,14',
        'units',
        'unknown_unit',
      ],
      [
        'a datetime without offset',
        '2178,4,T,2023-02-22T02:00:00,35.1,-106.5,pm25,µg/m³,14',
        'datetime',
        'bad_timestamp',
      ],
      [
        'a value that is not a number',
        '2178,4,T,2023-02-22T02:00:00-07:00,35.1,-106.5,pm25,µg/m³,x',
        'value',
        'not_a_number',
      ],
    ] as const
  ).map(([what, row, column, reason]): Case => ({
    id: `openaq: ${what}`,
    kind: 'observations',
    files: obs(openaq(row), 'observations/openaq.csv'),
    outcome: {
      class: 'set-aside',
      rejected: [{ file: 'observations/openaq.csv', line: 3, column, reason }],
    },
  })),
];

/** The county base file with its value columns in reverse order (the header says which is which). */
function reorder(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      if (l === '') return l;
      const c = l.split(',');
      return [...c.slice(0, 3), ...c.slice(3).reverse()].join(',');
    })
    .join('\n');
}
