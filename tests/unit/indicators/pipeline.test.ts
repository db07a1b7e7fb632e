import { describe, expect, it } from 'vitest';
import {
  collectResults,
  createIndicatorPipeline,
  type IndicatorResults,
} from '../../../src/indicators/pipeline.ts';
import { epochToLabel, labelToEpoch } from '../../../src/records/time.ts';
import type { StationHour } from '../../../src/records/types.ts';

/** Deterministic pseudo-random numbers (LCG), so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATIONS = ['示例站一（虚构）', '示例站二（虚构）', '对照站（虚构）'];
const EVALUATED = new Set(STATIONS.slice(0, 2));

/** Synthetic sample hours from `from` (a label) for `n` hours, ~5 % of values missing. */
function sampleHours(from: string, n: number, seed: number): StationHour[] {
  const r = rng(seed);
  const out: StationHour[] = [];
  const t0 = labelToEpoch(from);
  for (let i = 0; i < n; i++) {
    const time = epochToLabel(t0 + i * 3_600_000);
    for (const station of STATIONS) {
      const v = (lo: number, hi: number): number | undefined =>
        r() < 0.05 ? undefined : Math.floor(lo + r() * (hi - lo));
      const values: Record<string, number> = {};
      const put = (k: string, x: number | undefined): void => {
        if (x !== undefined) values[k] = x;
      };
      put('so2', v(2, 30));
      put('no2', v(10, 90));
      put('pm10', v(20, 260));
      put('pm2_5', v(10, 160));
      const co = v(3, 25);
      put('co', co === undefined ? undefined : co / 10);
      put('o3', v(0, 240));
      out.push({ station, time, values });
    }
  }
  return out;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function run(
  hours: readonly StationHour[],
  dust: ReadonlySet<string> = new Set(),
  asOf?: string,
): IndicatorResults {
  const p = createIndicatorPipeline({
    evaluatedStations: EVALUATED,
    allStations: STATIONS,
    dustDays: dust,
  });
  for (const h of hours) p.addHour(h);
  return p.finish(asOf === undefined ? {} : { asOf });
}

function snapshot(r: IndicatorResults): string {
  const { daily, monthly, annual, ytd } = collectResults(r);
  return JSON.stringify({ hourly: [...r.hourly()], daily, monthly, annual, ytd });
}

// Feb 20 … Mar 10 2026: crosses the regime switch and a month end.
const HOURS = sampleHours('2026-02-20T01:00:00+08:00', 19 * 24, 7);

describe('createIndicatorPipeline', () => {
  it.each([1, 2, 3, 4, 5])(
    'gives the same results whatever the input order (shuffle %i)',
    (seed) => {
      const dust = new Set(['2026-02-25']);
      const reference = snapshot(run(HOURS, dust, '2026-03-05T12:00:00+08:00'));
      expect(snapshot(run(shuffled(HOURS, seed), dust, '2026-03-05T12:00:00+08:00'))).toBe(
        reference,
      );
    },
  );

  it('county daily values never depend on row order (property over random data sets)', () => {
    for (let seed = 11; seed < 16; seed++) {
      const hours = sampleHours('2025-07-01T01:00:00+08:00', 3 * 24, seed);
      const county = (r: IndicatorResults): string =>
        JSON.stringify(collectResults(r).daily.filter((d) => d.area === 'county'));
      expect(county(run(shuffled(hours, seed * 31)))).toBe(county(run(hours)));
    }
  });

  it('labels each day with its regime and computes the county from evaluated stations only', () => {
    const r = run(HOURS);
    const county = collectResults(r).daily.filter((d) => d.area === 'county');
    expect(county).toHaveLength(19);
    expect(county.find((d) => d.date === '2026-02-28')?.regime).toBe('2012');
    expect(county.find((d) => d.date === '2026-03-01')?.regime).toBe('2026');
    expect(r.areas).toEqual([...STATIONS, 'county']);
    // The county hour is the half-to-even mean of the evaluated stations, not the control station.
    const t = '2025-05-01T09:00:00+08:00';
    const [s1, s2, ctrl] = STATIONS as [string, string, string];
    const hourly = [
      ...run([
        { station: s1, time: t, values: { pm10: 81 } },
        { station: s2, time: t, values: { pm10: 82 } },
        { station: ctrl, time: t, values: { pm10: 400 } },
      ]).hourly(),
    ];
    expect(hourly.find((h) => h.area === 'county')?.values).toEqual({ pm10: 82 }); // 81.5 → 82
  });

  it('the hourly O3 8-h moving mean crosses midnight and needs 6 of 8 hours', () => {
    const mk = (time: string, o3: number): StationHour => ({
      station: STATIONS[0] ?? '',
      time,
      values: { o3 },
    });
    const hours = [20, 21, 22, 23]
      .map((h) => mk(`2025-07-01T${h}:00:00+08:00`, 80))
      .concat([0, 1, 2].map((h) => mk(`2025-07-02T0${h}:00:00+08:00`, 100)));
    const out = [...run(hours).hourly()].filter((h) => h.area === STATIONS[0]);
    const at = (t: string): number | null | undefined => out.find((h) => h.time === t)?.o3_8h;
    expect(at('2025-07-02T00:00:00+08:00')).toBeNull(); // 5 hours
    expect(at('2025-07-02T01:00:00+08:00')).toBe(87); // (4×80 + 2×100) / 6 = 86.67
    expect(at('2025-07-02T02:00:00+08:00')).toBe(89); // (4×80 + 3×100) / 7 = 88.57
  });

  it('builds months, years and year-to-date in both bases, ytd ending with the last complete day', () => {
    const r = collectResults(run(HOURS, new Set(), '2026-03-05T12:00:00+08:00'));
    expect(
      r.monthly.filter((m) => m.area === 'county').map((m) => `${m.period}/${m.basis}/${m.regime}`),
    ).toEqual([
      '2026-02/raw/2012',
      '2026-03/raw/2026',
      '2026-02/dust_excluded/2012',
      '2026-03/dust_excluded/2026',
    ]);
    const ytd = r.ytd.find((s) => s.area === 'county' && s.basis === 'raw');
    expect(ytd).toMatchObject({
      period: '2026-ytd',
      to: '2026-03-04',
      regime: 'mixed',
      daysByRegime: { '2012': 59, '2026': 4 },
    });
    expect(r.annual.find((s) => s.area === 'county')?.complete).toBe(false);
  });

  it('refuses an unknown station, a malformed label and conflicting duplicates', () => {
    const p = createIndicatorPipeline({
      evaluatedStations: EVALUATED,
      allStations: STATIONS,
      dustDays: new Set(),
    });
    expect(() =>
      p.addHour({ station: 'X', time: '2025-01-01T01:00:00+08:00', values: {} }),
    ).toThrow(/not in the station list/);
    expect(() =>
      p.addHour({ station: STATIONS[0] ?? '', time: '2025-01-01T01:00:00Z', values: {} }),
    ).toThrow(/hour label/);
    p.addHour({
      station: STATIONS[0] ?? '',
      time: '2025-01-01T01:00:00+08:00',
      values: { pm10: 5 },
    });
    p.addHour({
      station: STATIONS[0] ?? '',
      time: '2025-01-01T01:00:00+08:00',
      values: { pm10: 5 },
    });
    expect(() =>
      p.addHour({
        station: STATIONS[0] ?? '',
        time: '2025-01-01T01:00:00+08:00',
        values: { pm10: 6 },
      }),
    ).toThrow(/two different/);
  });
});
