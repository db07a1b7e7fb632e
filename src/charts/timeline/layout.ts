/**
 * Timeline / Gantt of milestones: one row per milestone sorted by deadline, an optional bar from
 * start to deadline, and a marker whose shape and printed word carry the status.
 */
import { DAY_MS, parseDate } from '../shared/dates.ts';
import { ChartSpecError } from '../shared/errors.ts';
import { checkFrame, labelWidth, placeFrame } from '../shared/frame.ts';
import { truncate } from '../shared/measure.ts';
import { STATUS_NAMES } from '../shared/strings.ts';
import { THEME } from '../shared/theme.ts';
import { timeScale, timeTicks } from '../shared/time-axis.ts';
import { MILESTONE_STATUSES } from '../shared/types.ts';
import type {
  Bilingual,
  MilestoneStatus,
  PlacedFrame,
  Size,
  Tick,
  TimelineChartSpec,
} from '../shared/types.ts';

export const ROW = 26;

export interface PlacedTimelineChart {
  readonly frame: PlacedFrame;
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly xTicks: readonly Tick[];
  readonly asOf: { readonly x: number; readonly label: Bilingual };
  readonly rows: readonly {
    readonly y: number;
    readonly label: Bilingual;
    readonly bar?: { readonly x1: number; readonly x2: number };
    readonly marker: number;
    readonly status: MilestoneStatus;
    /** Status word beside the marker, on whichever side has room. */
    readonly statusAnchor: 'start' | 'end';
    readonly tip: Bilingual;
  }[];
  /** Statuses present, for the legend (shape + word). */
  readonly legend: readonly MilestoneStatus[];
}

export function layoutTimeline(
  spec: TimelineChartSpec,
  size: Size = THEME.defaultSize.timeline,
): PlacedTimelineChart {
  const id = spec.meta.id;
  if (spec.items.length === 0) throw new ChartSpecError(id, 'items', 'at least one milestone', []);
  const top = THEME.margin.top + 18; // legend row
  const height = Math.max(size.height, top + spec.items.length * ROW + THEME.margin.bottom);
  checkFrame(spec, { width: size.width, height });
  const asOf = parseDate(id, 'asOf', spec.asOf);
  const items = spec.items
    .map((it, i) => {
      if (!MILESTONE_STATUSES.includes(it.status))
        throw new ChartSpecError(
          id,
          `items[${i}].status`,
          MILESTONE_STATUSES.join(' | '),
          it.status,
        );
      const deadline = parseDate(id, `items[${i}].deadline`, it.deadline);
      const start =
        it.start === undefined ? undefined : parseDate(id, `items[${i}].start`, it.start);
      if (start !== undefined && start > deadline)
        throw new ChartSpecError(
          id,
          `items[${i}].start`,
          `a date on or before the deadline ${it.deadline}`,
          it.start,
        );
      return { it, i, deadline, start };
    })
    // Sorted by deadline; input order breaks ties so the output is deterministic.
    .sort((a, b) => a.deadline - b.deadline || a.i - b.i);

  const xs = [
    asOf,
    ...items.flatMap((x) => (x.start === undefined ? [x.deadline] : [x.start, x.deadline])),
  ];
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  if (x0 === x1) [x0, x1] = [x0 - DAY_MS, x1 + DAY_MS];
  const labelMax = Math.min(
    size.width * 0.35,
    Math.max(...spec.items.map((x) => labelWidth(x.label))),
  );
  const left = labelMax + 12;
  const right = size.width - THEME.margin.right - 8;
  if (right - left < 60)
    throw new ChartSpecError(
      id,
      'size.width',
      'room for a time axis (chart too small)',
      size.width,
    );
  const x = timeScale([x0, x1], [left, right]);
  const px = (ms: number) => x(new Date(ms));
  const bottom = top + items.length * ROW;

  return {
    frame: placeFrame(spec, { width: size.width, height }),
    plot: { x: left, y: top, width: right - left, height: bottom - top },
    xTicks: timeTicks([x0, x1], [left, right]),
    asOf: { x: px(asOf), label: { zh: `评估日 ${spec.asOf}`, en: `As of ${spec.asOf}` } },
    rows: items.map(({ it, deadline, start }, k) => {
      const mx = px(deadline);
      const status = STATUS_NAMES[it.status];
      const wordW = labelWidth(status, THEME.font.small);
      const owner = it.owner
        ? { zh: `（${it.owner.zh}）`, en: ` (${it.owner.en})` }
        : { zh: '', en: '' };
      return {
        y: top + k * ROW + ROW / 2,
        label: {
          zh: truncate(it.label.zh, labelMax, THEME.font.size),
          en: truncate(it.label.en, labelMax, THEME.font.size),
        },
        ...(start === undefined ? {} : { bar: { x1: px(start), x2: mx } }),
        marker: mx,
        status: it.status,
        statusAnchor: mx + 8 + wordW > size.width - 2 ? 'end' : 'start',
        tip: {
          zh: `${it.label.zh}${owner.zh}：截止 ${it.deadline}，${status.zh}`,
          en: `${it.label.en}${owner.en}: deadline ${it.deadline}, ${status.en}`,
        },
      };
    }),
    legend: MILESTONE_STATUSES.filter((s) => spec.items.some((it) => it.status === s)),
  };
}
