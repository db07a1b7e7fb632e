import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadRanking,
  type PublishedPosition,
  type RankingRecords,
} from '../../../../src/records/ranking/index.ts';
import {
  RANKING_DOC,
  buildSeries,
  compareCompositeIndex,
  nextPeriod,
  periodLabel,
  periodsBetween,
  periodStart,
  rankAgainstBand,
  rankingPageData,
  rankingPageDataSchema,
  targetBand,
  type ComputedCompositeIndex,
} from '../../../../src/page-data/ranking/index.ts';
import { buildRankingData } from '../../../../src/publish/feature-files.ts';

const FIXTURE_DIR = resolve('tests/fixtures/ranking/fictional');
const records: RankingRecords = loadRanking(FIXTURE_DIR);
const { config, positions } = records;
const COUNTY = config.county;

function seriesOf(id: string) {
  return buildSeries(config, id, positions);
}

describe('periods', () => {
  it.each([
    ['2019-05', '2019-06'],
    ['2019-12', '2020-01'],
    ['2024-W10', '2024-W11'],
    ['2024-W52', '2025-W01'],
    ['2020-W52', '2020-W53'],
    ['2020-W53', '2021-W01'],
    ['2029', '2030'],
  ])('nextPeriod(%s) is %s', (p, next) => {
    expect(nextPeriod(p)).toBe(next);
  });

  it('periodsBetween walks across a year boundary and includes both ends', () => {
    expect(periodsBetween('2019-11', '2020-02')).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
    expect(periodsBetween('2030-W52', '2031-W01')).toEqual(['2030-W52', '2031-W01']);
    expect(periodsBetween('2019-05', '2019-05')).toEqual(['2019-05']);
    expect(() => periodsBetween('2019-05', '2019')).toThrow('periods of different kinds');
  });

  it.each([
    ['2024-W10', '2024-03-04'], // the week the Zhumadian source most likely covers (4–10 March)
    ['2021-W01', '2021-01-04'],
    ['2020-W53', '2020-12-28'],
    ['2026-W01', '2025-12-29'],
    ['2019-05', '2019-05-01'],
    ['2025', '2025-01-01'],
  ])('periodStart(%s) is %s', (p, start) => {
    expect(periodStart(p)).toBe(start);
  });

  it.each([
    ['2019-05', '2019年5月', 'May 2019'],
    ['2024-W10', '2024年第10周', 'week 10 of 2024'],
    ['2025', '2025年', '2025'],
  ])('periodLabel(%s) reads %s / %s', (p, zh, en) => {
    expect(periodLabel(p)).toEqual({ zh, en });
  });
});

describe('targetBand(baseline, placesMin, placesMax)', () => {
  it.each([
    [40, 30, 35, false],
    [20, 10, 15, false],
    [11, 1, 6, false],
    [8, 1, 3, true],
    [3, 1, 1, true],
    [1, 1, 1, true],
  ])('a baseline rank of %i gives ranks %i…%i (clamped: %s)', (value, best, worst, clamped) => {
    const band = targetBand(
      { body: 'province-annual', year: 2029, value, source: 'https://example.org/x' },
      5,
      10,
    );
    expect(band).toMatchObject({ status: 'known', best, worst, clamped });
  });

  it('is unknown when the baseline is unknown, keeping the places of the target', () => {
    expect(targetBand('unknown', 5, 10)).toEqual({
      status: 'unknown',
      placesMin: 5,
      placesMax: 10,
    });
  });

  it('follows the places of the data folder, not fixed numbers', () => {
    expect(
      targetBand({ body: 'b', year: 2029, value: 30, source: 'https://example.org/x' }, 2, 3),
    ).toMatchObject({ best: 27, worst: 28 });
  });

  it('refuses an inverted range', () => {
    expect(() => targetBand('unknown', 10, 5)).toThrow('1 ≤ min ≤ max');
  });

  it.each([
    [9, 'beyond'],
    [10, 'within'],
    [15, 'within'],
    [16, 'short'],
  ] as const)('rank %i against the band 10…15 is %s', (rank, where) => {
    const band = targetBand(
      { body: 'b', year: 2029, value: 20, source: 'https://example.org/x' },
      5,
      10,
    );
    expect(rankAgainstBand(rank, band)).toBe(where);
    expect(rankAgainstBand(rank, targetBand('unknown', 5, 10))).toBe('unknown');
  });
});

