/** Ranking periods: YYYY-MM (monthly), YYYY-Www (ISO week) and YYYY (annual), and their kinds. */
export const PERIOD_KINDS = ['month', 'week', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Number of ISO weeks in an ISO year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday; a calendar weekday, zone-free
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** The kind of a well-formed period label, or null when the label is not one of the three forms. */
export function periodKind(period: string): PeriodKind | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? 'month' : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(period);
  if (m) {
    const week = Number(m[2]);
    return week >= 1 && week <= isoWeeksInYear(Number(m[1])) ? 'week' : null;
  }
  return /^\d{4}$/.test(period) ? 'year' : null;
}
