/**
 * County (area) values from several stations (domain.md §3.3; docs/decisions/007): for each hour
 * and pollutant, the arithmetic mean of the evaluated stations' valid 1-h values, rounded to
 * reporting precision (GB/T 8170). Control stations (对照点) are not evaluated. The county's daily
 * and period values are then computed from this hourly series by the same rules as a station's,
 * and its AQI from these concentrations — never by averaging station AQIs.
 */
import { POLLUTANTS, type Pollutant, type StationHour } from '../records/types.ts';
import { emptyDayGrid, MISSING, type DayGrid } from './daily.ts';
import { divideHalfEven, fromScaled, toScaled } from './rounding.ts';

/** Area code of the county in every output. */
export const COUNTY_AREA = 'county';

/**
 * Fewest evaluated stations with a valid value that make a county hourly value (docs/decisions/007).
 * One: a county has only a few stations, and a higher minimum would void whole days whenever one
 * is down; the station count is kept beside each value so thin hours stay visible.
 */
export const MIN_COUNTY_STATIONS = 1;

/** One county hour: per pollutant the mean (null if too few stations) and how many stations gave it. */
export interface CountyHour {
  readonly time: string;
  readonly values: Readonly<Partial<Record<Pollutant, number>>>;
  readonly stations: Readonly<Record<Pollutant, number>>;
}

/**
 * County value of one hour (HJ 663 §4 city/area concentration = mean of the evaluated stations;
 * domain.md §3.3): per pollutant, the mean of the valid values of the stations in `evaluated`,
 * at reporting precision, when at least {@link MIN_COUNTY_STATIONS} stations have one. All hours
 * must carry label `time`; stations outside `evaluated` (control stations) are ignored.
 */
export function countyHour(
  time: string,
  hours: readonly StationHour[],
  evaluated: ReadonlySet<string>,
): CountyHour {
  const sums: Record<Pollutant, number> = { so2: 0, no2: 0, pm10: 0, pm2_5: 0, co: 0, o3: 0 };
  const stations: Record<Pollutant, number> = { so2: 0, no2: 0, pm10: 0, pm2_5: 0, co: 0, o3: 0 };
  const seen = new Set<string>();
  for (const h of hours) {
    if (h.time !== time) throw new Error(`countyHour(${time}): got an hour labelled ${h.time}`);
    if (!evaluated.has(h.station)) continue;
    if (seen.has(h.station))
      throw new Error(`countyHour(${time}): station ${h.station} appears twice`);
    seen.add(h.station);
    for (const p of POLLUTANTS) {
      const v = h.values[p];
      if (v === undefined) continue;
      sums[p] += toScaled(p, v);
      stations[p] += 1;
    }
  }
  const values: Partial<Record<Pollutant, number>> = {};
  for (const p of POLLUTANTS) {
    if (stations[p] >= MIN_COUNTY_STATIONS)
      values[p] = fromScaled(p, divideHalfEven(sums[p], stations[p]));
  }
  return { time, values, stations };
}

/**
 * The county's day grid from its evaluated stations' day grids: cell by cell, the half-to-even
 * mean of the non-missing values when at least {@link MIN_COUNTY_STATIONS} stations have one.
 * The result does not depend on the order of `grids` (integer sums are exact).
 */
export function countyGrid(grids: readonly DayGrid[]): DayGrid {
  const out = emptyDayGrid();
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    let n = 0;
    for (const g of grids) {
      const v = g[i];
      if (v === undefined || v === MISSING) continue;
      sum += v;
      n++;
    }
    if (n >= MIN_COUNTY_STATIONS) out[i] = divideHalfEven(sum, n);
  }
  return out;
}
