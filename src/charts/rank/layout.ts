/** Rank over time: inverted axis (rank 1 at the top) with a target band of ranks. */
import { spreadLabels } from '../shared/collide.ts';
import { DAY_MS } from '../shared/dates.ts';
import { ChartSpecError } from '../shared/errors.ts';
import { checkFrame, labelWidth, placeFrame } from '../shared/frame.ts';
import { scaleLinear } from 'd3-scale';
import { truncate } from '../shared/measure.ts';
import { datedValues, seriesGeometry } from '../shared/series.ts';
import { THEME } from '../shared/theme.ts';
import { timeScale, timeTicks } from '../shared/time-axis.ts';
import type { Bilingual, PlacedFrame, RankChartSpec, Size, Tick } from '../shared/types.ts';

export interface PlacedRankChart {
  readonly frame: PlacedFrame;
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly band?: { readonly y: number; readonly height: number; readonly label: Bilingual };
  readonly series: readonly {
    readonly key: string;
    readonly colour: string;
    readonly d: string;
    readonly isolated: readonly (readonly [number, number])[];
    readonly label?: { readonly x: number; readonly y: number; readonly text: Bilingual };
  }[];
  readonly points: readonly {
    readonly x: number;
    readonly y: number;
    readonly colour: string;
    readonly label: Bilingual;
  }[];
}

function isRank(v: number, total: number): boolean {
  return Number.isInteger(v) && v >= 1 && v <= total;
}

export function layoutRank(
  spec: RankChartSpec,
  size: Size = THEME.defaultSize.rank,
): PlacedRankChart {
  checkFrame(spec, size);
  const id = spec.meta.id;
  const total = spec.total;
  if (!Number.isInteger(total) || total < 1)
    throw new ChartSpecError(id, 'total', 'a whole number ≥ 1', total);
  if (spec.series.length === 0 || spec.series.length > THEME.series.length) {
    throw new ChartSpecError(
      id,
      'series',
      `1 to ${THEME.series.length} series`,
      spec.series.length,
    );
  }
  const series = spec.series.map((s, si) => {
    s.points.forEach((p, pi) => {
      if (p.rank !== null && !isRank(p.rank, total))
        throw new ChartSpecError(
          id,
          `series[${si}].points[${pi}].rank`,
          `a whole rank from 1 to ${total} or null`,
          p.rank,
        );
    });
    return {
      s,
      values: datedValues(
        id,
        `series[${si}].points`,
        s.points.map((p) => ({ x: p.x, y: p.rank })),
      ),
    };
  });
  const tg = spec.target;
  if (tg && (!isRank(tg.best, total) || !isRank(tg.worst, total) || tg.best > tg.worst)) {
    throw new ChartSpecError(id, 'target', `best ≤ worst, both whole ranks from 1 to ${total}`, tg);
  }
  const xs = series.flatMap((s) => s.values.map((v) => v.ms));
  if (xs.length === 0) throw new ChartSpecError(id, 'series', 'at least one dated point', 0);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  if (x0 === x1) [x0, x1] = [x0 - DAY_MS, x1 + DAY_MS];

  const m = THEME.margin;
  const top = m.top;
  const bottom = size.height - m.bottom;
  const maxLabel = Math.min(
    size.width * 0.25,
    Math.max(...spec.series.map((s) => labelWidth(s.name))),
  );
  const left = Math.max(m.left, labelWidth({ zh: `第${total}名`, en: `${total}` }) + 10);
  const right = size.width - m.right - maxLabel - 6;
  if (right - left < 40)
    throw new ChartSpecError(
      id,
      'size.width',
      'room for a plot area (chart too small)',
      size.width,
    );
  // Inverted: rank 1 at the top. Half a rank of padding keeps the extreme lines off the edges.
  const y = scaleLinear()
    .domain([0.5, total + 0.5])
    .range([top, bottom]);
  const x = timeScale([x0, x1], [left, right]);
  const px = (ms: number) => x(new Date(ms));
  const tickStep = Math.max(1, Math.ceil(total / Math.max(2, Math.floor((bottom - top) / 24))));
  const ranks = [
    1,
    ...Array.from({ length: Math.floor(total / tickStep) }, (_, i) => (i + 1) * tickStep).filter(
      (r) => r >= 1 + tickStep * 0.75 && r <= total,
    ),
  ];
  if (!ranks.includes(total)) ranks.push(total);
  // Keep the last tick only if it does not crowd the one before it.
  const yTicks: Tick[] = ranks
    .filter((r, i, a) => i === a.length - 1 || r === 1 || y(a[a.length - 1]!) - y(r) >= 14)
    .map((r) => ({ pos: y(r), label: { zh: `第${r}名`, en: String(r) } }));

  const placed = series.map(({ s, values }, i) => ({
    s,
    colour: THEME.series[i] ?? THEME.text,
    g: seriesGeometry(values, spec.step, px, y),
  }));
  const ends = placed.map((p) => p.g.points[p.g.points.length - 1]?.py ?? top);
  const spread = spreadLabels(ends, THEME.font.size + 2, top, bottom);

  return {
    frame: placeFrame(spec, size),
    plot: { x: left, y: top, width: right - left, height: bottom - top },
    xTicks: timeTicks([x0, x1], [left, right]),
    yTicks,
    ...(tg
      ? {
          band: {
            y: y(tg.best - 0.5),
            height: y(tg.worst + 0.5) - y(tg.best - 0.5),
            label: tg.label,
          },
        }
      : {}),
    series: placed.map(({ s, colour, g }, i) => ({
      key: s.key,
      colour,
      d: g.d,
      isolated: g.isolated,
      ...(g.points.length
        ? {
            label: {
              x: right + 6,
              y: spread[i] ?? top,
              text: {
                zh: truncate(s.name.zh, maxLabel, THEME.font.size),
                en: truncate(s.name.en, maxLabel, THEME.font.size),
              },
            },
          }
        : {}),
    })),
    points: placed.flatMap(({ s, colour, g }) =>
      g.points.map((p) => ({
        x: p.px,
        y: p.py,
        colour,
        label:
          spec.totalIsUnitCount === false
            ? {
                zh: `${p.v.x} ${s.name.zh}：第 ${p.v.y} 名`,
                en: `${p.v.x} ${s.name.en}: rank ${p.v.y}`,
              }
            : {
                zh: `${p.v.x} ${s.name.zh}：第 ${p.v.y} 名（共 ${total} 个）`,
                en: `${p.v.x} ${s.name.en}: rank ${p.v.y} of ${total}`,
              },
      })),
    ),
  };
}
