/**
 * Which rulebook applies to a date, and the limits of each (domain.md §1).
 *
 * Regime '2012': GB 3095-2012 (+ 2018 amendment), HJ 633-2012, HJ 663-2013 — through 2026-02-28.
 * Regime '2026': GB 3095—2026 transition phase, HJ 633—2026, HJ 663—2026 — from 2026-03-01.
 * The final phase of GB 3095—2026 (from 2031-01-01) is not modelled: the site's data end long
 * before it, and {@link regimeForDate} refuses dates that would need it.
 */

import { FINAL_PHASE_FROM } from '../records/window.ts';

/** A rulebook: '2012' = GB 3095-2012/HJ 633-2012/HJ 663-2013; '2026' = the 2026 texts. */
export type Regime = '2012' | '2026';
/** Label of a statistic: one regime, or 'mixed' when its days fall under both. */
export type RegimeLabel = Regime | 'mixed';

/** First day of the 2026 rules (GB 3095—2026, HJ 633—2026, HJ 663—2026 all effective). */
export const REGIME_2026_FROM = '2026-03-01';
/**
 * First day of GB 3095—2026's final phase, whose limits this module does not implement. Defined
 * with the data window (the ingest stops at a value of that phase, naming its file and line).
 */
export { FINAL_PHASE_FROM };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `date` is a real calendar date written YYYY-MM-DD. */
export function assertDate(date: string): void {
  const m = DATE_RE.exec(date);
  if (m === null) throw new RangeError(`expected a date YYYY-MM-DD, got "${date}"`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date: "${date}"`);
  }
}

/**
 * The regime of a calendar day (domain.md §1): '2026' from 2026-03-01, otherwise '2012'.
 * Dates from 2031-01-01 throw, because GB 3095—2026's final-phase limits are not implemented.
 */
export function regimeForDate(date: string): Regime {
  assertDate(date);
  if (date >= FINAL_PHASE_FROM) {
    throw new RangeError(
      `${date} falls in GB 3095—2026's final phase (from ${FINAL_PHASE_FROM}), which is not implemented`,
    );
  }
  return date >= REGIME_2026_FROM ? '2026' : '2012';
}

/** Grade-II concentration limits (µg/m³; CO mg/m³) of one regime. */
export interface GradeIILimits {
  readonly regime: Regime;
  /** Source text and table. */
  readonly source: string;
  readonly annual: {
    readonly so2: number;
    readonly no2: number;
    readonly pm10: number;
    readonly pm2_5: number;
  };
  readonly daily: {
    readonly so2: number;
    readonly no2: number;
    readonly pm10: number;
    readonly pm2_5: number;
    readonly co: number;
  };
  readonly hourly: {
    readonly so2: number;
    readonly no2: number;
    readonly co: number;
    readonly o3: number;
  };
  readonly o3_8h: number;
  /** Limits known only from second-hand transcriptions, to be checked against the official PDF. */
  readonly provisional: readonly string[];
}

/** GB 3095-2012 Table 1, grade II (domain.md §3.5, §4.1). */
export const LIMITS_2012: GradeIILimits = {
  regime: '2012',
  source: 'GB 3095-2012 表1 二级',
  annual: { so2: 60, no2: 40, pm10: 70, pm2_5: 35 },
  daily: { so2: 150, no2: 80, pm10: 150, pm2_5: 75, co: 4 },
  hourly: { so2: 500, no2: 200, co: 10, o3: 200 },
  o3_8h: 160,
  provisional: [],
};

/**
 * GB 3095—2026 transition phase (2026-03-01 … 2030-12-31), grade II (domain.md §1). The PM limits
 * are confirmed by MEE's release; the others are "unchanged" per one third-party transcription
 * of the tables (S10), hence provisional.
 */
export const LIMITS_2026: GradeIILimits = {
  regime: '2026',
  source: 'GB 3095—2026 表1 二级（过渡阶段）',
  annual: { so2: 60, no2: 40, pm10: 60, pm2_5: 30 },
  daily: { so2: 150, no2: 80, pm10: 120, pm2_5: 60, co: 4 },
  hourly: { so2: 500, no2: 200, co: 10, o3: 200 },
  o3_8h: 160,
  provisional: [
    'annual.so2',
    'annual.no2',
    'daily.so2',
    'daily.no2',
    'daily.co',
    'hourly',
    'o3_8h',
  ],
};

/** The grade-II limits of a regime. */
export function limitsFor(regime: Regime): GradeIILimits {
  return regime === '2012' ? LIMITS_2012 : LIMITS_2026;
}

/**
 * Rules of the 2026 regime that rest on second-hand readings (domain.md §2.3, §4.2) and must be
 * marked provisional on the methodology page until checked against the official PDFs.
 */
export const PROVISIONAL_2026_RULES: readonly {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}[] = [
  {
    id: 'so2_1h_over_800',
    zh: 'SO2 1小时浓度高于800 µg/m³时分指数取200（HJ 633—2026，转述）',
    en: 'SO2 1-h above 800 µg/m³ gives sub-index 200 (HJ 633—2026, second-hand)',
  },
  {
    id: 'o3_8h_over_800',
    zh: 'O3 8小时浓度高于800 µg/m³时分指数取300（HJ 633—2026，转述）',
    en: 'O3 8-h above 800 µg/m³ gives sub-index 300 (HJ 633—2026, second-hand)',
  },
  {
    id: 'missing_pollutants',
    zh: '缺项时AQI≤100不发布（HJ 633—2026 5.3.1，转述）',
    en: 'With pollutants missing, an AQI ≤ 100 is not published (HJ 633—2026 5.3.1, second-hand)',
  },
  {
    id: 'daily_o3_8h_only',
    zh: '日AQI只用臭氧8小时（转述）',
    en: 'The daily AQI uses O3 8-h only (second-hand)',
  },
  {
    id: 'composite_index_unweighted',
    zh: '综合指数按过渡阶段限值、不加权计算',
    en: 'Composite index with transition limits, unweighted',
  },
  {
    id: 'other_limits_unchanged',
    zh: 'PM以外的二级限值按未变更处理（第三方转录）',
    en: 'Grade-II limits other than PM taken as unchanged (third-party transcription)',
  },
];
