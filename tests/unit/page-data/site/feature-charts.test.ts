import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/charts/shared/render-chart.ts';
import { STATUS_NAMES } from '../../../../src/charts/shared/strings.ts';
import type {
  BarChartSpec,
  ChartSpec,
  LineChartSpec,
  RankChartSpec,
} from '../../../../src/charts/shared/types.ts';
import type { ChartContext } from '../../../../src/page-data/site/charts.ts';
import {
  enforcementPageData,
  type ChartData,
} from '../../../../src/page-data/enforcement/build.ts';
import {
  MILESTONE_OF,
  enforcementChartSpec,
  enforcementCharts,
  enforcementHeadline,
  featureCharts,
  planTimelineSpec,
  rankChartSpec,
  rankPlotDate,
  rankingCharts,
} from '../../../../src/page-data/site/feature-charts.ts';
import { buildPlanPages, PAGE_STATUSES } from '../../../../src/page-data/plan/build.ts';
import { rankingPageData } from '../../../../src/page-data/ranking/build.ts';
import { TOWNSHIPS, kase, pt } from '../enforcement/fixture.ts';
import { loadPlan } from '../../../../src/records/plan.ts';
import { loadRanking } from '../../../../src/records/ranking.ts';

const ctx: ChartContext = {
  publicUrl: 'https://example.org/',
  sample: true,
  source: { zh: '示例来源（虚构）', en: 'Sample source (fictitious)' },
  dataDate: '2031-01-31',
  county: { zh: '示例县（虚构）', en: 'Example County (fictional)' },
};

/** Every spec must pass the chart kit's own validation and render in both languages. */
function renders(spec: ChartSpec): void {
  for (const lang of ['zh', 'en'] as const) {
    const svg = renderChart(spec, lang);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).not.toMatch(/NaN|undefined/);
  }
}

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

describe('planTimelineSpec(ctx, plan)', () => {
  const fixture = buildPlanPages(
    loadPlan('data', { progressFile: 'tests/fixtures/plan-progress/mixed.csv' }),
    '2025-06-01',
  );

  it.each(PAGE_STATUSES.map((s) => [s, MILESTONE_OF[s]]))(
    'draws the plan status %s as the kit status %s',
    (page, kit) => {
      expect(MILESTONE_OF[page]).toBe(kit);
    },
  );

  it('words "no published evidence" honestly, never as overdue', () => {
    expect(STATUS_NAMES[MILESTONE_OF.no_published_evidence]).toEqual({
      zh: '无公开证据',
      en: 'No published evidence',
    });
  });

  it('validates, renders in both languages and draws the status date as the "today" rule', () => {
    const spec = planTimelineSpec(ctx, fixture);
    if (spec === null) throw new Error('no spec');
    renders(spec);
    expect(spec.asOf).toBe('2025-06-01');
    expect(spec.meta.dataDate).toBe('2025-06-01');
    expect(spec.items).toHaveLength(fixture.overview.timeline.rows.length);
    expect(spec.meta.table.rows).toHaveLength(fixture.overview.timeline.rows.length);
    expect(renderChart(spec, 'en')).toContain('As of 2025-06-01');
  });

  it('states in its headline how many dated targets are done and how many lack evidence, from the rows', () => {
    const spec = planTimelineSpec(ctx, fixture);
    const rows = fixture.overview.timeline.rows;
    const n = (s: string): number => rows.filter((r) => r.status === s).length;
    expect(n('done')).toBeGreaterThan(0);
    expect(spec?.meta.headline.zh).toBe(
      `截至 2025-06-01，方案中有截止日期的 ${rows.length} 项目标里，有公开证据表明已完成的 ${n('done')} 项` +
        (
          [
            'no_published_evidence',
            'missed',
            'in_progress',
            'not_started',
            'not_due',
            'not_assessable',
          ] as const
        )
          .filter((s) => n(s) > 0)
          .map(
            (s) =>
              `，${{ no_published_evidence: '无公开证据', missed: '未达成', in_progress: '进行中', not_started: '未开始', not_due: '未到期', not_assessable: '无法评估' }[s]} ${n(s)} 项`,
          )
          .join('') +
        '。',
    );
    expect(spec?.meta.headline.en).toMatch(
      new RegExp(
        `^As of 2025-06-01, published evidence shows ${n('done')} of the plan's ${rows.length} targets with a deadline done; `,
      ),
    );
  });

  it('is null without a status date (nothing to draw the deadlines against)', () => {
    const unassessed = buildPlanPages(loadPlan('data'), null);
    expect(planTimelineSpec(ctx, unassessed)).toBeNull();
  });

  it('shows the bundled plan with every passed deadline as no published evidence', () => {
    const bundled = buildPlanPages(loadPlan('data'), '2026-11-27');
    const spec = planTimelineSpec(ctx, bundled);
    if (spec === null) throw new Error('no spec');
    renders(spec);
    const svg = renderChart(spec, 'zh');
    expect(svg).toContain('无公开证据');
    expect(svg).not.toContain('已逾期');
  });
});

