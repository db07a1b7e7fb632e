/**
 * The accumulator the build feeds hour by hour: it stores each station's hours compactly (one
 * {@link DayGrid} of 24 × 6 integers per station-day), and on `finish()` computes the hourly AQI
 * of every station and of the county, daily values, and monthly / annual / year-to-date
 * statistics. Input order does not matter: cells are keyed by station and label, a repeated
 * identical value is accepted, and a conflicting one throws.
 *
 * Memory (docs/decisions/015): a day's grids stay in memory only until `settleBefore()` says no
 * more hours can come for it; then the county grid of that day is made and every grid goes to a
 * {@link Spool} (a scratch file with `spillDir`), from which the results are read back one area
 * at a time. Without `settleBefore()` calls everything is settled by `finish()`.
 */
import { POLLUTANTS, type Pollutant, type StationHour } from '../records/types.ts';
import { dayOfLabel, epochToLabel, hourOfDay } from '../records/time.ts';
import { realtimeAqi, type AqiResult } from './aqi.ts';
import { COUNTY_AREA, countyGrid } from './county.ts';
import {
  dailyFromGrid,
  emptyDayGrid,
  gridValue,
  MIN_HOURS_24H,
  MIN_HOURS_8H,
  putHour,
  scaledMean,
  type DailyValue,
  type DayGrid,
} from './daily.ts';
import {
  BASES,
  monthSpec,
  periodStatistics,
  yearSpec,
  ytdSpec,
  type PeriodSpec,
  type PeriodStatistic,
} from './period.ts';
import { regimeForDate, type Regime } from './regime.ts';
import { fromScaled } from './rounding.ts';
import { createSpool } from './spool.ts';

export interface PipelineOptions {
  /** Stations whose values make the county value (control stations excluded). */
  readonly evaluatedStations: ReadonlySet<string>;
  /** Every station that may appear; any other station code throws. */
  readonly allStations: readonly string[];
  /** Dates (YYYY-MM-DD) flagged as sand-dust affected by the authorities (an input, never inferred). */
  readonly dustDays: ReadonlySet<string>;
  /**
   * Folder for the scratch file that holds settled day grids (the build passes the system's temp
   * folder). Without it the settled grids are kept in memory: small data and tests.
   */
  readonly spillDir?: string;
  /** Filled in while running: how many day grids were waiting to be settled (tests, benchmarks). */
  readonly probe?: PipelineProbe;
}

export interface PipelineProbe {
  /** Station day grids not yet settled, now and at most. */
  pendingGrids: number;
  peakPendingGrids: number;
  /** Station and county day grids written to the spool. */
  spooledGrids: number;
}

/** Hourly indicators of a station or the county (one row of hourly-YYYY.csv). */
export interface HourlyIndicator {
  readonly time: string;
  readonly area: string;
  /** 1-h values at reporting precision (for the county: the station mean). */
  readonly values: Readonly<Partial<Record<Pollutant, number>>>;
  /** O3 8-h moving mean labelled at this hour (≥ 6 of 8), published but not in the real-time AQI. */
  readonly o3_8h: number | null;
  readonly aqi: AqiResult;
  /** Regime of the natural day the hour belongs to (hour-ending labels). */
  readonly regime: Regime;
}

/** A daily value with its sand-dust flag. */
export interface DailyRecord extends DailyValue {
  readonly dust: boolean;
}

export interface IndicatorResults {
  /** Areas in output order: stations as in `allStations`, then 'county'. */
  readonly areas: readonly string[];
  /** Hourly indicators, streamed (area by area, time ascending) to keep memory flat. */
  hourly(): Generator<HourlyIndicator>;
  /**
   * Daily records and period statistics, one area at a time in `areas` order. Each area's
   * records are computed when it is reached and are the consumer's to keep or drop, so all
   * areas' daily records need never be in memory at once. Every call computes them afresh.
   */
  areaResults(): Generator<AreaResults>;
  /** Release the spool (its scratch file); the results cannot be read afterwards. */
  close(): void;
}

