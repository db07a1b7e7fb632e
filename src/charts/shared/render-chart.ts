/**
 * The one entry the pages call: chart spec → `<svg>` markup, dispatching on type. The inline
 * chart and the exported SVG are the same markup.
 */
import { layoutBar } from '../bar/layout.ts';
import { renderBar } from '../bar/render.ts';
import { layoutCalendar } from '../calendar/layout.ts';
import { renderCalendar } from '../calendar/render.ts';
import { layoutLine } from '../line/layout.ts';
import { renderLine } from '../line/render.ts';
import { layoutRank } from '../rank/layout.ts';
import { renderRank } from '../rank/render.ts';
import { layoutSparkline } from '../sparkline/layout.ts';
import { renderSparkline } from '../sparkline/render.ts';
import { layoutTimeline } from '../timeline/layout.ts';
import { renderTimeline } from '../timeline/render.ts';
import { THEME } from './theme.ts';
import type { ChartSpec, Lang, Size } from './types.ts';

export function renderChart(spec: ChartSpec, lang: Lang, size?: Size): string {
  switch (spec.type) {
    case 'line':
      return renderLine(layoutLine(spec, size ?? THEME.defaultSize.line), lang);
    case 'bar':
      return renderBar(layoutBar(spec, size ?? THEME.defaultSize.bar), lang);
    case 'calendar':
      return renderCalendar(layoutCalendar(spec, size ?? THEME.defaultSize.calendar), lang);
    case 'rank':
      return renderRank(layoutRank(spec, size ?? THEME.defaultSize.rank), lang);
    case 'timeline':
      return renderTimeline(layoutTimeline(spec, size ?? THEME.defaultSize.timeline), lang);
    case 'sparkline':
      return renderSparkline(layoutSparkline(spec, size ?? THEME.defaultSize.sparkline), lang);
  }
}

/** width and height of a rendered chart, read back from its root (for aspect-ratio in CSS). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*? viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('not a chart <svg> (no viewBox on the root)');
  return { width: Number(m[1]), height: Number(m[2]) };
}
