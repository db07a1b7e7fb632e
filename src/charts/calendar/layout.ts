/**
 * Calendar heatmap of daily AQI: one column per week (Monday on top), one cell per day, coloured
 * by HJ 633 category. Days in range without a value are "no data" cells, never a colour.
 */
import { AQI_CATEGORIES, aqiCategory } from '../shared/aqi.ts';
import { thinLabels } from '../shared/collide.ts';
import { DAY_MS, formatDay, parseDate, weekdayMon0 } from '../shared/dates.ts';
import { ChartSpecError } from '../shared/errors.ts';
import { monthLabel } from '../shared/format.ts';
import { checkFrame, labelWidth, placeFrame } from '../shared/frame.ts';
import { textWidth } from '../shared/measure.ts';
import { STRINGS } from '../shared/strings.ts';
import { THEME } from '../shared/theme.ts';
import type {
  Bilingual,
  CalendarChartSpec,
  Lang,
  PlacedFrame,
  Size,
  Tick,
} from '../shared/types.ts';

export interface PlacedCalendarChart {
  readonly frame: PlacedFrame;
  readonly cell: number;
  readonly gap: number;
  /** Weekday labels (Monday, Wednesday, Friday) at row centres. */
  readonly weekdays: readonly Tick[];
  readonly weekdayX: number;
  /** Month labels at the column of each month's first day. */
  readonly months: readonly Tick[];
  readonly monthY: number;
  /** Cells in date order; level is the AQI category 1…6, or null for no data. */
  readonly cells: readonly {
    readonly x: number;
    readonly y: number;
    readonly level: number | null;
    readonly label: Bilingual;
  }[];
  readonly legendY: number;
  readonly legendX: number;
  /** Right edge for the legend flow; items wrap onto a second row past it. */
  readonly legendMaxX: number;
}

export const LEGEND_ROW = 16;

/** Legend flow: swatch + word per item, wrapping at maxX. Shared by layout (height) and render. */
export function flowLegend(
  labels: readonly string[],
  x0: number,
  maxX: number,
): { x: number; row: number }[] {
  let x = x0;
  let row = 0;
  return labels.map((l) => {
    const w = 13 + textWidth(l, THEME.font.small);
    if (x > x0 && x + w > maxX) {
      row += 1;
      x = x0;
    }
    const at = { x, row };
    x += w + 12;
    return at;
  });
}

export function legendLabels(lang: Lang): string[] {
  return [...AQI_CATEGORIES.map((c) => c.name[lang]), STRINGS.noData[lang]];
}

const WEEKDAYS: readonly Bilingual[] = [
  { zh: '一', en: 'Mon' },
  { zh: '三', en: 'Wed' },
  { zh: '五', en: 'Fri' },
];

export function layoutCalendar(
  spec: CalendarChartSpec,
  size: Size = THEME.defaultSize.calendar,
): PlacedCalendarChart {
  checkFrame(spec, size);
  const id = spec.meta.id;
  const from = parseDate(id, 'from', spec.from);
  const to = parseDate(id, 'to', spec.to);
  if (to < from)
    throw new ChartSpecError(id, 'to', `a date on or after from (${spec.from})`, spec.to);
  const nDays = Math.round((to - from) / DAY_MS) + 1;
  if (nDays > 400)
    throw new ChartSpecError(
      id,
      'to',
      'at most 400 days after from (one calendar per year)',
      spec.to,
    );

  const byDay = new Map<number, number | null>();
  spec.days.forEach((d, i) => {
    const ms = parseDate(id, `days[${i}].date`, d.date);
    if (ms < from || ms > to)
      throw new ChartSpecError(
        id,
        `days[${i}].date`,
        `a date from ${spec.from} to ${spec.to}`,
        d.date,
      );
    if (byDay.has(ms)) throw new ChartSpecError(id, `days[${i}].date`, 'each date once', d.date);
    if (d.aqi !== null && (typeof d.aqi !== 'number' || !Number.isFinite(d.aqi) || d.aqi < 0)) {
      throw new ChartSpecError(id, `days[${i}].aqi`, 'a finite AQI ≥ 0 or null', d.aqi);
    }
    byDay.set(ms, d.aqi);
  });

  const offset = weekdayMon0(from);
  const nWeeks = Math.ceil((nDays + offset) / 7);
  // Latin width is only estimated (0.55 em); 'Mon'/'Wed' run wider, so leave slack.
  const left = 14 + 1.2 * Math.max(...WEEKDAYS.map((w) => labelWidth(w, THEME.font.small)));
  const top = THEME.margin.top + 14; // month labels above the grid
  const gap = 1.5;
  const cell = Math.min(18, (size.width - left - THEME.margin.right) / nWeeks - gap);
  if (cell < 4)
    throw new ChartSpecError(id, 'size.width', `room for ${nWeeks} week columns`, size.width);
  const pitch = cell + gap;
  const gridBottom = top + 7 * pitch;
  const legendY = gridBottom + 22;
  const legendMaxX = size.width - THEME.margin.right;
  const legendRows =
    Math.max(
      ...(['zh', 'en'] as const).map((l) =>
        Math.max(...flowLegend(legendLabels(l), left, legendMaxX).map((f) => f.row)),
      ),
    ) + 1;
  const height = legendY + (legendRows - 1) * LEGEND_ROW + 10;
  const frame = placeFrame(spec, { width: size.width, height });

  const cells = Array.from({ length: nDays }, (_, k) => {
    const ms = from + k * DAY_MS;
    const col = Math.floor((k + offset) / 7);
    const row = (k + offset) % 7;
    const aqi = byDay.get(ms) ?? null;
    const date = formatDay(ms);
    if (aqi === null) {
      return {
        x: left + col * pitch,
        y: top + row * pitch,
        level: null,
        label: { zh: `${date} 无数据`, en: `${date} no data` },
      };
    }
    const cat = aqiCategory(aqi);
    return {
      x: left + col * pitch,
      y: top + row * pitch,
      level: cat.level,
      label: { zh: `${date} AQI ${aqi} ${cat.name.zh}`, en: `${date} AQI ${aqi} ${cat.name.en}` },
    };
  });

  const months: Tick[] = [];
  for (let k = 0; k < nDays; k++) {
    const d = new Date(from + k * DAY_MS);
    if (k === 0 || d.getUTCDate() === 1) {
      const col = Math.floor((k + offset) / 7);
      months.push({
        pos: left + col * pitch,
        label: monthLabel(d.getTime(), k === 0 || d.getUTCMonth() === 0),
      });
    }
  }
  const keep = thinLabels(
    months.map((m) => [m.pos, m.pos + labelWidth(m.label, THEME.font.small)] as const),
    4,
  );

  return {
    frame,
    cell,
    gap,
    weekdays: WEEKDAYS.map((w, i) => ({ pos: top + i * 2 * pitch + cell / 2, label: w })),
    weekdayX: left - 6,
    months: months.filter((_, i) => keep[i]),
    monthY: top - 5,
    cells,
    legendX: left,
    legendY,
    legendMaxX,
  };
}
