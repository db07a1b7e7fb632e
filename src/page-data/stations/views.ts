/**
 * Helpers that turn the stations page data (`.generated/stations.json`) and the ingest's monthly
 * completeness into what the station pages show: URLs, the latest hour, monthly rows where a
 * statistic failing validity is a "not valid" cell (never a number), and year summaries. Pure.
 */
import { level } from '../../indicators/aqi.ts';
import { regimeForDate } from '../../indicators/regime.ts';
import { dayOfLabel } from '../../records/time.ts';
import { POLLUTANTS, UNITS, type Pollutant } from '../../records/types.ts';
import type { MonthCompletenessData } from '../quality/index.ts';
import type { HourPoint, StationMeta, StationPage } from './schema.ts';

/** The path segment of the county's calendar pages, beside the station codes. */
export const COUNTY_SEGMENT = 'county';

export function stationPath(code: string): string {
  return `/stations/${code}/`;
}
export function stationYearPath(code: string, year: string): string {
  return `/stations/${code}/${year}/`;
}
export function countyYearPath(year: string): string {
  return `/stations/${COUNTY_SEGMENT}/${year}/`;
}

/**
 * Station codes become URL segments (and lower-cased chart ids): refuse a code that would take
 * the county's segment, or two codes that differ only in case (one file on case-blind disks).
 */
export function checkStationCodes(codes: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const code of codes) {
    const low = code.toLowerCase();
    if (low === COUNTY_SEGMENT)
      throw new Error(
        `stations.csv: code "${code}" is reserved for the county's pages (/stations/${COUNTY_SEGMENT}/); expected another code`,
      );
    const prev = seen.get(low);
    if (prev !== undefined)
      throw new Error(
        `stations.csv: codes "${prev}" and "${code}" differ only in case; expected codes that stay distinct in lower case`,
      );
    seen.set(low, code);
  }
}

export interface LatestValue {
  readonly pollutant: Pollutant;
  /** null: no value for this pollutant in this hour. */
  readonly value: number | null;
  readonly unit: string;
}

export interface LatestView {
  readonly time: string;
  /** The rules of the hour's natural day (an hour labelled 00:00 belongs to the day before). */
  readonly regime: '2012' | '2026';
  readonly aqi: number | null;
  readonly category: { readonly level: number; readonly zh: string; readonly en: string } | null;
  readonly primary: readonly Pollutant[];
  readonly values: readonly LatestValue[];
}

/** The latest hour, every pollutant listed (missing ones as null), with the AQI category. */
export function latestView(h: HourPoint | null): LatestView | null {
  if (h === null) return null;
  const cat = h.aqi === null ? null : level(h.aqi);
  return {
    time: h.time,
    regime: regimeForDate(dayOfLabel(h.time)),
    aqi: h.aqi,
    category: cat === null ? null : { level: cat.level, zh: cat.zh, en: cat.en },
    primary: h.primary,
    values: POLLUTANTS.map((p) => ({ pollutant: p, value: h.values[p] ?? null, unit: UNITS[p] })),
  };
}

export const MONTH_STATS = [
  'pm2_5',
  'pm10',
  'no2',
  'so2',
  'co_p95',
  'o3_8h_p90',
  'goodRatio',
] as const;
export type MonthStat = (typeof MONTH_STATS)[number];

/** Decimals as reported (domain.md §3.6): µg/m³ integers, CO mg/m³ and ratios one decimal. */
export const MONTH_STAT_DECIMALS: Readonly<Record<MonthStat, number>> = {
  pm2_5: 0,
  pm10: 0,
  no2: 0,
  so2: 0,
  co_p95: 1,
  o3_8h_p90: 0,
  goodRatio: 1,
};

export type StatCell =
  | { readonly valid: true; readonly value: number; readonly decimals: number }
  | { readonly valid: false };

export interface HourCompleteness {
  /** The pollutant with the fewest hours (the first in column order on a tie). */
  readonly pollutant: Pollutant;
  readonly hours: number;
  readonly expected: number;
  /** hours / expected × 100, one decimal; null when no hours were expected. */
  readonly percent: number | null;
}

export interface MonthView {
  readonly month: string;
  readonly regime: '2012' | '2026' | 'mixed';
  readonly cells: Readonly<Record<MonthStat, StatCell>>;
  readonly validDays: number;
  readonly requiredDays: number;
  readonly complete: boolean;
  readonly hours: HourCompleteness | null;
}

export function hourCompleteness(m: MonthCompletenessData): HourCompleteness {
  let pick: Pollutant = POLLUTANTS[0];
  for (const p of POLLUTANTS) if (m.hours[p] < m.hours[pick]) pick = p;
  const hours = m.hours[pick];
  return {
    pollutant: pick,
    hours,
    expected: m.expectedHours,
    percent: m.expectedHours === 0 ? null : Math.round((hours / m.expectedHours) * 1000) / 10,
  };
}

