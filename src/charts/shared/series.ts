/** Gap-aware line geometry shared by the line, rank and sparkline charts. */
import { area, line } from 'd3-shape';
import { addStep, parseDate } from './dates.ts';
import { ChartSpecError, finiteOrNull } from './errors.ts';
import { roundPath } from './svg.ts';

export interface DatedValue {
  readonly ms: number;
  readonly x: string;
  readonly y: number | null;
}

/** Parse and check a series: valid dates, finite-or-null values, strictly increasing dates. */
export function datedValues(
  chartId: string,
  path: string,
  points: readonly { readonly x: string; readonly y: number | null }[],
): DatedValue[] {
  let prev = -Infinity;
  return points.map((p, i) => {
    const ms = parseDate(chartId, `${path}[${i}].x`, p.x);
    if (ms <= prev)
      throw new ChartSpecError(
        chartId,
        `${path}[${i}].x`,
        'dates in strictly increasing order',
        p.x,
      );
    prev = ms;
    return { ms, x: p.x, y: finiteOrNull(chartId, `${path}[${i}].y`, p.y) };
  });
}

/**
 * Insert a break wherever two consecutive points are more than one step apart, so an absent
 * row is a gap just like a null value.
 */
export function withBreaks(
  values: readonly DatedValue[],
  step: 'day' | 'month' | 'year' | undefined,
): (DatedValue | null)[] {
  const out: (DatedValue | null)[] = [];
  values.forEach((v, i) => {
    const prev = values[i - 1];
    if (step && prev && addStep(prev.ms, step) < v.ms) out.push(null);
    out.push(v.y === null ? null : v);
  });
  return out;
}

export interface SeriesGeometry {
  /** Path data with real gaps ('' when nothing is drawable). */
  readonly d: string;
  /** Area path under the line down to `baseline` (when asked). */
  readonly area?: string;
  /** Points with no defined neighbour: invisible in a line, so drawn as dots. */
  readonly isolated: readonly (readonly [number, number])[];
  /** Every defined point in pixels, in date order. */
  readonly points: readonly {
    readonly v: DatedValue & { y: number };
    readonly px: number;
    readonly py: number;
  }[];
}

export function seriesGeometry(
  values: readonly DatedValue[],
  step: 'day' | 'month' | 'year' | undefined,
  x: (ms: number) => number,
  y: (v: number) => number,
  baseline?: number,
): SeriesGeometry {
  const seq = withBreaks(values, step);
  const defined = (d: DatedValue | null): d is DatedValue & { y: number } =>
    d !== null && d.y !== null;
  const gen = line<DatedValue | null>()
    .defined(defined)
    .x((d) => x(d?.ms ?? 0))
    .y((d) => y(d?.y ?? 0));
  const isolated = seq.flatMap((d, i) =>
    defined(d) && !defined(seq[i - 1] ?? null) && !defined(seq[i + 1] ?? null)
      ? [[x(d.ms), y(d.y)] as const]
      : [],
  );
  const points = seq.filter(defined).map((v) => ({ v, px: x(v.ms), py: y(v.y) }));
  const geom: SeriesGeometry = { d: roundPath(gen(seq) ?? ''), isolated, points };
  if (baseline === undefined) return geom;
  const areaGen = area<DatedValue | null>()
    .defined(defined)
    .x((d) => x(d?.ms ?? 0))
    .y0(y(baseline))
    .y1((d) => y(d?.y ?? 0));
  return { ...geom, area: roundPath(areaGen(seq) ?? '') };
}