/** One area's daily records and period statistics. */
export interface AreaResults {
  readonly area: string;
  /** Date ascending. */
  readonly daily: readonly DailyRecord[];
  /** Basis (as `BASES`) then period ascending; every month / year of the whole data range. */
  readonly monthly: readonly PeriodStatistic[];
  readonly annual: readonly PeriodStatistic[];
  /** Empty without `asOf`. */
  readonly ytd: readonly PeriodStatistic[];
}

/** All areas' results in one piece (`areas` order, then as in {@link AreaResults}): small data and tests only. */
export interface CollectedResults {
  readonly daily: readonly DailyRecord[];
  readonly monthly: readonly PeriodStatistic[];
  readonly annual: readonly PeriodStatistic[];
  readonly ytd: readonly PeriodStatistic[];
}

export interface FinishOptions {
  /**
   * Hour label the year-to-date runs to; the ytd ends with the last natural day complete at that
   * label. Omit for no ytd statistics.
   */
  readonly asOf?: string;
}

export interface IndicatorPipeline extends Disposable {
  addHour(h: StationHour): void;
  /**
   * No hour of a natural day before `date` (YYYY-MM-DD) will be added: those days are settled
   * (county grid made, grids spooled) and an hour for one of them throws. Called by the ingest as
   * it finishes days (`IngestOptions.onSettled`); calls with an earlier date are ignored.
   */
  settleBefore(date: string): void;
  finish(opts?: FinishOptions): IndicatorResults;
  /** Same as `finish(…).close()`: releases the spool, also when the build failed half-way. */
  [Symbol.dispose](): void;
}

/** Gather every area's results into single arrays; holds all daily records, so not for the build. */
export function collectResults(results: IndicatorResults): CollectedResults {
  const daily: DailyRecord[] = [];
  const monthly: PeriodStatistic[] = [];
  const annual: PeriodStatistic[] = [];
  const ytd: PeriodStatistic[] = [];
  for (const r of results.areaResults()) {
    daily.push(...r.daily);
    monthly.push(...r.monthly);
    annual.push(...r.annual);
    ytd.push(...r.ytd);
  }
  return { daily, monthly, annual, ytd };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const LABEL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\+08:00$/;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}
function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
/** Label of hour h (1…24) of natural day number n (Beijing midnight + h hours). */
function labelOf(n: number, h: number): string {
  return epochToLabel(n * DAY_MS - 8 * HOUR_MS + h * HOUR_MS);
}

const GRID_BYTES = 24 * POLLUTANTS.length * 2;
const RECORD_BYTES = 4 + GRID_BYTES;

/** A spool record: the day number (int32, little-endian), then the grid's bytes. */
function encodeDay(n: number, grid: DayGrid): Uint8Array {
  const rec = new Uint8Array(RECORD_BYTES);
  new DataView(rec.buffer).setInt32(0, n, true);
  rec.set(new Uint8Array(grid.buffer, grid.byteOffset, grid.byteLength), 4);
  return rec;
}

function* decodeDays(chunk: Uint8Array): Generator<[number, DayGrid]> {
  if (chunk.length % RECORD_BYTES !== 0)
    throw new Error(
      `pipeline spool: chunk of ${chunk.length} bytes is not whole records of ${RECORD_BYTES}`,
    );
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  for (let off = 0; off < chunk.length; off += RECORD_BYTES) {
    yield [
      view.getInt32(off, true),
      new Uint16Array(chunk.slice(off + 4, off + RECORD_BYTES).buffer),
    ];
  }
}

/**
 * Create the accumulator (domain.md §7 pipeline). Hours may arrive in any order and from any
 * mix of stations, within the days not yet settled; results do not depend on the order.
 */
