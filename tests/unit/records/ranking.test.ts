import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  crossCheckRanking,
  isoWeeksInYear,
  loadRanking,
  parseRankingConfig,
  parseRankingsCsv,
  periodKind,
  RankingDataError,
  RANKINGS_CSV_HEADER,
  type RankingDataIssue,
} from '../../../src/records/ranking/index.ts';

const FIXTURE_DIR = resolve('tests/fixtures/ranking/fictional');
const fixtureCsv = readFileSync(join(FIXTURE_DIR, 'ranking/rankings.csv'), 'utf8');
const fixtureJson = readFileSync(join(FIXTURE_DIR, 'ranking/ranking.json'), 'utf8');
const HEADER = RANKINGS_CSV_HEADER.join(',');
const GOOD_ROW =
  'province-monthly,2030-01,示例县（虚构）,示例市（虚构）,3,105,,,dust_excluded,4.10,,,,,https://example.org/x,official,,';

/** Parse a CSV made of the header and the given rows; returns positions and issues. */
function parseRows(...rows: string[]) {
  const issues: RankingDataIssue[] = [];
  const positions = parseRankingsCsv(
    `${HEADER}\n${rows.join('\n')}\n`,
    'ranking/rankings.csv',
    issues,
  );
  return { positions, issues };
}

/** GOOD_ROW with one cell replaced. */
function withCell(
  name: (typeof RANKINGS_CSV_HEADER)[number],
  value: string,
  row = GOOD_ROW,
): string {
  const cells = row.split(',');
  cells[RANKINGS_CSV_HEADER.indexOf(name)] = value;
  return cells.join(',');
}

describe('periodKind(period)', () => {
  it.each([
    ['2019-05', 'month'],
    ['2019-12', 'month'],
    ['2019-13', null],
    ['2019-00', null],
    ['2024-W10', 'week'],
    ['2024-W52', 'week'],
    ['2024-W53', null], // 2024 has 52 ISO weeks
    ['2020-W53', 'week'], // 2020 starts on a Wednesday and is a leap year
    ['2026-W53', 'week'], // 2026 starts on a Thursday
    ['2024-W00', null],
    ['2019', 'year'],
    ['19-05', null],
    ['2019-5', null],
    ['', null],
  ])('periodKind(%j) is %j', (p, kind) => {
    expect(periodKind(p)).toBe(kind);
  });

  it.each([
    [2015, 53],
    [2020, 53],
    [2024, 52],
    [2026, 53],
    [2030, 52],
  ])('isoWeeksInYear(%i) is %i', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
});

describe('parseRankingsCsv', () => {
  it('reads every fixture row with its line number, kept decimals and bilingual texts', () => {
    const issues: RankingDataIssue[] = [];
    const rows = parseRankingsCsv(fixtureCsv, 'rankings.csv', issues);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(10);
    const first = rows[0];
    expect(first).toMatchObject({
      body: 'province-monthly',
      period: '2030-01',
      periodKind: 'month',
      rank: 3,
      unitsRanked: 105,
      line: 2,
    });
    expect(first?.compositeIndex).toEqual({ value: 4.1, decimals: 2 });
    expect(first?.goodDaysRatio).toBe(80.5);
    expect(first?.yoyChange).toBe(-3.2);
    const textOnly = rows.find((r) => r.period === '2030-05');
    expect(textOnly).toMatchObject({
      rank: null,
      positionText: { zh: '后20名之列（虚构示例）', en: 'among the bottom 20 (fictional example)' },
      line: 7,
    });
    expect(textOnly?.note).toEqual({ zh: '虚构的注释', en: 'A fictional note' });
    expect(rows.find((r) => r.period === '2030-04')?.compositeIndex).toEqual({
      value: 3.001,
      decimals: 3,
    });
  });

  it('accepts a byte-order mark and a blank final line', () => {
    const issues: RankingDataIssue[] = [];
    expect(parseRankingsCsv(`\uFEFF${HEADER}\n${GOOD_ROW}\n\n`, 'f.csv', issues)).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it.each([
    ['rank', 'three', 5, 'expected a whole number ≥ 1 or an empty cell'],
    ['rank', '0', 5, 'expected a whole number ≥ 1'],
    ['rank', '106', 5, 'expected a rank ≤ units_ranked (105)'],
    ['units_ranked', '-1', 6, 'expected a whole number ≥ 1'],
    ['period', '2030-13', 2, 'expected a period YYYY-MM, YYYY-Www (ISO week) or YYYY'],
    ['basis', 'dusty', 9, 'expected one of dust_excluded, raw, not_stated'],
    ['composite_index', '4,1', 10, 'expected a decimal number'],
    ['source_url', 'example.org', 15, 'expected an http(s) URL'],
    ['source_kind', 'blog', 16, 'expected one of official, media, mirror'],
    ['body', 'Province Monthly', 1, 'expected an ASCII slug'],
  ] as const)(
    'a bad %s cell (%j) is reported at line 2, column %i',
    (name, value, column, expected) => {
      // Commas inside a value would shift cells, so a value with a comma is quoted.
      const cell = value.includes(',') ? `"${value}"` : value;
      const { positions, issues } = parseRows(withCell(name, cell));
      expect(positions).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        file: 'ranking/rankings.csv',
        line: 2,
        column,
        columnName: name,
        value,
      });
      expect(issues[0]?.expected).toContain(expected);
    },
  );

  it('requires a rank or a position in words', () => {
    const { issues } = parseRows(withCell('rank', ''));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, column: 5, columnName: 'rank' });
    expect(issues[0]?.expected).toContain('position_text_zh/en');
  });

  it('keeps a position without a number when the source describes it in words', () => {
    const row = withCell(
      'position_text_en',
      'last of the bottom 20',
      withCell(
        'position_text_zh',
        '后20名中最后一名',
        withCell('units_ranked', '', withCell('rank', '')),
      ),
    );
    const { positions, issues } = parseRows(row);
    expect(issues).toEqual([]);
    expect(positions[0]).toMatchObject({
      rank: null,
      unitsRanked: null,
      positionText: { zh: '后20名中最后一名', en: 'last of the bottom 20' },
    });
  });

  it('requires both languages of a position text', () => {
    const { issues } = parseRows(withCell('position_text_zh', '前20名'));
    expect(issues[0]).toMatchObject({ columnName: 'position_text_en', column: 8 });
  });

  it('names the row when the number of cells is wrong, and the file when the header is wrong', () => {
    expect(parseRows(`${GOOD_ROW},extra`).issues[0]).toMatchObject({
      line: 2,
      expected: 'expected 18 cells, got 19',
    });
    const issues: RankingDataIssue[] = [];
    expect(parseRankingsCsv(`body,period\n${GOOD_ROW}\n`, 'f.csv', issues)).toEqual([]);
    expect(issues[0]?.expected).toContain(`expected the header ${HEADER}`);
    expect(issues[0]?.value).toBe('body,period');
  });

  it('refuses a line break inside a cell, since it would shift every later line number', () => {
    const { issues } = parseRows(withCell('note_zh', '"two\nlines"', withCell('note_en', 'x')));
    expect(issues[0]).toMatchObject({
      line: 2,
      columnName: 'note_zh',
      expected: 'expected a cell without line breaks',
    });
  });
});

