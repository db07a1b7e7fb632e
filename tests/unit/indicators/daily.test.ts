import { describe, expect, it } from 'vitest';
import {
  dailyFromGrid,
  dailyMean,
  emptyDayGrid,
  o3DailyMax8h,
  o3DailyMax1h,
  o3Window,
  putHour,
  stationDaily,
  type DayGrid,
} from '../../../src/indicators/daily.ts';
import type { Pollutant, StationHour } from '../../../src/records/types.ts';

const T13 = [
  30, 32, 35, 40, 45, 50, 48, 44, 40, 38, 36, 34, 33, 35, 37, 39, 42, 45, 50, 55, 58, 60, 62, 61,
];
const T14 = [
  20, 18, 15, 12, 10, 12, 20, 35, 55, 80, 105, 130, 150, 165, 170, 168, 150, 120, 90, 70, 50, 40,
  30, 25,
];

/** A grid with one pollutant's values at hours 1…n (null = missing). */
function gridOf(p: Pollutant, values: readonly (number | null)[]): DayGrid {
  const g = emptyDayGrid();
  values.forEach((v, i) => {
    if (v !== null) putHour(g, i + 1, { [p]: v }, 'test');
  });
  return g;
}

describe('dailyMean (GB 3095-2012 Table 4: ≥ 20 hourly values)', () => {
  it('T13: 24 PM2.5 values average 43.708 and report 44', () => {
    expect(dailyMean(gridOf('pm2_5', T13), 'pm2_5')).toEqual({ value: 44, count: 24, valid: true });
  });

  it.each([
    [20, 40, true],
    [19, null, false],
    [0, null, false],
  ])('with the first %i values the mean is %s (valid %s)', (n, want, valid) => {
    const r = dailyMean(gridOf('pm2_5', T13.slice(0, n)), 'pm2_5');
    expect(r.value).toBe(want);
    expect(r.valid).toBe(valid);
    expect(r.count).toBe(n);
  });

  it('rounds a CO mean half to even at one decimal', () => {
    // 20 × 1.2 + 4 × 1.3 = 29.2 → 29.2 / 24 = 1.2166… → 1.2; 12 × 1.2 + 12 × 1.3 = 30 / 24 = 1.25 → 1.2
    expect(
      dailyMean(gridOf('co', [...Array<number>(20).fill(1.2), 1.3, 1.3, 1.3, 1.3]), 'co').value,
    ).toBe(1.2);
    expect(
      dailyMean(
        gridOf('co', [...Array<number>(12).fill(1.2), ...Array<number>(12).fill(1.3)]),
        'co',
      ).value,
    ).toBe(1.2);
  });
});

