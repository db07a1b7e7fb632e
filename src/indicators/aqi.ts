/**
 * Air quality index (HJ 633-2012 and HJ 633—2026): sub-indices, AQI, category, primary and
 * exceedance pollutants, for the real-time (hourly) and the daily report. domain.md §2.
 */
import { POLLUTANTS, type Pollutant } from '../records/types.ts';
import type { Regime } from './regime.ts';
import { divideCeil, SCALE, toScaled } from './rounding.ts';

/** A column of HJ 633 Table 1 (the averaging time the breakpoints belong to). */
export type BreakpointColumn =
  | 'so2_24h'
  | 'so2_1h'
  | 'no2_24h'
  | 'no2_1h'
  | 'pm10_24h'
  | 'co_24h'
  | 'co_1h'
  | 'o3_1h'
  | 'o3_8h'
  | 'pm2_5_24h';

/** IAQI values at the rows of HJ 633 Table 1. */
export const IAQI_STEPS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

const COLUMN_POLLUTANT: Readonly<Record<BreakpointColumn, Pollutant>> = {
  so2_24h: 'so2',
  so2_1h: 'so2',
  no2_24h: 'no2',
  no2_1h: 'no2',
  pm10_24h: 'pm10',
  co_24h: 'co',
  co_1h: 'co',
  o3_1h: 'o3',
  o3_8h: 'o3',
  pm2_5_24h: 'pm2_5',
};

type Column = readonly (number | null)[];

/**
 * HJ 633-2012 Table 1 (µg/m³; CO mg/m³), one entry per IAQI step; null = no breakpoint (table
 * notes 2 and 3: SO2 1-h above 800 and O3 8-h above 800 have no sub-index on that column).
 */
export const BREAKPOINTS_2012: Readonly<Record<BreakpointColumn, Column>> = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800, null, null, null],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800, null, null],
  pm2_5_24h: [0, 35, 75, 115, 150, 250, 350, 500],
};

/**
 * HJ 633—2026 Table 1: as 2012 except the IAQI-100 breakpoints of PM2.5 (60) and PM10 (120)
 * (domain.md §2.3, [V]).
 */
export const BREAKPOINTS_2026: Readonly<Record<BreakpointColumn, Column>> = {
  ...BREAKPOINTS_2012,
  pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
  pm2_5_24h: [0, 35, 60, 115, 150, 250, 350, 500],
};

/** The breakpoint table of a regime. */
export function breakpoints(regime: Regime): Readonly<Record<BreakpointColumn, Column>> {
  return regime === '2012' ? BREAKPOINTS_2012 : BREAKPOINTS_2026;
}

/**
 * Locate a concentration in a column: the exact rational IAQI = IAQI_lo + num/den with integers,
 * or 'above' past the last defined breakpoint. HJ 633 formula (1).
 */
function locate(
  column: BreakpointColumn,
  concentration: number,
  regime: Regime,
): { lo: number; num: number; den: number } | 'above' {
  const pollutant = COLUMN_POLLUTANT[column];
  if (!Number.isFinite(concentration) || concentration < 0) {
    throw new RangeError(
      `${column}: concentration must be a finite number ≥ 0, got ${concentration}`,
    );
  }
  // Concentrations enter the table at reporting precision (GB/T 8170; domain.md §2.5, T5).
  const c = toScaled(pollutant, concentration);
  const scale = SCALE[pollutant];
  const bps = breakpoints(regime)[column];
  for (let i = 1; i < bps.length; i++) {
    const hiRaw = bps[i];
    const loRaw = bps[i - 1];
    if (hiRaw === null || hiRaw === undefined || loRaw === null || loRaw === undefined) break;
    const hi = hiRaw * scale;
    const lo = loRaw * scale;
    if (c <= hi) {
      const iLo = IAQI_STEPS[i - 1] ?? 0;
      const iHi = IAQI_STEPS[i] ?? 0;
      return { lo: iLo, num: (iHi - iLo) * (c - lo), den: hi - lo };
    }
  }
  return 'above';
}

