/**
 * The methodology page's worked examples: every number is computed by the same indicator code
 * the site uses, from inputs written here, so the page cannot drift from the code.
 */
import { UNITS, type Pollutant } from '../../records/types.ts';
import type { GradeIILimits } from '../../indicators/regime.ts';
import type { Averaging } from './schema.ts';
import { dayOfLabel, hourOfDay } from '../../records/time.ts';
import {
  BREAKPOINTS_2012,
  BREAKPOINTS_2026,
  IAQI_STEPS,
  dailyAqi,
  iaqi,
  iaqiUnrounded,
  level,
  realtimeAqi,
  type BreakpointColumn,
} from '../../indicators/aqi.ts';
import { countyHour } from '../../indicators/county.ts';
import {
  dailyMean,
  emptyDayGrid,
  o3DailyMax8h,
  putHour,
  type DayGrid,
} from '../../indicators/daily.ts';
import {
  ANNUAL_MINIMUM,
  compositeIndex,
  datesBetween,
  gradeIIVerdict,
  monthSpec,
  percentile,
  percentileScaled,
  periodValidity,
  yearSpec,
  type PeriodConcentrations,
  type PeriodValue,
} from '../../indicators/period.ts';
import {
  LIMITS_2012,
  LIMITS_2026,
  limitsFor,
  regimeForDate,
  type Regime,
} from '../../indicators/regime.ts';
import {
  fromScaled,
  ratioPercent,
  REPORT_DECIMALS,
  roundHalfEven,
} from '../../indicators/rounding.ts';
import {
  assessTarget,
  planTargets,
  reconcile,
  type TargetDefinition,
  type TargetId,
} from '../../indicators/targets.ts';
import {
  type CompositeRow,
  type IaqiExample,
  type RatioExample,
  type WorkedExamples,
} from './schema.ts';

/** Is `path` (e.g. 'hourly.so2') listed provisional, directly or through its group ('hourly')? */
export function isProvisionalLimit(limits: GradeIILimits, path: string): boolean {
  return limits.provisional.some((p) => path === p || path.startsWith(`${p}.`));
}

export const LIMIT_ROWS: readonly (readonly [
  Pollutant,
  Averaging,
  string,
  (l: GradeIILimits) => number,
])[] = [
  ['so2', 'annual', 'annual.so2', (l) => l.annual.so2],
  ['so2', '24h', 'daily.so2', (l) => l.daily.so2],
  ['so2', '1h', 'hourly.so2', (l) => l.hourly.so2],
  ['no2', 'annual', 'annual.no2', (l) => l.annual.no2],
  ['no2', '24h', 'daily.no2', (l) => l.daily.no2],
  ['no2', '1h', 'hourly.no2', (l) => l.hourly.no2],
  ['pm10', 'annual', 'annual.pm10', (l) => l.annual.pm10],
  ['pm10', '24h', 'daily.pm10', (l) => l.daily.pm10],
  ['pm2_5', 'annual', 'annual.pm2_5', (l) => l.annual.pm2_5],
  ['pm2_5', '24h', 'daily.pm2_5', (l) => l.daily.pm2_5],
  ['co', '24h', 'daily.co', (l) => l.daily.co],
  ['co', '1h', 'hourly.co', (l) => l.hourly.co],
  ['o3', '8h', 'o3_8h', (l) => l.o3_8h],
  ['o3', '1h', 'hourly.o3', (l) => l.hourly.o3],
];

/** GB 3095 grade-II limits of both regimes, with the 2026 values known only second-hand marked. */

export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A day grid holding one pollutant's hourly values (null = missing hour), hour-of-day 1…24. */
function gridOf(p: Pollutant, hours: readonly (number | null)[]): DayGrid {
  const grid = emptyDayGrid();
  hours.forEach((v, i) => {
    if (v !== null) putHour(grid, i + 1, { [p]: v }, `methodology example ${p} hour ${i + 1}`);
  });
  return grid;
}

/** The segment of a column a concentration falls in, for printing the formula. */
function segment(
  column: BreakpointColumn,
  c: number,
  regime: Regime,
): { lo: number; hi: number; iaqiLo: number; iaqiHi: number } {
  const bps = (regime === '2012' ? BREAKPOINTS_2012 : BREAKPOINTS_2026)[column];
  for (let i = 1; i < bps.length; i++) {
    const lo = bps[i - 1];
    const hi = bps[i];
    if (lo === null || lo === undefined || hi === null || hi === undefined) break;
    if (c <= hi) return { lo, hi, iaqiLo: IAQI_STEPS[i - 1] ?? 0, iaqiHi: IAQI_STEPS[i] ?? 0 };
  }
  throw new Error(`methodology example: ${c} is above column ${column}`);
}

