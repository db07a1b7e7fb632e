/**
 * Daily values of one area (station or county) for one natural day: 24-h means, O3 8-h moving
 * means, O3 daily maximum 8-h and 1-h, and the daily AQI under the day's regime.
 *
 * A natural day D is the hourly values labelled D 01:00 … D 23:00 and D+1 00:00 ("24:00"), the
 * hour-ending labelling of HJ 663 Table A.1 (docs/decisions/003).
 */
import { POLLUTANTS, type Pollutant, type StationHour } from '../records/types.ts';
import { dayOfLabel, hourOfDay } from '../records/time.ts';
import { dailyAqi, type AqiResult } from './aqi.ts';
import { regimeForDate, type Regime } from './regime.ts';
import { divideHalfEven, fromScaled, toScaled } from './rounding.ts';

/** Marker for a missing hour in a {@link DayGrid}. */
export const MISSING = 0xffff;
/** Largest value a grid cell holds (µg/m³, or CO in 0.1 mg/m³). */
export const MAX_SCALED = 0xfffe;

/** Index of each pollutant in a grid row. */
export const POLLUTANT_INDEX: Readonly<Record<Pollutant, number>> = {
  so2: 0,
  no2: 1,
  pm10: 2,
  pm2_5: 3,
  co: 4,
  o3: 5,
};

/**
 * One area-day of hourly values, compact: 24 hours × 6 pollutants, each an integer at reporting
 * precision (µg/m³; CO in 0.1 mg/m³), {@link MISSING} where absent. Cell (h, p) for hour-of-day
 * h = 1…24 is at (h − 1) × 6 + POLLUTANT_INDEX[p].
 */
export type DayGrid = Uint16Array;

/** A fresh grid with every cell missing. */
export function emptyDayGrid(): DayGrid {
  return new Uint16Array(24 * POLLUTANTS.length).fill(MISSING);
}

/** The scaled value of hour h (1…24) and pollutant p, or null. */
export function gridValue(grid: DayGrid, hour: number, p: Pollutant): number | null {
  const v = grid[(hour - 1) * POLLUTANTS.length + POLLUTANT_INDEX[p]];
  return v === undefined || v === MISSING ? null : v;
}

/** A daily statistic with the number of values behind it and whether it meets its rule. */
export interface DailyStat {
  /** Reported value (integer µg/m³, CO 1 decimal), null when invalid. */
  readonly value: number | null;
  readonly count: number;
  readonly valid: boolean;
}

/** Minimum hourly values for a 24-h mean (GB 3095-2012 Table 4: at least 20 h in the natural day). */
export const MIN_HOURS_24H = 20;
/** Minimum hourly values for an 8-h O3 moving mean (GB 3095-2012 Table 4: at least 6 of 8). */
export const MIN_HOURS_8H = 6;
/** Minimum valid 8-h means for the O3 daily max 8-h (HJ 663-2013 §6.1.2: 14 of the 17 labelled 8…24). */
export const MIN_WINDOWS_8H = 14;
/** The O3 daily max 8-h is valid with fewer windows when it exceeds this (µg/m³; HJ 663 §6.1.2). */
export const O3_8H_EXCEPTION = 160;

/**
 * Mean of scaled integer values rounded half to even (GB/T 8170), or null when empty. Exact: the
 * sum of integers is exact, and the quotient is rounded as a rational.
 */
export function scaledMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return divideHalfEven(sum, values.length);
}

/**
 * 24-h mean of one pollutant over a natural day (GB 3095-2012 Table 4: valid with at least 20
 * hourly values; the mean of the available hours, never filled), at reporting precision.
 */
export function dailyMean(grid: DayGrid, p: Pollutant): DailyStat {
  const vals: number[] = [];
  for (let h = 1; h <= 24; h++) {
    const v = gridValue(grid, h, p);
    if (v !== null) vals.push(v);
  }
  const valid = vals.length >= MIN_HOURS_24H;
  const m = scaledMean(vals);
  return { value: valid && m !== null ? fromScaled(p, m) : null, count: vals.length, valid };
}

/**
 * The O3 8-h moving mean labelled with hour-of-day `label` (8…24) within the day: the mean of the
 * 1-h values labelled label−7 … label (HJ 663 Table A.1), valid with at least 6 of 8 (GB 3095-2012
 * Table 4). Returns the scaled rounded mean and the count.
 */
export function o3Window(grid: DayGrid, label: number): { value: number | null; count: number } {
  const vals: number[] = [];
  for (let h = label - 7; h <= label; h++) {
    const v = gridValue(grid, h, 'o3');
    if (v !== null) vals.push(v);
  }
  return { value: vals.length >= MIN_HOURS_8H ? scaledMean(vals) : null, count: vals.length };
}

/**
 * O3 daily maximum 8-h mean (HJ 663-2013 §6.1.2): the largest of the 17 8-h moving means labelled
 * 08:00 … 24:00 of the day; valid with at least 14 valid 8-h means, or with fewer when the maximum
 * exceeds 160 µg/m³. `count` = number of valid 8-h means.
 */
