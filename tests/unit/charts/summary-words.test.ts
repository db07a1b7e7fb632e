/**
 * Issue 18, "Words": the chart summary's sentences, one table of cases in both languages.
 * "目标 / target" only for the plan's targets; limits are limits; gaps in the quantity's unit
 * (percentage points for ratios); "差 / short of" only for a shortfall; a partial period is not
 * compared with anything; no "last" on a category axis.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/charts/shared/summary.ts';
import type {
  BarChartSpec,
  Bilingual,
  ChartSpec,
  LinePoint,
  Reference,
  SparklineSpec,
  TargetLine,
} from '../../../src/charts/shared/types.ts';
import { meta } from './fixtures.ts';

function spark(unit: string, points: LinePoint[], target: Reference): SparklineSpec {
  return { type: 'sparkline', meta: meta('words'), unit, step: 'year', points, target };
}

function line(unit: string, points: LinePoint[], targets: TargetLine[]): ChartSpec {
  return {
    type: 'line',
    meta: meta('words'),
    y: { label: { zh: '值', en: 'Value' }, unit, min: 0 },
    step: 'month',
    series: [{ key: 'm', name: { zh: '月值', en: 'Monthly' }, points }],
    targets,
  };
}

function bars(
  unit: string,
  values: number[],
  labels: Bilingual[],
  target?: BarChartSpec['target'],
): ChartSpec {
  return {
    type: 'bar',
    meta: meta('words'),
    orientation: 'horizontal',
    mode: 'grouped',
    categories: labels.map((label, i) => ({ key: `c${i}`, label })),
    series: [{ key: 's', name: { zh: '案件数', en: 'Cases' }, values }],
    value: { label: { zh: '值', en: 'Value' }, unit },
    ...(target ? { target } : {}),
  };
}

const pm25Target: Reference = {
  value: 35,
  kind: 'target',
  comparison: '<',
  name: { zh: '2025 年目标', en: '2025 target' },
};
const goodTarget: Reference = {
  value: 82.5,
  kind: 'target',
  comparison: '>=',
  name: { zh: '2025 年目标', en: '2025 target' },
};
const heavyTarget: Reference = {
  value: 0.3,
  kind: 'target',
  comparison: '<=',
  name: { zh: '2025 年目标', en: '2025 target' },
};
const newLimit: TargetLine = {
  value: 30,
  kind: 'limit',
  name: { zh: '新标准二级限值', en: 'new grade-II limit' },
  label: { zh: '新标准二级限值 30', en: 'New grade-II limit 30' },
};
const aqi100: TargetLine = {
  value: 100,
  kind: 'threshold',
  name: { zh: '良的上限', en: 'upper end of Good' },
  label: { zh: 'AQI 100（良的上限）', en: 'AQI 100 (upper end of Good)' },
};
const year = (x: string, y: number, partialTo?: string): LinePoint => ({
  x,
  y,
  ...(partialTo ? { partialTo } : {}),
});

const CASES: readonly { name: string; spec: ChartSpec; zh: string; en: string }[] = [
  {
    name: 'target (below 35) missed: over it, in µg/m³',
    spec: spark('µg/m³', [year('2024', 40), year('2025', 38)], pm25Target),
    zh: '最低 38 µg/m³（2025），最高 40 µg/m³（2024），最新 38 µg/m³（2025），超出 2025 年目标（< 35 µg/m³）3 µg/m³。',
    en: 'minimum 38 µg/m³ (2025), maximum 40 µg/m³ (2024), latest 38 µg/m³ (2025), 3 µg/m³ over the 2025 target (< 35 µg/m³).',
  },
  {
    name: 'target (below 35) met: better than it, no "差"',
    spec: spark('µg/m³', [year('2024', 40), year('2025', 31)], pm25Target),
    zh: '最低 31 µg/m³（2025），最高 40 µg/m³（2024），最新 31 µg/m³（2025），优于 2025 年目标（< 35 µg/m³）4 µg/m³。',
    en: 'minimum 31 µg/m³ (2025), maximum 40 µg/m³ (2024), latest 31 µg/m³ (2025), 4 µg/m³ better than the 2025 target (< 35 µg/m³).',
  },
  {
    name: 'target (below 35) exactly at 35: not met',
    spec: spark('µg/m³', [year('2025', 35)], pm25Target),
    zh: '最低 35 µg/m³（2025），最高 35 µg/m³（2025），最新 35 µg/m³（2025），恰在 2025 年目标（< 35 µg/m³）的界值上，未满足。',
    en: "minimum 35 µg/m³ (2025), maximum 35 µg/m³ (2025), latest 35 µg/m³ (2025), exactly at the 2025 target's bound (< 35 µg/m³), not meeting it.",
  },
  {
    name: 'ratio target (≥ 82.5 %) missed: short by percentage points ("差")',
    spec: spark('%', [year('2024', 86), year('2025', 80)], goodTarget),
    zh: '最低 80 %（2025），最高 86 %（2024），最新 80 %（2025），距 2025 年目标（≥ 82.5 %）差 2.5 个百分点。',
    en: 'minimum 80 % (2025), maximum 86 % (2024), latest 80 % (2025), 2.5 percentage points short of the 2025 target (≥ 82.5 %).',
  },
  {
    name: 'ratio target (≥ 82.5 %) met: percentage points, no "差"',
    spec: spark('%', [year('2023', 78.9), year('2025', 86.6)], goodTarget),
    zh: '最低 78.9 %（2023），最高 86.6 %（2025），最新 86.6 %（2025），优于 2025 年目标（≥ 82.5 %）4.1 个百分点。',
    en: 'minimum 78.9 % (2023), maximum 86.6 % (2025), latest 86.6 % (2025), 4.1 percentage points better than the 2025 target (≥ 82.5 %).',
  },
  {
    name: 'ratio target (≤ 0.3 %) missed by 0.2 percentage points',
    spec: spark('%', [year('2024', 0.3), year('2025', 0.5)], heavyTarget),
    zh: '最低 0.3 %（2024），最高 0.5 %（2025），最新 0.5 %（2025），超出 2025 年目标（≤ 0.3 %）0.2 个百分点。',
    en: 'minimum 0.3 % (2024), maximum 0.5 % (2025), latest 0.5 % (2025), 0.2 percentage points over the 2025 target (≤ 0.3 %).',
  },
  {
    name: 'a gap of exactly one percentage point is singular in English',
    spec: spark('%', [year('2025', 83.5)], goodTarget),
    zh: '最低 83.5 %（2025），最高 83.5 %（2025），最新 83.5 %（2025），优于 2025 年目标（≥ 82.5 %）1 个百分点。',
    en: 'minimum 83.5 % (2025), maximum 83.5 % (2025), latest 83.5 % (2025), 1 percentage point better than the 2025 target (≥ 82.5 %).',
  },
  {
    name: 'limit over: a limit, never a target',
    spec: line('µg/m³', [year('2026-09', 20), year('2026-10', 37)], [newLimit]),
    zh: '月值：最低 20 µg/m³（2026-09），最高 37 µg/m³（2026-10），最新 37 µg/m³（2026-10），超过新标准二级限值（30 µg/m³）7 µg/m³。',
    en: 'Monthly: minimum 20 µg/m³ (2026-09), maximum 37 µg/m³ (2026-10), latest 37 µg/m³ (2026-10), 7 µg/m³ over the new grade-II limit (30 µg/m³).',
  },
  {
    name: 'limit under',
    spec: line('µg/m³', [year('2026-09', 40), year('2026-10', 25)], [newLimit]),
    zh: '月值：最低 25 µg/m³（2026-10），最高 40 µg/m³（2026-09），最新 25 µg/m³（2026-10），低于新标准二级限值（30 µg/m³）5 µg/m³。',
    en: 'Monthly: minimum 25 µg/m³ (2026-10), maximum 40 µg/m³ (2026-09), latest 25 µg/m³ (2026-10), 5 µg/m³ under the new grade-II limit (30 µg/m³).',
  },
  {
    name: 'AQI 100 is the upper end of Good, not a target',
    spec: line('', [year('2026-10', 60), year('2026-11', 103)], [aqi100]),
    zh: '月值：最低 60（2026-10），最高 103（2026-11），最新 103（2026-11），高于良的上限（100）3。',
    en: 'Monthly: minimum 60 (2026-10), maximum 103 (2026-11), latest 103 (2026-11), 3 above the upper end of Good (100).',
  },
  {
    name: 'partial month: "to 28 Nov", no comparison with the annual limit',
    spec: line('µg/m³', [year('2026-10', 25), year('2026-11', 37, '2026-11-28')], [newLimit]),
    zh: '月值：最低 25 µg/m³（2026-10），最高 37 µg/m³（2026-11，不完整：截至 11月28日），最新 37 µg/m³（2026-11，不完整：截至 11月28日），不完整时段，不与新标准二级限值比较。',
    en: 'Monthly: minimum 25 µg/m³ (2026-10), maximum 37 µg/m³ (2026-11, partial: to 28 Nov), latest 37 µg/m³ (2026-11, partial: to 28 Nov), a partial period, not compared with the new grade-II limit.',
  },
  {
    name: 'partial year against a plan target: no verdict-like gap',
    spec: spark('%', [year('2025', 86.6), year('2026', 80, '2026-11-28')], goodTarget),
    zh: '最低 80 %（2026，不完整：截至 11月28日），最高 86.6 %（2025），最新 80 %（2026，不完整：截至 11月28日），不完整时段，不与 2025 年目标比较。',
    en: 'minimum 80 % (2026, partial: to 28 Nov), maximum 86.6 % (2025), latest 80 % (2026, partial: to 28 Nov), a partial period, not compared with the 2025 target.',
  },
  {
    name: 'category axis: no "last"',
    spec: bars(
      '',
      [1, 8, 6],
      [
        { zh: '监测数据弄虚作假', en: 'Falsified monitoring data' },
        { zh: '超标排放', en: 'Emissions above limits' },
        { zh: '餐饮油烟', en: 'Restaurant fumes' },
      ],
    ),
    zh: '案件数：最低 1（监测数据弄虚作假），最高 8（超标排放）。',
    en: 'Cases: minimum 1 (Falsified monitoring data), maximum 8 (Emissions above limits).',
  },
  {
    name: 'category axis with a limit: which bars are over it, gap in percentage points nowhere',
    spec: bars(
      '%',
      [7.3, 108.6, 98.7],
      [
        { zh: 'SO2 第98百分位', en: 'SO2 98th percentile' },
        { zh: 'PM2.5 年均', en: 'PM2.5 annual mean' },
        { zh: 'PM2.5 第95百分位', en: 'PM2.5 95th percentile' },
      ],
      {
        value: 100,
        kind: 'limit',
        name: { zh: '二级限值', en: 'grade-II limit' },
        label: { zh: '限值', en: 'Limit' },
      },
    ),
    zh: '案件数：最低 7.3 %（SO2 第98百分位），最高 108.6 %（PM2.5 年均），3 项中 1 项超过二级限值（100 %）：PM2.5 年均。',
    en: 'Cases: minimum 7.3 % (SO2 98th percentile), maximum 108.6 % (PM2.5 annual mean), 1 of 3 over the grade-II limit (100 %): PM2.5 annual mean.',
  },
  {
    name: 'category axis with a target: which bars do not meet it',
    spec: bars(
      '天',
      [20, 25],
      [
        { zh: '1月', en: 'Jan' },
        { zh: '2月', en: 'Feb' },
      ],
      { value: 24, kind: 'target', comparison: '>=', label: { zh: '目标', en: 'Target' } },
    ),
    zh: '案件数：最低 20 天（1月），最高 25 天（2月），2 项中 1 项未满足目标（≥ 24 天）：1月。',
    en: 'Cases: minimum 20 天 (Jan), maximum 25 天 (Feb), 1 of 2 not meeting the target (≥ 24 天): Jan.',
  },
];

describe('summary words (issue 18), both languages', () => {
  it.each(CASES)('$name', ({ spec, zh, en }) => {
    expect(summarize(spec)).toEqual({ zh, en });
  });

  it('no case calls a limit or a threshold a target, or gives a ratio gap in "%"', () => {
    for (const c of CASES) {
      const isTarget =
        (c.spec.type === 'sparkline' && c.spec.target?.kind === 'target') ||
        (c.spec.type === 'bar' && c.spec.target?.kind === 'target');
      if (!isTarget) expect(c.zh + c.en).not.toMatch(/目标|target/i);
      // A gap follows the reference in parentheses; with "%" it must be in percentage points.
      expect(c.zh).not.toMatch(/[）)]\s*[\d.]+ ?%/);
      expect(c.en).not.toMatch(/\b[\d.]+ %\s+(over|under|above|below|short|better)/);
      expect(c.en).not.toMatch(/\blast\b/);
      expect(c.zh).not.toMatch(/最后/);
    }
  });
});
