/**
 * Time helpers. Beijing time is UTC+8 all year (no daylight saving), so every conversion is done
 * with an explicit offset and never with the machine's zone (design.md, "Time").
 */

const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** Milliseconds since the epoch of an hour label such as `2025-01-02T00:00:00+08:00`. */
export function labelToEpoch(label: string): number {
  const ms = Date.parse(label);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp with offset: ${label}`);
  return ms;
}

/** The hour label (`YYYY-MM-DDTHH:00:00+08:00`, Beijing time) of an epoch instant. */
export function epochToLabel(ms: number): string {
  const d = new Date(ms + BEIJING_OFFSET_MS);
  const iso = d.toISOString(); // shifted so that the UTC fields read as Beijing wall time
  return `${iso.slice(0, 13)}:00:00+08:00`;
}

/** The Beijing calendar date (`YYYY-MM-DD`) an epoch instant falls on. */
export function beijingDate(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The natural day an hour label belongs to under HJ 663 Table A.1 (hour-ending labels): a day D
 * is the values labelled D 01:00 … D 23:00 and D+1 00:00 ("24:00"). See docs/decisions/003.
 */
export function dayOfLabel(label: string): string {
  return beijingDate(labelToEpoch(label) - HOUR_MS);
}

/** Position 1…24 of an hour label within its natural day (00:00 of the next day is 24). */
export function hourOfDay(label: string): number {
  const wall = new Date(labelToEpoch(label) + BEIJING_OFFSET_MS).getUTCHours();
  return wall === 0 ? 24 : wall;
}

/**
 * The hour label for Beijing calendar date `date` (YYYY-MM-DD) and hour-ending `hour` 0…24
 * (24 = 00:00 of the next day), or null when the date is not a real calendar date or the hour
 * is out of range.
 */
export function labelOfDateHour(date: string, hour: number): string | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const midnight = Date.parse(`${date}T00:00:00+08:00`);
  if (Number.isNaN(midnight) || beijingDate(midnight) !== date) return null;
  return epochToLabel(midnight + hour * HOUR_MS);
}
