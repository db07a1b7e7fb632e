import { describe, expect, it } from 'vitest';
import { AQI_CATEGORIES, aqiCategory } from '../../../src/charts/shared/aqi.ts';
import { citation, permalinkIn } from '../../../src/charts/shared/cite.ts';
import { spreadLabels, stackRows, thinLabels } from '../../../src/charts/shared/collide.ts';
import { tableToCsv } from '../../../src/charts/shared/csv.ts';
import { addStep, formatDay, parseDate, weekdayMon0 } from '../../../src/charts/shared/dates.ts';
import { escapeAttr, escapeText } from '../../../src/charts/shared/escape.ts';
import { formatNumber, monthLabel } from '../../../src/charts/shared/format.ts';
import { csvHash } from '../../../src/charts/shared/hash.ts';
import { textWidth, truncate, wrap } from '../../../src/charts/shared/measure.ts';
import { summarize } from '../../../src/charts/shared/summary.ts';
import { attrs, r1, roundPath } from '../../../src/charts/shared/svg.ts';
import { THEME, contrast } from '../../../src/charts/shared/theme.ts';
import {
  calendarSpec,
  lineSpec,
  meta,
  rankSpec,
  sparklineSpec,
  timelineSpec,
  barSpec,
} from './fixtures.ts';

describe('escape', () => {
  it('escapeText(s) escapes &, < and > in text content', () => {
    expect(escapeText('PM2.5 < 35 & O3 > 100')).toBe('PM2.5 &lt; 35 &amp; O3 &gt; 100');
  });
  it('escapeAttr(s) also escapes both quote characters', () => {
    expect(escapeAttr(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
  });
});

describe('svg builder', () => {
  it.each([
    [1.25, 1.3],
    [1.24, 1.2],
    [-0.04, 0],
    [100, 100],
  ])('r1(%d) rounds to one decimal: %d', (n, want) => {
    expect(r1(n)).toBe(want);
  });
  it('attrs() drops undefined, null and false and rounds numbers', () => {
    expect(attrs({ x: 1.234, y: undefined, fill: 'red', z: null, w: false })).toBe(
      ' x="1.2" fill="red"',
    );
  });
  it('attrs() refuses NaN instead of writing x="NaN"', () => {
    expect(() => attrs({ x: Number.NaN })).toThrow(/x is not a finite number/);
  });
  it('roundPath(d) rounds every number of a d3 path string', () => {
    expect(roundPath('M1.2345,6.789L10.05,-0.04')).toBe('M1.2,6.8L10.1,0');
  });
});

describe('text measure (CJK 1 em, Latin 0.55 em)', () => {
  it.each([
    ['优良', 24],
    ['ab', 13.2],
    ['PM2.5 浓度', 12 * (5 * 0.55 + 0.55 + 2)],
    ['（）', 24],
  ])('textWidth(%s, 12) = %d', (s, want) => {
    expect(textWidth(s, 12)).toBeCloseTo(want, 5);
  });
  it('truncate() cuts long Chinese labels to fit and ends them with …', () => {
    const out = truncate('西平县生态环境分局大气污染防治专项行动', 60, 12);
    expect(out.endsWith('…')).toBe(true);
    expect(textWidth(out, 12)).toBeLessThanOrEqual(60);
  });
  it('truncate() leaves a label that fits unchanged', () => {
    expect(truncate('优', 60, 12)).toBe('优');
  });
  it('wrap() breaks Latin text at spaces and Chinese text anywhere', () => {
    expect(wrap('aaaa bbbb cccc', 60, 12)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrap('一二三四五六', 36, 12)).toEqual(['一二三', '四五六']);
  });
});

describe('label collisions', () => {
  it('spreadLabels() separates overlapping labels by at least their size', () => {
    const out = spreadLabels([100, 101, 102], 14, 0, 300);
    const sorted = [...out].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(14);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(14);
  });
  it('spreadLabels() keeps labels inside the range by pushing the stack back up', () => {
    const out = spreadLabels([295, 296, 297], 14, 0, 300);
    expect(Math.max(...out)).toBeLessThanOrEqual(300 - 7);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
  });
  it('spreadLabels() leaves labels that do not touch where they are', () => {
    expect(spreadLabels([50, 10], 14, 0, 300)).toEqual([50, 10]);
  });
  it('thinLabels() drops a label that would touch the previous kept one', () => {
    expect(
      thinLabels(
        [
          [0, 10],
          [8, 18],
          [20, 30],
        ],
        2,
      ),
    ).toEqual([true, false, true]);
  });
  it('stackRows() puts overlapping intervals into separate rows', () => {
    expect(
      stackRows(
        [
          [0, 10],
          [5, 15],
          [20, 30],
        ],
        2,
      ),
    ).toEqual([0, 1, 0]);
  });
});

describe('dates are zone-free calendar days', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025-03', '2025-03-01'],
    ['2025', '2025-01-01'],
    ['2024-02-29', '2024-02-29'],
  ])('parseDate(%s) is the day %s whatever the machine zone', (s, want) => {
    expect(formatDay(parseDate('c', 'x', s))).toBe(want);
  });
  it.each(['2025-02-29', '2025-13-01', '2025/01/01', '2025-01-01T00:00:00+08:00', ''])(
    'parseDate(%s) throws naming chart and field',
    (s) => {
      expect(() => parseDate('my-chart', 'series[0].points[3].x', s)).toThrow(
        /chart "my-chart": series\[0\]\.points\[3\]\.x: expected a calendar date/,
      );
    },
  );
  it('weekdayMon0() of 2025-01-06 (a Monday) is 0 and of 2025-01-05 (Sunday) is 6', () => {
    expect(weekdayMon0(parseDate('c', 'x', '2025-01-06'))).toBe(0);
    expect(weekdayMon0(parseDate('c', 'x', '2025-01-05'))).toBe(6);
  });
  it('addStep() by month from 2025-12-01 is 2026-01-01', () => {
    expect(formatDay(addStep(parseDate('c', 'x', '2025-12'), 'month'))).toBe('2026-01-01');
  });
  it('monthLabel() puts the year only where asked', () => {
    const ms = parseDate('c', 'x', '2026-03');
    expect(monthLabel(ms, true)).toEqual({ zh: '2026年3月', en: 'Mar 2026' });
    expect(monthLabel(ms, false)).toEqual({ zh: '3月', en: 'Mar' });
  });
});