export function must<T>(v: T | null, what: string): T {
  if (v === null)
    throw new Error(`methodology example ${what}: the indicator function returned null`);
  return v;
}

function iaqiExample(column: BreakpointColumn, concentration: number): IaqiExample {
  const one = (regime: Regime) => {
    const raw = iaqiUnrounded(column, concentration, regime);
    const value = iaqi(column, concentration, regime);
    if (raw === null || value === null)
      throw new Error(`methodology example: no IAQI for ${column} ${concentration}`);
    return {
      raw,
      iaqi: value,
      level: level(value).level,
      ...segment(column, concentration, regime),
    };
  };
  return { column, concentration, byRegime: { '2012': one('2012'), '2026': one('2026') } };
}

function ratioExample(
  target: TargetDefinition,
  numerator: number,
  denominator: number,
): RatioExample {
  const percent = ratioPercent(numerator, denominator);
  if (percent === null || target.targetValue === null)
    throw new Error('methodology example: empty ratio');
  const p = assessTarget(target, {
    year: target.year,
    basis: 'raw',
    value: percent,
    counts: { numerator, denominator },
    final: true,
    source: 'computed',
  });
  const exact = p.readings.find((r) => r.reading === 'exact');
  if (exact === undefined) throw new Error('methodology example: no exact reading');
  return {
    numerator,
    denominator,
    percent,
    target: target.targetValue,
    verdict: p.verdict,
    exactVerdict: exact.verdict,
  };
}

/**
 * The targets the worked examples are judged against. The examples are fixed vectors (domain.md
 * §9, e.g. 301 of 365 days is the edge of 82.5 %), so their targets are the example inputs below,
 * the numbers of the plan they were worked out for, whatever the data folder's plan says; the
 * methodology page lists the data's own targets separately.
 */
const EXAMPLE_TARGETS = planTargets([
  { id: 'example-a', computed_as: 'pm2_5_annual', target_value: 35, deadline: '2025-12-31' },
  { id: 'example-b', computed_as: 'good_days_ratio', target_value: 82.5, deadline: '2025-12-31' },
  { id: 'example-c', computed_as: 'heavy_days_ratio', target_value: 0.3, deadline: '2025-12-31' },
]);

export function target(id: TargetId): TargetDefinition {
  const t = EXAMPLE_TARGETS.find((d) => d.id === id);
  if (t === undefined) throw new Error(`example target ${id} not defined`);
  return t;
}

function pv(value: number): PeriodValue {
  return { value, valid: true, count: 365, required: ANNUAL_MINIMUM, shortMonths: [] };
}

function percentileExample(
  values: readonly number[],
  p: number,
  pollutant: Pollutant,
): { values: readonly number[]; p: number; k: number; raw: number; reported: number } {
  const raw = percentile(values, p);
  const scale = 10 ** REPORT_DECIMALS[pollutant];
  const scaled = percentileScaled(
    values.map((v) => Math.round(v * scale)),
    p,
  );
  if (raw === null || scaled === null) throw new Error('methodology example: empty percentile');
  return {
    values,
    p,
    k: 1 + ((values.length - 1) * p) / 100,
    raw,
    reported: fromScaled(pollutant, scaled),
  };
}

/** T18's sand-dust abnormal exceedance days (domain.md §9). */
const T18_DUST_EXCEEDANCE_DAYS = 2;

