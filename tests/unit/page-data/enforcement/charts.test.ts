import { describe, expect, it } from 'vitest';
import type { BarChartSpec, LineChartSpec } from '../../../../src/charts/shared/types.ts';
import {
  enforcementPageData,
  type ChartData,
  enforcementChartSpec,
  enforcementCharts,
  enforcementHeadline,
} from '../../../../src/page-data/enforcement/index.ts';
import { TOWNSHIPS, kase, pt } from './fixture.ts';
import { ctx, renders } from '../site/fixture.ts';

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
