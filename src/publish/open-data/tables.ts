/**
 * The open-data tables the build publishes under /data/ (issue 4): stable snake_case columns,
 * units µg/m³ except CO in mg/m³, times ISO 8601 with +08:00 labelled by the end of the hour,
 * empty = missing, booleans true/false, and a `sample` column on every row. Columns may be
 * added here; existing ones may not be renamed.
 */
import type { DailyRecord, HourlyIndicator } from '../../indicators/pipeline.ts';
import type { PeriodStatistic } from '../../indicators/period.ts';
import type { TargetProgress } from '../../indicators/targets.ts';
import type { Pollutant } from '../../records/types.ts';
import type { Cell } from '../csv.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly unit?: string;
  readonly description: string;
  readonly enum?: readonly string[];
}

const UG = 'µg/m³';
const f = (name: string, type: FieldType, description: string, unit?: string): FieldSpec =>
  unit === undefined ? { name, type, description } : { name, type, description, unit };

const SAMPLE = f(
  'sample',
  'boolean',
  'true when the row derives from generated sample data, not published observations',
);
const REGIME = {
  ...f(
    'regime',
    'string',
    "rules used: '2012' (GB 3095-2012, HJ 633-2012, HJ 663-2013), '2026' (GB 3095—2026, HJ 633—2026, HJ 663—2026) or 'mixed' (a period straddling 2026-03-01, each day under its own rules)",
  ),
  enum: ['2012', '2026', 'mixed'],
} satisfies FieldSpec;
const LEVEL = f(
  'level',
  'integer',
  'AQI level 1–6 (HJ 633 Table 2: 1 优 Excellent … 6 严重污染 Severely Polluted)',
);
const PRIMARY = f(
  'primary_pollutants',
  'string',
  "primary pollutant codes (so2, no2, pm10, pm2_5, co, o3) joined by ';'; empty when AQI ≤ 50 or not evaluable",
);

export const HOURLY_FIELDS: readonly FieldSpec[] = [
  f('time', 'datetime', 'hour label: end of the averaging hour, Beijing time (+08:00)'),
  f(
    'station',
    'string',
    "station code, or 'county' for the county value (mean of the evaluated stations)",
  ),
  f('so2', 'number', 'SO2 1-hour mean', UG),
  f('no2', 'number', 'NO2 1-hour mean', UG),
  f('pm10', 'number', 'PM10 1-hour mean', UG),
  f('pm2_5', 'number', 'PM2.5 1-hour mean', UG),
  f('co', 'number', 'CO 1-hour mean', 'mg/m³'),
  f('o3', 'number', 'O3 1-hour mean', UG),
  f(
    'o3_8h',
    'number',
    'O3 8-hour moving mean ending at this hour (≥ 6 of 8 hours); not part of the real-time AQI',
    UG,
  ),
  f(
    'aqi',
    'integer',
    'real-time AQI (HJ 633: PM 1-hour values against the 24-hour table); empty when not evaluable',
  ),
  LEVEL,
  PRIMARY,
  REGIME,
  SAMPLE,
];

export const DAILY_FIELDS: readonly FieldSpec[] = [
  f('date', 'date', 'natural day (Beijing time): hour labels 01:00 … 24:00 (docs/decisions/003)'),
  f('area', 'string', "station code or 'county'"),
  f('so2', 'number', 'SO2 24-hour mean (≥ 20 hourly values)', UG),
  f('no2', 'number', 'NO2 24-hour mean (≥ 20 hourly values)', UG),
  f('pm10', 'number', 'PM10 24-hour mean (≥ 20 hourly values)', UG),
  f('pm2_5', 'number', 'PM2.5 24-hour mean (≥ 20 hourly values)', UG),
  f('co', 'number', 'CO 24-hour mean (≥ 20 hourly values)', 'mg/m³'),
  f('o3_1h_max', 'number', 'O3 daily maximum 1-hour value', UG),
  f(
    'o3_8h_max',
    'number',
    'O3 daily maximum 8-hour mean (windows ending 08:00…24:00, ≥ 14 of 17, or valid when > 160)',
    UG,
  ),
  f('aqi', 'integer', 'daily AQI under the day’s rules; empty when not evaluable'),
  LEVEL,
  PRIMARY,
  f('valid', 'boolean', 'the day’s AQI could be evaluated (counts in the ratios)'),
  f('dust', 'boolean', 'the day is on the published sand-dust list'),
  REGIME,
  SAMPLE,
];