export function createIndicatorPipeline(opts: PipelineOptions): IndicatorPipeline {
  const known = new Set(opts.allStations);
  for (const s of opts.evaluatedStations) {
    if (!known.has(s)) throw new Error(`evaluated station ${s} is not in allStations`);
  }
  // Day grids not yet settled, by station then day number; the days any station has pending.
  const pending = new Map<string, Map<number, DayGrid>>();
  for (const s of opts.allStations) pending.set(s, new Map());
  const pendingDays = new Set<number>();
  let pendingCount = 0;
  /** Every day before this day number is settled. */
  let settledBefore = -Infinity;
  const spool = createSpool(opts.spillDir === undefined ? {} : { dir: opts.spillDir });
  const probe = opts.probe;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let finished = false;
  let closed = false;

  function addHour(h: StationHour): void {
    if (finished) throw new Error('addHour after finish()');
    const store = pending.get(h.station);
    if (store === undefined)
      throw new Error(`${h.station} ${h.time}: station not in the station list`);
    if (!LABEL_RE.test(h.time))
      throw new Error(`${h.station}: hour label "${h.time}" is not YYYY-MM-DDTHH:00:00+08:00`);
    const n = dayNumber(dayOfLabel(h.time));
    if (n < settledBefore)
      throw new Error(`${h.station} ${h.time}: the day ${dayOfLabel(h.time)} was already settled`);
    let grid = store.get(n);
    if (grid === undefined) {
      grid = emptyDayGrid();
      store.set(n, grid);
      pendingDays.add(n);
      pendingCount++;
      if (n < minDay) minDay = n;
      if (n > maxDay) maxDay = n;
      if (probe !== undefined) {
        probe.pendingGrids = pendingCount;
        probe.peakPendingGrids = Math.max(probe.peakPendingGrids, pendingCount);
      }
    }
    putHour(grid, hourOfDay(h.time), h.values, `${h.station} ${h.time}`);
  }

  /** Settle every pending day before day number `bound`, day by day ascending. */
  function settle(bound: number): void {
    if (bound <= settledBefore) return;
    settledBefore = bound;
    const days = [...pendingDays].filter((n) => n < bound).sort((a, b) => a - b);
    for (const n of days) {
      // County grid of the day from the evaluated stations that have it.
      const grids: DayGrid[] = [];
      for (const s of opts.evaluatedStations) {
        const g = pending.get(s)?.get(n);
        if (g !== undefined) grids.push(g);
      }
      if (grids.length > 0) spool.append(COUNTY_AREA, encodeDay(n, countyGrid(grids)));
      for (const [s, store] of pending) {
        const g = store.get(n);
        if (g === undefined) continue;
        spool.append(s, encodeDay(n, g));
        store.delete(n);
        pendingCount--;
        if (probe !== undefined) probe.spooledGrids++;
      }
      if (grids.length > 0 && probe !== undefined) probe.spooledGrids++;
      pendingDays.delete(n);
    }
    if (probe !== undefined) probe.pendingGrids = pendingCount;
  }

  function settleBefore(date: string): void {
    if (finished) throw new Error('settleBefore after finish()');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new Error(`settleBefore: "${date}" is not a date YYYY-MM-DD`);
    settle(dayNumber(date));
  }

  /** One area's settled days, ascending (the spool holds them in settling order). */
  function* areaDays(area: string): Generator<[number, DayGrid]> {
    if (closed) throw new Error('indicator results read after close()');
    for (const chunk of spool.chunks(area)) yield* decodeDays(chunk);
  }

  function close(): void {
    closed = true;
    finished = true;
    spool.close();
  }

  function finish(fopts: FinishOptions = {}): IndicatorResults {
    if (closed) throw new Error('finish() after close()');
    settle(Infinity);
    finished = true;
    const areas = [...opts.allStations, COUNTY_AREA];

    // Periods span the whole data range of all areas, so an area without data in a month shows
    // as an invalid month rather than vanishing. County days are a subset of the station days.
    const months: string[] = [];
    const years: string[] = [];
    if (minDay <= maxDay) {
      const first = dateOfDayNumber(minDay);
      const last = dateOfDayNumber(maxDay);
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
        years.push(String(y));
        for (let m = 1; m <= 12; m++) {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          if (month >= first.slice(0, 7) && month <= last.slice(0, 7)) months.push(month);
        }
      }
    }
    let ytd: PeriodSpec | null = null;
    if (fopts.asOf !== undefined) {
      if (!LABEL_RE.test(fopts.asOf))
        throw new Error(`asOf "${fopts.asOf}" is not an hour label YYYY-MM-DDTHH:00:00+08:00`);
      const day = dayOfLabel(fopts.asOf);
      const lastComplete = hourOfDay(fopts.asOf) === 24 ? day : dateOfDayNumber(dayNumber(day) - 1);
      ytd = ytdSpec(lastComplete);
    }

    function resultsOf(area: string): AreaResults {
      const daily: DailyRecord[] = [];
      for (const [n, grid] of areaDays(area)) {
        const date = dateOfDayNumber(n);
        daily.push({ ...dailyFromGrid(area, date, grid), dust: opts.dustDays.has(date) });
      }
      const byMonth = new Map<string, DailyRecord[]>();
      const byYear = new Map<string, DailyRecord[]>();
      for (const d of daily) {
        const m = d.date.slice(0, 7);
        const y = d.date.slice(0, 4);
        const ml = byMonth.get(m) ?? [];
        ml.push(d);
        byMonth.set(m, ml);
        const yl = byYear.get(y) ?? [];
        yl.push(d);
        byYear.set(y, yl);
      }
      const monthly: PeriodStatistic[] = [];
      const annual: PeriodStatistic[] = [];
      const ytdStats: PeriodStatistic[] = [];
      for (const basis of BASES) {
        for (const m of months)
          monthly.push(
            periodStatistics(area, monthSpec(m), byMonth.get(m) ?? [], opts.dustDays, basis),
          );
        for (const y of years)
          annual.push(
            periodStatistics(area, yearSpec(y), byYear.get(y) ?? [], opts.dustDays, basis),
          );
        if (ytd !== null)
          ytdStats.push(
            periodStatistics(
              area,
              ytd,
              byYear.get(ytd.from.slice(0, 4)) ?? [],
              opts.dustDays,
              basis,
            ),
          );
      }
      return { area, daily, monthly, annual, ytd: ytdStats };
    }

    function* areaResults(): Generator<AreaResults> {
      for (const area of areas) yield resultsOf(area);
    }

    function* hourly(): Generator<HourlyIndicator> {
      for (const area of areas) {
        // Moving means reach back into the previous natural day only (8 h, 24 h), so the previous
        // day's grid is all that is kept besides the current one.
        let prevN = NaN;
        let prev: DayGrid | undefined;
        for (const [n, grid] of areaDays(area)) {
          const before = prevN === n - 1 ? prev : undefined;
          // Hours before 1 belong to the previous natural day (moving means cross midnight).
          const at = (h: number, p: Pollutant): number | null =>
            h < 1
              ? before === undefined
                ? null
                : gridValue(before, h + 24, p)
              : gridValue(grid, h, p);
          const movingMean = (h: number, p: Pollutant, len: number, min: number): number | null => {
            const vals: number[] = [];
            for (let k = h - len + 1; k <= h; k++) {
              const v = at(k, p);
              if (v !== null) vals.push(v);
            }
            const m = vals.length >= min ? scaledMean(vals) : null;
            return m === null ? null : fromScaled(p, m);
          };
          const regime = regimeForDate(dateOfDayNumber(n));
          for (let h = 1; h <= 24; h++) {
            const values: Partial<Record<Pollutant, number>> = {};
            let any = false;
            for (const p of POLLUTANTS) {
              const v = at(h, p);
              if (v !== null) {
                values[p] = fromScaled(p, v);
                any = true;
              }
            }
            if (!any) continue;
            const o3_8h = movingMean(h, 'o3', 8, MIN_HOURS_8H);
            const so2 = values.so2;
            // The SO2 24-h moving mean is needed only for the 2012 rule on SO2 1-h > 800.
            const so2_24h =
              so2 !== undefined && so2 > 800 && regime === '2012'
                ? movingMean(h, 'so2', 24, MIN_HOURS_24H)
                : null;
            const aqi = realtimeAqi(values, regime, so2_24h === null ? {} : { so2_24h });
            yield { time: labelOf(n, h), area, values, o3_8h, aqi, regime };
          }
          prevN = n;
          prev = grid;
        }
      }
    }

    return { areas, hourly, areaResults, close };
  }

  return { addHour, settleBefore, finish, [Symbol.dispose]: close };
}