describe('parseRankingConfig and crossCheckRanking', () => {
  // The in-memory config carries the baseline, which loadRanking reads from site.json.
  const fixtureBaseline = (
    JSON.parse(readFileSync(join(FIXTURE_DIR, 'site.json'), 'utf8')) as {
      baselines: { ranking: unknown };
    }
  ).baselines.ranking;
  const config = (): Record<string, unknown> => ({
    ...(JSON.parse(fixtureJson) as Record<string, unknown>),
    baseline: fixtureBaseline,
  });
  const parse = (json: unknown) => {
    const issues: RankingDataIssue[] = [];
    return { config: parseRankingConfig(JSON.stringify(json), 'ranking.json', issues), issues };
  };

  it('reads the fixture config with a known baseline', () => {
    const { config: c, issues } = parse(config());
    expect(issues).toEqual([]);
    expect(c?.baseline).toEqual({
      body: 'province-annual',
      year: 2029,
      value: 20,
      source: 'https://example.org/fictional/2029',
    });
    expect(c?.bodies.map((b) => b.id)).toEqual([
      'province-monthly',
      'city-weekly',
      'province-annual',
    ]);
  });

  it('accepts "unknown" as the baseline', () => {
    expect(parse({ ...config(), baseline: 'unknown' }).config?.baseline).toBe('unknown');
  });

  it.each([
    [
      { baseline: { body: 'nowhere', year: 2029, value: 20, source: 'https://example.org/x' } },
      'baseline.body',
      'expected the id of an entry in "bodies"',
    ],
    [{ baseline: 'unsure' }, 'baseline', ''],
    [
      {
        target: {
          placesMin: 10,
          placesMax: 5,
          year: 2030,
          text: { zh: 'a', en: 'a' },
          source: { name: { zh: 'a', en: 'a' }, clause: { zh: 'a', en: 'a' } },
        },
      },
      'target.placesMax',
      'expected placesMax ≥ placesMin',
    ],
    [{ meaning: { zh: '名次', en: '' } }, 'meaning.en', 'expected a non-empty text'],
  ])('rejects %j at %s', (patch, path, expected) => {
    const { config: c, issues } = parse({ ...config(), ...patch });
    expect(c).toBeNull();
    expect(issues.map((i) => i.columnName)).toContain(path);
    expect(issues.find((i) => i.columnName === path)?.expected).toContain(expected);
  });

  it('reports JSON syntax errors with the file name', () => {
    const issues: RankingDataIssue[] = [];
    expect(parseRankingConfig('{ "county": ', 'ranking/ranking.json', issues)).toBeNull();
    expect(issues[0]).toMatchObject({ file: 'ranking/ranking.json' });
    expect(issues[0]?.expected).toContain('expected valid JSON');
  });

  it('checks bodies, period kinds, duplicate units and the number of units within one table', () => {
    const issuesJ: RankingDataIssue[] = [];
    const c = parseRankingConfig(JSON.stringify(config()), 'ranking.json', issuesJ);
    if (c === null) throw new Error('fixture config does not parse');
    const { positions } = parseRows(
      GOOD_ROW,
      withCell('body', 'nowhere'),
      withCell('period', '2030-W05'),
      GOOD_ROW.replace('3,105', '4,105'),
      withCell('unit', '示例县乙（虚构）', withCell('units_ranked', '104')),
    );
    const issues: RankingDataIssue[] = [];
    crossCheckRanking(c, positions, 'ranking/rankings.csv', issues);
    expect(issues.map((i) => [i.line, i.columnName])).toEqual([
      [3, 'body'],
      [4, 'period'],
      [5, 'unit'],
      [6, 'units_ranked'],
    ]);
    expect(issues[1]?.expected).toBe('expected a month period for body "province-monthly"');
    expect(issues[2]?.expected).toBe(
      'expected one row per body, period and unit (first seen on line 2)',
    );
    expect(issues[3]?.expected).toBe(
      'expected the same number of units as line 2 of the same table (105)',
    );
  });
});

