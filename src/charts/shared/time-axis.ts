/** A UTC time scale over calendar days with bilingual, collision-free tick labels. */
import { scaleUtc } from 'd3-scale';
import { thinLabels } from './collide.ts';
import { dayLabel, monthLabel, yearLabel } from './format.ts';
import { labelWidth } from './frame.ts';
import type { Tick } from './types.ts';

export function timeScale(domain: readonly [number, number], range: readonly [number, number]) {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(range);
}

/**
 * Ticks for a date axis: years when every tick is 1 January, months when every tick is a 1st
 * (with the year on the first kept tick of each year), otherwise days. Labels that would
 * touch their neighbour are dropped (widest language decides).
 */
export function timeTicks(
  domain: readonly [number, number],
  range: readonly [number, number],
): Tick[] {
  const scale = timeScale(domain, range);
  const width = Math.abs(range[1] - range[0]);
  const dates = scale.ticks(Math.max(2, Math.floor(width / 70)));
  const isYear = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const isMonth = dates.every((d) => d.getUTCDate() === 1);
  const ticks: Tick[] = dates.map((d, i) => {
    const ms = d.getTime();
    const label = isYear
      ? yearLabel(ms)
      : isMonth
        ? monthLabel(ms, i === 0 || d.getUTCMonth() === 0)
        : dayLabel(ms);
    return { pos: scale(d), label };
  });
  const thin = (list: readonly Tick[]): boolean[] =>
    thinLabels(
      list.map((t) => {
        const w = labelWidth(t.label);
        return [t.pos - w / 2, t.pos + w / 2] as const;
      }),
      6,
    );
  const keep = thin(ticks);
  const kept = ticks.filter((_, i) => keep[i]);
  if (!isMonth || isYear) return kept;
  // Month ticks: name the year on the first kept tick of each year (its January tick may have
  // been thinned out), then thin once more in case the longer label now touches a neighbour.
  const keptDates = dates.filter((_, i) => keep[i]);
  let lastYear = -1;
  const relabelled = kept.map((t, i) => {
    const d = keptDates[i];
    if (d === undefined) return t;
    const year = d.getUTCFullYear();
    const label = monthLabel(d.getTime(), year !== lastYear);
    lastYear = year;
    return { pos: t.pos, label };
  });
  const again = thin(relabelled);
  return relabelled.filter((_, i) => again[i]);
}
