/**
 * Period statistics (month, year, year-to-date) of one area from its daily values: means,
 * percentiles, validity, good-days and heavy-or-worse ratios, composite index and grade-II verdict,
 * in the 'raw' and 'dust_excluded' bases, labelled with their regime. domain.md §3–§5.
 */
import type { Pollutant } from '../records/types.ts';
import type { DailyValue } from './daily.ts';
import {
  assertDate,
  limitsFor,
  regimeForDate,
  type GradeIILimits,
  type Regime,
  type RegimeLabel,
} from './regime.ts';
import { divideHalfEven, fromScaled, ratioPercent, SCALE, toScaled } from './rounding.ts';

export type PeriodKind = 'month' | 'year' | 'ytd';
/** 'raw' = all data; 'dust_excluded' = sand-dust days deducted (环办监测〔2016〕120号; docs/decisions/006). */
export type Basis = 'raw' | 'dust_excluded';
export const BASES: readonly Basis[] = ['raw', 'dust_excluded'];

/** A period: its label (`YYYY-MM`, `YYYY`, or `YYYY-ytd`), kind and inclusive date range. */
export interface PeriodSpec {
  readonly kind: PeriodKind;
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

function dateToUtcMs(date: string): number {
  assertDate(date);
  return Date.parse(`${date}T00:00:00Z`); // calendar arithmetic only; no time zone involved
}

function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = dateToUtcMs(from), end = dateToUtcMs(to); t <= end; t += DAY_MS)
    out.push(utcMsToDate(t));
  return out;
}