/** Whether month `YYYY-MM` overlaps the station's active period. */
export function monthInActivePeriod(
  month: string,
  meta: Pick<StationMeta, 'activeFrom' | 'activeTo'>,
): boolean {
  return (
    month >= meta.activeFrom.slice(0, 7) &&
    (meta.activeTo === null || month <= meta.activeTo.slice(0, 7))
  );
}

/**
 * The monthly rows of a station page, newest first, limited to the station's active period. A
 * month that fails the day rule shows no statistic at all; a statistic the indicators left null
 * is not valid either.
 */
export function monthViews(
  page: StationPage,
  quality: readonly MonthCompletenessData[],
): MonthView[] {
  const byMonth = new Map(quality.map((q) => [q.month, q]));
  return page.months
    .filter((m) => monthInActivePeriod(m.month, page.meta))
    .map((m) => {
      const cells = Object.fromEntries(
        MONTH_STATS.map((k) => {
          const v = m[k];
          const cell: StatCell =
            m.complete && v !== null
              ? { valid: true, value: v, decimals: MONTH_STAT_DECIMALS[k] }
              : { valid: false };
          return [k, cell];
        }),
      ) as Record<MonthStat, StatCell>;
      const q = byMonth.get(m.month);
      return {
        month: m.month,
        regime: m.regime,
        cells,
        validDays: m.validDays,
        requiredDays: m.requiredDays,
        complete: m.complete,
        hours: q === undefined ? null : hourCompleteness(q),
      };
    })
    .sort((a, b) => (a.month < b.month ? 1 : -1));
}

export interface YearSummary {
  readonly year: string;
  /** The days the summary covers: the year cut to the active period and the last data day. */
  readonly from: string;
  readonly to: string;
  readonly periodDays: number;
  readonly validDays: number;
  readonly goodDays: number;
  readonly heavyDays: number;
  /** Evaluated days that were dust days (counted above, not deducted). */
  readonly dustDays: number;
  /** Days of the period without an evaluable daily AQI. */
  readonly withoutData: number;
}

const DAY_MS = 86_400_000;
function dateMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`not a date YYYY-MM-DD: ${date}`);
  return ms;
}

/**
 * Good (AQI ≤ 100), heavy-or-worse (AQI > 200) and unevaluable days of one year (domain.md §5.1),
 * over the year cut to [activeFrom, activeTo] and to `lastDay`, the last natural day with data.
 */
export function yearSummary(
  year: string,
  days: readonly { readonly date: string; readonly aqi: number | null; readonly dust?: boolean }[],
  bounds: {
    readonly activeFrom: string;
    readonly activeTo: string | null;
    readonly lastDay: string | null;
  },
): YearSummary {
  if (!/^\d{4}$/.test(year)) throw new Error(`not a year YYYY: ${year}`);
  const cand = [`${year}-12-31`, bounds.activeTo, bounds.lastDay].filter(
    (d): d is string => d !== null,
  );
  const to = cand.reduce((a, b) => (b < a ? b : a));
  const from = bounds.activeFrom > `${year}-01-01` ? bounds.activeFrom : `${year}-01-01`;
  const periodDays = to < from ? 0 : Math.round((dateMs(to) - dateMs(from)) / DAY_MS) + 1;
  const seen = new Set<string>();
  let validDays = 0;
  let goodDays = 0;
  let heavyDays = 0;
  let dustDays = 0;
  for (const d of days) {
    if (d.date < from || d.date > to || d.aqi === null) continue;
    if (seen.has(d.date)) throw new Error(`yearSummary: day ${d.date} appears twice`);
    seen.add(d.date);
    validDays++;
    if (d.aqi <= 100) goodDays++;
    if (d.aqi > 200) heavyDays++;
    if (d.dust === true) dustDays++;
  }
  return {
    year,
    from,
    to,
    periodDays,
    validDays,
    goodDays,
    heavyDays,
    dustDays,
    withoutData: periodDays - validDays,
  };
}

/** The natural day of the latest hour label (an hour labelled 00:00 closes the day before). */
export function lastDataDay(asOf: string | null): string | null {
  return asOf === null ? null : dayOfLabel(asOf);
}

export function yearNeighbours(
  years: readonly string[],
  year: string,
): { prev: string | null; next: string | null } {
  const sorted = [...years].sort();
  const i = sorted.indexOf(year);
  if (i < 0) throw new Error(`year ${year} is not among ${sorted.join(', ')}`);
  return { prev: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null };
}

/** The years of the county calendars, from the registered chart ids (`calendar-county-YYYY`). */
export function countyCalendarYears(chartIds: readonly string[]): string[] {
  return chartIds
    .map((id) => /^calendar-county-(\d{4})$/.exec(id)?.[1])
    .filter((y): y is string => y !== undefined)
    .sort();
}