export const PERIOD_FIELDS: readonly FieldSpec[] = [
  f('period', 'string', 'YYYY-MM (monthly.csv) or YYYY (annual.csv)'),
  f('area', 'string', "station code or 'county'"),
  {
    ...f(
      'basis',
      'string',
      "'raw', or 'dust_excluded' (sand-dust days deducted, 环办监测〔2016〕120号)",
    ),
    enum: ['raw', 'dust_excluded'],
  },
  f('so2', 'number', 'SO2 mean of valid daily values; empty when the period fails validity', UG),
  f('no2', 'number', 'NO2 mean', UG),
  f('pm10', 'number', 'PM10 mean', UG),
  f('pm2_5', 'number', 'PM2.5 mean', UG),
  f('co_p95', 'number', 'CO 95th percentile of daily means (HJ 663 Appendix A)', 'mg/m³'),
  f('o3_8h_p90', 'number', 'O3 90th percentile of daily maximum 8-hour means', UG),
  f(
    'composite_index',
    'number',
    'composite index Σ C_i/S_i (2 decimals); 2026 rules provisional; empty for mixed periods or when invalid',
  ),
  f('valid_days', 'integer', 'days in the ratios’ denominator'),
  f('good_days', 'integer', 'days with AQI ≤ 100'),
  f('good_ratio', 'number', 'good days / valid days, %, one decimal', '%'),
  f('heavy_days', 'integer', 'days with AQI > 200'),
  f('heavy_ratio', 'number', 'heavy-or-worse days / valid days, %, one decimal', '%'),
  f(
    'complete',
    'boolean',
    'the period meets the day-count rule (27 days a month, 25 in February; 324 a year and every month valid) and every headline statistic is valid',
  ),
  REGIME,
  SAMPLE,
];

export const TARGET_FIELDS: readonly FieldSpec[] = [
  f('target', 'string', 'pm2_5_annual, good_days_ratio, heavy_days_ratio or grade_ii'),
  f('year', 'string', 'year the target is judged on'),
  { ...f('basis', 'string', "'raw' or 'dust_excluded'"), enum: ['raw', 'dust_excluded'] },
  f(
    'value',
    'number',
    'the figure judged (integer µg/m³ or % with one decimal); empty when not assessable',
  ),
  f('target_value', 'number', 'the plan’s target value'),
  f(
    'comparison',
    'string',
    "the comparison the plan's words ask for: '<', '<=', '>=' or 'attained'",
  ),
  {
    ...f('verdict', 'string', 'met, not_met or not_assessable (docs/decisions/005)'),
    enum: ['met', 'not_met', 'not_assessable'],
  },
  f(
    'readings',
    'string',
    "every reading as reading=verdict joined by ';' (plan wording, standard, exact ratio, all items)",
  ),
  {
    ...f('source', 'string', "'computed' from station data or 'published' official figure"),
    enum: ['computed', 'published'],
  },
  SAMPLE,
];

const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? null : v);
const codes = (ps: readonly Pollutant[]): string => ps.join(';');

export function hourlyRow(h: HourlyIndicator, sample: boolean): Cell[] {
  const v = h.values;
  return [
    h.time,
    h.area,
    num(v.so2),
    num(v.no2),
    num(v.pm10),
    num(v.pm2_5),
    num(v.co),
    num(v.o3),
    num(h.o3_8h),
    num(h.aqi.aqi),
    num(h.aqi.level),
    codes(h.aqi.primary),
    h.regime,
    sample,
  ];
}

export function dailyRow(d: DailyRecord, sample: boolean): Cell[] {
  return [
    d.date,
    d.area,
    d.so2.value,
    d.no2.value,
    d.pm10.value,
    d.pm2_5.value,
    d.co.value,
    d.o3_1h_max.value,
    d.o3_8h_max.value,
    d.aqi.aqi,
    d.aqi.level,
    codes(d.aqi.primary),
    d.valid,
    d.dust,
    d.regime,
    sample,
  ];
}

export function periodRow(p: PeriodStatistic, sample: boolean): Cell[] {
  const c = p.concentrations;
  return [
    p.period,
    p.area,
    p.basis,
    c.so2.value,
    c.no2.value,
    c.pm10.value,
    c.pm2_5.value,
    c.co_p95.value,
    c.o3_8h_p90.value,
    p.compositeIndex?.rounded ?? null,
    p.validDays,
    p.goodDays,
    p.goodRatio,
    p.heavyDays,
    p.heavyRatio,
    p.complete,
    p.regime,
    sample,
  ];
}

export function targetRow(t: TargetProgress, sample: boolean): Cell[] {
  return [
    t.target,
    t.year,
    t.basis,
    t.value,
    t.targetValue,
    t.comparison,
    t.verdict,
    t.readings.map((r) => `${r.reading}=${r.verdict}`).join(';'),
    t.source,
    sample,
  ];
}
