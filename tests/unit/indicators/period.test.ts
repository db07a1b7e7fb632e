import { describe, expect, it } from 'vitest';
import type { AqiResult } from '../../../src/indicators/aqi.ts';
import type { DailyStat, DailyValue } from '../../../src/indicators/daily.ts';
import {
  compositeIndex,
  datesBetween,
  gradeIIVerdict,
  monthSpec,
  percentile,
  percentileScaled,
  periodStatistics,
  periodValidity,
  yearSpec,
  ytdSpec,
  type PeriodConcentrations,
  type PeriodValue,
} from '../../../src/indicators/period.ts';
import { regimeForDate } from '../../../src/indicators/regime.ts';

describe('percentile (HJ 663-2013 Appendix A, T16)', () => {
  const co = [0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.6];
  const o3 = [80, 95, 96, 110, 120, 130, 140, 150, 160, 175, 190, 205];

  it('CO 95th of 10 values is 1.42 (k = 9.55), reported 1.4', () => {
    expect(percentile(co, 95)).toBeCloseTo(1.42, 10);
    expect(
      percentileScaled(
        co.map((v) => Math.round(v * 10)),
        95,
      ),
    ).toBe(14);
  });

  it('O3 90th of 12 values is 188.5 (k = 10.9), reported 188 by half to even', () => {
    expect(percentile(o3, 90)).toBeCloseTo(188.5, 10);
    expect(percentileScaled(o3, 90)).toBe(188);
  });

  it.each([
    [[42], 95, 42],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5], 100, 5],
    [[1, 2, 3, 4, 5], 0, 1],
    [[5, 1, 4, 2, 3], 75, 4],
  ])('percentile(%j, %i) is %s', (xs, p, want) => {
    expect(percentile(xs, p)).toBe(want);
    expect(percentileScaled(xs, p)).toBe(want);
  });

  it('percentile of no values is null', () => {
    expect(percentile([], 90)).toBeNull();
  });
});

describe('periodValidity (GB 3095-2012 Table 4, T15)', () => {
  const firstN = (month: string, n: number): string[] =>
    datesBetween(monthSpec(month).from, monthSpec(month).to).slice(0, n);

  it.each([
    ['2025-02', 24, false],
    ['2025-02', 25, true],
    ['2024-02', 25, true],
    ['2025-04', 26, false],
    ['2025-04', 27, true],
    ['2025-01', 27, true],
  ])('month %s with %i valid days is valid: %s', (month, n, valid) => {
    expect(periodValidity(monthSpec(month), firstN(month, n)).valid).toBe(valid);
  });

  const yearWith = (dropPerMonth: (m: number) => number): string[] => {
    const out: string[] = [];
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      const all = datesBetween(monthSpec(month).from, monthSpec(month).to);
      out.push(...all.slice(0, all.length - dropPerMonth(m)));
    }
    return out;
  };

  it('a year with 323 valid days is invalid, with 324 valid', () => {
    // Drop 3 days a month and a 4th from six 31-day months: 365 − 42 = 323, every month ≥ 27 (Feb 25).
    const long = [1, 3, 5, 7, 8, 10];
    const d323 = yearWith((m) => (long.includes(m) ? 4 : 3));
    expect(d323).toHaveLength(323);
    expect(periodValidity(yearSpec('2025'), d323)).toMatchObject({
      valid: false,
      count: 323,
      shortMonths: [],
    });
    const d324 = yearWith((m) => (long.slice(1).includes(m) ? 4 : 3));
    expect(periodValidity(yearSpec('2025'), d324).valid).toBe(true);
  });

  it('a year with 330 valid days but a 20-day month is invalid (both conditions)', () => {
    const d = yearWith((m) => (m === 3 ? 11 : m === 1 ? 0 : m === 2 ? 0 : 2));
    expect(d.length).toBeGreaterThanOrEqual(330);
    expect(periodValidity(yearSpec('2025'), d)).toMatchObject({
      valid: false,
      shortMonths: ['2025-03'],
    });
  });

  it('year-to-date judges whole months only', () => {
    const spec = ytdSpec('2025-03-10');
    const d = [...firstN('2025-01', 31), ...firstN('2025-02', 28), ...firstN('2025-03', 2)];
    expect(periodValidity(spec, d).valid).toBe(true);
    expect(
      periodValidity(spec, [...firstN('2025-01', 26), ...firstN('2025-02', 28)]).shortMonths,
    ).toEqual(['2025-01']);
  });
});

