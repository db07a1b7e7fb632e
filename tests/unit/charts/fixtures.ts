/**
 * Small chart specs for the layout and snapshot tests. All data is invented and labelled as
 * sample; station names are obviously fictitious.
 */
import { tableToCsv } from '../../../src/charts/shared/csv.ts';
import type {
  BarChartSpec,
  CalendarChartSpec,
  ChartMeta,
  LineChartSpec,
  RankChartSpec,
  SparklineSpec,
  TimelineChartSpec,
} from '../../../src/charts/shared/types.ts';

export function meta(id: string, over: Partial<ChartMeta> = {}): ChartMeta {
  const table = {
    columns: [
      { zh: '日期', en: 'Date' },
      { zh: '数值', en: 'Value' },
    ],
    rows: [
      ['2025-01', 80],
      ['2025-02', null],
    ],
  };
  return {
    id,
    title: {
      zh: '示例站一（虚构）PM2.5 月均浓度',
      en: 'Sample station 1 (fictitious): monthly mean PM2.5',
    },
    headline: { zh: '示例数据：浓度下降', en: 'Sample data: concentration fell' },
    source: { zh: '示例数据（虚构）', en: 'Sample data (fictitious)' },
    dataDate: '2026-04-30',
    sample: true,
    permalink: `https://example.org/charts/${id}/`,
    csv: tableToCsv(table),
    table,
    ...over,
  };
}

const s1 = { zh: '示例站一（虚构）', en: 'Sample station 1' };
const s2 = { zh: '示例站二（虚构）', en: 'Sample station 2' };

export const lineSpec: LineChartSpec = {
  type: 'line',
  meta: meta('line-fixture'),
  step: 'month',
  y: { label: { zh: 'PM2.5 浓度', en: 'PM2.5' }, unit: 'µg/m³' },
  series: [
    {
      key: 's1',
      name: s1,
      area: true,
      points: [
        { x: '2025-01', y: 80 },
        { x: '2025-02', y: 70 },
        { x: '2025-03', y: null },
        { x: '2025-04', y: 45 },
        { x: '2025-06', y: 30 },
        { x: '2025-07', y: 28 },
        { x: '2026-03', y: 50 },
        { x: '2026-04', y: 42 },
      ],
    },
    {
      key: 's2',
      name: s2,
      points: [
        { x: '2025-01', y: 85 },
        { x: '2025-02', y: 72 },
        { x: '2025-04', y: 50 },
      ],
    },
  ],
  targets: [
    {
      value: 35,
      kind: 'target',
      comparison: '<',
      label: { zh: '目标', en: 'Target' },
      to: '2026-02-28',
      band: { low: 0, high: 35, label: { zh: '达标区', en: 'Meets target' } },
    },
    {
      value: 30,
      kind: 'limit',
      name: { zh: '新标准二级限值', en: 'new grade-II limit' },
      label: { zh: '新标准', en: 'New limit' },
      from: '2026-03-01',
    },
  ],
  annotations: [
    { x: '2026-03-01', label: { zh: '2026-03-01 新标准施行', en: '2026-03-01 new standard' } },
  ],
  requiredPath: {
    from: { x: '2025-01', y: 80 },
    to: { x: '2025-12', y: 35 },
    label: { zh: '所需路径', en: 'Required path' },
  },
};

export const barSpec: BarChartSpec = {
  type: 'bar',
  meta: meta('bar-fixture'),
  orientation: 'vertical',
  mode: 'grouped',
  categories: [
    { key: 'jan', label: { zh: '1月', en: 'Jan' } },
    { key: 'feb', label: { zh: '2月', en: 'Feb' } },
    { key: 'mar', label: { zh: '3月', en: 'Mar' } },
  ],
  series: [
    { key: 's1', name: s1, values: [20, 25, null] },
    { key: 's2', name: s2, values: [18, 27, 30] },
  ],
  value: { label: { zh: '优良天数', en: 'Good days' }, unit: '天' },
  target: { value: 24, kind: 'target', comparison: '>=', label: { zh: '目标', en: 'Target' } },
};

export const calendarSpec: CalendarChartSpec = {
  type: 'calendar',
  meta: meta('calendar-fixture'),
  from: '2025-01-01',
  to: '2025-01-14',
  days: [
    { date: '2025-01-01', aqi: 45 },
    { date: '2025-01-02', aqi: 50 },
    { date: '2025-01-03', aqi: 51 },
    { date: '2025-01-04', aqi: 120 },
    { date: '2025-01-05', aqi: 175 },
    { date: '2025-01-06', aqi: 250 },
    { date: '2025-01-07', aqi: 320 },
    { date: '2025-01-08', aqi: null },
    { date: '2025-01-10', aqi: 99 },
  ],
};

export const rankSpec: RankChartSpec = {
  type: 'rank',
  meta: meta('rank-fixture'),
  total: 20,
  step: 'month',
  series: [
    {
      key: 'xp',
      name: { zh: '示例县（虚构）', en: 'Sample county (fictitious)' },
      points: [
        { x: '2025-01', rank: 15 },
        { x: '2025-02', rank: 12 },
        { x: '2025-03', rank: null },
        { x: '2025-04', rank: 9 },
      ],
    },
  ],
  target: { best: 5, worst: 10, label: { zh: '目标：提升 5–10 位', en: 'Target: up 5–10 places' } },
};

export const timelineSpec: TimelineChartSpec = {
  type: 'timeline',
  meta: meta('timeline-fixture'),
  asOf: '2025-06-30',
  items: [
    {
      key: 'b',
      label: { zh: '示例任务乙（虚构）', en: 'Sample task B' },
      deadline: '2025-12-31',
      status: 'in-progress',
      start: '2025-03-01',
    },
    {
      key: 'a',
      label: { zh: '示例任务甲（虚构）', en: 'Sample task A' },
      deadline: '2025-03-31',
      status: 'done',
    },
    {
      key: 'c',
      label: { zh: '示例任务丙（虚构）', en: 'Sample task C' },
      deadline: '2025-05-31',
      status: 'overdue',
    },
    {
      key: 'd',
      label: { zh: '示例任务丁（虚构）', en: 'Sample task D' },
      deadline: '2025-10-31',
      status: 'not-started',
    },
    {
      key: 'e',
      label: { zh: '示例任务戊（虚构）', en: 'Sample task E' },
      deadline: '2025-09-30',
      status: 'unknown',
    },
  ],
};

export const sparklineSpec: SparklineSpec = {
  type: 'sparkline',
  meta: meta('sparkline-fixture'),
  unit: 'µg/m³',
  step: 'month',
  points: [
    { x: '2025-01', y: 80 },
    { x: '2025-02', y: 70 },
    { x: '2025-03', y: null },
    { x: '2025-04', y: 45 },
    { x: '2025-05', y: 38 },
  ],
  target: { value: 35, kind: 'target', comparison: '<' },
};

export const allSpecs = [
  lineSpec,
  barSpec,
  calendarSpec,
  rankSpec,
  timelineSpec,
  sparklineSpec,
] as const;
