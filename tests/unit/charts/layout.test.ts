import { describe, expect, it } from 'vitest';
import { layoutBar } from '../../../src/charts/bar/layout.ts';
import { layoutCalendar } from '../../../src/charts/calendar/layout.ts';
import { layoutLine } from '../../../src/charts/line/layout.ts';
import { layoutRank } from '../../../src/charts/rank/layout.ts';
import { layoutSparkline } from '../../../src/charts/sparkline/layout.ts';
import { layoutTimeline } from '../../../src/charts/timeline/layout.ts';
import { renderTimeline } from '../../../src/charts/timeline/render.ts';
import { textWidth } from '../../../src/charts/shared/measure.ts';
import type { BarChartSpec, LineChartSpec } from '../../../src/charts/shared/types.ts';
import {
  barSpec,
  calendarSpec,
  lineSpec,
  rankSpec,
  sparklineSpec,
  timelineSpec,
} from './fixtures.ts';

const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

describe('layoutLine(spec, size)', () => {
  const p = layoutLine(lineSpec, { width: 640, height: 360 });

  it('breaks the line at a null value and at an absent month (step: month)', () => {
    // s1: Jan–Feb | (Mar null) Apr alone | (May absent) Jun–Jul | (gap to 2026-03) Mar–Apr
    expect(subpaths(p.series[0]!.d)).toBe(4);
    expect(p.series[0]!.isolated).toHaveLength(1); // April 2025 stands alone
  });

  it('joins points across a missing month when no step is given', () => {
    const { type, meta, y, series } = lineSpec;
    expect(subpaths(layoutLine({ type, meta, y, series }).series[0]!.d)).toBe(2); // only the null breaks it
  });

  it('draws one focusable point per valid value and none for missing ones', () => {
    expect(p.points).toHaveLength(7 + 3);
    expect(p.points[0]!.label).toEqual({
      zh: '2025-01 示例站一（虚构）：80 µg/m³',
      en: '2025-01 Sample station 1: 80 µg/m³',
    });
  });

  it('maps larger values higher (smaller y) and starts the y axis at 0', () => {
    const [a, b] = [p.points[0]!, p.points[1]!]; // 80 then 70
    expect(a.y).toBeLessThan(b.y);
    expect(p.yTicks[0]!.label.en).toBe('0');
    expect(p.yTicks[0]!.pos).toBeCloseTo(p.plot.y + p.plot.height, 5);
  });

  it('limits each target line to its dates: 35 until 2026-02-28, 30 from 2026-03-01', () => {
    const [t35, t30] = p.targets;
    expect(t35!.label.zh).toBe('目标 35');
    expect(t30!.label.en).toBe('New limit 30');
    expect(t35!.x2).toBeLessThan(t30!.x1 + 1);
    expect(t30!.x2).toBeCloseTo(p.plot.x + p.plot.width, 5);
    expect(t30!.y).toBeGreaterThan(t35!.y);
  });

  it('draws the band from 0 to 35 under the first target only', () => {
    expect(p.bands).toHaveLength(1);
    expect(p.bands[0]!.y).toBeCloseTo(p.targets[0]!.y, 5);
  });

  it('places the 2026-03-01 annotation at the same x as the start of the new target', () => {
    expect(p.annotations[0]!.x).toBeCloseTo(p.targets[1]!.x1, 5);
  });

  it('stacks annotation labels that would overlap into separate rows', () => {
    const spec: LineChartSpec = {
      ...lineSpec,
      annotations: [
        { x: '2025-06-01', label: { zh: '一个很长的注释标签', en: 'A long annotation label' } },
        { x: '2025-06-15', label: { zh: '另一个注释', en: 'Another one' } },
      ],
    };
    const [a, b] = layoutLine(spec).annotations;
    expect(b!.labelY).toBeGreaterThan(a!.labelY);
  });

  it('sets an annotation label left of its rule when it would run off the right edge', () => {
    const spec: LineChartSpec = {
      ...lineSpec,
      annotations: [{ x: '2026-04', label: { zh: '期末', en: 'End of period' } }],
    };
    expect(layoutLine(spec).annotations[0]!.anchor).toBe('end');
  });

  it('spreads series end labels that would overlap', () => {
    const spec: LineChartSpec = {
      ...lineSpec,
      series: [
        {
          key: 'a',
          name: { zh: '甲', en: 'A' },
          points: [
            { x: '2025-01', y: 50 },
            { x: '2025-02', y: 50 },
          ],
        },
        {
          key: 'b',
          name: { zh: '乙', en: 'B' },
          points: [
            { x: '2025-01', y: 50 },
            { x: '2025-02', y: 50.5 },
          ],
        },
      ],
    };
    const [a, b] = layoutLine(spec).series;
    expect(Math.abs(a!.label!.y - b!.label!.y)).toBeGreaterThanOrEqual(14);
  });

  it('keeps x tick labels apart in the wider language', () => {
    const ticks = p.xTicks;
    for (let i = 1; i < ticks.length; i++) {
      const w = (t: (typeof ticks)[number]) =>
        Math.max(textWidth(t.label.zh, 12), textWidth(t.label.en, 12));
      expect(ticks[i]!.pos - w(ticks[i]!) / 2).toBeGreaterThan(
        ticks[i - 1]!.pos + w(ticks[i - 1]!) / 2,
      );
    }
    expect(ticks[0]!.label.zh).toBe('2025年1月');
  });

  it.each([
    [
      'a NaN value',
      {
        ...lineSpec,
        series: [
          { key: 'a', name: { zh: 'a', en: 'a' }, points: [{ x: '2025-01', y: Number.NaN }] },
        ],
      },
      /series\[0\]\.points\[0\]\.y: expected a finite number, got NaN/,
    ],
    [
      'dates out of order',
      {
        ...lineSpec,
        series: [
          {
            key: 'a',
            name: { zh: 'a', en: 'a' },
            points: [
              { x: '2025-02', y: 1 },
              { x: '2025-01', y: 2 },
            ],
          },
        ],
      },
      /points\[1\]\.x: expected dates in strictly increasing order/,
    ],
    [
      'a bad date',
      { ...lineSpec, annotations: [{ x: '2025-13', label: { zh: 'a', en: 'a' } }] },
      /annotations\[0\]\.x: expected a calendar date/,
    ],
    ['no series', { ...lineSpec, series: [] }, /series: expected at least one series/],
    [
      'a non-ASCII id',
      { ...lineSpec, meta: { ...lineSpec.meta, id: '图表' } },
      /meta\.id: expected an ASCII slug/,
    ],
  ])('refuses %s with a message naming the chart and the field', (_what, spec, re) => {
    expect(() => layoutLine(spec)).toThrow(re);
  });
});

