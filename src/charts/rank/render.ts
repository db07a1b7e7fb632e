/** Markup for a placed rank chart. */
import { renderXAxis, renderYGrid, svgRoot } from '../shared/frame.ts';
import { STRINGS } from '../shared/strings.ts';
import { tag, text, title } from '../shared/svg.ts';
import { THEME } from '../shared/theme.ts';
import type { Lang } from '../shared/types.ts';
import type { PlacedRankChart } from './layout.ts';

export function renderRank(p: PlacedRankChart, lang: Lang): string {
  const { plot } = p;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const band = p.band
    ? tag('rect', {
        x: plot.x,
        y: p.band.y,
        width: plot.width,
        height: p.band.height,
        fill: THEME.band.fill,
        opacity: THEME.band.opacity,
      }) +
      text(
        { x: plot.x + 4, y: p.band.y + 12, 'font-size': THEME.font.small, fill: THEME.muted },
        p.band.label[lang],
      )
    : '';
  const series = p.series
    .map(
      (s) =>
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
  const axisTitle = lang === 'zh' ? `${STRINGS.rank.zh}（第 1 名在上）` : 'Rank (1 = top)';
  return svgRoot(
    p.frame,
    lang,
    text({ x: plot.x, y: 14, fill: THEME.muted }, axisTitle) +
      renderYGrid(p.yTicks, plot.x, right, lang) +
      band +
      renderXAxis(p.xTicks, plot.x, right, bottom, lang) +
      series +
      points,
  );
}
