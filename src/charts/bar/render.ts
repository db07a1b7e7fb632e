/** Markup for a placed bar chart. */
import { axisTitle, renderLegend, renderXAxis, renderYGrid, svgRoot } from '../shared/frame.ts';
import { tag, text, title } from '../shared/svg.ts';
import { escapeText } from '../shared/escape.ts';
import { STRINGS } from '../shared/strings.ts';
import { THEME } from '../shared/theme.ts';
import type { Lang } from '../shared/types.ts';
import type { PlacedBarChart } from './layout.ts';

export function renderBar(p: PlacedBarChart, lang: Lang): string {
  const { plot } = p;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const vertical = p.orientation === 'vertical';
  let axes: string;
  if (vertical) {
    axes =
      renderYGrid(p.valueTicks, plot.x, right, lang) +
      renderXAxis(p.categoryTicks, plot.x, right, bottom, lang);
  } else {
    axes =
      tag(
        'g',
        { class: 'axis axis-x' },
        p.valueTicks
          .map(
            (t) =>
              tag('line', { x1: t.pos, x2: t.pos, y1: plot.y, y2: bottom, stroke: THEME.grid }) +
              text(
                { x: t.pos, y: bottom + 16, 'text-anchor': 'middle', fill: THEME.muted },
                t.label[lang],
              ),
          )
          .join(''),
      ) +
      tag(
        'g',
        { class: 'axis axis-y' },
        p.categoryTicks
          .map((t) =>
            text({ x: plot.x - 6, y: t.pos, dy: '0.32em', 'text-anchor': 'end' }, t.label[lang]),
          )
          .join(''),
      );
  }
  const zeroLine = vertical
    ? tag('line', { x1: plot.x, x2: right, y1: p.zero, y2: p.zero, stroke: THEME.axis })
    : tag('line', { x1: p.zero, x2: p.zero, y1: plot.y, y2: bottom, stroke: THEME.axis });
  const t = p.target;
  const target = t
    ? vertical
      ? tag('line', {
          x1: plot.x,
          x2: right,
          y1: t.pos,
          y2: t.pos,
          stroke: THEME.target,
          'stroke-width': THEME.line.targetWidth,
          'stroke-dasharray': THEME.line.dash,
        }) +
        text(
          {
            x: right - 2,
            y: t.pos - 4,
            'text-anchor': 'end',
            'font-size': THEME.font.small,
            fill: THEME.target,
          },
          t.label[lang],
        )
      : tag('line', {
          x1: t.pos,
          x2: t.pos,
          y1: plot.y,
          y2: bottom,
          stroke: THEME.target,
          'stroke-width': THEME.line.targetWidth,
          'stroke-dasharray': THEME.line.dash,
        }) +
        text(
          { x: t.pos + 3, y: plot.y - 4, 'font-size': THEME.font.small, fill: THEME.target },
          t.label[lang],
        )
    : '';
  let i = 0;
  const bars = tag(
    'g',
    { class: 'marks' },
    p.bars
      .map((b) =>
        tag(
          'rect',
          { x: b.x, y: b.y, width: b.width, height: b.height, fill: b.colour, 'data-i': i++ },
          title(b.label[lang]),
        ),
      )
      .join('') +
      p.missing
        .map((m) =>
          // Words at the baseline mark "no data" (a zero-length bar would read as 0).
          tag(
            'text',
            {
              x: m.x,
              y: m.y,
              dx: vertical ? undefined : '0.3em',
              dy: vertical ? '-0.4em' : '0.32em',
              'text-anchor': vertical ? 'middle' : undefined,
              'font-size': THEME.font.small,
              fill: THEME.muted,
              'data-i': i++,
            },
            `${escapeText(STRINGS.noData[lang])}${title(m.label[lang])}`,
          ),
        )
        .join(''),
  );
  const legend = p.legend.length
    ? renderLegend(
        p.legend.map((l) => ({ ...l, shape: 'rect' as const })),
        plot.x,
        32,
        lang,
      )
    : '';
  return svgRoot(
    p.frame,
    lang,
    text(
      { x: plot.x, y: 14, fill: THEME.muted },
      axisTitle(p.valueTitle.label, p.valueTitle.unit, lang),
    ) +
      legend +
      axes +
      bars +
      zeroLine +
      target,
  );
}
