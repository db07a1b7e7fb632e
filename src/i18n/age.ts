/**
 * How old a reading is, in words: "59 分钟" / "59 minutes", "1 小时" / "1 hour", "2 天" / "2 days".
 * Pure and clock-free: the caller passes the age in milliseconds. The build uses it against the
 * data's as_of (src/components/progress/NowCard.astro); the browser enhancer
 * (src/scripts/reading-age.ts) uses it against the reader's clock, with the same words rendered
 * into the page, so the script carries no text of its own.
 */

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export type AgeUnit = 'minute' | 'hour' | 'day';

/** The six word forms: a unit, singular (`one`) or plural (`other`), each with an `{n}`. */
export const AGE_FORMS = [
  'minuteOne',
  'minuteOther',
  'hourOne',
  'hourOther',
  'dayOne',
  'dayOther',
] as const;
export type AgeForm = (typeof AGE_FORMS)[number];
export type AgeWords = Readonly<Record<AgeForm, string>>;

/**
 * The age as a whole number of its largest unit, rounded down: under an hour in minutes, under a
 * day in hours, else in days (59 min → 59 minutes, 60 min → 1 hour, 47 h → 1 day). A negative age
 * (a clock behind the reading) counts as 0 minutes.
 */
export function ageParts(ms: number): { unit: AgeUnit; n: number } {
  const age = Math.max(0, ms);
  if (age < HOUR_MS) return { unit: 'minute', n: Math.floor(age / MINUTE_MS) };
  if (age < DAY_MS) return { unit: 'hour', n: Math.floor(age / HOUR_MS) };
  return { unit: 'day', n: Math.floor(age / DAY_MS) };
}

/** The age in words: English singular only for exactly 1 (0 minutes, 1 minute, 2 minutes). */
export function ageInWords(words: AgeWords, ms: number): string {
  const { unit, n } = ageParts(ms);
  const form: AgeForm = `${unit}${n === 1 ? 'One' : 'Other'}`;
  return words[form].replace('{n}', String(n));
}

/** The milliseconds from `from` to `to`, two timestamps with their offsets (`…+08:00`). */
export function msBetween(from: string, to: string): number {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) throw new Error(`not a timestamp: ${from} / ${to}`);
  return b - a;
}