const pv = (value: number | null): PeriodValue => ({
  value,
  valid: value !== null,
  count: 365,
  required: 324,
  shortMonths: [],
});
const t17: PeriodConcentrations = {
  so2: pv(8),
  no2: pv(25),
  pm10: pv(70),
  pm2_5: pv(40),
  co_p95: pv(1.2),
  o3_8h_p90: pv(170),
  so2_p98: pv(20),
  no2_p98: pv(60),
  pm10_p95: pv(140),
  pm2_5_p95: pv(90),
};

describe('compositeIndex and gradeIIVerdict (T17)', () => {
  it('T17 under 2012 sums to 4.2637 → 4.26', () => {
    const c = compositeIndex(t17, '2012');
    expect(c?.value).toBeCloseTo(4.26369, 4);
    expect(c?.rounded).toBe(4.26);
    expect(c?.provisional).toBe(false);
  });

  it('T17 under 2026 with the transition limits, unweighted, is 4.62 and provisional', () => {
    const c = compositeIndex(t17, '2026');
    expect(c?.rounded).toBe(4.62);
    expect(c?.provisional).toBe(true);
  });

  it('composite index is null when a statistic is invalid', () => {
    expect(compositeIndex({ ...t17, co_p95: pv(null) }, '2012')).toBeNull();
  });

  it('T17 is not grade-II attained (PM2.5 40 > 35, O3 170 > 160)', () => {
    const g = gradeIIVerdict(t17, '2012');
    expect(g.headline).toBe('not_attained');
    expect(g.items.filter((i) => i.attained === false).map((i) => i.item)).toEqual([
      'pm2_5',
      'o3_8h_p90',
      'pm2_5_p95',
    ]);
  });

  it('T19: an annual PM2.5 of 35 attains grade II (≤ 35); 36 does not', () => {
    const ok = { ...t17, pm2_5: pv(35), o3_8h_p90: pv(160), pm2_5_p95: pv(75) };
    expect(gradeIIVerdict(ok, '2012').headline).toBe('attained');
    expect(gradeIIVerdict(ok, '2012').allItems).toBe('attained');
    expect(gradeIIVerdict({ ...ok, pm2_5: pv(36) }, '2012').headline).toBe('not_attained');
    expect(gradeIIVerdict(ok, '2026').headline).toBe('not_attained');
    expect(gradeIIVerdict({ ...ok, so2: pv(null) }, '2012').headline).toBe('not_assessable');
  });
});

// Synthetic daily values: only what periodStatistics reads.
function fakeDay(date: string, aqi: number | null, pm2_5: number | null = 30): DailyValue {
  const s = (value: number | null): DailyStat => ({
    value,
    count: value === null ? 0 : 24,
    valid: value !== null,
  });
  const r: AqiResult = {
    aqi,
    level: null,
    iaqi: {},
    primary: [],
    exceedance: [],
    missing: [],
    partial: false,
    notes: [],
  };
  return {
    date,
    area: 'A',
    regime: regimeForDate(date),
    so2: s(8),
    no2: s(25),
    pm10: s(pm2_5 === null ? null : pm2_5 * 2),
    pm2_5: s(pm2_5),
    co: s(1),
    o3_8h_max: s(120),
    o3_1h_max: s(150),
    aqi: r,
    valid: aqi !== null,
  };
}

