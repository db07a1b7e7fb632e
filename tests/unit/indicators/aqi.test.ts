import { describe, expect, it } from 'vitest';
import {
  BREAKPOINTS_2012,
  BREAKPOINTS_2026,
  CATEGORIES,
  IAQI_STEPS,
  dailyAqi,
  iaqi,
  iaqiUnrounded,
  level,
  realtimeAqi,
  type BreakpointColumn,
  type DailyConcentrations,
} from '../../../src/indicators/aqi.ts';
import type { Regime } from '../../../src/indicators/regime.ts';

const NONE: DailyConcentrations = {
  so2: null,
  no2: null,
  pm10: null,
  pm2_5: null,
  co: null,
  o3_8h_max: null,
  o3_1h_max: null,
};
const day = (v: Partial<DailyConcentrations>): DailyConcentrations => ({ ...NONE, ...v });

describe('iaqi on the worked examples of domain.md §9', () => {
  it.each([
    ['T1', 'pm2_5_24h', 60, '2012', 82],
    ['T1', 'pm2_5_24h', 60, '2026', 100],
    ['T2', 'pm2_5_24h', 75, '2012', 100],
    ['T2', 'pm2_5_24h', 75, '2026', 114],
    ['T3', 'pm10_24h', 68, '2012', 59],
    ['T3', 'pm10_24h', 68, '2026', 63],
    ['T4', 'pm10_24h', 150, '2012', 100],
    ['T4', 'pm10_24h', 150, '2026', 112],
    ['T5', 'pm2_5_24h', 35.01, '2012', 50],
    ['T6', 'o3_8h', 180, '2012', 119],
    ['T7', 'co_24h', 1.5, '2012', 38],
    ['T7', 'no2_24h', 50, '2012', 63],
    ['T20', 'pm2_5_24h', 75, '2012', 100],
    ['T20', 'o3_8h', 160, '2012', 100],
    ['T20', 'co_24h', 4.0, '2012', 100],
    ['T20', 'no2_1h', 200, '2012', 100],
    ['T20', 'so2_1h', 800, '2012', 200],
    ['T20', 'so2_1h', 800, '2026', 200],
    ['T21', 'pm10_24h', 75, '2012', 63],
    ['T21', 'pm2_5_24h', 69, '2012', 93],
    ['T21', 'pm2_5_24h', 100, '2012', 132],
  ] as const)('%s: iaqi(%s, %s) under %s is %i', (_t, col, c, regime, want) => {
    expect(iaqi(col, c, regime)).toBe(want);
  });

  it('iaqiUnrounded shows the interpolation before rounding up (T1: 81.25)', () => {
    expect(iaqiUnrounded('pm2_5_24h', 60, '2012')).toBe(81.25);
    expect(iaqiUnrounded('pm2_5_24h', 75, '2026')).toBeCloseTo(113.636, 3);
  });
});

function boundaryCases(regime: Regime): [Regime, BreakpointColumn, number, number, number][] {
  const table = regime === '2012' ? BREAKPOINTS_2012 : BREAKPOINTS_2026;
  const out: [Regime, BreakpointColumn, number, number, number][] = [];
  for (const [col, bps] of Object.entries(table) as [
    BreakpointColumn,
    readonly (number | null)[],
  ][]) {
    bps.forEach((bp, i) => {
      if (bp === null) return;
      const step = col.startsWith('co') ? 0.1 : 1;
      out.push([regime, col, bp, IAQI_STEPS[i] ?? -1, i]);
      const next = bps[i + 1];
      if (next !== undefined && next !== null) {
        // One reporting unit above a breakpoint is strictly inside the next segment.
        const above = Math.round((bp + step) * 10) / 10;
        const lo = IAQI_STEPS[i] ?? 0;
        const hi = IAQI_STEPS[i + 1] ?? 0;
        out.push([
          regime,
          col,
          above,
          lo + Math.ceil(((hi - lo) * (above - bp)) / (next - bp) - 1e-12),
          i,
        ]);
      }
    });
  }
  return out;
}

