/**
 * Completeness per station-month: how many hours the station was active within the span of the
 * data, and how many hours and ≥ 20-hour days (GB 3095-2012 Table 4) it has per pollutant.
 */
import type { Station } from '../stations.ts';
import { POLLUTANTS, type Pollutant } from '../types.ts';
import type { MonthCompleteness } from './report.ts';

/** Hours and ≥ 20-hour days per pollutant (POLLUTANTS order) of one station-month. */
export interface MonthTally {
  readonly hours: number[];
  readonly days20: number[];
}

/** The months of one station from `first` to `last` (dates YYYY-MM-DD) clipped to its active period. */
export function stationMonths(
  station: Station,
  first: string,
  last: string,
  tally: (month: string) => MonthTally | undefined,
): MonthCompleteness[] {
  const from = maxString(first, station.active_from);
  const to = station.active_to === null ? last : minString(last, station.active_to);
  const rec = (arr: number[] | undefined): Record<Pollutant, number> =>
    Object.fromEntries(POLLUTANTS.map((p, i) => [p, arr?.[i] ?? 0])) as Record<Pollutant, number>;
  return monthsBetween(from, to).map((month) => {
    const m = tally(month);
    return {
      month,
      expectedHours: activeDaysInMonth(month, from, to) * 24,
      hours: rec(m?.hours),
      daysWith20Hours: rec(m?.days20),
    };
  });
}

export function maxString(a: string, b: string): string {
  return a > b ? a : b;
}
export function minString(a: string, b: string): string {
  return a < b ? a : b;
}

/** Months YYYY-MM from the month of `from` to the month of `to` (dates YYYY-MM-DD), inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  if (from > to) return out;
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Days of `month` (YYYY-MM) that fall between `from` and `to` inclusive. */
function activeDaysInMonth(month: string, from: string, to: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let n = 0;
  for (let d = 1; d <= dim; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    if (day >= from && day <= to) n++;
  }
  return n;
}