describe('periodStatistics ratios (T18) and dust deduction', () => {
  // 365 days, 3 invalid, 298 good (AQI ≤ 100), 2 heavy (AQI > 200), the rest 150.
  const dates = datesBetween('2025-01-01', '2025-12-31');
  const invalid = new Set(['2025-01-05', '2025-06-05', '2025-11-05']);
  const heavy = new Set(['2025-03-10', '2025-03-11']);
  let good = 0;
  const days = dates.map((d) => {
    if (invalid.has(d)) return fakeDay(d, null);
    if (heavy.has(d)) return fakeDay(d, 250, 200);
    if (good < 298) {
      good++;
      return fakeDay(d, 60, 30);
    }
    return fakeDay(d, 150, 100);
  });
  const dust = new Set(['2025-03-10', '2025-03-11', '2025-04-01']);

  it('T18 raw: 298/362 = 82.3 % good, 2/362 = 0.6 % heavy', () => {
    const s = periodStatistics('A', yearSpec('2025'), days, dust, 'raw');
    expect(s).toMatchObject({
      validDays: 362,
      goodDays: 298,
      goodRatio: 82.3,
      heavyDays: 2,
      heavyRatio: 0.6,
      regime: '2012',
      dustDays: 3,
      dustDaysDeducted: 0,
    });
    expect(s.days.valid).toBe(true);
  });

  it('T18 dust-excluded: removing the 2 dust exceedance days gives 298/360 = 82.8 %', () => {
    const s = periodStatistics('A', yearSpec('2025'), days, dust, 'dust_excluded');
    expect(s).toMatchObject({
      validDays: 360,
      goodDays: 298,
      goodRatio: 82.8,
      heavyDays: 0,
      heavyRatio: 0,
      dustDaysDeducted: 2,
    });
  });

  it('dust-excluded drops PM values of dust days from the PM mean but keeps other pollutants', () => {
    const raw = periodStatistics('A', yearSpec('2025'), days, dust, 'raw');
    const ded = periodStatistics('A', yearSpec('2025'), days, dust, 'dust_excluded');
    expect(ded.concentrations.pm2_5.value).toBeLessThan(raw.concentrations.pm2_5.value ?? 0);
    expect(ded.concentrations.so2.value).toBe(raw.concentrations.so2.value);
  });

  it('a month short of days has null ratios and means but keeps its counts', () => {
    const s = periodStatistics(
      'A',
      monthSpec('2025-02'),
      days.filter((d) => d.date < '2025-02-25'),
      new Set(),
      'raw',
    );
    expect(s.days).toMatchObject({ valid: false, count: 24, required: 25 });
    expect(s.goodRatio).toBeNull();
    expect(s.goodDays).toBe(24);
    expect(s.concentrations.pm2_5.value).toBeNull();
    expect(s.concentrations.pm2_5.count).toBe(24);
    expect(s.complete).toBe(false);
  });

  it('a period straddling 2026-03-01 is labelled mixed with its days per regime and no single-regime index', () => {
    const d2026 = datesBetween('2026-01-01', '2026-12-31').map((d) => fakeDay(d, 60));
    const s = periodStatistics('A', yearSpec('2026'), d2026, new Set(), 'raw');
    expect(s.regime).toBe('mixed');
    expect(s.daysByRegime).toEqual({ '2012': 59, '2026': 306 });
    expect(s.compositeIndex).toBeNull();
    expect(s.compositeIndexByRegime['2012']).not.toBeNull();
    expect(s.gradeII).toBeNull();
    expect(periodStatistics('A', monthSpec('2026-03'), d2026, new Set(), 'raw').regime).toBe(
      '2026',
    );
  });

  it('refuses the same date twice', () => {
    expect(() =>
      periodStatistics(
        'A',
        monthSpec('2025-01'),
        [fakeDay('2025-01-01', 50), fakeDay('2025-01-01', 60)],
        new Set(),
        'raw',
      ),
    ).toThrow(/twice/);
  });
});