/**
 * Individual air quality index (IAQI) of one concentration on one column of HJ 633 Table 1,
 * formula (1), rounded up to an integer (HJ 633—2026 §4.2.6; CNEMC practice under 2012). The
 * concentration is first rounded to reporting precision (integer µg/m³, CO 0.1 mg/m³, GB/T 8170),
 * and the arithmetic is exact, so a value on a breakpoint gives that breakpoint's IAQI (75 → 100).
 *
 * Above the last breakpoint: 500 where the column runs to IAQI 500 (the scale tops out, domain.md
 * §2.5); null where the column stops earlier (SO2 1-h > 800, O3 8-h > 800: HJ 633 Table 1 notes
 * 2–3) — the caller applies the regime's replacement rule.
 */
export function iaqi(
  column: BreakpointColumn,
  concentration: number,
  regime: Regime,
): number | null {
  const at = locate(column, concentration, regime);
  if (at === 'above') {
    const last = breakpoints(regime)[column][IAQI_STEPS.length - 1];
    return last === null ? null : 500;
  }
  return at.lo + divideCeil(at.num, at.den);
}

/**
 * The IAQI before rounding up (e.g. 81.25 for PM2.5 60 under 2012), for display of the
 * arithmetic; null where {@link iaqi} has no sub-index, 500 above the top.
 */
export function iaqiUnrounded(
  column: BreakpointColumn,
  concentration: number,
  regime: Regime,
): number | null {
  const at = locate(column, concentration, regime);
  if (at === 'above') return iaqi(column, concentration, regime);
  return at.lo + at.num / at.den;
}

/** Level 1–6 of HJ 633 Table 2. */
export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** One AQI category of HJ 633 Table 2 with its Appendix A colour. */
export interface AqiCategory {
  readonly level: AqiLevel;
  /** Lower and upper AQI of the band (upper null for level 6, "> 300"). */
  readonly min: number;
  readonly max: number | null;
  readonly levelZh: string;
  readonly zh: string;
  readonly en: string;
  readonly colourZh: string;
  readonly colourEn: string;
  readonly hex: string;
  readonly rgb: readonly [number, number, number];
  readonly cmyk: readonly [number, number, number, number];
  /** Health effects and advice of HJ 633 Table 2, in our own words. */
  readonly healthZh: string;
  readonly healthEn: string;
  readonly adviceZh: string;
  readonly adviceEn: string;
}

