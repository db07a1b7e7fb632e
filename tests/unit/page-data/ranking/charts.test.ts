import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/charts/shared/render-chart.ts';
import type { RankChartSpec } from '../../../../src/charts/shared/types.ts';
import {
  rankChartSpec,
  rankPlotDate,
  rankingCharts,
  rankingPageData,
} from '../../../../src/page-data/ranking/index.ts';
import { loadRanking } from '../../../../src/records/ranking/index.ts';
import { ctx, renders } from '../site/fixture.ts';

const ranking = loadRanking(resolve('tests/fixtures/ranking/fictional'));
const known = rankingPageData(ranking, [], false);
const unknown = rankingPageData(
  { config: { ...ranking.config, baseline: 'unknown' }, positions: ranking.positions },
  [],
  false,
);
const seriesOf = (data: typeof known, id: string) => {
  const s = data.series.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no series ${id}`);
  return s;
};
const rankSpec = (data: typeof known, id: string): RankChartSpec => {
  const spec = rankChartSpec(ctx, seriesOf(data, id), data.band);
  if (spec === null) throw new Error(`no chart for ${id}`);
  return spec;
};

describe('rankPlotDate(period)', () => {
  it.each([
    ['2030-05', '2030-05'],
    ['2030', '2030'],
    ['2030-W52', '2030-12-23'],
    ['2031-W01', '2030-12-30'],
    ['2020-W53', '2020-12-28'],
  ])('puts %s at %s on the calendar axis (ISO weeks at their Monday)', (period, date) => {
    expect(rankPlotDate(period)).toBe(date);
  });
});

describe('rankChartSpec(ctx, series, band)', () => {
  it.each(known.series.map((s) => [s.id]))(
    'the %s chart validates and renders in both languages',
    (id) => {
      renders(rankSpec(known, id));
      renders(rankSpec(unknown, id));
    },
  );

  it('keeps one point per period, with gaps (null) for missing, unlisted and words-only periods', () => {
    const spec = rankSpec(known, 'province-monthly');
    expect(spec.series[0]?.points).toEqual([
      { x: '2030-01', rank: 3 },
      { x: '2030-02', rank: null },
      { x: '2030-03', rank: 7 },
      { x: '2030-04', rank: null },
      { x: '2030-05', rank: null },
    ]);
    expect(spec.step).toBe('month');
    expect(spec.total).toBe(106);
  });

  it('names a rank given only in words in the headline and keeps the source words in the table', () => {
    const spec = rankSpec(known, 'province-monthly');
    expect(spec.meta.headline.zh).toContain(
      '另有 1 期只有文字描述、没有名次，不画作点（2030年5月：后20名之列（虚构示例））',
    );
    expect(spec.meta.headline.en).toContain(
      '1 more period is described in words without a number and not drawn (May 2030: among the bottom 20 (fictional example))',
    );
    const row = spec.meta.table.rows.find((r) => r[0] === '2030-05');
    expect(row).toEqual([
      '2030-05',
      null,
      null,
      null,
      '后20名之列（虚构示例）',
      'among the bottom 20 (fictional example)',
    ]);
    expect(spec.meta.headline.zh).toMatch(
      /^示例县（虚构）在“[^”]+”中有 2 期公开的具体名次，最新为2030年3月第7名（共106/,
    );
  });

  it('maps ISO weeks to their Monday and says so in the table header', () => {
    const spec = rankSpec(known, 'city-weekly');
    expect(spec.series[0]?.points).toEqual([
      { x: '2030-12-23', rank: 2 },
      { x: '2030-12-30', rank: 4 },
    ]);
    expect(spec.step).toBeUndefined();
    expect(spec.meta.table.columns[1]).toEqual({
      zh: '图中日期（ISO 周画在该周星期一）',
      en: 'Date on the chart (an ISO week at its Monday)',
    });
    expect(spec.meta.dataDate).toBe('2030-12-30');
  });

  it('draws the target band from the baseline on the baseline body and states it', () => {
    const spec = rankSpec(known, 'province-annual');
    expect(spec.target).toMatchObject({ best: 10, worst: 15 });
    expect(spec.meta.headline.zh).toContain('目标区间为第 10–15 名');
    expect(rankSpec(known, 'province-monthly').target).toBeUndefined();
    expect(rankSpec(known, 'province-monthly').meta.headline.en).toContain(
      'the target band is based on another ranking and is not drawn here',
    );
  });

  it('draws no band and says the baseline is unknown when it is', () => {
    for (const s of unknown.series) {
      const spec = rankSpec(unknown, s.id);
      expect(spec.target).toBeUndefined();
      expect(spec.meta.headline.zh).toContain('基线名次未知，图中没有目标区间');
      expect(spec.meta.headline.en).toContain(
        'the baseline rank is unknown, so no target band is drawn',
      );
    }
  });

  it('ends the axis at the largest known rank, and says so, when the number of units ranked is not published', () => {
    const noUnits = rankingPageData(
      {
        config: ranking.config,
        positions: ranking.positions.map((p) => ({ ...p, unitsRanked: null })),
      },
      [],
      false,
    );
    const spec = rankSpec(noUnits, 'province-monthly');
    expect(spec.total).toBe(7);
    expect(spec.meta.headline.zh).toContain(
      '参加排名的单位总数未全部公布，纵轴只画到已知最大的第 7 名',
    );
    expect(spec.meta.headline.en).toContain('the axis stops at the largest known rank, 7');
    expect(rankSpec(known, 'province-monthly').meta.headline.zh).not.toContain('未全部公布');
    // No label may then read "of 7": 7 is the largest rank known, not the number of units.
    expect(spec.totalIsUnitCount).toBe(false);
    for (const lang of ['zh', 'en'] as const)
      expect(renderChart(spec, lang)).not.toMatch(/共 7 个|of 7\b/);
    expect(rankSpec(known, 'province-monthly').totalIsUnitCount).toBeUndefined();
    expect(renderChart(rankSpec(known, 'province-monthly'), 'en')).toContain('rank 7 of 106');
  });

  it('is null for a body with no numeric rank (nothing to draw; the page shows the table)', () => {
    const wordsOnly = rankingPageData(
      {
        config: ranking.config,
        positions: ranking.positions.filter(
          (p) => p.body !== 'province-monthly' || p.rank === null,
        ),
      },
      [],
      false,
    );
    expect(rankChartSpec(ctx, seriesOf(wordsOnly, 'province-monthly'), wordsOnly.band)).toBeNull();
    expect(rankingCharts(ctx, wordsOnly).map((s) => s.meta.id)).not.toContain(
      seriesOf(wordsOnly, 'province-monthly').chart.id,
    );
  });

  it('names the ranking body as the source', () => {
    const s = seriesOf(known, 'province-annual');
    expect(rankSpec(known, 'province-annual').meta.source.zh).toBe(
      `${s.publisher.zh}：${s.name.zh}`,
    );
  });
});
