/**
 * The words of a target cell shared by the home cards, the target pages and the year-to-date
 * table: its value with the unit, and the day counts behind a ratio.
 */
import type { Lang } from '../../i18n/strings.ts';
import { parens } from '../../i18n/format.ts';
import { gradeIIOver } from './build.ts';
import type { ScoreboardItem, TargetCell } from './schema.ts';
import { formatValue, progressText } from './text.ts';

/** A figure with its unit; for grade II, how many of the six headline statistics are over. */
export function cellValueText(id: ScoreboardItem['id'], c: TargetCell, lang: Lang): string {
  if (id !== 'grade_ii') return formatValue(id, c.value, lang);
  return c.items.length === 0
    ? progressText(lang, 'notEnough')
    : progressText(lang, 'gradeIIItems', gradeIIOver(c));
}

/** The day counts of a ratio in brackets: "（361 天中 316 天）" / " (316 of 361 days)". */
export function dayCountsText(
  lang: Lang,
  counts: { readonly numerator: number; readonly denominator: number },
): string {
  return parens(
    lang,
    progressText(lang, 'daysOf', { days: counts.numerator, valid: counts.denominator }),
  );
}