describe('layoutBar(spec, size)', () => {
  it('places grouped bars side by side within each category', () => {
    const p = layoutBar(barSpec);
    const [jan1, jan2] = p.bars;
    expect(jan2!.x).toBeGreaterThan(jan1!.x + jan1!.width - 0.01);
    expect(jan1!.y + jan1!.height).toBeCloseTo(p.zero, 5);
  });

  it('marks a null value as missing instead of drawing a zero bar', () => {
    const p = layoutBar(barSpec);
    expect(p.bars).toHaveLength(5);
    expect(p.missing).toEqual([
      expect.objectContaining({
        label: { zh: '3月 示例站一（虚构）：无数据', en: 'Mar Sample station 1: no data' },
      }),
    ]);
  });

  it('stacks values so each segment starts where the previous one ended', () => {
    const p = layoutBar({ ...barSpec, mode: 'stacked' });
    const [a, b] = p.bars; // Jan s1 = 20, Jan s2 = 18
    expect(b!.y + b!.height).toBeCloseTo(a!.y, 5);
    expect(p.valueTicks.at(-1)!.label.en).toBe('60'); // domain covers the largest stack (57)
  });

  it('places the "no data" mark of a stacked bar at the end of its stack, not under a segment', () => {
    const p = layoutBar({ ...barSpec, mode: 'stacked' });
    const marB = p.bars.at(-1)!; // Mar s2 = 30, the only segment of March
    expect(p.missing[0]!.y).toBeCloseTo(marB.y, 5);
  });

  it('refuses a negative value in a stacked chart', () => {
    const spec: BarChartSpec = {
      ...barSpec,
      mode: 'stacked',
      series: [{ key: 'a', name: { zh: 'a', en: 'a' }, values: [1, -2, 3] }],
    };
    expect(() => layoutBar(spec)).toThrow(
      /series\[0\]\.values\[1\]: expected a value ≥ 0 in a stacked bar chart, got -2/,
    );
  });

  it('refuses a series whose length does not match the categories', () => {
    const spec: BarChartSpec = {
      ...barSpec,
      series: [{ key: 'a', name: { zh: 'a', en: 'a' }, values: [1] }],
    };
    expect(() => layoutBar(spec)).toThrow(
      /series\[0\]\.values: expected 3 values \(one per category\), got 1/,
    );
  });

  it('truncates long Chinese category labels in a horizontal chart to the label column', () => {
    const spec: BarChartSpec = {
      ...barSpec,
      orientation: 'horizontal',
      categories: [
        {
          key: 'a',
          label: {
            zh: '西平县示例部门甲（虚构）负责的一项很长很长很长很长很长很长的任务',
            en: 'A',
          },
        },
        { key: 'b', label: { zh: '乙', en: 'B' } },
        { key: 'c', label: { zh: '丙', en: 'C' } },
      ],
    };
    const p = layoutBar(spec, { width: 400, height: 240 });
    const label = p.categoryTicks[0]!.label.zh;
    expect(label.endsWith('…')).toBe(true);
    expect(textWidth(label, 12)).toBeLessThanOrEqual(p.plot.x - 10);
    expect(p.bars[0]!.x).toBeCloseTo(p.zero, 5); // horizontal bars grow rightwards from 0
  });
});