describe('AQI categories (HJ 633 Table 2 bands)', () => {
  it.each([
    [0, '优'],
    [50, '优'],
    [51, '良'],
    [100, '良'],
    [100.2, '轻度污染'],
    [150, '轻度污染'],
    [151, '中度污染'],
    [200, '中度污染'],
    [201, '重度污染'],
    [300, '重度污染'],
    [301, '严重污染'],
    [500, '严重污染'],
  ])('aqiCategory(%d) is %s', (aqi, zh) => {
    expect(aqiCategory(aqi).name.zh).toBe(zh);
  });
  it.each([-1, Number.NaN])('aqiCategory(%d) throws', (aqi) => {
    expect(() => aqiCategory(aqi)).toThrow(/AQI must be a finite number/);
  });
  it('uses the official HJ 633 colours', () => {
    expect(AQI_CATEGORIES.map((c) => c.colour)).toEqual([
      '#00E400',
      '#FFFF00',
      '#FF7E00',
      '#FF0000',
      '#99004C',
      '#7E0023',
    ]);
  });
  it('gives every official colour below 3:1 on white an outline', () => {
    for (const c of AQI_CATEGORIES)
      if (contrast(c.colour, '#ffffff') < 3) expect(c.outline, c.name.en).toBe(true);
  });
});