describe('buildSeries(config, body, positions)', () => {
  const monthly = seriesOf('province-monthly');

  it('keeps one point per month from the first to the last table, with gaps', () => {
    expect(monthly.points.map((p) => [p.period, p.status, p.rank])).toEqual([
      ['2030-01', 'ranked', 3],
      ['2030-02', 'missing', null],
      ['2030-03', 'ranked', 7],
      ['2030-04', 'not_listed', null],
      ['2030-05', 'text_only', null],
    ]);
    expect(monthly.chart.rows.map((r) => r.rank)).toEqual([3, null, 7, null, null]);
  });

  it('marks a shared rank as a tie and names the other unit', () => {
    const jan = monthly.points[0];
    expect(jan?.tiedWith).toEqual(['示例县乙（虚构）']);
    expect(jan?.display).toEqual({
      zh: '并列第3名（共105个县区）',
      en: '3rd (tied) of 105 counties',
    });
    expect(monthly.points[2]?.tiedWith).toEqual([]);
    expect(monthly.points[2]?.display.zh).toBe('第7名（共106个县区）');
  });

  it('keeps a position without a number as the source words it', () => {
    const may = monthly.points[4];
    expect(may?.display).toEqual({
      zh: '后20名之列（虚构示例）',
      en: 'among the bottom 20 (fictional example)',
    });
    expect(may?.note?.en).toBe('A fictional note');
    expect(may?.source).toMatchObject({
      url: 'https://example.org/fictional/2030-05',
      kind: 'mirror',
    });
  });

  it('says what a gap is: no table at all, or a table without the county', () => {
    expect(monthly.points[1]?.display.en).toBe('no data for this period');
    expect(monthly.points[3]?.display.en).toBe('not in the published list');
    expect(monthly.points[3]?.unitsRanked).toBe(106);
  });

  it('records a change in the number of units ranked', () => {
    expect(monthly.unitsChanges).toEqual([{ period: '2030-03', from: 105, to: 106 }]);
    expect(monthly.points.map((p) => p.unitsChanged)).toEqual([false, false, true, false, false]);
    expect(monthly.chart.worstRank).toBe(106);
  });

  it('takes the latest point with a position, numbered or not', () => {
    expect(monthly.latest?.period).toBe('2030-05');
    expect(monthly.headline.zh).toBe(
      '示例县（虚构）在该排名中最新的公开名次：2030年5月，后20名之列（虚构示例）。已收录3期。',
    );
  });

  it('keeps every ranking body in its own series, never one axis for different bodies', () => {
    const weekly = seriesOf('city-weekly');
    const annual = seriesOf('province-annual');
    expect(weekly.points.map((p) => [p.period, p.rank, p.unitsRanked])).toEqual([
      ['2030-W52', 2, 9],
      ['2031-W01', 4, 9],
    ]);
    expect(annual.points.map((p) => [p.period, p.rank])).toEqual([
      ['2029', 20],
      ['2030', 12],
    ]);
    expect(new Set([monthly.chart.id, weekly.chart.id, annual.chart.id]).size).toBe(3);
    expect(weekly.chart.worstRank).toBe(9);
    expect(weekly.rules.map((r) => r.name.en)).toEqual(['Example rule B (fictional)']);
  });

  it('has no points and says so when a body holds no table', () => {
    const empty = buildSeries(config, 'city-weekly', []);
    expect(empty.points).toEqual([]);
    expect(empty.latest).toBeNull();
    expect(empty.headline.en).toBe(
      'The data hold no published position of Example County (fictional) in this ranking.',
    );
    expect(empty.chart.worstRank).toBeNull();
  });

  it('refuses an unknown body', () => {
    expect(() => buildSeries(config, 'nowhere', positions)).toThrow(
      'unknown ranking body "nowhere"',
    );
  });
});

