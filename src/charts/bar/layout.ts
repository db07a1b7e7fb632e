/** Bar chart: vertical or horizontal, grouped or stacked, with an optional target line. */
import { scaleBand } from 'd3-scale';
import { thinLabels } from '../shared/collide.ts';
import { ChartSpecError, finite, finiteOrNull } from '../shared/errors.ts';
import { formatNumber } from '../shared/format.ts';
import { checkFrame, labelWidth, linearTicks, placeFrame } from '../shared/frame.ts';
import { truncate } from '../shared/measure.ts';
import { THEME } from '../shared/theme.ts';
import type { BarChartSpec, Bilingual, PlacedFrame, Size, Tick } from '../shared/types.ts';

export interface PlacedBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: string;
  readonly label: Bilingual;
}

export interface PlacedBarChart {
  readonly frame: PlacedFrame;
  readonly orientation: 'vertical' | 'horizontal';
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly valueTitle: { readonly label: Bilingual; readonly unit: string };
  /** Value ticks: positions along x (horizontal) or y (vertical). */
  readonly valueTicks: readonly Tick[];
  /** Category labels: positions along the category axis (label centre). */
  readonly categoryTicks: readonly Tick[];
  /** Pixel position of value 0 on the value axis. */
  readonly zero: number;
  readonly bars: readonly PlacedBar[];
  /** Where a value is missing: a "no data" mark instead of a zero-length bar. */
  readonly missing: readonly {
    readonly x: number;
    readonly y: number;
    readonly label: Bilingual;
  }[];
  readonly target?: { readonly pos: number; readonly label: Bilingual };
  readonly legend: readonly { readonly label: Bilingual; readonly colour: string }[];
}