/** HJ 633 Table 2 categories and Appendix A colours (the same in HJ 633—2026; domain.md §2.4). */
export const CATEGORIES: readonly AqiCategory[] = [
  {
    level: 1,
    min: 0,
    max: 50,
    levelZh: '一级',
    zh: '优',
    en: 'Excellent',
    colourZh: '绿色',
    colourEn: 'green',
    hex: '#00E400',
    rgb: [0, 228, 0],
    cmyk: [40, 0, 100, 0],
    healthZh: '空气质量令人满意，基本没有污染。',
    healthEn: 'Air quality is satisfactory, with little or no pollution.',
    adviceZh: '各类人群都可以正常活动。',
    adviceEn: 'Everyone can go about their activities as usual.',
  },
  {
    level: 2,
    min: 51,
    max: 100,
    levelZh: '二级',
    zh: '良',
    en: 'Good',
    colourZh: '黄色',
    colourEn: 'yellow',
    hex: '#FFFF00',
    rgb: [255, 255, 0],
    cmyk: [0, 0, 100, 0],
    healthZh: '空气质量可以接受，但少数污染物可能对极少数特别敏感的人有轻微影响。',
    healthEn:
      'Air quality is acceptable; some pollutants may slightly affect a very small number of unusually sensitive people.',
    adviceZh: '极少数特别敏感的人应减少户外活动。',
    adviceEn: 'The very few unusually sensitive people should spend less time outdoors.',
  },
  {
    level: 3,
    min: 101,
    max: 150,
    levelZh: '三级',
    zh: '轻度污染',
    en: 'Lightly Polluted',
    colourZh: '橙色',
    colourEn: 'orange',
    hex: '#FF7E00',
    rgb: [255, 126, 0],
    cmyk: [0, 52, 100, 0],
    healthZh: '易感人群症状轻度加重，健康人群出现刺激症状。',
    healthEn:
      'Symptoms of susceptible people get somewhat worse; healthy people notice irritation.',
    adviceZh: '儿童、老人和心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。',
    adviceEn:
      'Children, older people and people with heart or respiratory disease should cut down long or strenuous outdoor exercise.',
  },
  {
    level: 4,
    min: 151,
    max: 200,
    levelZh: '四级',
    zh: '中度污染',
    en: 'Moderately Polluted',
    colourZh: '红色',
    colourEn: 'red',
    hex: '#FF0000',
    rgb: [255, 0, 0],
    cmyk: [0, 100, 100, 0],
    healthZh: '易感人群症状进一步加重，健康人群的心脏和呼吸系统可能受到影响。',
    healthEn:
      'Symptoms of susceptible people get worse still; the heart and lungs of healthy people may be affected.',
    adviceZh:
      '儿童、老人和心脏病、呼吸系统疾病患者应避免长时间、高强度的户外锻炼，一般人群适当减少户外运动。',
    adviceEn:
      'Children, older people and people with heart or respiratory disease should avoid long or strenuous outdoor exercise; everyone else should exercise outdoors less.',
  },
  {
    level: 5,
    min: 201,
    max: 300,
    levelZh: '五级',
    zh: '重度污染',
    en: 'Heavily Polluted',
    colourZh: '紫色',
    colourEn: 'purple',
    hex: '#99004C',
    rgb: [153, 0, 76],
    cmyk: [10, 100, 40, 30],
    healthZh: '心脏病和肺病患者症状明显加重，运动耐受力下降，健康人群普遍出现症状。',
    healthEn:
      'People with heart or lung disease get markedly worse and tolerate exercise less; healthy people commonly have symptoms.',
    adviceZh: '儿童、老人和心脏病、肺病患者应留在室内、停止户外运动，一般人群减少户外运动。',
    adviceEn:
      'Children, older people and people with heart or lung disease should stay indoors and stop outdoor exercise; everyone else should exercise outdoors less.',
  },
  {
    level: 6,
    min: 301,
    max: null,
    levelZh: '六级',
    zh: '严重污染',
    en: 'Severely Polluted',
    colourZh: '褐红色',
    colourEn: 'maroon',
    hex: '#7E0023',
    rgb: [126, 0, 35],
    cmyk: [30, 100, 100, 30],
    healthZh: '健康人群运动耐受力下降，症状明显而强烈，某些疾病可能提前出现。',
    healthEn:
      'Healthy people tolerate exercise less and have marked, strong symptoms; some illnesses may set in early.',
    adviceZh: '儿童、老人和病人应留在室内，避免体力消耗；一般人群应避免户外活动。',
    adviceEn:
      'Children, older people and the sick should stay indoors and avoid exertion; everyone else should avoid outdoor activity.',
  },
];

/** The HJ 633 Table 2 category of an AQI (an integer ≥ 0): 0–50 → 1 … > 300 → 6. */
export function level(aqi: number): AqiCategory {
  if (!Number.isInteger(aqi) || aqi < 0)
    throw new RangeError(`AQI must be an integer ≥ 0, got ${aqi}`);
  const cat = CATEGORIES.find((c) => c.max === null || aqi <= c.max);
  if (cat === undefined) throw new Error('unreachable: level 6 has no upper bound');
  return cat;
}

