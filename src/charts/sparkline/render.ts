/** Markup for a sparkline. */
import { svgRoot } from '../shared/frame.ts';
import { tag, title } from '../shared/svg.ts';
import { THEME } from '../shared/theme.ts';
import type { Lang } from '../shared/types.ts';
import type { PlacedSparkline } from './layout.ts';

export function renderSparkline(p: PlacedSparkline, lang: Lang): string {
  const colour = THEME.series[0];
  const target = p.target
    ? tag('line', {
        x1: p.target.x1,
        x2: p.target.x2,
        y1: p.target.y,
        y2: p.target.y,
        stroke: THEME.target,
        'stroke-dasharray': '2 2',
      })
    : '';
  const body =
    target +
    (p.d
      ? tag('path', {
          d: p.d,
          fill: 'none',
          stroke: colour,
          'stroke-width': 1.5,
          'stroke-linejoin': 'round',
        })
      : '') +
    p.isolated.map(([x, y]) => tag('circle', { cx: x, cy: y, r: 1.5, fill: colour })).join('') +
    (p.last ? tag('circle', { cx: p.last.x, cy: p.last.y, r: 2.5, fill: colour }) : '') +
    tag(
      'g',
      { class: 'marks', 'fill-opacity': 0 },
      p.points
        .map((pt, i) =>
          tag(
            'circle',
            { cx: pt.x, cy: pt.y, r: 3, fill: colour, 'data-i': i },
            title(pt.label[lang]),
          ),
        )
        .join(''),
    );
  return svgRoot(p.frame, lang, body);
}
