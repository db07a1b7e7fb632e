/**
 * Line/area chart over time: target lines and bands, real gaps for missing data, annotations
 * (e.g. the 2026-03-01 regime switch) and an optional required-path line.
 */
import { spreadLabels, stackRows } from '../shared/collide.ts';
import { DAY_MS, parseDate } from '../shared/dates.ts';
import { ChartSpecError, finite } from '../shared/errors.ts';
import { formatNumber } from '../shared/format.ts';
import { checkFrame, labelWidth, linearTicks, placeFrame } from '../shared/frame.ts';
import { truncate } from '../shared/measure.ts';
import { datedValues, seriesGeometry } from '../shared/series.ts';
import { THEME } from '../shared/theme.ts';
import { timeScale, timeTicks } from '../shared/time-axis.ts';
import type { Bilingual, LineChartSpec, PlacedFrame, Size, Tick } from '../shared/types.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLineChart {
  readonly frame: PlacedFrame;
  readonly plot: Rect;
  readonly yTitle: { readonly label: Bilingual; readonly unit: string };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly bands: readonly (Rect & { readonly label: Bilingual })[];
  readonly targets: readonly {
    readonly x1: number;
    readonly x2: number;
    readonly y: number;
    readonly label: Bilingual;
  }[];
  readonly annotations: readonly {
    readonly x: number;
    readonly labelY: number;
    readonly anchor: 'start' | 'end';
    readonly label: Bilingual;
  }[];
  readonly requiredPath?: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
    readonly label: Bilingual;
  };
  readonly series: readonly {
    readonly key: string;
    readonly colour: string;
    readonly d: string;
    readonly area?: string;
    readonly isolated: readonly (readonly [number, number])[];
    /** Direct label at the right end of the line (after collision handling). */
    readonly label?: { readonly x: number; readonly y: number; readonly text: Bilingual };
  }[];
  /** One focusable data point each, numbered in order for the keyboard (data-i). */
  readonly points: readonly {
    readonly x: number;
    readonly y: number;
    readonly colour: string;
    readonly label: Bilingual;
  }[];
}

const LABEL_GAP = 6;