describe('compareCompositeIndex(county, positions, computed)', () => {
  const published = (
    period: string,
    value: number,
    decimals: number,
    unit = COUNTY,
  ): PublishedPosition => ({
    body: 'province-monthly',
    period,
    periodKind: 'month',
    unit,
    parentCity: '',
    rank: 1,
    unitsRanked: null,
    positionText: null,
    basis: 'dust_excluded',
    compositeIndex: { value, decimals },
    pm2_5: null,
    pm10: null,
    goodDaysRatio: null,
    yoyChange: null,
    sourceUrl: 'https://example.org/x',
    sourceKind: 'official',
    note: null,
    line: 2,
  });
  const ours = (
    period: string,
    value: number,
    extra: Partial<ComputedCompositeIndex> = {},
  ): ComputedCompositeIndex => ({
    period,
    value,
    basis: 'dust_excluded',
    regime: '2012',
    ...extra,
  });

  it.each([
    [4.26, 2, 4.2637, 'agree'],
    [4.26, 2, 4.255, 'agree'], // exactly half a unit of the last published decimal
    [4.26, 2, 4.2649, 'agree'],
    [4.26, 2, 4.266, 'disagree'],
    [4.26, 2, 4.2539, 'disagree'],
    [3.001, 3, 3.0014, 'agree'],
    [3.001, 3, 3.0016, 'disagree'],
    [4.3, 1, 4.34, 'agree'],
  ] as const)('published %f (%i decimals) vs computed %f: %s', (pub, decimals, mine, flag) => {
    const [row] = compareCompositeIndex(
      COUNTY,
      [published('2025-03', pub, decimals)],
      [ours('2025-03', mine)],
    );
    expect(row?.flag).toBe(flag);
    expect(row?.published).toBe(pub);
    expect(row?.computed).toBe(mine);
  });

  it('uses only the dust-deducted computed index, to match the published rankings', () => {
    const rows = compareCompositeIndex(
      COUNTY,
      [published('2025-03', 4.26, 2)],
      [ours('2025-03', 9.99, { basis: 'raw' })],
    );
    expect(rows).toEqual([
      expect.objectContaining({ period: '2025-03', computed: null, flag: 'no_computed' }),
    ]);
  });

  it('lists computed periods without a published index, sorted by when periods start', () => {
    const rows = compareCompositeIndex(
      COUNTY,
      [published('2025-03', 4.26, 2), published('2025-03', 5, 2, '示例县乙（虚构）')],
      [ours('2025-04', 4.1), ours('2025-01', 4.5), ours('2025', 4.3)],
    );
    expect(rows.map((r) => [r.period, r.flag])).toEqual([
      ['2025', 'no_published'],
      ['2025-01', 'no_published'],
      ['2025-03', 'no_computed'],
      ['2025-04', 'no_published'],
    ]);
  });

  it('refuses a 2025 period computed with the 2026 rules, and accepts them after the switch', () => {
    expect(() =>
      compareCompositeIndex(COUNTY, [], [ours('2025-12', 4, { regime: '2026' })]),
    ).toThrow('need the 2012 rules');
    expect(() => compareCompositeIndex(COUNTY, [], [ours('2026', 4, { regime: 'mixed' })])).toThrow(
      'need the 2012 rules',
    );
    expect(
      compareCompositeIndex(COUNTY, [], [ours('2026-03', 4, { regime: '2026' })]),
    ).toHaveLength(1);
  });

  it('refuses a period given twice, a non-finite value and a malformed period', () => {
    expect(() =>
      compareCompositeIndex(COUNTY, [], [ours('2025-01', 4), ours('2025-01', 4.1)]),
    ).toThrow('given twice for 2025-01');
    expect(() => compareCompositeIndex(COUNTY, [], [ours('2025-01', Number.NaN)])).toThrow(
      'not a finite number',
    );
    expect(() => compareCompositeIndex(COUNTY, [], [ours('2025-1', 4)])).toThrow('not a period');
  });

  it('compares the fixture months where both exist', () => {
    const rows = compareCompositeIndex(COUNTY, positions, [
      ours('2030-03', 4.2651, { regime: '2026' }),
      ours('2030-01', 4.1, { regime: '2026' }),
    ]);
    expect(rows.map((r) => [r.period, r.body, r.flag, r.difference])).toEqual([
      ['2030-01', 'province-monthly', 'agree', 0],
      ['2030-03', 'province-monthly', 'disagree', 0.005],
    ]);
  });
});

