/** A UTC time scale over calendar days with bilingual, collision-free tick labels. */
import { scaleUtc } from 'd3-scale';
import { thinLabels } from './collide.ts';
import { dayLabel, monthLabel, yearLabel } from './format.ts';
import { labelWidth } from './frame.ts';
import type { Tick } from './types.ts';

export function timeScale(domain: readonly [number, number], range: readonly [number, number]) {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range(range);
}

/**
 * Ticks for a date axis: years when every tick is 1 January, months when every tick is a 1st
 * (with the year on the first tick and on each January), otherwise days. Labels that would
 * touch their neighbour are dropped (widest language decides).
 */
export function timeTicks(domain: readonly [number, number], range: readonly [number, number]): Tick[] {
  const scale = timeScale(domain, range);
  const width = Math.abs(range[1] - range[0]);
  const dates = scale.ticks(Math.max(2, Math.floor(width / 70)));
  const isYear = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const isMonth = dates.every((d) => d.getUTCDate() === 1);
  const ticks: Tick[] = dates.map((d, i) => {
    const ms = d.getTime();
    const label = isYear ? yearLabel(ms) : isMonth ? monthLabel(ms, i === 0 || d.getUTCMonth() === 0) : dayLabel(ms);
    return { pos: scale(d), label };
  });
  const keep = thinLabels(
    ticks.map((t) => {
      const w = labelWidth(t.label);
      return [t.pos - w / 2, t.pos + w / 2] as const;
    }),
    6,
  );
  return ticks.filter((_, i) => keep[i]);
}
