// Issue 18, "Words": the progress and station chart specs say what each reference line is (the
// plan's target, a standard's limit, AQI 100 as the upper end of Good), and mark the periods past
// the last day with data as partial, so the chart kit's summary words them right.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../src/charts/shared/summary.ts';
import type { PeriodStatistic } from '../../../../src/indicators/period.ts';
import type { TargetDefinition } from '../../../../src/indicators/targets.ts';
import {
  annualSparkline,
  gradeIIChart,
  trendChart,
} from '../../../../src/page-data/progress/index.ts';
import { last7Chart } from '../../../../src/page-data/stations/index.ts';
import type { ChartContext } from '../../../../src/page-data/site/index.ts';

const ctx: ChartContext = {
  publicUrl: 'https://example.org/',
  sample: true,
  source: { zh: '示例数据（虚构）', en: 'Sample data (fictitious)' },
  dataDate: '2026-11-28',
  county: { zh: '示例县', en: 'Sample County' },
};

/** Only the fields the chart specs read. */
function stat(period: string, to: string, pm: number, basis = 'raw'): PeriodStatistic {
  return {
    area: 'county',
    basis,
    period,
    to,
    regime: period < '2026-03' ? '2012' : '2026',
    concentrations: { pm2_5: { value: pm } },
    goodRatio: 80,
    heavyRatio: 0.5,
    days: { count: 28 },
    gradeII: null,
  } as unknown as PeriodStatistic;
}

function plan(id: TargetDefinition['id'], value: number, comparison: '<' | '>=' | '<=') {
  return {
    id,
    planTargetId: '1.2-a',
    year: '2025',
    targetValue: value,
    unit: id === 'pm2_5_annual' ? 'µg/m³' : '%',
    comparison,
    planWordingZh: '',
    planWordingEn: '',
    alternativeZh: '',
    alternativeEn: '',
  } satisfies TargetDefinition;
}

const monthly = [
  stat('2026-10', '2026-10-31', 25),
  stat('2026-11', '2026-11-30', 37),
  stat('2026-10', '2026-10-31', 25, 'dust_excluded'),
  stat('2026-11', '2026-11-30', 37, 'dust_excluded'),
];
const annual = [stat('2025', '2025-12-31', 38), stat('2026', '2026-12-31', 33)];

describe('progress chart references (issue 18)', () => {
  it('the PM2.5 trend: the plan target is a target, the new grade-II limit 30 a limit', () => {
    const spec = trendChart(ctx, 'pm2_5', monthly, annual, plan('pm2_5_annual', 35, '<'), null);
    expect(spec.targets?.map((t) => [t.kind, t.value, t.comparison])).toEqual([
      ['target', 35, '<'],
      ['limit', 30, undefined],
    ]);
  });

  it('marks the month past the last day with data as partial, and the summary compares it with nothing', () => {
    const spec = trendChart(
      ctx,
      'pm2_5',
      monthly,
      annual,
      plan('pm2_5_annual', 35, '<'),
      null,
      '2026-11-27',
    );
    expect(spec.series[0]?.points).toEqual([
      { x: '2026-10', y: 25 },
      { x: '2026-11', y: 37, partialTo: '2026-11-27' },
    ]);
    const s = summarize(spec);
    expect(s.zh).toContain(
      '最新 37 µg/m³（2026-11，不完整：截至 11月27日），不完整时段，不与新标准二级限值比较',
    );
    expect(s.en).toContain(
      'latest 37 µg/m³ (2026-11, partial: to 27 Nov), a partial period, not compared with the new grade-II limit',
    );
  });

  it('the good-days sparkline: the plan target (≥), gap in percentage points, partial year uncompared', () => {
    const years = [stat('2025', '2025-12-31', 38)];
    const full = annualSparkline(ctx, 'good', years, plan('good_days_ratio', 82.5, '>='));
    expect(full.target).toMatchObject({ kind: 'target', value: 82.5, comparison: '>=' });
    expect(summarize(full).zh).toContain('距 2025 年目标（≥ 82.5 %）差 2.5 个百分点');
    expect(summarize(full).en).toContain(
      '2.5 percentage points short of the 2025 target (≥ 82.5 %)',
    );
    const partial = annualSparkline(
      ctx,
      'good',
      annual,
      plan('good_days_ratio', 82.5, '>='),
      '2026-11-27',
    );
    expect(summarize(partial).en).toContain(
      'latest 80 % (2026, partial: to 27 Nov), a partial period, not compared with the 2025 target',
    );
  });

  it('the grade-II bars are read against the limit, not a target', () => {
    const spec = gradeIIChart(ctx, annual, '2025');
    expect(spec.target).toMatchObject({ kind: 'limit', value: 100 });
    expect(summarize(spec).zh).not.toMatch(/目标|最后/);
  });

  it('AQI 100 on the 7-day chart is the upper end of Good, not a target', () => {
    const spec = last7Chart(ctx, 'S1', { zh: '示例站', en: 'Sample station' }, [
      { time: '2026-11-27 12:00', aqi: 103 },
    ]);
    expect(spec.targets?.[0]).toMatchObject({ kind: 'threshold', value: 100 });
    const s = summarize(spec);
    expect(s.zh).toContain('高于良的上限（100）3');
    expect(s.en).toContain('3 above the upper end of Good (100)');
    expect(s.zh + s.en).not.toMatch(/目标|target/i);
  });
});
