/** The parts every chart type shares: the validated frame, the `<svg>` root, axes and legend. */
import { scaleLinear } from 'd3-scale';
import { ChartSpecError } from './errors.ts';
import { escapeText } from './escape.ts';
import { formatNumber } from './format.ts';
import { textWidth } from './measure.ts';
import { STRINGS } from './strings.ts';
import { summarize } from './summary.ts';
import { tag, text, attrs } from './svg.ts';
import { THEME } from './theme.ts';
import type { AttrValue } from './svg.ts';
import type { Bilingual, ChartSpec, Lang, PlacedFrame, Size, Tick } from './types.ts';

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Validate the id and size (layouts call this first, before using either). */
export function checkFrame(spec: ChartSpec, size: Size): void {
  const { meta } = spec;
  if (typeof meta.id !== 'string' || !ID_RE.test(meta.id)) {
    throw new ChartSpecError(
      String(meta.id),
      'meta.id',
      'an ASCII slug [a-z0-9-] starting with a letter or digit',
      meta.id,
    );
  }
  for (const dim of ['width', 'height'] as const) {
    if (!Number.isFinite(size[dim]) || size[dim] <= 0)
      throw new ChartSpecError(meta.id, `size.${dim}`, 'a positive number', size[dim]);
  }
}

/**
 * The frame (title, generated summary, final size). Layouts call it after validating their
 * data, so a bad value is reported by the layout's precise message, not by the summary.
 */
export function placeFrame(spec: ChartSpec, size: Size): PlacedFrame {
  checkFrame(spec, size);
  const { meta } = spec;
  return {
    id: meta.id,
    type: spec.type,
    width: size.width,
    height: size.height,
    title: meta.title,
    desc: summarize(spec),
    sample: meta.sample,
  };
}

/** Element id prefix: chart id plus language, so a page may show both languages. */
export function idOf(frame: PlacedFrame, lang: Lang): string {
  return `c-${frame.id}-${lang}`;
}

/**
 * The `<svg role="img">` root with `<title>`, `<desc>` and (for sample data) a visible mark.
 * Colours are presentation attributes so the markup stands alone when exported.
 */
export function svgRoot(
  frame: PlacedFrame,
  lang: Lang,
  body: string,
  extra: Readonly<Record<string, AttrValue>> = {},
): string {
  const id = idOf(frame, lang);
  const sample =
    frame.sample && frame.type !== 'sparkline'
      ? text(
          {
            x: frame.width - 4,
            y: 14,
            'text-anchor': 'end',
            fill: THEME.sampleMark,
            'font-weight': 'bold',
          },
          STRINGS.sampleData[lang],
        )
      : '';
  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: frame.width,
      height: frame.height,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      class: `chart-svg chart-${frame.type}`,
      'font-family': THEME.font.family,
      'font-size': frame.type === 'sparkline' ? THEME.font.small : THEME.font.size,
      fill: THEME.text,
      ...extra,
    })}>` +
    `<title id="${id}-t">${escapeText(frame.title[lang])}</title>` +
    `<desc id="${id}-d">${escapeText(frame.desc[lang])}</desc>` +
    sample +
    body +
    '</svg>'
  );
}

/** A linear scale with "nice" ticks labelled in both languages (numbers read the same). */
export function linearTicks(
  domain: readonly [number, number],
  range: readonly [number, number],
  count: number,
) {
  const scale = scaleLinear().domain(domain).range(range).nice(count);
  const ticks: Tick[] = scale.ticks(count).map((v) => {
    const s = formatNumber(v);
    return { pos: scale(v), label: { zh: s, en: s } };
  });
  return { scale, ticks };
}

/** The widest rendering of a bilingual label (layout is language-independent). */
export function labelWidth(label: Bilingual, fontSize: number = THEME.font.size): number {
  return Math.max(textWidth(label.zh, fontSize), textWidth(label.en, fontSize));
}

/** Horizontal grid lines with value labels left of the plot. */
export function renderYGrid(ticks: readonly Tick[], x1: number, x2: number, lang: Lang): string {
  return tag(
    'g',
    { class: 'axis axis-y' },
    ticks
      .map(
        (t) =>
          tag('line', { x1, x2, y1: t.pos, y2: t.pos, stroke: THEME.grid }) +
          text(
            { x: x1 - 6, y: t.pos, dy: '0.32em', 'text-anchor': 'end', fill: THEME.muted },
            t.label[lang],
          ),
      )
      .join(''),
  );
}

/** Tick labels under the plot with small tick marks on a baseline. */
export function renderXAxis(
  ticks: readonly Tick[],
  x1: number,
  x2: number,
  y: number,
  lang: Lang,
): string {
  return tag(
    'g',
    { class: 'axis axis-x' },
    tag('line', { x1, x2, y1: y, y2: y, stroke: THEME.axis }) +
      ticks
        .map(
          (t) =>
            tag('line', { x1: t.pos, x2: t.pos, y1: y, y2: y + 4, stroke: THEME.axis }) +
            text(
              { x: t.pos, y: y + 16, 'text-anchor': 'middle', fill: THEME.muted },
              t.label[lang],
            ),
        )
        .join(''),
  );
}

export interface LegendItem {
  readonly label: Bilingual;
  readonly colour: string;
  readonly shape: 'rect' | 'line' | 'dash';
}

/** A one-line legend flowing left to right from (x, y); swatch then words, never colour alone. */
export function renderLegend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  lang: Lang,
): string {
  let cx = x;
  const parts = items.map((it) => {
    const sw =
      it.shape === 'rect'
        ? tag('rect', { x: cx, y: y - 8, width: 10, height: 10, fill: it.colour })
        : tag('line', {
            x1: cx,
            x2: cx + 14,
            y1: y - 3,
            y2: y - 3,
            stroke: it.colour,
            'stroke-width': 2,
            'stroke-dasharray': it.shape === 'dash' ? THEME.line.dash : undefined,
          });
    const tx = cx + (it.shape === 'rect' ? 14 : 18);
    const label = it.label[lang];
    cx = tx + textWidth(label, THEME.font.size) + 12;
    return sw + text({ x: tx, y }, label);
  });
  return tag('g', { class: 'legend' }, parts.join(''));
}

/** Gridline-free y-axis title above the plot, e.g. "PM2.5 (µg/m³)". */
export function axisTitle(label: Bilingual, unit: string, lang: Lang): string {
  return unit === '' ? label[lang] : `${label[lang]} (${unit})`;
}
