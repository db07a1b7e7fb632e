/**
 * Page data of the station pages: list and map, one page per station (latest hour, last 7 days
 * of hourly AQI, monthly means, completeness) and one page per station-year (daily calendar).
 * Pure; the shapes it returns are in schema.ts.
 */
import type { DailyRecord, HourlyIndicator } from '../../indicators/pipeline.ts';
import type { PeriodStatistic } from '../../indicators/period.ts';
import type {
  DayCell,
  HourPoint,
  StationMeta,
  StationYear,
  StationsData,
  monthRowSchema,
} from './schema.ts';
import type { z } from 'zod';

export function hourPoint(h: HourlyIndicator): HourPoint {
  return {
    time: h.time,
    aqi: h.aqi.aqi,
    level: h.aqi.level,
    primary: [...h.aqi.primary],
    values: { ...h.values },
    o3_8h: h.o3_8h,
  };
}

const HOUR_MS = 3_600_000;

/** The 168 hour labels ending at `asOf`, oldest first. */
export function last7DayLabels(asOf: string): string[] {
  const end = Date.parse(asOf);
  const out: string[] = [];
  for (let i = 167; i >= 0; i--) {
    const d = new Date(end - i * HOUR_MS + 8 * HOUR_MS).toISOString();
    out.push(`${d.slice(0, 13)}:00:00+08:00`);
  }
  return out;
}

/**
 * Collects, while the hourly series streams past once, each area's latest hour and its hours of
 * the last 7 days before `asOf` — so the hourly data is never held whole.
 */
export function createRecentCollector(asOf: string | null): {
  add(h: HourlyIndicator): void;
  latest(area: string): HourlyIndicator | undefined;
  recent(area: string): HourlyIndicator[];
} {
  const from = asOf === null ? Infinity : Date.parse(asOf) - 167 * HOUR_MS;
  const latest = new Map<string, HourlyIndicator>();
  const recent = new Map<string, HourlyIndicator[]>();
  return {
    add(h) {
      const t = Date.parse(h.time);
      if (asOf !== null && t > Date.parse(asOf)) return;
      const prev = latest.get(h.area);
      if (prev === undefined || Date.parse(prev.time) < t) latest.set(h.area, h);
      if (t >= from) {
        const list = recent.get(h.area) ?? [];
        list.push(h);
        recent.set(h.area, list);
      }
    },
    latest: (area) => latest.get(area),
    recent: (area) => recent.get(area) ?? [],
  };
}

/** One station's share of the station pages, taken from its records as they stream past. */
export interface StationSeries {
  readonly months: readonly z.infer<typeof monthRowSchema>[];
  /** Calendar years with data, ascending. */
  readonly years: readonly StationYear[];
}

/** A station's calendar days by year and its raw-basis monthly rows, from that area's results. */
export function stationSeries(
  code: string,
  daily: readonly DailyRecord[],
  monthly: readonly PeriodStatistic[],
): StationSeries {
  const byYear = new Map<string, DayCell[]>();
  for (const d of daily) {
    if (d.area !== code) continue;
    const y = d.date.slice(0, 4);
    const list = byYear.get(y) ?? [];
    list.push({
      date: d.date,
      aqi: d.aqi.aqi,
      level: d.aqi.level,
      primary: [...d.aqi.primary],
      dust: d.dust,
      regime: d.regime,
    });
    byYear.set(y, list);
  }
  const years = [...byYear]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, days]) => ({ code, year, days }));
  const months = monthly
    .filter((m) => m.area === code && m.basis === 'raw')
    .map((m) => ({
      month: m.period,
      pm2_5: m.concentrations.pm2_5.value,
      pm10: m.concentrations.pm10.value,
      no2: m.concentrations.no2.value,
      so2: m.concentrations.so2.value,
      co_p95: m.concentrations.co_p95.value,
      o3_8h_p90: m.concentrations.o3_8h_p90.value,
      goodRatio: m.goodRatio,
      validDays: m.validDays,
      evaluableDays: m.days.count,
      requiredDays: m.days.required,
      complete: m.complete,
      regime: m.regime,
    }));
  return { months, years };
}

export function buildStationsData(input: {
  stations: readonly StationMeta[];
  seat: { readonly lon: number; readonly lat: number; readonly source: string } | null;
  asOf: string | null;
  /** Each station's {@link stationSeries}; a station without one has no days and no months. */
  series: (code: string) => StationSeries | undefined;
  latest: (code: string) => HourlyIndicator | undefined;
  recent: (code: string) => readonly HourlyIndicator[];
}): StationsData {
  const years: StationYear[] = [];
  const pages = input.stations.map((meta) => {
    const series = input.series(meta.code) ?? { months: [], years: [] };
    years.push(...series.years);
    const recentByTime = new Map(input.recent(meta.code).map((h) => [h.time, h]));
    const last7Days =
      input.asOf === null
        ? []
        : last7DayLabels(input.asOf).map((time) => ({
            time,
            aqi: recentByTime.get(time)?.aqi.aqi ?? null,
          }));
    const latest = input.latest(meta.code);
    return {
      meta,
      latest: latest === undefined ? null : hourPoint(latest),
      last7Days,
      months: [...series.months],
      years: series.years.map((y) => y.year),
    };
  });
  return { seat: input.seat, stations: pages, years };
}
