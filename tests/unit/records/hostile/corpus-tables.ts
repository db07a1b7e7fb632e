// The hand-kept half of the hostile-input corpus (corpus.test.ts): stations, site.json, dust
// days, published statistics, plan, ranking and enforcement tables, and the folder itself. These
// files are short and every number depends on them, so a bad one stops the build at its cell.
import type { Case, Edit, Outcome } from './corpus-kinds.ts';

const stop = (file: string, line: number | null, column?: string): Outcome =>
  column === undefined
    ? { class: 'stopped', file, line }
    : { class: 'stopped', file, line, column };

const cell = (file: string, line: number, column: string, value: string): Edit => ({
  cell: file,
  line,
  column,
  value,
});

/** One stations.csv cell made bad: stops at that line and column. */
const stationCells: [string, string, string][] = [
  ['a code with a space', 'code', 'SAMPLE 01'],
  ['a code of 33 characters', 'code', 'A'.repeat(33)],
  ['a longitude of 200', 'lon', '200'],
  ['a latitude in words', 'lat', 'north'],
  ['a longitude with a decimal comma', 'lon', '114,021'],
  ['an unknown kind', 'kind', 'mobile'],
  ['evaluated "maybe"', 'evaluated', 'maybe'],
  ['a month 13', 'active_from', '2021-13-01'],
  ['active_to before active_from', 'active_to', '2020-01-01'],
  ['an empty Chinese name', 'name_zh', ''],
  ['a name of 201 characters', 'name_en', 'n'.repeat(201)],
  ['a name of 64 KiB', 'name_zh', '站'.repeat(64 << 10)],
  ['an empty source', 'source', ''],
];

const planCells: [string, number, string, string][] = [
  ['plan/measures.csv', 3, 'section', '99'],
  ['plan/sections.csv', 2, 'title_en', 'x'.repeat(4097)],
  ['plan/departments.csv', 2, 'kind', 'ministry'],
];