/** Number of days of month `YYYY-MM`. */
export function daysInMonth(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The period spec of calendar month `YYYY-MM`. */
export function monthSpec(month: string): PeriodSpec {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new RangeError(`expected a month YYYY-MM, got "${month}"`);
  return {
    kind: 'month',
    period: month,
    from: `${month}-01`,
    to: `${month}-${String(daysInMonth(month)).padStart(2, '0')}`,
  };
}

/** The period spec of calendar year `YYYY`. */
export function yearSpec(year: string): PeriodSpec {
  if (!/^\d{4}$/.test(year)) throw new RangeError(`expected a year YYYY, got "${year}"`);
  return { kind: 'year', period: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Year-to-date: 1 January of the year of `asOf` through `asOf` (a date), labelled `YYYY-ytd`. */
export function ytdSpec(asOf: string): PeriodSpec {
  assertDate(asOf);
  const year = asOf.slice(0, 4);
  return { kind: 'ytd', period: `${year}-ytd`, from: `${year}-01-01`, to: asOf };
}

/**
 * Minimum valid daily values for a monthly statistic (GB 3095-2012 Table 4): 27, or 25 in
 * February.
 */
export function monthlyMinimum(month: string): number {
  return month.slice(5, 7) === '02' ? 25 : 27;
}
/** Minimum valid daily values for an annual statistic (GB 3095-2012 Table 4). */
export const ANNUAL_MINIMUM = 324;

/** Why a count does or does not meet the period's data rule. */
export interface Validity {
  readonly valid: boolean;
  /** Valid daily values counted. */
  readonly count: number;
  /** Days required in total (27/25 for a month, 324 for a year; for ytd the sum over whole months). */
  readonly required: number;
  /** Months (YYYY-MM) that fall short of 27/25 and make a year or ytd invalid. */
  readonly shortMonths: readonly string[];
}

/**
 * Validity of a period statistic from the dates of its valid daily values (GB 3095-2012 Table 4):
 * a month needs 27 (February 25); a year needs 324 AND every month 27/25 (both conditions);
 * year-to-date needs every whole month up to `to` at 27/25 — the running month is not yet judged
 * (the standard has no year-to-date rule; docs/decisions/005).
 */
export function periodValidity(spec: PeriodSpec, validDates: readonly string[]): Validity {
  const perMonth = new Map<string, number>();
  for (const d of validDates) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1);
  const count = validDates.length;
  if (spec.kind === 'month') {
    const required = monthlyMinimum(spec.period);
    return {
      valid: count >= required,
      count,
      required,
      shortMonths: count >= required ? [] : [spec.period],
    };
  }
  const lastMonth = Number(spec.to.slice(5, 7));
  const wholeLast = spec.to === monthSpec(spec.to.slice(0, 7)).to ? lastMonth : lastMonth - 1;
  const shortMonths: string[] = [];
  let required = 0;
  for (let m = 1; m <= wholeLast; m++) {
    const month = `${spec.from.slice(0, 4)}-${String(m).padStart(2, '0')}`;
    const min = monthlyMinimum(month);
    required += min;
    if ((perMonth.get(month) ?? 0) < min) shortMonths.push(month);
  }
  if (spec.kind === 'year') {
    return {
      valid: count >= ANNUAL_MINIMUM && shortMonths.length === 0,
      count,
      required: ANNUAL_MINIMUM,
      shortMonths,
    };
  }
  return { valid: wholeLast >= 1 && shortMonths.length === 0, count, required, shortMonths };
}

/**
 * Percentile of HJ 663-2013 Appendix A: sort ascending, k = 1 + (n − 1)·p/100, s = ⌊k⌋,
 * m_p = X(s) + (X(s+1) − X(s))·(k − s); m_p = X(n) when s = n. Unrounded; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be within 0…100, got ${p}`);
  const x = [...values].sort((a, b) => a - b);
  const k = 1 + ((x.length - 1) * p) / 100;
  const s = Math.floor(k);
  const xs = x[s - 1] ?? 0;
  const xs1 = x[s] ?? xs;
  return xs + (xs1 - xs) * (k - s);
}

/**
 * {@link percentile} on integer values (concentrations scaled to reporting precision) with an
 * integer p, rounded half to even exactly (GB/T 8170): e.g. 188.5 → 188.
 */
export function percentileScaled(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!Number.isInteger(p) || p < 0 || p > 100)
    throw new RangeError(`p must be an integer 0…100, got ${p}`);
  const x = [...values].sort((a, b) => a - b);
  const kTimes100 = 100 + (x.length - 1) * p;
  const s = Math.floor(kTimes100 / 100);
  const r = kTimes100 - 100 * s;
  const xs = x[s - 1] ?? 0;
  const xs1 = x[s] ?? xs;
  return divideHalfEven(100 * xs + (xs1 - xs) * r, 100);
}

/** A period concentration statistic: reported value (null when invalid) and its validity. */
export interface PeriodValue extends Validity {
  readonly value: number | null;
}

/** The statistics of HJ 663 Table 1 for a period. */
export interface PeriodConcentrations {
  readonly so2: PeriodValue;
  readonly no2: PeriodValue;
  readonly pm10: PeriodValue;
  readonly pm2_5: PeriodValue;
  /** CO 24-h 95th percentile (mg/m³). */
  readonly co_p95: PeriodValue;
  /** O3 daily max 8-h 90th percentile. */
  readonly o3_8h_p90: PeriodValue;
  readonly so2_p98: PeriodValue;
  readonly no2_p98: PeriodValue;
  readonly pm10_p95: PeriodValue;
  readonly pm2_5_p95: PeriodValue;
}

/** Composite index (环境空气质量综合指数; 城市环境空气质量排名技术规定, domain.md §4). */
export interface CompositeIndex {
  readonly regime: Regime;
  /** Full precision, computed from the rounded statistics. */
  readonly value: number;
  /** Two decimals, GB/T 8170. */
  readonly rounded: number;
  /** Under 2026: transition limits, unweighted — unverified method (domain.md §4.2). */
  readonly provisional: boolean;
  /** Single-pollutant indices I_i = C_i / S_i. */
  readonly parts: Readonly<Record<Pollutant, number>>;
}

const INDEX_DEN = 3360; // common multiple of every S_i × scale below, so the sum is an exact rational

/**
 * Composite index I = Σ C_i / S_i over SO2, NO2, PM10, PM2.5 (period means, annual limits), CO
 * (24-h 95th percentile, 24-h limit) and O3 (daily max 8-h 90th percentile, 8-h limit) — the
 * MEE ranking rules (环办监测〔2018〕19号) as used for months, years and year-to-date. Under 2026
 * the transition-phase limits are used unweighted and the result is provisional. Null when any
 * of the six statistics is invalid.
 */
export function compositeIndex(c: PeriodConcentrations, regime: Regime): CompositeIndex | null {
  const lim = limitsFor(regime);
  const items: readonly [Pollutant, number | null, number][] = [
    ['so2', c.so2.value, lim.annual.so2],
    ['no2', c.no2.value, lim.annual.no2],
    ['pm10', c.pm10.value, lim.annual.pm10],
    ['pm2_5', c.pm2_5.value, lim.annual.pm2_5],
    ['co', c.co_p95.value, lim.daily.co],
    ['o3', c.o3_8h_p90.value, lim.o3_8h],
  ];
  let num = 0;
  const parts: Partial<Record<Pollutant, number>> = {};
  for (const [p, v, s] of items) {
    if (v === null) return null;
    const sScaled = s * SCALE[p];
    if (INDEX_DEN % sScaled !== 0)
      throw new Error(`composite index: limit ${s} of ${p} does not divide ${INDEX_DEN}`);
    const scaled = toScaled(p, v);
    num += scaled * (INDEX_DEN / sScaled);
    parts[p] = scaled / sScaled;
  }
  return {
    regime,
    value: num / INDEX_DEN,
    rounded: divideHalfEven(num * 100, INDEX_DEN) / 100,
    provisional: regime === '2026',
    parts: parts as Record<Pollutant, number>,
  };
}

/** One grade-II comparison: statistic ≤ limit. */
export interface GradeIIItem {
  readonly item: keyof PeriodConcentrations;
  readonly value: number | null;
  readonly limit: number;
  readonly attained: boolean | null;
}

export type GradeIIOutcome = 'attained' | 'not_attained' | 'not_assessable';

/** The six headline statistics official bulletins judge 达标 on (4 annual means, CO p95, O3 p90). */
export const GRADE_II_HEADLINE_ITEMS = [
  'so2',
  'no2',
  'pm10',
  'pm2_5',
  'co_p95',
  'o3_8h_p90',
] as const;

/** Grade-II attainment (二级达标) of a period under one regime. */
export interface GradeIIVerdict {
  readonly regime: Regime;
  /** The six headline statistics (4 means, CO p95, O3 p90) — how bulletins judge 达标. */
  readonly headline: GradeIIOutcome;
  /** All ten items incl. the 98th/95th percentiles against the 24-h limits. */
  readonly allItems: GradeIIOutcome;
  readonly items: readonly GradeIIItem[];
  readonly provisional: boolean;
}

function outcome(items: readonly GradeIIItem[]): GradeIIOutcome {
  if (items.some((i) => i.attained === false)) return 'not_attained';
  if (items.some((i) => i.attained === null)) return 'not_assessable';
  return 'attained';
}

/**
 * Grade-II attainment (GB 3095 Table 1 grade II; HJ 663 Table 1 items; domain.md §3.5): each
 * statistic at reporting precision ≤ its limit. `headline` uses the six items official bulletins
 * use; `allItems` adds the SO2/NO2 98th and PM 95th percentiles against the 24-h limits. A
 * failing item decides 'not_attained' even if others are not assessable.
 */
export function gradeIIVerdict(c: PeriodConcentrations, regime: Regime): GradeIIVerdict {
  const lim: GradeIILimits = limitsFor(regime);
  const mk = (item: keyof PeriodConcentrations, limit: number): GradeIIItem => {
    const value = c[item].value;
    return { item, value, limit, attained: value === null ? null : value <= limit };
  };
  const head = [
    mk('so2', lim.annual.so2),
    mk('no2', lim.annual.no2),
    mk('pm10', lim.annual.pm10),
    mk('pm2_5', lim.annual.pm2_5),
    mk('co_p95', lim.daily.co),
    mk('o3_8h_p90', lim.o3_8h),
  ];
  const extra = [
    mk('so2_p98', lim.daily.so2),
    mk('no2_p98', lim.daily.no2),
    mk('pm10_p95', lim.daily.pm10),
    mk('pm2_5_p95', lim.daily.pm2_5),
  ];
  return {
    regime,
    headline: outcome(head),
    allItems: outcome([...head, ...extra]),
    items: [...head, ...extra],
    provisional: regime === '2026',
  };
}

/** Statistics of one area, period and basis. */
export interface PeriodStatistic {
  readonly area: string;
  readonly period: string;
  readonly kind: PeriodKind;
  readonly from: string;
  readonly to: string;
  readonly basis: Basis;
  /** '2012', '2026', or 'mixed' when the period's calendar days fall under both. */
  readonly regime: RegimeLabel;
  readonly daysByRegime: Readonly<Record<Regime, number>>;
  readonly concentrations: PeriodConcentrations;
  /** Days with an evaluable daily AQI, and whether they meet the period's rule. */
  readonly days: Validity;
  /** Valid days in the ratios' denominator (dust exceedance days removed in 'dust_excluded'). */
  readonly validDays: number;
  readonly goodDays: number;
  /** 优良天数比率 % to one decimal (GB/T 8170); null when the period's day rule is not met (counts stay). */
  readonly goodRatio: number | null;
  readonly heavyDays: number;
  /** 重度及以上污染天数比率 %, one decimal. */
  readonly heavyRatio: number | null;
  /** Dust days in the period, and how many were deducted in this basis. */
  readonly dustDays: number;
  readonly dustDaysDeducted: number;
  /** Composite index under the period's regime; null when invalid or when the period is mixed. */
  readonly compositeIndex: CompositeIndex | null;
  /** The composite index under each regime's limits (for mixed periods, shown side by side). */
  readonly compositeIndexByRegime: Readonly<Record<Regime, CompositeIndex | null>>;
  /** Grade-II verdict under the period's regime (years and year-to-date only; null for months or mixed). */
  readonly gradeII: GradeIIVerdict | null;
  readonly gradeIIByRegime: Readonly<Record<Regime, GradeIIVerdict>> | null;
  /** The day rule and every headline statistic are valid. */
  readonly complete: boolean;
}

type DailyKey = 'so2' | 'no2' | 'pm10' | 'pm2_5' | 'co' | 'o3_8h_max';
const PM: readonly DailyKey[] = ['pm10', 'pm2_5'];
const DAILY_POLLUTANT: Readonly<Record<DailyKey, Pollutant>> = {
  so2: 'so2',
  no2: 'no2',
  pm10: 'pm10',
  pm2_5: 'pm2_5',
  co: 'co',
  o3_8h_max: 'o3',
};

/**
 * Statistics of one area over one period in one basis (GB 3095-2012 Table 4 validity; HJ 663
 * Table 1 items and Appendix A percentiles; domain.md §5 ratios; 环办监测〔2016〕120号 dust).
 *
 * `days` may hold any dates; those outside the period are ignored; a date twice throws.
 * 'dust_excluded': on a date in `dustDays`, the PM10 and PM2.5 daily values leave the
 * concentration statistics, and a dust day with AQI > 100 leaves the ratios' numerator and
 * denominator. Validity is judged on the data available (raw), since deducting is an assessment
 * choice, not missing data (docs/decisions/006).
 */
export function periodStatistics(
  area: string,
  spec: PeriodSpec,
  days: readonly DailyValue[],
  dustDays: ReadonlySet<string>,
  basis: Basis,
): PeriodStatistic {
  const inRange = days.filter((d) => d.date >= spec.from && d.date <= spec.to);
  const seen = new Set<string>();
  for (const d of inRange) {
    if (d.area !== area) throw new Error(`periodStatistics(${area}): got a day of area ${d.area}`);
    if (seen.has(d.date))
      throw new Error(`periodStatistics(${area}): date ${d.date} appears twice`);
    seen.add(d.date);
  }
  inRange.sort((a, b) => (a.date < b.date ? -1 : 1));

  const daysByRegime: Record<Regime, number> = { '2012': 0, '2026': 0 };
  for (const d of datesBetween(spec.from, spec.to)) daysByRegime[regimeForDate(d)]++;
  const regime: RegimeLabel =
    daysByRegime['2012'] === 0 ? '2026' : daysByRegime['2026'] === 0 ? '2012' : 'mixed';

  const deductDust = basis === 'dust_excluded';
  const series = (key: DailyKey): { dates: string[]; scaled: number[] } => {
    const dates: string[] = [];
    const scaled: number[] = [];
    for (const d of inRange) {
      const v = d[key].value;
      if (v === null) continue;
      if (deductDust && PM.includes(key) && dustDays.has(d.date)) continue;
      dates.push(d.date);
      scaled.push(toScaled(DAILY_POLLUTANT[key], v));
    }
    return { dates, scaled };
  };
  const rawDates = (key: DailyKey): string[] =>
    inRange.filter((d) => d[key].value !== null).map((d) => d.date);

  const stat = (key: DailyKey, p: number | 'mean'): PeriodValue => {
    const validity = periodValidity(spec, rawDates(key));
    const { scaled } = series(key);
    let v: number | null = null;
    if (scaled.length > 0) {
      if (p === 'mean') {
        let sum = 0;
        for (const x of scaled) sum += x;
        v = divideHalfEven(sum, scaled.length);
      } else {
        v = percentileScaled(scaled, p);
      }
    }
    return {
      ...validity,
      value: validity.valid && v !== null ? fromScaled(DAILY_POLLUTANT[key], v) : null,
    };
  };

  const concentrations: PeriodConcentrations = {
    so2: stat('so2', 'mean'),
    no2: stat('no2', 'mean'),
    pm10: stat('pm10', 'mean'),
    pm2_5: stat('pm2_5', 'mean'),
    co_p95: stat('co', 95),
    o3_8h_p90: stat('o3_8h_max', 90),
    so2_p98: stat('so2', 98),
    no2_p98: stat('no2', 98),
    pm10_p95: stat('pm10', 95),
    pm2_5_p95: stat('pm2_5', 95),
  };

  const evaluable = inRange.filter((d) => d.aqi.aqi !== null);
  const dayValidity = periodValidity(
    spec,
    evaluable.map((d) => d.date),
  );
  let validDays = 0;
  let goodDays = 0;
  let heavyDays = 0;
  let dustDaysDeducted = 0;
  for (const d of evaluable) {
    const aqi = d.aqi.aqi ?? 0;
    if (deductDust && dustDays.has(d.date) && aqi > 100) {
      dustDaysDeducted++;
      continue;
    }
    validDays++;
    if (aqi <= 100) goodDays++;
    if (aqi > 200) heavyDays++;
  }
  const dustInPeriod = datesBetween(spec.from, spec.to).filter((d) => dustDays.has(d)).length;

  const byRegime: Record<Regime, CompositeIndex | null> = {
    '2012': compositeIndex(concentrations, '2012'),
    '2026': compositeIndex(concentrations, '2026'),
  };
  const judged = spec.kind !== 'month';
  const gradeByRegime = judged
    ? {
        '2012': gradeIIVerdict(concentrations, '2012'),
        '2026': gradeIIVerdict(concentrations, '2026'),
      }
    : null;
  const headlineValid = GRADE_II_HEADLINE_ITEMS.every((k) => concentrations[k].valid);

  return {
    area,
    period: spec.period,
    kind: spec.kind,
    from: spec.from,
    to: spec.to,
    basis,
    regime,
    daysByRegime,
    concentrations,
    days: dayValidity,
    validDays,
    goodDays,
    goodRatio: dayValidity.valid ? ratioPercent(goodDays, validDays) : null,
    heavyDays,
    heavyRatio: dayValidity.valid ? ratioPercent(heavyDays, validDays) : null,
    dustDays: dustInPeriod,
    dustDaysDeducted,
    compositeIndex: regime === 'mixed' ? null : byRegime[regime],
    compositeIndexByRegime: byRegime,
    gradeII: gradeByRegime === null || regime === 'mixed' ? null : gradeByRegime[regime],
    gradeIIByRegime: gradeByRegime,
    complete: dayValidity.valid && headlineValid,
  };
}