describe('loadRanking(dataDir)', () => {
  it('refuses a baseline in ranking.json: it is read from site.json alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ranking-'));
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, 'ranking/ranking.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(dir, 'ranking/ranking.json'),
      JSON.stringify({ ...json, baseline: 'unknown' }),
    );
    expect(() => loadRanking(dir)).toThrow(
      /no "baseline" here: the baseline rank is read from site\.json/,
    );
  });

  it('loads the fictional fixture folder', () => {
    const { config, positions } = loadRanking(FIXTURE_DIR);
    expect(config.county).toBe('示例县（虚构）');
    expect(positions).toHaveLength(10);
  });

  it('names both missing files when the folder is absent', () => {
    let error: unknown;
    try {
      loadRanking(resolve('tests/fixtures/ranking/does-not-exist'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RankingDataError);
    const message = (error as Error).message;
    expect(message).toContain('ranking/rankings.csv:0:0: expected a readable file');
    expect(message).toContain('ranking/ranking.json:0:0: expected a readable file');
  });
});

describe('the bundled data folder (data/ranking/)', () => {
  const { config, positions } = loadRanking(resolve('data'));

  it('holds only the three real published positions of domain.md §4.4, each with its source', () => {
    const own = positions.filter((p) => p.unit === config.county);
    expect(own).toHaveLength(positions.length);
    expect(own.map((p) => [p.body, p.period, p.rank, p.unitsRanked, p.sourceUrl])).toEqual([
      [
        'henan-counties-monthly',
        '2019-05',
        null,
        null,
        expect.stringContaining('baogaosu.com') as unknown,
      ],
      [
        'henan-counties-monthly',
        '2019-06',
        16,
        null,
        'http://app.zmdnews.cn/print.php?contentid=537275',
      ],
      [
        'zhumadian-counties-weekly',
        '2024-W10',
        5,
        13,
        'https://sthjj.zhumadian.gov.cn/zmdhbj/vip_doc/27944665.html',
      ],
    ]);
    expect(own[0]?.positionText?.zh).toContain('后20名');
  });

  it('states the baseline as unknown rather than inventing one', () => {
    expect(config.baseline).toBe('unknown');
    expect(config.target).toMatchObject({ placesMin: 5, placesMax: 10, year: 2025 });
  });

  it('names the provincial rules by their document numbers', () => {
    const names = config.rules.map((r) => r.name.zh).join(' ');
    for (const n of ['〔2018〕104号', '〔2020〕15号', '〔2021〕17号']) expect(names).toContain(n);
  });
});
