/** Markup for a placed timeline: status by marker shape and printed word, not colour alone. */
import { renderXAxis, svgRoot } from '../shared/frame.ts';
import { textWidth } from '../shared/measure.ts';
import { STATUS_NAMES } from '../shared/strings.ts';
import { polyline, tag, text, title } from '../shared/svg.ts';
import { THEME } from '../shared/theme.ts';
import type { AttrValue } from '../shared/svg.ts';
import type { Lang, MilestoneStatus } from '../shared/types.ts';
import type { PlacedTimelineChart } from './layout.ts';

/** ● done · ■ in progress · ▲ overdue · △ no published evidence (outline: outcome not known) · ○ not started · ◇ unknown. */
export function marker(
  status: MilestoneStatus,
  x: number,
  y: number,
  extra: Readonly<Record<string, AttrValue>> = {},
): string {
  const c = THEME.status[status];
  switch (status) {
    case 'done':
      return tag('circle', { cx: x, cy: y, r: 5, fill: c, ...extra });
    case 'in-progress':
      return tag('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, fill: c, ...extra });
    case 'overdue':
      return tag('path', {
        d:
          polyline([
            [x, y - 6],
            [x + 6, y + 4.5],
            [x - 6, y + 4.5],
          ]) + 'Z',
        fill: c,
        ...extra,
      });
    case 'no-evidence':
      return tag('path', {
        d:
          polyline([
            [x, y - 6],
            [x + 6, y + 4.5],
            [x - 6, y + 4.5],
          ]) + 'Z',
        fill: THEME.background,
        stroke: c,
        'stroke-width': 1.5,
        ...extra,
      });
    case 'not-started':
      return tag('circle', {
        cx: x,
        cy: y,
        r: 4.5,
        fill: THEME.background,
        stroke: c,
        'stroke-width': 1.5,
        ...extra,
      });
    case 'unknown':
      return tag('path', {
        d:
          polyline([
            [x, y - 5.5],
            [x + 5.5, y],
            [x, y + 5.5],
            [x - 5.5, y],
          ]) + 'Z',
        fill: THEME.background,
        stroke: c,
        'stroke-width': 1.5,
        ...extra,
      });
  }
}

export function renderTimeline(p: PlacedTimelineChart, lang: Lang): string {
  const { plot } = p;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const rows = p.rows
    .map((r, i) => {
      const word = STATUS_NAMES[r.status][lang];
      return (
        tag('line', { x1: 4, x2: right, y1: r.y + 13, y2: r.y + 13, stroke: THEME.grid }) +
        text({ x: plot.x - 10, y: r.y, dy: '0.32em', 'text-anchor': 'end' }, r.label[lang]) +
        (r.bar
          ? tag('line', {
              x1: r.bar.x1,
              x2: r.bar.x2,
              y1: r.y,
              y2: r.y,
              stroke: THEME.status[r.status],
              'stroke-width': 4,
              opacity: 0.35,
            })
          : '') +
        tag('g', { 'data-i': i }, marker(r.status, r.marker, r.y) + title(r.tip[lang])) +
        text(
          {
            x: r.statusAnchor === 'end' ? r.marker - 9 : r.marker + 9,
            y: r.y,
            dy: '0.32em',
            'text-anchor': r.statusAnchor === 'end' ? 'end' : undefined,
            'font-size': THEME.font.small,
            fill: THEME.status[r.status],
          },
          word,
        )
      );
    })
    .join('');
  let lx = 4;
  const legend = p.legend
    .map((s) => {
      const w = STATUS_NAMES[s][lang];
      const out =
        marker(s, lx + 5, 10) +
        text({ x: lx + 14, y: 10, dy: '0.32em', 'font-size': THEME.font.small }, w);
      lx += 14 + textWidth(w, THEME.font.small) + 14;
      return out;
    })
    .join('');
  const asOf =
    tag('line', {
      x1: p.asOf.x,
      x2: p.asOf.x,
      y1: plot.y,
      y2: bottom,
      stroke: THEME.annotation,
      'stroke-dasharray': '2 2',
    }) +
    // Label on the side of the rule with more room (the sample mark sits top right).
    (p.asOf.x > plot.x + plot.width / 2
      ? text(
          {
            x: p.asOf.x - 3,
            y: plot.y - 6,
            'text-anchor': 'end',
            'font-size': THEME.font.small,
            fill: THEME.annotation,
          },
          p.asOf.label[lang],
        )
      : text(
          { x: p.asOf.x + 3, y: plot.y - 6, 'font-size': THEME.font.small, fill: THEME.annotation },
          p.asOf.label[lang],
        ));
  return svgRoot(
    p.frame,
    lang,
    tag('g', { class: 'legend' }, legend) +
      asOf +
      renderXAxis(p.xTicks, plot.x, right, bottom, lang) +
      tag('g', { class: 'marks' }, rows),
  );
}