/** Compute every worked example with the indicator functions. */
export function workedExamples(): WorkedExamples {
  // T10 (domain.md §9): one day's daily values.
  const dailyInput = { so2: 10, no2: 45, pm10: 130, pm2_5: 80, co: 1.0, o3_8h_max: 150 } as const;
  const daily = (regime: Regime) => dailyAqi({ ...dailyInput, o3_1h_max: null }, regime);

  // CNEMC hour 2022-01-01 00:00, station 1001A, 1-h values (decision 008's cross-check file).
  const hourlyInput = { pm2_5: 36, pm10: 68, so2: 7, no2: 82, co: 1.2, o3: 0 } as const;

  const labels = [
    '2026-02-28T23:00:00+08:00',
    '2026-03-01T00:00:00+08:00',
    '2026-03-01T01:00:00+08:00',
  ].map((label) => {
    const day = dayOfLabel(label);
    return { label, day, hour: hourOfDay(label), regime: regimeForDate(day) };
  });

  // T13.
  const t13 = [
    30, 32, 35, 40, 45, 50, 48, 44, 40, 38, 36, 34, 33, 35, 37, 39, 42, 45, 50, 55, 58, 60, 62, 61,
  ];
  const first19 = dailyMean(gridOf('pm2_5', t13.slice(0, 19)), 'pm2_5');

  // T14.
  const t14 = [
    20, 18, 15, 12, 10, 12, 20, 35, 55, 80, 105, 130, 150, 165, 170, 168, 150, 120, 90, 70, 50, 40,
    30, 25,
  ];
  const gapHours = [12, 13, 14];
  const full = o3DailyMax8h(gridOf('o3', t14));
  const gap = o3DailyMax8h(
    gridOf(
      'o3',
      t14.map((v, i) => (gapHours.includes(i + 1) ? null : v)),
    ),
  );
  const o3Iaqi = full.value === null ? null : iaqi('o3_8h', full.value, '2012');
  if (o3Iaqi === null) throw new Error('methodology example: T14 has no O3 IAQI');

  // One county hour: stations A, B evaluated, C a control station.
  const time = '2025-01-01T01:00:00+08:00';
  const county = { a: 34, b: 35, control: 80 };
  const ch = countyHour(
    time,
    [
      { station: 'A', time, values: { pm2_5: county.a } },
      { station: 'B', time, values: { pm2_5: county.b } },
      { station: 'C', time, values: { pm2_5: county.control } },
    ],
    new Set(['A', 'B']),
  );

  // T15 and a year with enough days but a short month.
  const firstN = (month: string, n: number) =>
    datesBetween(monthSpec(month).from, monthSpec(month).to).slice(0, n);
  const yearDates = datesBetween('2025-01-01', '2025-12-31').filter(
    (d) => !(d >= '2025-06-21' && d <= '2025-06-30'),
  );
  const year = periodValidity(yearSpec('2025'), yearDates);

  // T17.
  const t17 = { so2: 8, no2: 25, pm10: 70, pm2_5: 40, co_p95: 1.2, o3_8h_p90: 170 } as const;
  const conc: PeriodConcentrations = {
    so2: pv(t17.so2),
    no2: pv(t17.no2),
    pm10: pv(t17.pm10),
    pm2_5: pv(t17.pm2_5),
    co_p95: pv(t17.co_p95),
    o3_8h_p90: pv(t17.o3_8h_p90),
    so2_p98: pv(20),
    no2_p98: pv(60),
    pm10_p95: pv(140),
    pm2_5_p95: pv(90),
  };
  const ci = (regime: Regime) => {
    const c = compositeIndex(conc, regime);
    if (c === null) throw new Error('methodology example: T17 composite index is null');
    return { parts: c.parts, value: c.value, rounded: c.rounded, provisional: c.provisional };
  };
  const grade = gradeIIVerdict(conc, '2012');
  const c2012 = ci('2012');
  const c2026 = ci('2026');
  // The statistic and limit of each pollutant in the composite index (domain.md §4.1).
  const compositeItems: readonly [Pollutant, keyof PeriodConcentrations, number, string][] = [
    ['so2', 'so2', t17.so2, 'annual.so2'],
    ['no2', 'no2', t17.no2, 'annual.no2'],
    ['pm10', 'pm10', t17.pm10, 'annual.pm10'],
    ['pm2_5', 'pm2_5', t17.pm2_5, 'annual.pm2_5'],
    ['co', 'co_p95', t17.co_p95, 'daily.co'],
    ['o3', 'o3_8h_p90', t17.o3_8h_p90, 'o3_8h'],
  ];
  const compositeRows = compositeItems.map(([p, item, value, path]): CompositeRow => {
    const lim = (r: Regime) => {
      const row = LIMIT_ROWS.find(([lp, , lpath]) => lp === p && lpath === path);
      if (row === undefined) throw new Error(`no limit ${path}`);
      return row[3](limitsFor(r));
    };
    return {
      pollutant: p,
      item,
      value,
      unit: UNITS[p],
      limit: { '2012': lim('2012'), '2026': lim('2026') },
      index: { '2012': c2012.parts[p], '2026': c2026.parts[p] },
      limitProvisional: {
        '2012': isProvisionalLimit(LIMITS_2012, path),
        '2026': isProvisionalLimit(LIMITS_2026, path),
      },
    };
  });

  const pm25Target = target('pm2_5_annual');
  const pm25 = assessTarget(pm25Target, {
    year: '2025',
    basis: 'raw',
    value: 35,
    final: true,
    source: 'computed',
  });
  const standard = pm25.readings.find((r) => r.reading === 'standard');
  if (standard === undefined) throw new Error('methodology example: no standard reading');

  // T5: the formula on the unrounded value (what the site avoids), with the code's breakpoints.
  const t5 = 35.01;
  const s5 = segment('pm2_5_24h', t5, '2012');
  const t5Raw = s5.iaqiLo + ((t5 - s5.lo) * (s5.iaqiHi - s5.iaqiLo)) / (s5.hi - s5.lo);
  const rec = reconcile(
    {
      period: '2025',
      area: 'county',
      indicator: 'good_days_ratio',
      value: 82.5,
      source_url: 'https://example.org/',
      published: '2026-01-10',
    },
    82.3,
  );

  const goodTarget = target('good_days_ratio');
  const heavyTarget = target('heavy_days_ratio');
  return {
    pm25At60: iaqiExample('pm2_5_24h', 60),
    pm25At75: iaqiExample('pm2_5_24h', 75),
    dailyAqi: { input: dailyInput, byRegime: { '2012': daily('2012'), '2026': daily('2026') } },
    hourly: { input: hourlyInput, result: realtimeAqi(hourlyInput, '2012') },
    hourLabels: labels,
    dailyMean: {
      hours: t13,
      full: dailyMean(gridOf('pm2_5', t13), 'pm2_5').value,
      first20: dailyMean(gridOf('pm2_5', t13.slice(0, 20)), 'pm2_5').value,
      first19Valid: first19.valid,
      first19Count: first19.count,
    },
    o3: {
      hours: t14,
      max8h: full.value,
      windows: full.count,
      iaqi: o3Iaqi,
      gapHours,
      gapWindows: gap.count,
      gapValid: gap.valid,
    },
    county: { ...county, mean: ch.values.pm2_5 ?? null, stations: ch.stations.pm2_5 },
    periods: {
      february24Valid: periodValidity(monthSpec('2025-02'), firstN('2025-02', 24)).valid,
      april27Valid: periodValidity(monthSpec('2025-04'), firstN('2025-04', 27)).valid,
      yearCount: year.count,
      yearShortMonths: year.shortMonths,
      shortMonthCount: yearDates.filter((d) => d.startsWith('2025-06')).length,
      yearValid: year.valid,
    },
    percentiles: {
      co: percentileExample([0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.6], 95, 'co'),
      o3: percentileExample([80, 95, 96, 110, 120, 130, 140, 150, 160, 175, 190, 205], 90, 'o3'),
    },
    ratios: {
      good: ratioExample(goodTarget, 298, 362),
      heavy: ratioExample(heavyTarget, 2, 362),
      goodDust: ratioExample(goodTarget, 298, 362 - T18_DUST_EXCEEDANCE_DAYS),
      dustDays: T18_DUST_EXCEEDANCE_DAYS,
    },
    composite: {
      input: t17,
      byRegime: { '2012': c2012, '2026': c2026 },
      rows: compositeRows,
      gradeII: {
        headline: grade.headline,
        failing: grade.items.filter((i) => i.attained === false).map((i) => i.item),
      },
    },
    targets: {
      pm25: { value: 35, plan: pm25.verdict, standard: standard.verdict },
      good: ratioExample(goodTarget, 301, 365),
    },
    rounding: {
      halfEven: [
        [34.5, 0],
        [35.5, 0],
        [34.51, 0],
        [35.49, 0],
        [1.45, 1],
        [1.55, 1],
      ].map(([value = 0, decimals = 0]) => ({
        value,
        decimals,
        rounded: roundHalfEven(value, decimals),
      })),
      t5: {
        concentration: t5,
        unroundedRaw: t5Raw,
        unroundedIaqi: Math.ceil(t5Raw),
        rounded: roundHalfEven(t5, REPORT_DECIMALS.pm2_5),
        iaqi: must(iaqi('pm2_5_24h', t5, '2012'), 'T5'),
        level: level(must(iaqi('pm2_5_24h', t5, '2012'), 'T5')).level,
      },
      boundary: { concentration: 75, iaqi: must(iaqi('pm2_5_24h', 75, '2012'), 'T20') },
    },
    reconcile: {
      published: 82.5,
      computed: 82.3,
      headline: rec.headline,
      difference: rec.difference,
    },
  };
}
