/** Markup for a placed line chart; every number was placed by layout.ts. */
import { axisTitle, renderXAxis, renderYGrid, svgRoot } from '../shared/frame.ts';
import { tag, text, title } from '../shared/svg.ts';
import { THEME } from '../shared/theme.ts';
import type { Lang } from '../shared/types.ts';
import type { PlacedLineChart } from './layout.ts';

export function renderLine(p: PlacedLineChart, lang: Lang): string {
  const { plot } = p;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const bands = p.bands
    .map(
      (b) =>
        tag('rect', {
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          fill: THEME.band.fill,
          opacity: THEME.band.opacity,
        }) +
        text(
          { x: b.x + 4, y: b.y + b.height - 4, 'font-size': THEME.font.small, fill: THEME.muted },
          b.label[lang],
        ),
    )
    .join('');
  const targets = p.targets
    .map(
      (t) =>
        tag('line', {
          x1: t.x1,
          x2: t.x2,
          y1: t.y,
          y2: t.y,
          stroke: THEME.target,
          'stroke-width': THEME.line.targetWidth,
          'stroke-dasharray': THEME.line.dash,
        }) +
        text(
          {
            x: t.x2 - 2,
            y: t.y - 4,
            'text-anchor': 'end',
            'font-size': THEME.font.small,
            fill: THEME.target,
          },
          t.label[lang],
        ),
    )
    .join('');
  const annotations = p.annotations
    .map(
      (a) =>
        tag('line', {
          x1: a.x,
          x2: a.x,
          y1: a.labelY - 10,
          y2: bottom,
          stroke: THEME.annotation,
          'stroke-dasharray': '2 2',
        }) +
        text(
          {
            x: a.anchor === 'end' ? a.x - 3 : a.x + 3,
            y: a.labelY,
            'text-anchor': a.anchor === 'end' ? 'end' : undefined,
            'font-size': THEME.font.small,
            fill: THEME.annotation,
          },
          a.label[lang],
        ),
    )
    .join('');
  const rp = p.requiredPath;
  const required = rp
    ? tag('line', {
        x1: rp.x1,
        y1: rp.y1,
        x2: rp.x2,
        y2: rp.y2,
        stroke: THEME.requiredPath,
        'stroke-width': THEME.line.targetWidth,
        'stroke-dasharray': '6 3',
      }) +
      text(
        {
          x: rp.x2 - 2,
          y: rp.y2 + 14,
          'text-anchor': 'end',
          'font-size': THEME.font.small,
          fill: THEME.requiredPath,
        },
        rp.label[lang],
      )
    : '';
  const series = p.series
    .map(
      (s) =>
        (s.area ? tag('path', { d: s.area, fill: s.colour, opacity: 0.15 }) : '') +
        (s.d
          ? tag('path', {
              d: s.d,
              fill: 'none',
              stroke: s.colour,
              'stroke-width': THEME.line.width,
              'stroke-linejoin': 'round',
            })
          : '') +
        s.isolated
          .map(([x, y]) => tag('circle', { cx: x, cy: y, r: 2.5, fill: s.colour }))
          .join('') +
        (s.label
          ? text({ x: s.label.x, y: s.label.y, dy: '0.32em', fill: s.colour }, s.label.text[lang])
          : ''),
    )
    .join('');
  // Hit targets: invisible until the enhancer marks one active; <title> works without JS.
  const points = tag(
    'g',
    { class: 'marks', 'fill-opacity': 0 },
    p.points
      .map((pt, i) =>
        tag(
          'circle',
          { cx: pt.x, cy: pt.y, r: 4, fill: pt.colour, 'data-i': i },
          title(pt.label[lang]),
        ),
      )
      .join(''),
  );
  const body =
    text({ x: plot.x, y: 14, fill: THEME.muted }, axisTitle(p.yTitle.label, p.yTitle.unit, lang)) +
    renderYGrid(p.yTicks, plot.x, right, lang) +
    bands +
    renderXAxis(p.xTicks, plot.x, right, bottom, lang) +
    annotations +
    targets +
    required +
    series +
    points;
  return svgRoot(p.frame, lang, body);
}