describe('layoutCalendar(spec, size)', () => {
  const p = layoutCalendar(calendarSpec);

  it('has one cell per day in range, including days without an entry', () => {
    expect(p.cells).toHaveLength(14);
    expect(p.cells.filter((c) => c.level === null)).toHaveLength(6);
  });

  it('puts Monday in the top row: 2025-01-01 (Wednesday) is row 2 of the first week', () => {
    const pitch = p.cell + p.gap;
    const first = p.cells[0]!;
    const monday = p.cells[5]!; // 2025-01-06
    expect(first.y - monday.y).toBeCloseTo(2 * pitch, 5);
    expect(monday.x - first.x).toBeCloseTo(pitch, 5);
  });

  it('labels each cell with date, AQI and category words for assistive tech', () => {
    expect(p.cells[2]!.label).toEqual({ zh: '2025-01-03 AQI 51 良', en: '2025-01-03 AQI 51 Good' });
    expect(p.cells[7]!.label).toEqual({ zh: '2025-01-08 无数据', en: '2025-01-08 no data' });
  });

  it.each([
    [
      'a day outside the range',
      { date: '2025-02-01', aqi: 10 },
      /days\[9\]\.date: expected a date from 2025-01-01 to 2025-01-14/,
    ],
    [
      'a duplicate day',
      { date: '2025-01-01', aqi: 10 },
      /days\[9\]\.date: expected each date once/,
    ],
    [
      'a negative AQI',
      { date: '2025-01-12', aqi: -5 },
      /days\[9\]\.aqi: expected a finite AQI ≥ 0 or null, got -5/,
    ],
  ])('refuses %s', (_what, day, re) => {
    expect(() => layoutCalendar({ ...calendarSpec, days: [...calendarSpec.days, day] })).toThrow(
      re,
    );
  });

  it('fits a whole year (53 week columns) into the default width', () => {
    const year = layoutCalendar({
      ...calendarSpec,
      from: '2025-01-01',
      to: '2025-12-31',
      days: [],
    });
    expect(year.cells).toHaveLength(365);
    expect(Math.max(...year.cells.map((c) => c.x)) + year.cell).toBeLessThanOrEqual(720);
    expect(year.months.map((m) => m.label.zh)).toContain('12月');
  });
});