export function layoutLine(
  spec: LineChartSpec,
  size: Size = THEME.defaultSize.line,
): PlacedLineChart {
  checkFrame(spec, size);
  const id = spec.meta.id;
  if (spec.series.length === 0) throw new ChartSpecError(id, 'series', 'at least one series', []);
  if (spec.series.length > THEME.series.length) {
    throw new ChartSpecError(
      id,
      'series',
      `at most ${THEME.series.length} series (one colour each)`,
      spec.series.length,
    );
  }
  const series = spec.series.map((s, i) => ({
    s,
    values: datedValues(id, `series[${i}].points`, s.points),
  }));
  const targets = (spec.targets ?? []).map((t, i) => ({
    t,
    value: finite(id, `targets[${i}].value`, t.value),
    from: t.from === undefined ? undefined : parseDate(id, `targets[${i}].from`, t.from),
    to: t.to === undefined ? undefined : parseDate(id, `targets[${i}].to`, t.to),
  }));
  const annotations = (spec.annotations ?? []).map((a, i) => ({
    a,
    ms: parseDate(id, `annotations[${i}].x`, a.x),
  }));
  const rp = spec.requiredPath;
  const rpMs = rp && {
    x1: parseDate(id, 'requiredPath.from.x', rp.from.x),
    y1: finite(id, 'requiredPath.from.y', rp.from.y),
    x2: parseDate(id, 'requiredPath.to.x', rp.to.x),
    y2: finite(id, 'requiredPath.to.y', rp.to.y),
  };

  // Domains: x spans every dated thing drawn; y starts at 0 for non-negative data (concentrations).
  const xs = [
    ...series.flatMap((s) => s.values.map((v) => v.ms)),
    ...annotations.map((a) => a.ms),
    ...(rpMs ? [rpMs.x1, rpMs.x2] : []),
  ];
  if (xs.length === 0) throw new ChartSpecError(id, 'series', 'at least one dated point', 0);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  if (x0 === x1) [x0, x1] = [x0 - DAY_MS, x1 + DAY_MS];
  const ys = [
    ...series.flatMap((s) => s.values.flatMap((v) => (v.y === null ? [] : [v.y]))),
    ...targets.flatMap((t) => [t.value, ...(t.t.band ? [t.t.band.low, t.t.band.high] : [])]),
    ...(rpMs ? [rpMs.y1, rpMs.y2] : []),
  ];
  const dataMin = ys.length ? Math.min(...ys) : 0;
  const dataMax = ys.length ? Math.max(...ys) : 1;
  const yMin = spec.y.min ?? Math.min(0, dataMin);
  const yMax = spec.y.max ?? (dataMax === yMin ? yMin + 1 : dataMax);

  // Right margin holds the direct series labels (only when there is more than one series).
  const showLabels = spec.series.length > 1;
  const maxLabel = Math.min(
    size.width * 0.25,
    Math.max(0, ...spec.series.map((s) => labelWidth(s.name))),
  );
  const m = THEME.margin;
  const top = m.top + (annotations.length ? 16 : 0);
  const bottom = size.height - m.bottom;
  const { scale: y, ticks: yTicks } = linearTicks(
    [yMin, yMax],
    [bottom, top],
    Math.max(2, Math.round((bottom - top) / 50)),
  );
  const left = Math.max(m.left, Math.max(...yTicks.map((t) => labelWidth(t.label))) + 10);
  const right = size.width - m.right - (showLabels ? maxLabel + LABEL_GAP : 0);
  if (right - left < 40 || bottom - top < 20)
    throw new ChartSpecError(id, 'size', 'room for a plot area (chart too small)', size);
  const x = timeScale([x0, x1], [left, right]);
  const px = (ms: number) => x(new Date(ms));
  const xTicks = timeTicks([x0, x1], [left, right]);

  const placed = series.map(({ s, values }, i) => {
    const colour = THEME.series[i] ?? THEME.text;
    const g = seriesGeometry(
      values,
      spec.step,
      px,
      y,
      s.area ? Math.max(yMin, Math.min(0, yMax)) : undefined,
    );
    return { s, colour, g };
  });

  // Direct labels at each series' last defined point, spread so they do not overlap.
  const ends = placed.map((p) => p.g.points[p.g.points.length - 1]?.py ?? (top + bottom) / 2);
  const spread = spreadLabels(ends, THEME.font.size + 2, top, bottom);

  const points = placed.flatMap(({ s, colour, g }) =>
    g.points.map((p) => {
      const v = formatNumber(p.v.y);
      return {
        x: p.px,
        y: p.py,
        colour,
        label: {
          zh: `${p.v.x} ${s.name.zh}：${v} ${spec.y.unit}`,
          en: `${p.v.x} ${s.name.en}: ${v} ${spec.y.unit}`,
        },
      };
    }),
  );

  // Annotation labels stack into rows when they would overlap.
  // A label that would run past the plot (into the series labels) is set to the left of its rule instead.
  const anchors = annotations.map(({ ms, a }) =>
    px(ms) + 3 + labelWidth(a.label, THEME.font.small) > right ? 'end' : 'start',
  );
  const annSpans = annotations.map(({ ms, a }, i) => {
    const w = labelWidth(a.label, THEME.font.small);
    return anchors[i] === 'end'
      ? ([px(ms) - 3 - w, px(ms) - 3] as const)
      : ([px(ms) + 3, px(ms) + 3 + w] as const);
  });
  const rows = stackRows(annSpans, 4);

  return {
    frame: placeFrame(spec, size),
    plot: { x: left, y: top, width: right - left, height: bottom - top },
    yTitle: { label: spec.y.label, unit: spec.y.unit },
    xTicks,
    yTicks,
    bands: targets.flatMap(({ t, from, to }) => {
      if (!t.band) return [];
      const bx1 = from === undefined ? left : Math.max(left, px(from));
      const bx2 = to === undefined ? right : Math.min(right, px(to));
      const yHi = y(Math.min(t.band.high, yMax));
      const yLo = y(Math.max(t.band.low, yMin));
      return bx2 > bx1 && yLo > yHi
        ? [{ x: bx1, y: yHi, width: bx2 - bx1, height: yLo - yHi, label: t.band.label }]
        : [];
    }),
    targets: targets.flatMap(({ t, value, from, to }) => {
      const tx1 = from === undefined ? left : Math.max(left, px(from));
      const tx2 = to === undefined ? right : Math.min(right, px(to));
      if (tx2 <= tx1 || value < yMin || value > yMax) return [];
      return [
        {
          x1: tx1,
          x2: tx2,
          y: y(value),
          label: {
            zh: `${t.label.zh} ${formatNumber(value)}`,
            en: `${t.label.en} ${formatNumber(value)}`,
          },
        },
      ];
    }),
    annotations: annotations.map(({ a, ms }, i) => ({
      x: px(ms),
      labelY: m.top + 2 + (rows[i] ?? 0) * 14,
      anchor: anchors[i] ?? 'start',
      label: a.label,
    })),
    ...(rp && rpMs
      ? {
          requiredPath: {
            x1: px(rpMs.x1),
            y1: y(rpMs.y1),
            x2: px(rpMs.x2),
            y2: y(rpMs.y2),
            label: rp.label,
          },
        }
      : {}),
    series: placed.map(({ s, colour, g }, i) => ({
      key: s.key,
      colour,
      d: g.d,
      ...(g.area === undefined ? {} : { area: g.area }),
      isolated: g.isolated,
      ...(showLabels && g.points.length
        ? {
            label: {
              x: right + LABEL_GAP,
              y: spread[i] ?? 0,
              text: {
                zh: truncate(s.name.zh, maxLabel, THEME.font.size),
                en: truncate(s.name.en, maxLabel, THEME.font.size),
              },
            },
          }
        : {}),
    })),
    points,
  };
}
