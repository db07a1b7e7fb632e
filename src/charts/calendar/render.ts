/** Markup for a placed calendar heatmap, with patterns and outlines so colour is not alone. */
import { AQI_CATEGORIES } from '../shared/aqi.ts';
import type { AqiCategory } from '../shared/aqi.ts';
import { idOf, svgRoot } from '../shared/frame.ts';
import { tag, text, title } from '../shared/svg.ts';
import { THEME } from '../shared/theme.ts';
import type { Lang } from '../shared/types.ts';
import { LEGEND_ROW, flowLegend, legendLabels } from './layout.ts';
import type { PlacedCalendarChart } from './layout.ts';

function pattern(id: string, c: AqiCategory): string {
  if (c.pattern === 'none') return '';
  // Dark glyphs on light colours, white on dark ones, so the pattern itself is visible.
  const ink = c.outline ? THEME.aqiOutline : '#ffffff';
  const glyph =
    c.pattern === 'dots'
      ? tag('circle', { cx: 2, cy: 2, r: 0.8, fill: ink })
      : c.pattern === 'hatch'
        ? tag('path', { d: 'M0,4L4,0', stroke: ink, 'stroke-width': 0.8 })
        : tag('path', { d: 'M0,4L4,0M0,0L4,4', stroke: ink, 'stroke-width': 0.6 });
  return tag(
    'pattern',
    { id: `${id}-p${c.level}`, width: 4, height: 4, patternUnits: 'userSpaceOnUse' },
    tag('rect', { width: 4, height: 4, fill: c.colour }) + glyph,
  );
}

function paint(id: string, c: AqiCategory) {
  return {
    fill: c.pattern === 'none' ? c.colour : `url(#${id}-p${c.level})`,
    stroke: c.outline ? THEME.aqiOutline : undefined,
    'stroke-width': c.outline ? 0.5 : undefined,
  };
}

export function renderCalendar(p: PlacedCalendarChart, lang: Lang): string {
  const id = idOf(p.frame, lang);
  const defs = tag('defs', {}, AQI_CATEGORIES.map((c) => pattern(id, c)).join(''));
  const labels =
    p.weekdays
      .map((w) =>
        text(
          {
            x: p.weekdayX,
            y: w.pos,
            dy: '0.32em',
            'text-anchor': 'end',
            'font-size': THEME.font.small,
            fill: THEME.muted,
          },
          w.label[lang],
        ),
      )
      .join('') +
    p.months
      .map((m) =>
        text(
          { x: m.pos, y: p.monthY, 'font-size': THEME.font.small, fill: THEME.muted },
          m.label[lang],
        ),
      )
      .join('');
  const missing = {
    fill: THEME.missing.fill,
    stroke: THEME.missing.stroke,
    'stroke-width': 0.5,
    'stroke-dasharray': '1 1',
  };
  const cells = tag(
    'g',
    { class: 'marks' },
    p.cells
      .map((c, i) => {
        const cat = c.level === null ? undefined : AQI_CATEGORIES[c.level - 1];
        return tag(
          'rect',
          {
            x: c.x,
            y: c.y,
            width: p.cell,
            height: p.cell,
            ...(cat ? paint(id, cat) : missing),
            'data-i': i,
          },
          title(c.label[lang]),
        );
      })
      .join(''),
  );
  // Legend: swatch (same fill, pattern and outline as the cells) followed by the category word.
  const labels2 = legendLabels(lang);
  const flow = flowLegend(labels2, p.legendX, p.legendMaxX);
  const swatches = [...AQI_CATEGORIES.map((c) => paint(id, c)), missing];
  const legendItems = labels2.map((label, k) => {
    const { x, row } = flow[k] ?? { x: p.legendX, row: 0 };
    const y = p.legendY + row * LEGEND_ROW;
    return (
      tag('rect', { x, y: y - 9, width: 10, height: 10, ...swatches[k] }) +
      text({ x: x + 13, y, 'font-size': THEME.font.small }, label)
    );
  });
  const legend = tag('g', { class: 'legend' }, legendItems.join(''));
  // data-rows tells the enhancer that up/down move by one day and left/right by one week.
  return svgRoot(p.frame, lang, defs + labels + cells + legend, { 'data-rows': 7 });
}