describe('O3 8-h moving means and daily maxima (T14)', () => {
  const exact = [
    17.75, 22.125, 29.875, 41.125, 55.875, 73.375, 92.5, 111.25, 127.875, 139.75, 144.75, 142.875,
    135.375, 122.875, 107.25, 89.75, 71.875,
  ];

  it.each(exact.map((m, i) => [i + 8, m] as const))(
    'the 8-h mean labelled %i is %s before rounding',
    (label, mean) => {
      const w = o3Window(gridOf('o3', T14), label);
      expect(w.count).toBe(8);
      expect(w.value).toBe(
        Math.round(mean) === mean + 0.5 && Math.round(mean) % 2 === 1
          ? Math.round(mean) - 1
          : Math.round(mean),
      );
    },
  );

  it('the daily max 8-h is 145 from 144.75 at label 18, with 17 valid windows', () => {
    expect(o3DailyMax8h(gridOf('o3', T14))).toEqual({ value: 145, count: 17, valid: true });
  });

  it('without labels 12–14 only 11 windows are valid and the max 128 ≤ 160 is invalid', () => {
    const holes = T14.map((v, i) => ([12, 13, 14].includes(i + 1) ? null : v));
    const r = o3DailyMax8h(gridOf('o3', holes));
    expect(r.count).toBe(11);
    expect(r.valid).toBe(false);
    expect(r.value).toBeNull();
    expect(o3Window(gridOf('o3', holes), 20).value).toBe(128);
  });

  it('with 11 valid windows a max above 160 is valid anyway (HJ 663 §6.1.2 exception)', () => {
    const holes = T14.map((v, i) => ([12, 13, 14].includes(i + 1) ? null : v + 60));
    const r = o3DailyMax8h(gridOf('o3', holes));
    expect(r.count).toBe(11);
    expect(r.valid).toBe(true);
    expect(r.value).toBe(188);
  });

  it.each([
    [13, false],
    [14, true],
  ])('with %i valid windows and a max ≤ 160 the daily max 8-h is valid: %s', (windows, valid) => {
    // Hours 1…(windows + 5) present: windows labelled 8…(windows + 7) have ≥ 6 of their 8 hours.
    const vals = T14.map((v, i) => (i < windows + 5 ? v : null));
    const r = o3DailyMax8h(gridOf('o3', vals));
    expect(r.count).toBe(windows);
    expect(r.valid).toBe(valid);
  });

  it('an 8-h window needs 6 of its 8 hours', () => {
    const five = [null, null, null, 50, 50, 50, 50, 50];
    const six = [null, null, 50, 50, 50, 50, 50, 50];
    expect(o3Window(gridOf('o3', five), 8)).toEqual({ value: null, count: 5 });
    expect(o3Window(gridOf('o3', six), 8)).toEqual({ value: 50, count: 6 });
  });

  it('the daily max 1-h is 170 and needs 20 hours', () => {
    expect(o3DailyMax1h(gridOf('o3', T14)).value).toBe(170);
    expect(o3DailyMax1h(gridOf('o3', T14.slice(0, 19))).valid).toBe(false);
  });
});

describe('stationDaily and dailyFromGrid', () => {
  const hoursOf = (date: string, next: string): StationHour[] =>
    T13.map((pm, i) => {
      const h = i + 1;
      const time =
        h === 24 ? `${next}T00:00:00+08:00` : `${date}T${String(h).padStart(2, '0')}:00:00+08:00`;
      return {
        station: 'S1',
        time,
        values: { pm2_5: pm, pm10: pm + 20, so2: 8, no2: 30, co: 0.8, o3: T14[i] ?? 0 },
      };
    });

  it('a natural day is the hours labelled 01:00 … 24:00 (next day 00:00), decision 003', () => {
    const d = stationDaily('S1', '2025-01-01', hoursOf('2025-01-01', '2025-01-02'));
    expect(d.pm2_5).toEqual({ value: 44, count: 24, valid: true });
    expect(d.regime).toBe('2012');
    expect(d.valid).toBe(true);
  });

  it('refuses an hour that belongs to another day', () => {
    expect(() =>
      stationDaily('S1', '2025-01-01', [
        { station: 'S1', time: '2025-01-01T00:00:00+08:00', values: { pm2_5: 1 } },
      ]),
    ).toThrow(/belongs to 2024-12-31/);
  });

  it('judges a day with the regime of its date (2026-03-01 → 2026 rules)', () => {
    const g = emptyDayGrid();
    for (let h = 1; h <= 24; h++)
      putHour(g, h, { pm2_5: 75, pm10: 60, so2: 8, no2: 30, co: 0.8, o3: 60 }, 'test');
    expect(dailyFromGrid('S1', '2026-02-28', g).aqi.aqi).toBe(100);
    expect(dailyFromGrid('S1', '2026-03-01', g).aqi.aqi).toBe(114);
  });

  it('refuses two different values for one station-hour', () => {
    const g = emptyDayGrid();
    putHour(g, 1, { pm10: 50 }, 'S1 t');
    putHour(g, 1, { pm10: 50 }, 'S1 t');
    expect(() => putHour(g, 1, { pm10: 51 }, 'S1 t')).toThrow(/two different pm10/);
  });
});