/** Result of an AQI evaluation. `aqi` null means "not evaluable" — never NaN. */
export interface AqiResult {
  readonly aqi: number | null;
  readonly level: AqiLevel | null;
  /** Integer sub-index of each pollutant that has one. */
  readonly iaqi: Readonly<Partial<Record<Pollutant, number>>>;
  /** 首要污染物: pollutants whose IAQI equals the AQI, only when AQI > 50 (ties: all). */
  readonly primary: readonly Pollutant[];
  /** 超标污染物: pollutants with IAQI > 100. */
  readonly exceedance: readonly Pollutant[];
  /** Pollutants without a sub-index (no value, or no rule to rate it). */
  readonly missing: readonly Pollutant[];
  /** True when the AQI was published with pollutants missing because it already exceeds 100. */
  readonly partial: boolean;
  /** Codes of special rules applied, e.g. 'so2_1h_over_800:24h', 'o3_1h_decisive'. */
  readonly notes: readonly string[];
}

/**
 * Combine sub-indices into an AQI (HJ 633 §4.2: AQI = max IAQI; §4.3 primary pollutant when
 * AQI > 50, ties all primary; exceedance = IAQI > 100).
 *
 * Missing pollutants (HJ 633—2026 §5.3.1 as read second-hand, and what CNEMC publishes under the
 * 2012 rules — every fixture row with a missing pollutant and a published AQI has AQI > 100):
 * when some pollutants lack a sub-index, the AQI is published only if the available ones already
 * give more than 100; otherwise it is not evaluable (null).
 */
function combine(sub: Partial<Record<Pollutant, number>>, notes: string[]): AqiResult {
  const missing = POLLUTANTS.filter((p) => sub[p] === undefined);
  const present = POLLUTANTS.filter((p) => sub[p] !== undefined);
  let max: number | null = null;
  for (const p of present) {
    const v = sub[p] ?? 0;
    if (max === null || v > max) max = v;
  }
  const evaluable = max !== null && (missing.length === 0 || max > 100);
  const aqi = evaluable ? max : null;
  return {
    aqi,
    level: aqi === null ? null : level(aqi).level,
    iaqi: sub,
    primary: aqi !== null && aqi > 50 ? present.filter((p) => sub[p] === aqi) : [],
    exceedance: present.filter((p) => (sub[p] ?? 0) > 100),
    missing,
    partial: aqi !== null && missing.length > 0,
    notes,
  };
}

/** 1-hour concentrations of a station or county hour (µg/m³; CO mg/m³). */
export type HourlyConcentrations = Readonly<Partial<Record<Pollutant, number>>>;

/** Extra values the real-time AQI needs in special cases. */
export interface RealtimeExtras {
  /** SO2 24-h moving mean, used under the 2012 rules when SO2 1-h exceeds 800 µg/m³. */
  readonly so2_24h?: number;
}

/**
 * Real-time (hourly) AQI as the national network publishes it (HJ 633 §5 real-time report;
 * domain.md §2.7–§2.8): PM2.5 and PM10 1-h values on the 24-h columns; SO2, NO2, CO, O3 1-h
 * values on the 1-h columns. The O3 8-h moving mean is published beside it but does not enter.
 *
 * SO2 1-h above 800 µg/m³ (HJ 633 Table 1 note 2): under 2012 SO2's sub-index comes from the SO2
 * 24-h moving mean (`extras.so2_24h`; without it SO2 counts as missing); under 2026 it is 200.
 */