export const TABLE_CASES: Case[] = [
  ...stationCells.map(([what, column, value]): Case => ({
    id: `stations.csv: ${what}`,
    kind: 'stations',
    edits: [cell('stations.csv', 2, column, value)],
    outcome: stop('stations.csv', 2, column),
  })),
  {
    id: 'stations.csv: a code twice',
    kind: 'stations',
    edits: [cell('stations.csv', 3, 'code', 'SAMPLE01')],
    outcome: stop('stations.csv', 3, 'code'),
  },
  {
    id: 'stations.csv: a row with an extra field',
    kind: 'stations',
    edits: [{ text: 'stations.csv', change: (t) => t.replace('\nSAMPLE02,', '\nSAMPLE02,x,') }],
    outcome: stop('stations.csv', 3),
  },
  {
    id: 'stations.csv: the header without "evaluated"',
    kind: 'stations',
    edits: [{ text: 'stations.csv', change: (t) => t.replace(',evaluated,', ',judged,') }],
    outcome: stop('stations.csv', 1, 'evaluated'),
  },
  {
    id: 'stations.csv: separated by semicolons',
    kind: 'stations',
    edits: [{ text: 'stations.csv', change: (t) => t.replaceAll(',', ';') }],
    outcome: stop('stations.csv', 1),
  },
  {
    id: 'stations.csv: empty',
    kind: 'stations',
    edits: [{ write: 'stations.csv', body: '' }],
    outcome: stop('stations.csv', 1),
  },
  {
    id: 'stations.csv: a header and no station',
    kind: 'stations',
    edits: [{ text: 'stations.csv', change: (t) => `${t.split('\n')[0] as string}\n` }],
    outcome: stop('stations.csv', 2),
  },
  ...(
    [
      ['a byte order mark', (t: string) => `\uFEFF${t}`],
      ['CRLF line endings', (t: string) => t.replaceAll('\n', '\r\n')],
      ['trailing blank lines', (t: string) => `${t}\n\n`],
      [
        'a quoted name with a comma',
        (t: string) => t.replace('示例站一（虚构）', '"示例站一，东（虚构）"'),
      ],
    ] as const
  ).map(([what, change]): Case => ({
    id: `stations.csv with ${what} is read`,
    kind: 'stations',
    edits: [{ text: 'stations.csv', change }],
    outcome: { class: 'accepted' },
  })),
  // site.json: JSON has no columns, so the field path stands for the column
  {
    id: 'site.json: not JSON',
    kind: 'site',
    edits: [{ text: 'site.json', change: (t) => t.replace('{', '{,') }],
    outcome: stop('site.json', null),
  },
  {
    id: 'site.json: a byte order mark is read',
    kind: 'site',
    edits: [{ text: 'site.json', change: (t) => `\uFEFF${t}` }],
    outcome: { class: 'accepted' },
  },
  {
    id: 'site.json: sample flags as a string',
    kind: 'site',
    edits: [
      {
        text: 'site.json',
        change: (t) => JSON.stringify({ ...(JSON.parse(t) as object), sample: 'yes' }),
      },
    ],
    outcome: { class: 'stopped', file: 'site.json', line: null, mentions: 'field "sample"' },
  },
  {
    id: 'site.json: a byte that is not UTF-8 on line 3 (was replaced silently)',
    kind: 'site',
    edits: [{ write: 'site.json', body: Buffer.from([0x7b, 0x0a, 0x0a, 0x22, 0xff, 0x22, 0x7d]) }],
    outcome: stop('site.json', 3),
  },
  {
    id: 'site.json: empty',
    kind: 'site',
    edits: [{ write: 'site.json', body: '' }],
    outcome: stop('site.json', null),
  },
  // dust days and published statistics
  ...(
    [
      ['a date that does not exist', 'date', '2022-02-30'],
      ['a date with slashes', 'date', '2022/04/25'],
      ['an empty source', 'source', ''],
    ] as const
  ).map(([what, column, value]): Case => ({
    id: `dust-days.csv: ${what}`,
    kind: 'dust-days',
    edits: [cell('dust-days.csv', 2, column, value)],
    outcome: stop('dust-days.csv', 2, column),
  })),
  ...(
    [
      ['a value in words', 'value', 'thirty'],
      ['a period that is no period', 'period', 'spring'],
      ['a formula as the unit', 'unit', '=HYPERLINK("x")'],
    ] as const
  ).map(([what, column, value]): Case => ({
    id: `published/*.csv: ${what}`,
    kind: 'published',
    edits: [
      {
        write: 'published/test.csv',
        body: `period,area_zh,area_en,indicator,value,unit,source_url,published,note\n2025,西平县,Xiping County,pm2_5_mean,41,µg/m³,https://example.org/a,2026-01-10,\n`,
      },
      cell('published/test.csv', 2, column, value),
    ],
    outcome: stop('published/test.csv', 2, column),
  })),
  // the plan tables: each problem once, at its cell
  ...planCells.map(([file, line, column, value]): Case => ({
    id: `${file}: line ${line} ${column} = ${value.length > 20 ? `${value.length} characters` : value}`,
    kind: 'plan',
    edits: [cell(file, line, column, value)],
    outcome: stop(file, line, column),
  })),
  {
    // the id itself is the bad cell: the four targets of measure 1.2 now refer to nothing
    id: 'plan/measures.csv: a malformed measure id',
    kind: 'plan',
    edits: [cell('plan/measures.csv', 2, 'id', 'not-an-id')],
    outcome: { ...stop('plan/measures.csv', 2, 'id'), consequences: 4 } as Outcome,
  },
  {
    id: 'plan/measures.csv cut in the middle of a row',
    kind: 'plan',
    edits: [{ text: 'plan/measures.csv', change: (t) => t.slice(0, Math.floor(t.length / 2)) }],
    outcome: { class: 'stopped', file: 'plan/measures.csv', line: 17 },
  },
  {
    id: 'plan/sections.csv with a renamed column',
    kind: 'plan',
    edits: [{ text: 'plan/sections.csv', change: (t) => t.replace('title_en', 'english') }],
    outcome: stop('plan/sections.csv', null),
  },
  // the ranking table
  ...(
    [
      ['a rank in words', 'rank', 'first'],
      ['a ratio above 100', 'good_days_ratio', '120'],
      ['a note of 4,097 characters', 'note_en', 'n'.repeat(4097)],
      ['a period that is no month', 'period', '2019-13'],
    ] as const
  ).map(([what, column, value]): Case => ({
    id: `ranking/rankings.csv: ${what}`,
    kind: 'ranking',
    edits: [cell('ranking/rankings.csv', 3, column, value)],
    outcome: stop('ranking/rankings.csv', 3, column),
  })),
  {
    id: 'ranking/rankings.csv with a line break inside a cell',
    kind: 'ranking',
    edits: [cell('ranking/rankings.csv', 3, 'note_en', 'two\nlines')],
    outcome: stop('ranking/rankings.csv', 3, 'note_en'),
  },
  // enforcement records
  ...(
    [
      ['cases.csv', 'decision_date', '2024-02-30'],
      ['cases.csv', 'penalty_cny', '-100'],
      ['cases.csv', 'summary', '联系人电话 13800138000'],
      ['cases.csv', 'summary_en', 's'.repeat(4097)],
      ['burning-points.csv', 'points', 'three'],
      ['townships.csv', 'sample', 'perhaps'],
    ] as const
  ).map(([name, column, value]): Case => ({
    id: `enforcement/${name}: ${column} = ${value.length > 30 ? `${value.length} characters` : value}`,
    kind: 'enforcement',
    edits: [cell(`enforcement/${name}`, 2, column, value)],
    outcome: stop(`enforcement/${name}`, 2, column),
  })),
  {
    id: 'enforcement/cases.csv with an unknown column',
    kind: 'enforcement',
    edits: [
      {
        text: 'enforcement/cases.csv',
        change: (t) =>
          t
            .split('\n')
            .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'phone' : ''}`))
            .join('\n'),
      },
    ],
    outcome: stop('enforcement/cases.csv', 1, 'phone'),
  },
  // the folder itself
  {
    id: 'a symbolic link to /etc/passwd in observations/',
    kind: 'folder',
    edits: [{ symlink: 'observations/linked.csv', target: '/etc/passwd' }],
    outcome: stop('observations/linked.csv', null),
  },
  {
    id: 'a named pipe in plan/',
    kind: 'folder',
    edits: [{ fifo: 'plan/pipe.csv' }],
    outcome: stop('plan/pipe.csv', null),
  },
  {
    id: 'a spreadsheet in published/',
    kind: 'folder',
    edits: [{ write: 'published/figures.xlsx', body: 'PK\u0003\u0004' }],
    outcome: stop('published/figures.xlsx', null),
  },
];