describe('iaqi at every breakpoint', () => {
  it.each([...boundaryCases('2012'), ...boundaryCases('2026')])(
    '%s %s at %s gives %i',
    (regime, col, c, want) => {
      expect(iaqi(col, c, regime)).toBe(want);
    },
  );

  it.each([
    ['pm2_5_24h', 501],
    ['pm2_5_24h', 999],
    ['pm10_24h', 601],
    ['co_1h', 150.1],
    ['o3_1h', 1201],
    ['no2_1h', 3841],
    ['so2_24h', 2621],
  ] as const)('iaqi(%s, %s) above the top breakpoint is 500', (col, c) => {
    expect(iaqi(col, c, '2012')).toBe(500);
    expect(iaqi(col, c, '2026')).toBe(500);
  });

  it('iaqi has no value for SO2 1-h above 800 or O3 8-h above 800 (HJ 633 Table 1 notes 2–3)', () => {
    expect(iaqi('so2_1h', 801, '2012')).toBeNull();
    expect(iaqi('o3_8h', 801, '2026')).toBeNull();
  });

  it('iaqi rejects negative and non-finite concentrations', () => {
    expect(() => iaqi('pm10_24h', -1, '2012')).toThrow(/≥ 0/);
    expect(() => iaqi('pm10_24h', Number.NaN, '2012')).toThrow(/finite/);
  });
});

describe('level (HJ 633 Table 2, T12)', () => {
  it.each([
    [0, 1, '优'],
    [50, 1, '优'],
    [51, 2, '良'],
    [100, 2, '良'],
    [101, 3, '轻度污染'],
    [150, 3, '轻度污染'],
    [151, 4, '中度污染'],
    [200, 4, '中度污染'],
    [201, 5, '重度污染'],
    [300, 5, '重度污染'],
    [301, 6, '严重污染'],
    [500, 6, '严重污染'],
  ])('level(%i) is %i %s', (aqi, want, zh) => {
    expect(level(aqi).level).toBe(want);
    expect(level(aqi).zh).toBe(zh);
  });

  it('categories carry the S25 English names and the HJ 633 colours', () => {
    expect(CATEGORIES.map((c) => c.en)).toEqual([
      'Excellent',
      'Good',
      'Lightly Polluted',
      'Moderately Polluted',
      'Heavily Polluted',
      'Severely Polluted',
    ]);
    expect(CATEGORIES.map((c) => c.hex)).toEqual([
      '#00E400',
      '#FFFF00',
      '#FF7E00',
      '#FF0000',
      '#99004C',
      '#7E0023',
    ]);
    for (const c of CATEGORIES)
      expect(
        c.adviceZh.length * c.adviceEn.length * c.healthZh.length * c.healthEn.length,
      ).toBeGreaterThan(0);
  });

  it('level rejects a non-integer AQI', () => {
    expect(() => level(50.5)).toThrow(/integer/);
  });
});

describe('realtimeAqi', () => {
  const full = { so2: 7, no2: 82, pm10: 68, pm2_5: 36, co: 1.2, o3: 0 };

  it('rates PM 1-h values on the 24-h columns: 1001A PM10 68 gives AQI 59, primary PM10 (T3)', () => {
    const r = realtimeAqi(full, '2012');
    expect(r.aqi).toBe(59);
    expect(r.primary).toEqual(['pm10']);
    expect(r.level).toBe(2);
  });

  it('lists every tied pollutant as primary: 1011A PM10 80 and PM2.5 47 both give 65 (T11)', () => {
    const r = realtimeAqi({ so2: 12, no2: 76, pm10: 80, pm2_5: 47, co: 1.1, o3: 6 }, '2012');
    expect(r.aqi).toBe(65);
    expect(r.primary).toEqual(['pm10', 'pm2_5']);
  });

  it('has no primary pollutant at AQI 50 or less', () => {
    const r = realtimeAqi({ so2: 5, no2: 20, pm10: 30, pm2_5: 20, co: 0.5, o3: 60 }, '2012');
    expect(r.aqi).toBeLessThanOrEqual(50);
    expect(r.primary).toEqual([]);
  });

  it('T8: SO2 1-h 900 uses the SO2 24-h moving mean under 2012 (200 → 108) and is 200 under 2026', () => {
    const v = { ...full, so2: 900 };
    expect(realtimeAqi(v, '2012', { so2_24h: 200 }).iaqi.so2).toBe(108);
    expect(realtimeAqi(v, '2012', { so2_24h: 200 }).aqi).toBe(108);
    expect(realtimeAqi(v, '2026').iaqi.so2).toBe(200);
    expect(realtimeAqi(v, '2026').aqi).toBe(200);
  });

  it('T8: SO2 1-h above 800 without a 24-h mean leaves SO2 missing under 2012', () => {
    const r = realtimeAqi({ ...full, so2: 900 }, '2012');
    expect(r.missing).toEqual(['so2']);
    expect(r.notes).toContain('so2_1h_over_800:no_24h');
  });

  it('publishes an AQI with a pollutant missing only when the others already exceed 100', () => {
    const low = realtimeAqi({ no2: 82, pm10: 68, pm2_5: 36, co: 1.2, o3: 0 }, '2012');
    expect(low.aqi).toBeNull();
    expect(low.level).toBeNull();
    expect(low.missing).toEqual(['so2']);
    const high = realtimeAqi({ no2: 82, pm10: 68, pm2_5: 100, co: 1.2, o3: 0 }, '2012');
    expect(high.aqi).toBe(132);
    expect(high.partial).toBe(true);
    expect(high.primary).toEqual(['pm2_5']);
  });

  it('is not evaluable with no values at all', () => {
    expect(realtimeAqi({}, '2026').aqi).toBeNull();
  });
});

