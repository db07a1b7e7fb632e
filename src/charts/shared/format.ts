/** Number and date formatting for labels and summaries; zone-free and locale-stable. */
import { format } from 'd3-format';
import type { Bilingual } from './types.ts';
import { MONTH_ABBR_EN } from '../../i18n/format.ts';

const oneDecimal = format(',.1~f');

/** At most one decimal, trailing zeros dropped, thousands separated: 1,234.5 · 35 · 0.3. */
export function formatNumber(n: number): string {
  return oneDecimal(n).replace('−', '-');
}

/** Tick label of a month start, e.g. 2025年3月 / Mar 2025, or 3月 / Mar without the year. */
export function monthLabel(ms: number, withYear: boolean): Bilingual {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return withYear
    ? { zh: `${y}年${m + 1}月`, en: `${MONTH_ABBR_EN[m]} ${y}` }
    : { zh: `${m + 1}月`, en: MONTH_ABBR_EN[m] ?? '' };
}

/** Tick label of a day: 3月1日 / 1 Mar. */
export function dayLabel(ms: number): Bilingual {
  const d = new Date(ms);
  return {
    zh: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
    en: `${d.getUTCDate()} ${MONTH_ABBR_EN[d.getUTCMonth()]}`,
  };
}

export function yearLabel(ms: number): Bilingual {
  const y = String(new Date(ms).getUTCFullYear());
  return { zh: `${y}年`, en: y };
}