export function realtimeAqi(
  values: HourlyConcentrations,
  regime: Regime,
  extras: RealtimeExtras = {},
): AqiResult {
  const sub: Partial<Record<Pollutant, number>> = {};
  const notes: string[] = [];
  const rate = (p: Pollutant, column: BreakpointColumn): void => {
    const v = values[p];
    if (v === undefined) return;
    const r = iaqi(column, v, regime);
    if (r !== null) sub[p] = r;
  };
  rate('pm2_5', 'pm2_5_24h');
  rate('pm10', 'pm10_24h');
  rate('no2', 'no2_1h');
  rate('co', 'co_1h');
  rate('o3', 'o3_1h');
  rate('so2', 'so2_1h');
  if (values.so2 !== undefined && sub.so2 === undefined) {
    if (regime === '2026') {
      sub.so2 = 200;
      notes.push('so2_1h_over_800:200');
    } else if (extras.so2_24h !== undefined) {
      const r = iaqi('so2_24h', extras.so2_24h, regime);
      if (r !== null) sub.so2 = r;
      notes.push('so2_1h_over_800:24h');
    } else {
      notes.push('so2_1h_over_800:no_24h');
    }
  }
  return combine(sub, notes);
}

/** The daily values the daily AQI rates (µg/m³; CO mg/m³); null = missing or invalid. */
export interface DailyConcentrations {
  readonly so2: number | null;
  readonly no2: number | null;
  readonly pm10: number | null;
  readonly pm2_5: number | null;
  readonly co: number | null;
  readonly o3_8h_max: number | null;
  readonly o3_1h_max: number | null;
}

/**
 * Daily AQI (HJ 633 §5 daily report): 24-h means of SO2, NO2, PM10, PM2.5, CO on the 24-h
 * columns and the O3 daily maximum 8-h mean on the 8-h column.
 *
 * O3 daily max 1-h (docs/decisions/004): under 2012 it is rated on the 1-h column and O3's
 * sub-index is the larger of the two (HJ 633-2012 Table 1 restricts only SO2/NO2/CO 1-h to the
 * real-time report; note 'o3_1h_decisive' marks days where that changes the AQI); under 2026 it
 * does not enter (provisional). O3 8-h above 800: 2012 uses the 1-h sub-index (note 3), 2026
 * sets 300. O3 counts as missing when its daily max 8-h is missing.
 */
export function dailyAqi(daily: DailyConcentrations, regime: Regime): AqiResult {
  const sub: Partial<Record<Pollutant, number>> = {};
  const notes: string[] = [];
  const rate = (p: Pollutant, column: BreakpointColumn, v: number | null): void => {
    if (v === null) return;
    const r = iaqi(column, v, regime);
    if (r !== null) sub[p] = r;
  };
  rate('so2', 'so2_24h', daily.so2);
  rate('no2', 'no2_24h', daily.no2);
  rate('pm10', 'pm10_24h', daily.pm10);
  rate('pm2_5', 'pm2_5_24h', daily.pm2_5);
  rate('co', 'co_24h', daily.co);
  if (daily.o3_8h_max !== null) {
    const i8 = iaqi('o3_8h', daily.o3_8h_max, regime);
    const i1 =
      regime === '2012' && daily.o3_1h_max !== null ? iaqi('o3_1h', daily.o3_1h_max, regime) : null;
    if (i8 === null) {
      if (regime === '2026') {
        sub.o3 = 300;
        notes.push('o3_8h_over_800:300');
      } else if (i1 !== null) {
        sub.o3 = i1;
        notes.push('o3_8h_over_800:1h');
      } else {
        notes.push('o3_8h_over_800:no_1h');
      }
    } else if (i1 !== null && i1 > i8) {
      sub.o3 = i1;
      notes.push('o3_1h_above_8h');
    } else {
      sub.o3 = i8;
    }
  }
  const result = combine(sub, notes);
  if (notes.includes('o3_1h_above_8h')) {
    // Flag days where the 1-h maximum, not the 8-h, sets the day's AQI (docs/decisions/004).
    const without = { ...sub };
    delete without.o3;
    const i8 = daily.o3_8h_max === null ? null : iaqi('o3_8h', daily.o3_8h_max, regime);
    if (i8 !== null) without.o3 = i8;
    if (combine(without, []).aqi !== result.aqi)
      return { ...result, notes: [...notes, 'o3_1h_decisive'] };
  }
  return result;
}