describe('dailyAqi', () => {
  const t10 = day({
    pm2_5: 80,
    pm10: 130,
    so2: 10,
    no2: 45,
    co: 1.0,
    o3_8h_max: 150,
    o3_1h_max: 170,
  });

  it('T10 under 2012: AQI 107, 轻度污染, primary and exceedance PM2.5', () => {
    const r = dailyAqi(t10, '2012');
    expect(r.iaqi).toEqual({ so2: 10, no2: 57, pm10: 90, pm2_5: 107, co: 25, o3: 92 });
    expect(r.aqi).toBe(107);
    expect(r.level).toBe(3);
    expect(r.primary).toEqual(['pm2_5']);
    expect(r.exceedance).toEqual(['pm2_5']);
  });

  it('T10 under 2026: AQI 119, primary PM2.5, exceedance PM10 and PM2.5', () => {
    const r = dailyAqi(t10, '2026');
    expect(r.iaqi.pm2_5).toBe(119);
    expect(r.iaqi.pm10).toBe(104);
    expect(r.aqi).toBe(119);
    expect(r.primary).toEqual(['pm2_5']);
    expect(r.exceedance).toEqual(['pm10', 'pm2_5']);
  });

  it('T11: PM2.5 75 and PM10 150 tie at 100, both primary', () => {
    const r = dailyAqi(
      day({ pm2_5: 75, pm10: 150, so2: 10, no2: 30, co: 0.8, o3_8h_max: 90 }),
      '2012',
    );
    expect(r.aqi).toBe(100);
    expect(r.primary).toEqual(['pm10', 'pm2_5']);
    expect(r.exceedance).toEqual([]);
  });

  it('T9: O3 8-h 850 with O3 1-h 900 gives 350 under 2012 (1-h) and 300 under 2026', () => {
    const v = day({
      pm2_5: 20,
      pm10: 40,
      so2: 5,
      no2: 20,
      co: 0.5,
      o3_8h_max: 850,
      o3_1h_max: 900,
    });
    expect(dailyAqi(v, '2012').aqi).toBe(350);
    expect(dailyAqi(v, '2026').aqi).toBe(300);
  });

  it('the O3 daily max 1-h enters the 2012 daily AQI and is flagged when it decides it (decision 004)', () => {
    const v = day({
      pm2_5: 20,
      pm10: 40,
      so2: 5,
      no2: 20,
      co: 0.5,
      o3_8h_max: 150,
      o3_1h_max: 250,
    });
    const a = dailyAqi(v, '2012');
    expect(a.iaqi.o3).toBe(125);
    expect(a.aqi).toBe(125);
    expect(a.notes).toContain('o3_1h_decisive');
    expect(dailyAqi(v, '2026').aqi).toBe(92);
  });

  it('a day missing a pollutant is not evaluable unless the others already exceed 100 (T13)', () => {
    expect(
      dailyAqi(day({ pm10: 40, so2: 5, no2: 20, co: 0.5, o3_8h_max: 90 }), '2012').aqi,
    ).toBeNull();
    const r = dailyAqi(day({ pm10: 200, so2: 5, no2: 20, co: 0.5, o3_8h_max: 90 }), '2012');
    expect(r.aqi).toBe(125);
    expect(r.partial).toBe(true);
  });
});
