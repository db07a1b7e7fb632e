/**
 * Chart specs: what page-data hands the chart kit. One spec per chart type, all sharing
 * `ChartMeta`. Dates are calendar dates `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` for monthly and
 * yearly points); the kit treats them as zone-free calendar days, never as instants.
 */

export type { Bilingual, Lang } from '../../i18n/text.ts';
import type { Bilingual } from '../../i18n/text.ts';

export type Cell = string | number | null;

/** A data-table column: its header in both languages. */
export interface TableColumn extends Bilingual {
  /**
   * 'zh' when the column's cells are Chinese text (names or wording as published): English pages
   * mark those cells lang="zh-CN" (WCAG 3.1.2).
   */
  readonly cells?: 'zh';
}

export interface ChartMeta {
  /** ASCII slug, unique on the site: used in ids, file names and `/charts/<id>/`. */
  readonly id: string;
  readonly title: Bilingual;
  /** One sentence that states the finding, generated from data by page-data. */
  readonly headline: Bilingual;
  /** Publisher and dataset, e.g. 中国环境监测总站 · 城市空气质量日报. */
  readonly source: Bilingual;
  /** Date of the latest data behind the chart, `YYYY-MM-DD`. */
  readonly dataDate: string;
  /** True when the data is sample/fictitious: every rendering then carries a visible mark. */
  readonly sample: boolean;
  /** Absolute URL of the chart's permalink page, e.g. `https://…/charts/<id>/`. */
  readonly permalink: string;
  /** The CSV behind the chart (first line is the header); its hash is the data version. */
  readonly csv: string;
  readonly table: {
    readonly columns: readonly TableColumn[];
    readonly rows: readonly (readonly Cell[])[];
  };
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * What a reference value is, so the summary names it right: `target` only for the plan's targets
 * (from the plan data), `limit` for a standard's limit (e.g. the grade-II limit), `threshold` for
 * a boundary that is neither (e.g. AQI 100, the upper end of "good").
 */
export const REFERENCE_KINDS = ['target', 'limit', 'threshold'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** A reference value and what it is. */
export interface Reference {
  readonly value: number;
  readonly kind: ReferenceKind;
  /**
   * For a target: what a value must satisfy to meet it, e.g. '<' for "PM2.5 below 35", '>=' for
   * "good-days ratio reaches 82.5 %". Limits and thresholds are upper bounds. Default '<='.
   */
  readonly comparison?: '<' | '<=' | '>=';
  /** What the summary calls it; default by kind: 目标/target, 限值/limit, 阈值/threshold. */
  readonly name?: Bilingual;
}

/** A horizontal reference value (e.g. a limit or a plan target), optionally limited in time. */
export interface TargetLine extends Reference {
  readonly label: Bilingual;
  /** First date the target applies (inclusive); default: start of the x domain. */
  readonly from?: string;
  /** Last date the target applies (inclusive); default: end of the x domain. */
  readonly to?: string;
  /** A shaded band, e.g. the "meets target" zone between low and high. */
  readonly band?: { readonly low: number; readonly high: number; readonly label: Bilingual };
}

export interface LinePoint {
  readonly x: string;
  /** null = no valid value: the line breaks here (never drawn as 0). */
  readonly y: number | null;
  /**
   * Set when the point's period (month, year) is partial: the last day its data covers,
   * `YYYY-MM-DD`. The summary then says "to 28 Nov" and compares it with no reference.
   */
  readonly partialTo?: string;
}

export interface LineSeries {
  readonly key: string;
  readonly name: Bilingual;
  readonly points: readonly LinePoint[];
  /** Fill the area under the line. */
  readonly area?: boolean;
}

export interface LineChartSpec {
  readonly type: 'line';
  readonly meta: ChartMeta;
  readonly y: {
    readonly label: Bilingual;
    readonly unit: string;
    readonly min?: number;
    readonly max?: number;
  };
  /**
   * Spacing of the points. When set, two consecutive points further apart than one step are not
   * joined, so a missing day or month shows as a gap even when the row is absent.
   */
  readonly step?: 'day' | 'month' | 'year';
  readonly series: readonly LineSeries[];
  readonly targets?: readonly TargetLine[];
  /** Vertical rules with a label, e.g. 2026-03-01 新标准施行 / new standard in force. */
  readonly annotations?: readonly { readonly x: string; readonly label: Bilingual }[];
  /** Straight line from a baseline to the target, the path the plan requires. */
  readonly requiredPath?: {
    readonly from: LinePoint & { readonly y: number };
    readonly to: LinePoint & { readonly y: number };
    readonly label: Bilingual;
  };
}

export interface BarChartSpec {
  readonly type: 'bar';
  readonly meta: ChartMeta;
  readonly orientation: 'vertical' | 'horizontal';
  readonly mode: 'grouped' | 'stacked';
  readonly categories: readonly { readonly key: string; readonly label: Bilingual }[];
  /** values[i] belongs to categories[i]; null = no data (drawn as a "no data" mark, not 0). */
  readonly series: readonly {
    readonly key: string;
    readonly name: Bilingual;
    readonly values: readonly (number | null)[];
  }[];
  readonly value: { readonly label: Bilingual; readonly unit: string; readonly max?: number };
  readonly target?: Reference & { readonly label: Bilingual };
}

export interface CalendarChartSpec {
  readonly type: 'calendar';
  readonly meta: ChartMeta;
  /** First and last day shown (inclusive), `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  /** Daily AQI; a day in range without an entry, or with aqi null, is shown as "no data". */
  readonly days: readonly { readonly date: string; readonly aqi: number | null }[];
}

export interface RankChartSpec {
  readonly type: 'rank';
  readonly meta: ChartMeta;
  /** Number of ranked units (e.g. counties in the province): the bottom of the axis. */
  readonly total: number;
  /**
   * False when the number of units was not published and `total` is only the largest rank known:
   * the axis still ends there, but no label says "of N". Default true.
   */
  readonly totalIsUnitCount?: boolean;
  readonly step?: 'day' | 'month' | 'year';
  readonly series: readonly {
    readonly key: string;
    readonly name: Bilingual;
    readonly points: readonly { readonly x: string; readonly rank: number | null }[];
  }[];
  /** Target ranks, best (smaller number) to worst, e.g. "move up 5–10 places". */
  readonly target?: { readonly best: number; readonly worst: number; readonly label: Bilingual };
}

/**
 * `overdue`: the deadline passed and the source says it was not met. `no-evidence`: the deadline
 * passed and nothing published shows it was met — not the same claim, so not the same word.
 */
export const MILESTONE_STATUSES = [
  'done',
  'in-progress',
  'overdue',
  'no-evidence',
  'not-started',
  'unknown',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface TimelineChartSpec {
  readonly type: 'timeline';
  readonly meta: ChartMeta;
  /** The date the statuses were assessed, drawn as a "today" rule (never the build clock). */
  readonly asOf: string;
  readonly items: readonly {
    readonly key: string;
    readonly label: Bilingual;
    readonly owner?: Bilingual;
    readonly start?: string;
    readonly deadline: string;
    readonly status: MilestoneStatus;
  }[];
}

export interface SparklineSpec {
  readonly type: 'sparkline';
  readonly meta: ChartMeta;
  readonly unit: string;
  readonly step?: 'day' | 'month' | 'year';
  readonly points: readonly LinePoint[];
  readonly target?: Reference;
}

export type ChartSpec =
  | LineChartSpec
  | BarChartSpec
  | CalendarChartSpec
  | RankChartSpec
  | TimelineChartSpec
  | SparklineSpec;

export type ChartType = ChartSpec['type'];

/** What every layout hands its renderer besides the marks: the frame of the `<svg>`. */
export interface PlacedFrame {
  /** Prefix for element ids, derived from the chart id (unique per page and language). */
  readonly id: string;
  readonly type: ChartType;
  readonly width: number;
  readonly height: number;
  readonly title: Bilingual;
  /** The generated text summary (min, max, latest, gap to target). */
  readonly desc: Bilingual;
  readonly sample: boolean;
}

/** One labelled tick of an axis, at a pixel position along that axis. */
export interface Tick {
  readonly pos: number;
  readonly label: Bilingual;
}