export function layoutBar(spec: BarChartSpec, size: Size = THEME.defaultSize.bar): PlacedBarChart {
  checkFrame(spec, size);
  const id = spec.meta.id;
  const n = spec.categories.length;
  if (n === 0) throw new ChartSpecError(id, 'categories', 'at least one category', []);
  if (spec.series.length === 0) throw new ChartSpecError(id, 'series', 'at least one series', []);
  if (spec.series.length > THEME.series.length)
    throw new ChartSpecError(
      id,
      'series',
      `at most ${THEME.series.length} series`,
      spec.series.length,
    );
  const values = spec.series.map((s, si) => {
    if (s.values.length !== n)
      throw new ChartSpecError(
        id,
        `series[${si}].values`,
        `${n} values (one per category)`,
        s.values.length,
      );
    return s.values.map((v, ci) => {
      const f = finiteOrNull(id, `series[${si}].values[${ci}]`, v);
      if (spec.mode === 'stacked' && f !== null && f < 0)
        throw new ChartSpecError(
          id,
          `series[${si}].values[${ci}]`,
          'a value ≥ 0 in a stacked bar chart',
          f,
        );
      return f;
    });
  });
  const stackTotals = spec.categories.map((_, ci) =>
    values.reduce((sum, vs) => sum + (vs[ci] ?? 0), 0),
  );
  const flat = values.flat().filter((v): v is number => v !== null);
  const target = spec.target && {
    value: finite(id, 'target.value', spec.target.value),
    label: spec.target.label,
  };
  const maxV =
    spec.value.max ??
    Math.max(0, ...(spec.mode === 'stacked' ? stackTotals : flat), target?.value ?? 0);
  const minV = Math.min(0, ...flat);
  const domain: [number, number] = [minV, maxV === minV ? minV + 1 : maxV];

  const legendRow = spec.series.length > 1 ? 18 : 0;
  const m = THEME.margin;
  const vertical = spec.orientation === 'vertical';
  // A horizontal chart's target label sits above the plot, below the legend.
  const top = m.top + legendRow + (!vertical && target ? 14 : 0);
  const catLabelMax = Math.max(...spec.categories.map((c) => labelWidth(c.label)));
  let plot: { x: number; y: number; width: number; height: number };
  let valueTicks: Tick[];
  let scale: (v: number) => number;
  if (vertical) {
    const bottom = size.height - m.bottom;
    const lt = linearTicks(domain, [bottom, top], Math.max(2, Math.round((bottom - top) / 50)));
    const left = Math.max(m.left, Math.max(...lt.ticks.map((t) => labelWidth(t.label))) + 10);
    plot = { x: left, y: top, width: size.width - m.right - left, height: bottom - top };
    valueTicks = lt.ticks;
    scale = lt.scale;
  } else {
    // Category labels sit left of the bars; long ones are cut with "…" (full text in the table).
    const left = Math.min(size.width * 0.35, catLabelMax + 10);
    const right = size.width - m.right - 8;
    const lt = linearTicks(domain, [left, right], Math.max(2, Math.round((right - left) / 80)));
    plot = { x: left, y: top, width: right - left, height: size.height - m.bottom - top };
    valueTicks = lt.ticks;
    scale = lt.scale;
  }
  if (plot.width < 40 || plot.height < 20)
    throw new ChartSpecError(id, 'size', 'room for a plot area (chart too small)', size);

  const band = scaleBand<number>()
    .domain(spec.categories.map((_, i) => i))
    .range(vertical ? [plot.x, plot.x + plot.width] : [plot.y, plot.y + plot.height])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const grouped = spec.mode === 'grouped';
  const inner = scaleBand<number>()
    .domain(spec.series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .paddingInner(grouped && spec.series.length > 1 ? 0.05 : 0);
  const zero = scale(0);

  const bars: PlacedBar[] = [];
  const missing: { x: number; y: number; label: Bilingual }[] = [];
  spec.categories.forEach((c, ci) => {
    let acc = 0;
    const stackMissing: Bilingual[] = [];
    spec.series.forEach((s, si) => {
      const v = values[si]?.[ci] ?? null;
      const start = (band(ci) ?? 0) + (grouped ? (inner(si) ?? 0) : 0);
      const thick = grouped ? inner.bandwidth() : band.bandwidth();
      const what = `${c.label.zh} ${s.name.zh}`;
      const whatEn = `${c.label.en} ${s.name.en}`;
      if (v === null) {
        const label = { zh: `${what}：无数据`, en: `${whatEn}: no data` };
        // In a stack the other segments start at 0, so the mark goes after the stack (below).
        if (!grouped) stackMissing.push(label);
        else {
          const mid = start + thick / 2;
          missing.push({ x: vertical ? mid : zero, y: vertical ? zero : mid, label });
        }
        return;
      }
      const a = scale(grouped ? 0 : acc);
      const b = scale(grouped ? v : acc + v);
      acc += grouped ? 0 : v;
      const lo = Math.min(a, b);
      const len = Math.abs(b - a);
      const label = {
        zh: `${what}：${formatNumber(v)} ${spec.value.unit}`,
        en: `${whatEn}: ${formatNumber(v)} ${spec.value.unit}`,
      };
      const colour = THEME.series[si] ?? THEME.text;
      bars.push(
        vertical
          ? { x: start, y: lo, width: thick, height: len, colour, label }
          : { x: lo, y: start, width: len, height: thick, colour, label },
      );
    });
    const mid = (band(ci) ?? 0) + band.bandwidth() / 2;
    const end = scale(acc);
    // One "no data" mark per stack with a missing part: the stack's total is incomplete.
    stackMissing.forEach((label, k) =>
      missing.push({ x: vertical ? mid : end, y: vertical ? end - k * 14 : mid + k * 14, label }),
    );
  });

  let categoryTicks: Tick[] = spec.categories.map((c, ci) => ({
    pos: (band(ci) ?? 0) + band.bandwidth() / 2,
    label: c.label,
  }));
  if (vertical) {
    const keep = thinLabels(
      categoryTicks.map(
        (t) => [t.pos - labelWidth(t.label) / 2, t.pos + labelWidth(t.label) / 2] as const,
      ),
      4,
    );
    categoryTicks = categoryTicks.filter((_, i) => keep[i]);
  } else {
    const max = plot.x - 10;
    categoryTicks = categoryTicks.map((t) => ({
      pos: t.pos,
      label: {
        zh: truncate(t.label.zh, max, THEME.font.size),
        en: truncate(t.label.en, max, THEME.font.size),
      },
    }));
  }

  return {
    frame: placeFrame(spec, size),
    orientation: spec.orientation,
    plot,
    valueTitle: { label: spec.value.label, unit: spec.value.unit },
    valueTicks,
    categoryTicks,
    zero,
    bars,
    missing,
    ...(target
      ? {
          target: {
            pos: scale(target.value),
            label: {
              zh: `${target.label.zh} ${formatNumber(target.value)}`,
              en: `${target.label.en} ${formatNumber(target.value)}`,
            },
          },
        }
      : {}),
    legend:
      spec.series.length > 1
        ? spec.series.map((s, i) => ({ label: s.name, colour: THEME.series[i] ?? THEME.text }))
        : [],
  };
}