describe('theme contrast', () => {
  it.each(THEME.series.map((c) => [c]))('series colour %s reaches 3:1 on white', (c) => {
    expect(contrast(c, THEME.background)).toBeGreaterThanOrEqual(3);
  });
  it.each(
    [
      THEME.text,
      THEME.muted,
      THEME.axis,
      THEME.target,
      THEME.sampleMark,
      ...Object.values(THEME.status),
    ].map((c) => [c]),
  )('text colour %s reaches 4.5:1 on white', (c) => {
    expect(contrast(c, THEME.background)).toBeGreaterThanOrEqual(4.5);
  });
  it('contrast() of black on white is 21', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('csv and hash', () => {
  it('tableToCsv() quotes commas and quotes and leaves missing cells empty', () => {
    const csv = tableToCsv({
      columns: [
        { zh: '名称', en: 'Name' },
        { zh: '值', en: 'Value' },
      ],
      rows: [
        ['a, "b"', null],
        ['c', 1.5],
      ],
    });
    expect(csv).toBe('名称 (Name),值 (Value)\n"a, ""b""",\nc,1.5\n');
  });
  it('tableToCsv() appends extra columns (the sample mark) to the header and every row', () => {
    const csv = tableToCsv(
      { columns: [{ zh: '日期', en: 'Date' }], rows: [['2024-01-01'], ['2024-01-02']] },
      [{ header: 'sample', value: true }],
    );
    expect(csv).toBe('日期 (Date),sample\n2024-01-01,true\n2024-01-02,true\n');
  });
  it('tableToCsv() refuses a row with the wrong number of cells', () => {
    expect(() => tableToCsv({ columns: [{ zh: 'a', en: 'a' }], rows: [[1, 2]] })).toThrow(
      /row 1: expected 1 cells/,
    );
  });
  it('tableToCsv() refuses NaN', () => {
    expect(() => tableToCsv({ columns: [{ zh: 'a', en: 'a' }], rows: [[Number.NaN]] })).toThrow(
      /CSV row 2, column 1: expected a finite number/,
    );
  });
  it('csvHash() is the first 12 hex digits of SHA-256', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(csvHash('abc')).toBe('ba7816bf8f01');
  });
});

describe('summarize()', () => {
  it('states min, max, latest and gap to the target that applies on the latest date', () => {
    const s = summarize(lineSpec);
    expect(s.zh).toContain(
      '示例站一（虚构）：最低 28 µg/m³（2025-07），最高 80 µg/m³（2025-01），最新 42 µg/m³（2026-04）',
    );
    // Latest is 2026-04, under the 2026-03-01 limit of 30: a limit, not a target (issue 18).
    expect(s.en).toContain('12 µg/m³ over the new grade-II limit (30 µg/m³)');
    expect(s.zh).toContain('超过新标准二级限值（30 µg/m³）12 µg/m³');
  });
  it('says "no valid data" for a series with only missing values, never 0', () => {
    const spec = {
      ...sparklineSpec,
      points: [
        { x: '2025-01', y: null },
        { x: '2025-02', y: null },
      ],
    };
    expect(summarize(spec)).toEqual({ zh: '无有效数据。', en: 'no valid data.' });
  });
  it('counts calendar days per category and days without data', () => {
    const s = summarize(calendarSpec);
    expect(s.zh).toContain(
      '共 14 天，有效 8 天（优 2，良 2，轻度污染 1，中度污染 1，重度污染 1，严重污染 1），无数据 6 天',
    );
    expect(s.en).toContain('highest AQI 320 (2025-01-07, Severely Polluted)');
  });
  it('reads rank 1 as best and says how far the latest rank is from the target band', () => {
    const s = summarize(rankSpec);
    expect(s.zh).toContain('最好第 9 名');
    expect(s.zh).toContain('处于目标区间（第 5–10 名）内');
    expect(s.en).toContain('latest 9 of 20');
  });
  it('names the next open deadline after the assessment date', () => {
    expect(summarize(timelineSpec).en).toBe(
      'As of 2025-06-30, 5 milestones (Done 1, In progress 1, Overdue 1, Not started 1, Status unknown 1); next deadline: Sample task E (2025-09-30).',
    );
  });
  it('names the category of the min and max bar, and no "last" category', () => {
    expect(summarize(barSpec).en).toContain(
      'Sample station 1: minimum 20 天 (Jan), maximum 25 天 (Feb), 1 of 2 not meeting the target (≥ 24 天): Jan;',
    );
  });
});

describe('citation()', () => {
  const pub = { zh: '西平县空气质量公开', en: 'Xiping Air Quality Open' };
  it('carries title, publisher, URL, data version and a sample mark, and no access date', () => {
    const c = citation(meta('x'), pub, 'en');
    expect(c.text).toContain(
      'Xiping Air Quality Open. "Sample station 1 (fictitious): monthly mean PM2.5" [chart] [sample data].',
    );
    expect(c.text).toContain(`data version ${csvHash(meta('x').csv)}`);
    // Each language cites its own permalink page.
    expect(c.text).toContain('https://example.org/en/charts/x/.');
    expect(c.text).not.toMatch(/Accessed/);
  });
  it('cites the Chinese permalink in Chinese', () => {
    const c = citation(meta('x'), pub, 'zh');
    expect(c.text).toContain(' https://example.org/charts/x/.');
    expect(c.text).not.toContain('/en/');
  });
  it('permalinkIn() puts /en/ before /charts/<id>/ only', () => {
    const m = { id: 'a', permalink: 'https://h.example/sub/charts/a/' };
    expect(permalinkIn(m, 'en')).toBe('https://h.example/sub/en/charts/a/');
    expect(permalinkIn(m, 'zh')).toBe(m.permalink);
  });
  it('has a Chinese form', () => {
    expect(citation(meta('x', { sample: false }), pub, 'zh').text).toMatch(
      /^西平县空气质量公开\. 示例站一（虚构）PM2\.5 月均浓度［图表］\. 数据截至 2026-04-30/,
    );
  });
});

describe('formatNumber()', () => {
  it.each([
    [35, '35'],
    [35.04, '35'],
    [0.25, '0.3'],
    [1234.5, '1,234.5'],
    [-2, '-2'],
  ])('formatNumber(%d) = %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });
});
