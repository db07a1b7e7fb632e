/** KPI sparkline for the scoreboard: a small line, its target and the latest point, no axes. */
import { scaleLinear } from 'd3-scale';
import { DAY_MS } from '../shared/dates.ts';
import { ChartSpecError, finite } from '../shared/errors.ts';
import { formatNumber } from '../shared/format.ts';
import { checkFrame, placeFrame } from '../shared/frame.ts';
import { datedValues, seriesGeometry } from '../shared/series.ts';
import { THEME } from '../shared/theme.ts';
import { timeScale } from '../shared/time-axis.ts';
import type { Bilingual, PlacedFrame, Size, SparklineSpec } from '../shared/types.ts';

export interface PlacedSparkline {
  readonly frame: PlacedFrame;
  readonly d: string;
  readonly isolated: readonly (readonly [number, number])[];
  readonly target?: { readonly y: number; readonly x1: number; readonly x2: number };
  readonly last?: { readonly x: number; readonly y: number };
  readonly points: readonly { readonly x: number; readonly y: number; readonly label: Bilingual }[];
}

const PAD = 3;

export function layoutSparkline(
  spec: SparklineSpec,
  size: Size = THEME.defaultSize.sparkline,
): PlacedSparkline {
  checkFrame(spec, size);
  const id = spec.meta.id;
  const values = datedValues(id, 'points', spec.points);
  if (values.length === 0) throw new ChartSpecError(id, 'points', 'at least one dated point', 0);
  const target =
    spec.target === undefined ? undefined : finite(id, 'target.value', spec.target.value);
  const ys = [
    ...values.flatMap((v) => (v.y === null ? [] : [v.y])),
    ...(target === undefined ? [] : [target]),
  ];
  let y0 = ys.length ? Math.min(...ys) : 0;
  let y1 = ys.length ? Math.max(...ys) : 1;
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  let x0 = values[0]!.ms;
  let x1 = values[values.length - 1]!.ms;
  if (x0 === x1) [x0, x1] = [x0 - DAY_MS, x1 + DAY_MS];
  const x = timeScale([x0, x1], [PAD, size.width - PAD]);
  const px = (ms: number) => x(new Date(ms));
  const y = scaleLinear()
    .domain([y0, y1])
    .range([size.height - PAD, PAD]);
  const g = seriesGeometry(values, spec.step, px, y);
  const last = g.points[g.points.length - 1];
  return {
    frame: placeFrame(spec, size),
    d: g.d,
    isolated: g.isolated,
    ...(target === undefined ? {} : { target: { y: y(target), x1: PAD, x2: size.width - PAD } }),
    ...(last ? { last: { x: last.px, y: last.py } } : {}),
    points: g.points.map((p) => {
      const v = `${formatNumber(p.v.y)} ${spec.unit}`.trim();
      return { x: p.px, y: p.py, label: { zh: `${p.v.x}：${v}`, en: `${p.v.x}: ${v}` } };
    }),
  };
}
