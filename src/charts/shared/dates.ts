/**
 * Calendar dates as zone-free day numbers. A chart date is a calendar day (or month, or year),
 * not an instant, so it is mapped to its UTC midnight and formatted with UTC getters: the
 * machine's time zone can never shift a day.
 */
import { ChartSpecError } from './errors.ts';

export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** UTC-midnight milliseconds of `YYYY-MM-DD`, `YYYY-MM` (1st) or `YYYY` (1 Jan). */
export function parseDate(chartId: string, path: string, s: string): number {
  const m = typeof s === 'string' ? DATE_RE.exec(s) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = m[2] === undefined ? 1 : Number(m[2]);
    const d = m[3] === undefined ? 1 : Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC rolls 2025-02-30 over to March: reject instead.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d)
      return ms;
  }
  throw new ChartSpecError(chartId, path, 'a calendar date YYYY-MM-DD, YYYY-MM or YYYY', s);
}

/** `YYYY-MM-DD` of a UTC-midnight day number. */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The next step after `ms` (one day, month or year later). */
export function addStep(ms: number, step: 'day' | 'month' | 'year'): number {
  const d = new Date(ms);
  if (step === 'day') return ms + DAY_MS;
  if (step === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
}

/** Day of week with Monday = 0 … Sunday = 6 (weeks start on Monday in China, GB/T 7408). */
export function weekdayMon0(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}
