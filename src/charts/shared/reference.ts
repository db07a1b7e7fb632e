/**
 * How the summary words a value against a reference line, in both languages, the one place these
 * sentences come from (issue 18):
 * - "目标 / target" only for a `target` (the plan's); a `limit` is a limit (限值), a `threshold`
 *   is named by its own words (e.g. 良的上限 / upper end of Good);
 * - a gap is in the quantity's unit, and a gap between two percentages is in percentage points
 *   (个百分点);
 * - "差 / short of" only for a shortfall (a target not met);
 * - a partial period is not compared with anything: the summary says it is partial instead.
 */
import { dayLabel, formatNumber } from './format.ts';
import { parseDate } from './dates.ts';
import type { Bilingual, Lang, Reference, ReferenceKind } from './types.ts';

/** What each kind is called when the reference line gives no name of its own. */
export const REFERENCE_NAMES: Readonly<Record<ReferenceKind, Bilingual>> = {
  target: { zh: '目标', en: 'target' },
  limit: { zh: '限值', en: 'limit' },
  threshold: { zh: '阈值', en: 'threshold' },
};

/** A value with its unit: 35 µg/m³ · 82.5 % · 100. */
export function withUnit(v: number, unit: string): string {
  return unit === '' ? formatNumber(v) : `${formatNumber(v)} ${unit}`;
}

/** A difference of two values, in the quantity's unit: percentage points for percentages. */
export function gapWithUnit(d: number, unit: string, lang: Lang): string {
  const n = formatNumber(d);
  if (unit !== '%') return withUnit(d, unit);
  if (lang === 'zh') return `${n} 个百分点`;
  return `${n} ${d === 1 ? 'percentage point' : 'percentage points'}`;
}

/** The reference's name; in Chinese with a space before a leading digit ("超出 2025 年目标"). */
function nameOf(ref: Reference): Bilingual {
  const n = ref.name ?? REFERENCE_NAMES[ref.kind];
  return { zh: /^[0-9A-Za-z]/.test(n.zh) ? ` ${n.zh}` : n.zh, en: n.en };
}

/** The target's condition as a reader checks it: "≥ 82.5 %", "< 35 µg/m³". */
function condition(ref: Reference, unit: string): string {
  const sign = { '<': '<', '<=': '≤', '>=': '≥' }[ref.comparison ?? '<='];
  return `${sign} ${withUnit(ref.value, unit)}`;
}

function meets(v: number, ref: Reference): boolean {
  const c = ref.comparison ?? '<=';
  return c === '<' ? v < ref.value : c === '<=' ? v <= ref.value : v >= ref.value;
}

/**
 * One value against one reference: e.g. "距目标（≥ 82.5 %）差 2.5 个百分点" / "2.5 percentage
 * points short of the target (≥ 82.5 %)", "超过新标准二级限值（30 µg/m³）7 µg/m³" / "7 µg/m³ over
 * the new grade-II limit (30 µg/m³)".
 */
export function referenceGap(v: number, ref: Reference, unit: string, lang: Lang): string {
  const name = nameOf(ref)[lang];
  const d = v - ref.value;
  const gap = gapWithUnit(Math.abs(d), unit, lang);
  if (ref.kind === 'target') {
    const cond = condition(ref, unit);
    if (d === 0)
      return lang === 'zh'
        ? `恰在${name}（${cond}）的界值上${meets(v, ref) ? '' : '，未满足'}`
        : `exactly at the ${name}'s bound (${cond})${meets(v, ref) ? '' : ', not meeting it'}`;
    if (meets(v, ref))
      return lang === 'zh'
        ? `优于${name}（${cond}）${gap}`
        : `${gap} better than the ${name} (${cond})`;
    // A shortfall: a minimum not reached ("差") or a maximum exceeded ("超出").
    if (d < 0)
      return lang === 'zh'
        ? `距${name}（${cond}）差 ${gap}`
        : `${gap} short of the ${name} (${cond})`;
    return lang === 'zh' ? `超出${name}（${cond}）${gap}` : `${gap} over the ${name} (${cond})`;
  }
  const ref1 = withUnit(ref.value, unit);
  if (d === 0) return lang === 'zh' ? `等于${name}（${ref1}）` : `at the ${name} (${ref1})`;
  if (ref.kind === 'limit')
    return lang === 'zh'
      ? `${d > 0 ? '超过' : '低于'}${name}（${ref1}）${gap}`
      : `${gap} ${d > 0 ? 'over' : 'under'} the ${name} (${ref1})`;
  return lang === 'zh'
    ? `${d > 0 ? '高于' : '低于'}${name}（${ref1}）${gap}`
    : `${gap} ${d > 0 ? 'above' : 'below'} the ${name} (${ref1})`;
}

/** "（2026-11，不完整：截至 11月28日）" / "(2026-11, partial: to 28 Nov)", or the plain date. */
export function pointDate(chartId: string, at: string, partialTo: string | undefined, lang: Lang) {
  if (partialTo === undefined) return lang === 'zh' ? `（${at}）` : ` (${at})`;
  const to = dayLabel(parseDate(chartId, 'partialTo', partialTo))[lang];
  return lang === 'zh' ? `（${at}，不完整：截至 ${to}）` : ` (${at}, partial: to ${to})`;
}

/** Said instead of a gap when the latest period is partial. */
export function partialNoComparison(ref: Reference, lang: Lang): string {
  const name = nameOf(ref)[lang];
  return lang === 'zh'
    ? `不完整时段，不与${name}比较`
    : `a partial period, not compared with the ${name}`;
}

/**
 * Bars against a reference: which categories are on its far side. "2 项超过限值（100 %）：A、B" /
 * "2 over the limit (100 %): A, B"; "均未超过限值（100 %）" / "none over the limit (100 %)".
 */
export function barsAgainst(
  items: readonly { readonly v: number; readonly label: Bilingual }[],
  ref: Reference,
  unit: string,
  lang: Lang,
): string {
  const name = nameOf(ref)[lang];
  const isTarget = ref.kind === 'target';
  const off = items.filter((i) => (isTarget ? !meets(i.v, ref) : i.v > ref.value));
  const what = isTarget ? condition(ref, unit) : withUnit(ref.value, unit);
  const list = off.map((i) => i.label[lang]).join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh') {
    const verb = isTarget ? '未满足' : ref.kind === 'limit' ? '超过' : '高于';
    return off.length === 0
      ? `均${isTarget ? '满足' : `未${verb}`}${name}（${what}）`
      : `${items.length} 项中 ${off.length} 项${verb}${name}（${what}）：${list}`;
  }
  const verb = isTarget ? 'not meeting' : ref.kind === 'limit' ? 'over' : 'above';
  if (off.length === 0)
    return isTarget ? `all meeting the ${name} (${what})` : `none ${verb} the ${name} (${what})`;
  return `${off.length} of ${items.length} ${verb} the ${name} (${what}): ${list}`;
}