// ---------------------------------------------------------------------------------------------

const enf = enforcementPageData(
  {
    townships: TOWNSHIPS,
    cases: [
      kase({ decisionDate: '2024-11-05' }),
      kase({ decisionDate: '2025-01-10', penaltyFen: 2_500_50 }),
      kase({ decisionDate: '2025-03-01', township: 'sample-west' }),
      kase({ decisionDate: '2025-03-20' }),
    ],
    burning: [
      pt({}),
      pt({ date: '2025-07-01', kind: 'other', points: 2, township: 'sample-west' }),
      pt({ date: '2025-07-02', points: 3 }),
    ],
  },
  { asOf: '2025-12-31', source: 'site' },
);
const enfSpecs = enforcementCharts(ctx, enf);
const specOf = (id: string): BarChartSpec | LineChartSpec => {
  const s = enfSpecs.find((x) => x.meta.id === `enforcement-${id}`);
  if (s === undefined) throw new Error(`no chart ${id}`);
  return s;
};
const allEnf = [...enf.charts, ...enf.burning.charts];

describe('enforcementChartSpec(ctx, chart, asOf)', () => {
  it('makes one chart per statistic', () => {
    expect(enfSpecs.map((s) => s.meta.id)).toEqual(allEnf.map((c) => `enforcement-${c.id}`));
  });

  it.each(allEnf.map((c) => [c.id, c] as const))(
    '%s validates, renders in both languages and draws the numbers of its table',
    (id, chart) => {
      const spec = specOf(id);
      renders(spec);
      const table = chart.series.map((_, i) =>
        chart.rows.reduce((a, r) => a + (r.values[i] ?? 0), 0),
      );
      const drawn =
        spec.type === 'bar'
          ? spec.series.map((s) => s.values.reduce<number>((a, v) => a + (v ?? 0), 0))
          : spec.series.map((s) => s.points.reduce<number>((a, p) => a + (p.y ?? 0), 0));
      expect(drawn).toEqual(table);
      expect(spec.meta.sample).toBe(true);
      expect(spec.meta.dataDate).toBe('2025-12-31');
    },
  );

  it.each([
    ['cases-by-year', 'bar', 'vertical', 'grouped'],
    ['cases-by-category', 'bar', 'horizontal', 'grouped'],
    ['cases-by-township', 'bar', 'horizontal', 'grouped'],
    ['penalties-by-year', 'bar', 'vertical', 'grouped'],
    ['fire-points-by-month', 'bar', 'vertical', 'stacked'],
    ['fire-points-by-township', 'bar', 'horizontal', 'stacked'],
    ['deductions-by-year', 'bar', 'vertical', 'grouped'],
  ] as const)('%s is a %s chart, %s and %s', (id, type, orientation, mode) => {
    const spec = specOf(id);
    expect(spec.type).toBe(type);
    if (spec.type !== 'bar') throw new Error('not a bar');
    expect([spec.orientation, spec.mode]).toEqual([orientation, mode]);
  });

  it.each([
    ['cases-by-year', { zh: '案件数（件）', en: 'Cases' }],
    ['penalties-by-year', { zh: '罚款（元）', en: 'Fines (yuan)' }],
    [
      'fire-points-by-month',
      { zh: '各月火点数（个火点）', en: 'Fire points by month (fire points)' },
    ],
  ])('labels the value axis of %s with its unit once', (id, label) => {
    const spec = specOf(id);
    expect(
      spec.type === 'bar' ? spec.value.label : spec.type === 'line' ? spec.y.label : null,
    ).toEqual(label);
  });

  it('draws the monthly case count as a line by month, zero months included', () => {
    const spec = specOf('cases-by-month');
    if (spec.type !== 'line') throw new Error('not a line');
    expect(spec.step).toBe('month');
    expect(spec.series[0]?.points.map((p) => p.y)).toEqual([1, 0, 1, 0, 2]);
    expect(spec.series[0]?.points[0]?.x).toBe('2024-11');
  });

  it.each([
    [
      'cases-by-township',
      '示例数据中，按乡镇（街道）的处罚决定数合计 4 件；最多的乡镇（街道）是示例东乡（虚构）（3 件）。',
      'In the sample data, decisions by township: 4 cases in all; the most in Sample East (fictitious) (3 cases).',
    ],
    [
      'cases-by-year',
      '示例数据中，2024年至2025年各年公开的处罚决定数合计 4 件；最多的年份是2025年（3 件）。',
      'In the sample data, published decisions by year from 2024 to 2025: 4 cases in all; the most in 2025 (3 cases).',
    ],
    [
      'penalties-by-year',
      '示例数据中，2024年至2025年各年罚款金额合计 32,500.5 元；最多的年份是2025年（22,500.5 元）。',
      'In the sample data, fines by year from 2024 to 2025: 32,500.5 yuan in all; the most in 2025 (22,500.5 yuan).',
    ],
    [
      'fire-points-by-township',
      '示例数据中，各乡镇（街道）火点数合计 6 个火点（秸秆焚烧 4，露天焚烧其他可燃物 2）；最多的乡镇（街道）是示例东乡（虚构）（4 个火点）。',
      'In the sample data, fire points by township: 6 fire points in all (Straw burning 4, Open burning of other material 2); the most in Sample East (fictitious) (4 fire points).',
    ],
  ])('%s states its total and its largest row in the headline', (id, zh, en) => {
    expect(specOf(id).meta.headline).toEqual({ zh, en });
  });

  it('names tied leaders, and counts them instead when more than three tie', () => {
    const chart = (values: number[]): ChartData => ({
      id: 'cases-by-month',
      type: 'line',
      title: { zh: '各月公开的处罚决定数', en: 'Published decisions by month' },
      unit: { zh: '件', en: 'cases' },
      series: [{ id: 'value', label: { zh: '案件数', en: 'Cases' } }],
      rows: values.map((v, i) => ({
        key: `2025-0${i + 1}`,
        label: { zh: `2025年${i + 1}月`, en: `M${i + 1}` },
        values: [v],
      })),
    });
    expect(enforcementHeadline(chart([2, 2, 1]), false).zh).toBe(
      '2025年1月至2025年3月各月公开的处罚决定数合计 5 件；最多的月份是2025年1月、2025年2月（各 2 件）。',
    );
    expect(enforcementHeadline(chart([1, 1, 1, 1]), false).zh).toContain(
      '最多的月份是2025年1月、2025年2月、2025年3月等 4 个月份（各 1 件）',
    );
    expect(enforcementHeadline(chart([1, 1, 1, 1]), false).en).toContain(
      'the most 4 months, among them M1, M2, M3 (1 case each)',
    );
    expect(enforcementHeadline(chart([0, 0]), true).zh).toBe(
      '示例数据中，2025年1月至2025年2月各月公开的处罚决定数合计为 0。',
    );
  });

  it('is null for a statistic with no rows', () => {
    const empty = enforcementPageData(
      { townships: TOWNSHIPS, cases: [], burning: [] },
      { asOf: '2025-12-31', source: 'site' },
    );
    const byYear = empty.charts.find((c) => c.id === 'cases-by-year');
    if (byYear === undefined) throw new Error('no chart');
    expect(enforcementChartSpec(ctx, byYear, '2025-12-31')).toBeNull();
  });

  it('refuses a statistic whose id names no dimension, saying what it expected', () => {
    const chart = enf.charts[0];
    if (chart === undefined) throw new Error('no chart');
    expect(() => enforcementChartSpec(ctx, { ...chart, id: 'cases-total' }, '2025-12-31')).toThrow(
      /enforcement chart "cases-total": expected an id ending in -by-year/,
    );
  });
});

describe('featureCharts(ctx, inputs)', () => {
  it('gathers every feature chart with unique ids; rankings and plan are not marked sample, enforcement follows its data', () => {
    const plan = buildPlanPages(loadPlan('data'), '2026-11-27');
    const specs = featureCharts(ctx, {
      ranking: known,
      plan,
      enforcement: enf,
      enforcementSource: ctx.source,
    });
    const ids = specs.map((s) => s.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(specs.filter((s) => s.type === 'rank')).toHaveLength(known.series.length);
    expect(specs.filter((s) => s.type === 'timeline').map((s) => s.meta.sample)).toEqual([false]);
    expect(specs.filter((s) => s.type === 'rank').every((s) => !s.meta.sample)).toBe(true);
    expect(
      specs.filter((s) => s.meta.id.startsWith('enforcement-')).every((s) => s.meta.sample),
    ).toBe(true);
    for (const s of specs) expect(s.meta.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