describe('layoutRank(spec, size)', () => {
  const p = layoutRank(rankSpec);
  it('puts rank 1 at the top (inverted axis)', () => {
    expect(p.yTicks[0]!.label).toEqual({ zh: '第1名', en: '1' });
    expect(p.yTicks[0]!.pos).toBeLessThan(p.yTicks.at(-1)!.pos);
    const [r15, r12] = p.points;
    expect(r12!.y).toBeLessThan(r15!.y);
  });
  it('draws the target band from rank 5 to rank 10', () => {
    const per = (p.yTicks.at(-1)!.pos - p.yTicks[0]!.pos) / 19;
    expect(p.band!.height).toBeCloseTo(6 * per, 5);
  });
  it('says "of N" in point labels only when total is the number of units ranked', () => {
    expect(p.points[0]!.label.en).toMatch(/ of 20$/);
    const partial = layoutRank({ ...rankSpec, totalIsUnitCount: false });
    expect(partial.points.map((q) => `${q.label.zh} ${q.label.en}`).join(' ')).not.toMatch(
      /共 20 个|of 20/,
    );
  });
  it.each([0, 21, 2.5])('refuses rank %d', (rank) => {
    const spec = {
      ...rankSpec,
      series: [{ key: 'a', name: { zh: 'a', en: 'a' }, points: [{ x: '2025-01', rank }] }],
    };
    expect(() => layoutRank(spec)).toThrow(/expected a whole rank from 1 to 20 or null/);
  });
});

describe('layoutTimeline(spec, size)', () => {
  const p = layoutTimeline(timelineSpec);
  it('sorts milestones by deadline', () => {
    expect(p.rows.map((r) => r.status)).toEqual([
      'done',
      'overdue',
      'unknown',
      'not-started',
      'in-progress',
    ]);
    expect(p.rows[0]!.y).toBeLessThan(p.rows[1]!.y);
  });
  it('grows its height with the number of milestones', () => {
    expect(p.frame.height).toBeGreaterThanOrEqual(5 * 26);
  });
  it('draws a bar from start to deadline only when a start is given', () => {
    expect(p.rows.filter((r) => r.bar)).toHaveLength(1);
  });
  it('moves the status word left of a marker at the right edge', () => {
    expect(p.rows.at(-1)!.statusAnchor).toBe('end');
    expect(p.rows[0]!.statusAnchor).toBe('start');
  });
  it.each([
    ['zh', '无公开证据'],
    ['en', 'No published evidence'],
  ] as const)(
    'words a passed deadline without evidence as no published evidence, not overdue (%s)',
    (lang, word) => {
      const spec = {
        ...timelineSpec,
        items: [
          {
            key: 'x',
            label: { zh: 'x', en: 'x' },
            deadline: '2025-04-01',
            status: 'no-evidence' as const,
          },
        ],
      };
      const svg = renderTimeline(layoutTimeline(spec), lang);
      expect(svg).toContain(`>${word}</text>`);
      expect(svg).not.toContain(lang === 'zh' ? '已逾期' : 'Overdue');
      // An outline triangle: the shape differs from the filled triangle of `overdue`.
      expect(svg).toMatch(/<g data-i="0"><path d="[^"]+Z" fill="#ffffff" stroke="#8a4b00"/);
    },
  );
  it('refuses a start after the deadline', () => {
    const spec = {
      ...timelineSpec,
      items: [
        {
          key: 'x',
          label: { zh: 'x', en: 'x' },
          start: '2025-05-01',
          deadline: '2025-04-01',
          status: 'done' as const,
        },
      ],
    };
    expect(() => layoutTimeline(spec)).toThrow(
      /items\[0\]\.start: expected a date on or before the deadline 2025-04-01/,
    );
  });
});

describe('layoutSparkline(spec, size)', () => {
  it('marks the latest valid point and keeps the target inside the box', () => {
    const p = layoutSparkline(sparklineSpec);
    expect(p.last!.x).toBeCloseTo(120 - 3, 5);
    expect(p.target!.y).toBeLessThanOrEqual(32 - 3);
    expect(p.target!.y).toBeGreaterThanOrEqual(3);
    expect(subpaths(p.d)).toBe(2);
  });
});