describe('rankingPageData(records, computed, computedIsSample)', () => {
  it('puts the band computed from a known baseline on the baseline body’s chart and judges the latest rank', () => {
    const data = rankingPageData(records, [], false);
    expect(data.band).toMatchObject({ status: 'known', best: 10, worst: 15 });
    expect(data.series.find((s) => s.id === 'province-annual')?.chart.band).toEqual({
      best: 10,
      worst: 15,
    });
    expect(data.series.find((s) => s.id === 'province-monthly')?.chart.band).toBeNull();
    expect(data.bandText.zh).toBe(
      '基线：2029年示例县（虚构）在“示例省年度排名（虚构）”中排第20名；提升5至10个位次即第10至15名。最新名次（2030年，第12名（共106个县区））在目标区间内。',
    );
    expect(data.bandText.en).toContain('10th to 15th');
  });

  it('says plainly that the band cannot be computed when the baseline is unknown', () => {
    const data = rankingPageData(
      { config: { ...config, baseline: 'unknown' }, positions },
      [],
      false,
    );
    expect(data.band).toEqual({ status: 'unknown', placesMin: 5, placesMax: 10 });
    expect(data.series.every((s) => s.chart.band === null)).toBe(true);
    expect(data.bandText.en).toBe(
      'The target is to move up 5 to 10 places, but the baseline rank is unknown, so the target band cannot be computed.',
    );
  });

  it('summarises how many positions are known, from how many rankings, and how many are words only', () => {
    const data = rankingPageData(records, [], true);
    expect(data.summary.en).toMatch(
      /^7 published positions of Example County \(fictional\) are recorded, from 3 rankings .*for 1 of them the source describes the position in words/,
    );
    expect(data.computedIsSample).toBe(true);
  });

  it('is valid against its own schema', () => {
    expect(rankingPageDataSchema.safeParse(rankingPageData(records, [], false)).success).toBe(true);
  });
});

describe('buildRankingData(dataDir, outDir, computed, computedIsSample)', () => {
  it('writes the page data and the two open-data CSVs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ranking-'));
    const data = await buildRankingData(
      FIXTURE_DIR,
      out,
      [{ period: '2030-03', value: 4.2637, basis: 'dust_excluded', regime: '2026' }],
      true,
    );
    const json: unknown = JSON.parse(readFileSync(join(out, RANKING_DOC.file), 'utf8'));
    expect(rankingPageDataSchema.parse(json)).toEqual(data);
    const positionsCsv = readFileSync(join(out, 'public/data/ranking/rankings.csv'), 'utf8').split(
      '\n',
    );
    expect(positionsCsv[0]).toBe(
      'body,period,status,rank,units_ranked,tied_with,position_zh,position_en,basis,composite_index,source_url',
    );
    expect(positionsCsv[1]).toBe(
      'province-monthly,2030-01,ranked,3,105,示例县乙（虚构）,并列第3名（共105个县区）,3rd (tied) of 105 counties,dust_excluded,4.1,https://example.org/fictional/2030-01',
    );
    expect(positionsCsv[2]).toBe(
      'province-monthly,2030-02,missing,,,,无该期数据,no data for this period,,,',
    );
    const comparison = readFileSync(join(out, 'public/data/ranking/composite-index.csv'), 'utf8');
    expect(comparison).toContain(
      '2030-03,province-monthly,4.2637,2026,true,4.26,dust_excluded,0.004,agree',
    );
  });

  it('builds the bundled data folder: three positions, two rankings, unknown baseline', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ranking-'));
    const data = await buildRankingData(resolve('data'), out, [], true);
    expect(data.series.map((s) => [s.id, s.points.length])).toEqual([
      ['henan-counties-monthly', 2],
      ['zhumadian-counties-weekly', 1],
    ]);
    expect(data.band.status).toBe('unknown');
    expect(data.series[1]?.latest?.display.zh).toBe('第5名（共13个县区）');
    // A rank without the size of the table carries the source's words in the headline.
    expect(data.series[0]?.headline.en).toContain(
      'June 2019, 16th; the source says: 16th in the top 20',
    );
  });
});
