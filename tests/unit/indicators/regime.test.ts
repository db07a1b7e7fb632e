import { describe, expect, it } from 'vitest';
import { limitsFor, regimeForDate } from '../../../src/indicators/regime.ts';

describe('regimeForDate', () => {
  it.each([
    ['2013-10-01', '2012'],
    ['2025-12-31', '2012'],
    ['2026-02-28', '2012'],
    ['2026-03-01', '2026'],
    ['2030-12-31', '2026'],
  ] as const)('regimeForDate(%s) is %s', (d, want) => {
    expect(regimeForDate(d)).toBe(want);
  });

  it.each(['2026-02-30', '2026-3-1', '20260301', ''])(
    'regimeForDate rejects the malformed date "%s"',
    (d) => {
      expect(() => regimeForDate(d)).toThrow(/date/);
    },
  );

  it('regimeForDate refuses the final phase of GB 3095—2026, whose limits are not implemented', () => {
    expect(() => regimeForDate('2031-01-01')).toThrow(/final phase/);
  });
});

describe('grade-II limits', () => {
  it('2012 limits are GB 3095-2012 grade II and 2026 limits the transition phase', () => {
    expect(limitsFor('2012').annual).toEqual({ so2: 60, no2: 40, pm10: 70, pm2_5: 35 });
    expect(limitsFor('2026').annual).toEqual({ so2: 60, no2: 40, pm10: 60, pm2_5: 30 });
    expect(limitsFor('2026').daily.pm2_5).toBe(60);
    expect(limitsFor('2026').daily.pm10).toBe(120);
    expect(limitsFor('2012').provisional).toEqual([]);
    expect(limitsFor('2026').provisional.length).toBeGreaterThan(0);
  });
});
