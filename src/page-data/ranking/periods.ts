/** Ranking periods (months, quarters, half-years, years): order, labels and dates. */
import {
  isoWeeksInYear,
  periodKind,
  type Bilingual,
  type PeriodKind,
} from '../../records/ranking/index.ts';
import { MONTH_NAMES_EN } from '../../i18n/format.ts';

// ---------------------------------------------------------------------------------------------
// Periods.

export function kindOf(period: string): PeriodKind {
  const k = periodKind(period);
  if (k === null) throw new Error(`not a period (YYYY-MM, YYYY-Www or YYYY): "${period}"`);
  return k;
}

/** The period after `period` of the same kind (2019-12 → 2020-01, 2020-W53 → 2021-W01). */
export function nextPeriod(period: string): string {
  const kind = kindOf(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return String(year + 1);
  if (kind === 'month') {
    const m = Number(period.slice(5, 7));
    return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  }
  const w = Number(period.slice(6, 8));
  return w >= isoWeeksInYear(year)
    ? `${year + 1}-W01`
    : `${year}-W${String(w + 1).padStart(2, '0')}`;
}

/** Every period from `first` to `last` inclusive (same kind; `first` ≤ `last`). */
export function periodsBetween(first: string, last: string): string[] {
  if (kindOf(first) !== kindOf(last))
    throw new Error(`periods of different kinds: ${first}, ${last}`);
  const out = [first];
  // Period labels of one kind sort as strings, so a string comparison bounds the walk.
  while ((out.at(-1) ?? last) < last) out.push(nextPeriod(out.at(-1) ?? last));
  return out;
}

/** The Beijing calendar date a period starts on (ISO weeks start on Monday). */
export function periodStart(period: string): string {
  const kind = kindOf(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return `${year}-01-01`;
  if (kind === 'month') return `${period}-01`;
  const week = Number(period.slice(6, 8));
  // ISO week 1 contains 4 January; calendar arithmetic in UTC is zone-free.
  const jan4 = Date.UTC(year, 0, 4);
  const monday =
    jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

export function periodLabel(period: string): Bilingual {
  const kind = kindOf(period);
  const year = period.slice(0, 4);
  if (kind === 'year') return { zh: `${year}年`, en: year };
  if (kind === 'month') {
    const m = Number(period.slice(5, 7));
    return { zh: `${year}年${m}月`, en: `${MONTH_NAMES_EN[m - 1] ?? ''} ${year}` };
  }
  const w = Number(period.slice(6, 8));
  return { zh: `${year}年第${w}周`, en: `week ${w} of ${year}` };
}

export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