export function o3DailyMax8h(grid: DayGrid): DailyStat {
  let max: number | null = null;
  let count = 0;
  for (let label = 8; label <= 24; label++) {
    const w = o3Window(grid, label);
    if (w.value === null) continue;
    count++;
    if (max === null || w.value > max) max = w.value;
  }
  const valid = max !== null && (count >= MIN_WINDOWS_8H || max > O3_8H_EXCEPTION);
  return { value: valid ? max : null, count, valid };
}

/**
 * O3 daily maximum 1-h value: the largest 1-h O3 of the day. The standards set no count for it;
 * the site requires the same 20 hours as a 24-h mean (docs/decisions/004), so a day with few
 * hours does not report a "maximum" of a handful of values.
 */
export function o3DailyMax1h(grid: DayGrid): DailyStat {
  let max: number | null = null;
  let count = 0;
  for (let h = 1; h <= 24; h++) {
    const v = gridValue(grid, h, 'o3');
    if (v === null) continue;
    count++;
    if (max === null || v > max) max = v;
  }
  const valid = max !== null && count >= MIN_HOURS_24H;
  return { value: valid ? max : null, count, valid };
}

/** Daily values of one area for one natural day. */
export interface DailyValue {
  readonly date: string;
  readonly area: string;
  readonly regime: Regime;
  readonly so2: DailyStat;
  readonly no2: DailyStat;
  readonly pm10: DailyStat;
  readonly pm2_5: DailyStat;
  readonly co: DailyStat;
  readonly o3_8h_max: DailyStat;
  readonly o3_1h_max: DailyStat;
  /** Daily AQI with the day's regime (HJ 633 daily report). */
  readonly aqi: AqiResult;
  /** The day counts in ratios: its AQI could be evaluated (domain.md §5.1). */
  readonly valid: boolean;
}

/**
 * Daily values (GB 3095 Table 4, HJ 663 §6, HJ 633 daily report) of one area-day from its grid,
 * with the AQI under `regimeForDate(date)`.
 */
export function dailyFromGrid(area: string, date: string, grid: DayGrid): DailyValue {
  const regime = regimeForDate(date);
  const so2 = dailyMean(grid, 'so2');
  const no2 = dailyMean(grid, 'no2');
  const pm10 = dailyMean(grid, 'pm10');
  const pm2_5 = dailyMean(grid, 'pm2_5');
  const co = dailyMean(grid, 'co');
  const o3_8h_max = o3DailyMax8h(grid);
  const o3_1h_max = o3DailyMax1h(grid);
  const aqi = dailyAqi(
    {
      so2: so2.value,
      no2: no2.value,
      pm10: pm10.value,
      pm2_5: pm2_5.value,
      co: co.value,
      o3_8h_max: o3_8h_max.value,
      o3_1h_max: o3_1h_max.value,
    },
    regime,
  );
  return {
    date,
    area,
    regime,
    so2,
    no2,
    pm10,
    pm2_5,
    co,
    o3_8h_max,
    o3_1h_max,
    aqi,
    valid: aqi.aqi !== null,
  };
}

/**
 * Write one hour's values into a day grid, at reporting precision. Throws on a value the grid
 * cannot hold or on a conflicting second value for the same cell (so the result never depends
 * on which of two different readings came first).
 */
export function putHour(
  grid: DayGrid,
  hour: number,
  values: StationHour['values'],
  where: string,
): void {
  for (const p of POLLUTANTS) {
    const v = values[p];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < 0)
      throw new RangeError(`${where}: ${p} must be a finite number ≥ 0, got ${v}`);
    const s = toScaled(p, v);
    if (s > MAX_SCALED)
      throw new RangeError(`${where}: ${p} = ${v} is above the largest value the site stores`);
    const i = (hour - 1) * POLLUTANTS.length + POLLUTANT_INDEX[p];
    const old = grid[i];
    if (old !== MISSING && old !== s) {
      throw new Error(
        `${where}: two different ${p} values for the same hour (${fromScaled(p, old ?? 0)} and ${fromScaled(p, s)})`,
      );
    }
    grid[i] = s;
  }
}

/**
 * Daily values of one station for one natural day from its hourly records (convenience for
 * callers that hold StationHour lists). Every hour must belong to `station` and to day `date`
 * under the hour-ending labelling.
 */
export function stationDaily(
  station: string,
  date: string,
  hours: readonly StationHour[],
): DailyValue {
  const grid = emptyDayGrid();
  for (const h of hours) {
    if (h.station !== station)
      throw new Error(`stationDaily(${station}): got an hour of station ${h.station}`);
    const day = dayOfLabel(h.time);
    if (day !== date)
      throw new Error(`stationDaily(${station}, ${date}): hour ${h.time} belongs to ${day}`);
    putHour(grid, hourOfDay(h.time), h.values, `${station} ${h.time}`);
  }
  return dailyFromGrid(station, date, grid);
}
