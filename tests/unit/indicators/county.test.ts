import { describe, expect, it } from 'vitest';
import { countyGrid, countyHour } from '../../../src/indicators/county.ts';
import { emptyDayGrid, gridValue, putHour } from '../../../src/indicators/daily.ts';

const T = '2025-01-01T01:00:00+08:00';
const evaluated = new Set(['A', 'B', 'C']);

describe('countyHour (decision 007)', () => {
  it('averages the evaluated stations and ignores a control station', () => {
    const r = countyHour(
      T,
      [
        { station: 'A', time: T, values: { pm2_5: 34, co: 1.2 } },
        { station: 'B', time: T, values: { pm2_5: 35, co: 1.3 } },
        { station: 'CTRL', time: T, values: { pm2_5: 500, co: 9 } },
      ],
      evaluated,
    );
    // (34 + 35) / 2 = 34.5 → 34 (half to even); (1.2 + 1.3) / 2 = 1.25 → 1.2
    expect(r.values).toEqual({ pm2_5: 34, co: 1.2 });
    expect(r.stations.pm2_5).toBe(2);
  });

  it('one station with a value is enough; none gives no value', () => {
    const r = countyHour(
      T,
      [
        { station: 'A', time: T, values: { pm10: 80 } },
        { station: 'B', time: T, values: {} },
      ],
      evaluated,
    );
    expect(r.values).toEqual({ pm10: 80 });
    expect(r.stations.pm10).toBe(1);
    expect(r.stations.so2).toBe(0);
  });

  it('refuses a station listed twice or an hour with another label', () => {
    expect(() =>
      countyHour(
        T,
        [
          { station: 'A', time: T, values: {} },
          { station: 'A', time: T, values: {} },
        ],
        evaluated,
      ),
    ).toThrow(/twice/);
    expect(() =>
      countyHour(T, [{ station: 'A', time: '2025-01-01T02:00:00+08:00', values: {} }], evaluated),
    ).toThrow(/labelled/);
  });
});

describe('countyGrid', () => {
  it('gives the same grid whatever the order of stations', () => {
    const a = emptyDayGrid();
    const b = emptyDayGrid();
    const c = emptyDayGrid();
    putHour(a, 5, { o3: 101, so2: 3 }, 'a');
    putHour(b, 5, { o3: 102 }, 'b');
    putHour(c, 5, { o3: 104, so2: 4 }, 'c');
    const g1 = countyGrid([a, b, c]);
    const g2 = countyGrid([c, a, b]);
    expect([...g1]).toEqual([...g2]);
    expect(gridValue(g1, 5, 'o3')).toBe(102); // 307 / 3 = 102.33
    expect(gridValue(g1, 5, 'so2')).toBe(4); // 3.5 → 4 (half to even)
    expect(gridValue(g1, 6, 'o3')).toBeNull();
  });
});
