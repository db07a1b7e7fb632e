/** The shape of the methodology page's data (computed at build time; not a .generated/ document). */
import { type Pollutant } from '../../records/types.ts';
import {
  type AqiCategory,
  type AqiLevel,
  type AqiResult,
  type BreakpointColumn,
} from '../../indicators/aqi.ts';
import { type GradeIIOutcome, type PeriodConcentrations } from '../../indicators/period.ts';
import type { PROVISIONAL_2026_RULES } from '../../indicators/regime.ts';
import { type Regime } from '../../indicators/regime.ts';
import { type TargetDefinition, type Verdict } from '../../indicators/targets.ts';
import type { Bilingual } from '../../i18n/text.ts';

export const SECTION_IDS = [
  'regimes',
  'aqi',
  'hourly-aqi',
  'day',
  'daily',
  'o3',
  'county',
  'periods',
  'percentiles',
  'ratios',
  'dust',
  'composite-index',
  'grade-ii',
  'targets',
  'rounding',
  'published-vs-computed',
  'sample-data',
  'provisional',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const REGIMES: readonly Regime[] = ['2012', '2026'];

export type Averaging = 'annual' | '24h' | '8h' | '1h';

/** One column of HJ 633 Table 1 as the page prints it. */
export interface BreakpointColumnRow {
  readonly id: BreakpointColumn;
  readonly pollutant: Pollutant;
  readonly averaging: Averaging;
  readonly unit: string;
  /** One value per IAQI step; null = no breakpoint (table notes 2–3). */
  readonly values: readonly (number | null)[];
  /** Per step: the value differs from the 2012 table. */
  readonly changed: readonly boolean[];
  /** HJ 633 Table 1 note 1: the SO2, NO2 and CO 1-h columns serve the real-time report only. */
  readonly realtimeOnly: boolean;
}

export interface BreakpointTable {
  readonly regime: Regime;
  readonly steps: readonly number[];
  readonly columns: readonly BreakpointColumnRow[];
}

/** One grade-II limit in both regimes. */
export interface LimitRow {
  readonly pollutant: Pollutant;
  readonly averaging: Averaging;
  readonly unit: string;
  readonly byRegime: Readonly<
    Record<Regime, { readonly value: number; readonly provisional: boolean }>
  >;
}

/** The data-completeness minima the code applies (never retyped: read from the modules). */
export interface ValidityRules {
  readonly minHours24h: number;
  readonly minHours8h: number;
  readonly windowsPerDay8h: number;
  readonly minWindows8h: number;
  readonly o3Exception: number;
  readonly monthMinimum: number;
  readonly februaryMinimum: number;
  readonly annualMinimum: number;
  readonly minCountyStations: number;
}

/** One concentration through the IAQI formula under both regimes. */
export interface IaqiExample {
  readonly column: BreakpointColumn;
  readonly concentration: number;
  readonly byRegime: Readonly<
    Record<
      Regime,
      {
        readonly raw: number;
        readonly iaqi: number;
        readonly level: AqiLevel;
        readonly lo: number;
        readonly hi: number;
        readonly iaqiLo: number;
        readonly iaqiHi: number;
      }
    >
  >;
}

/** A daily AQI example under both regimes (domain.md T10). */
export interface DailyAqiExample {
  readonly input: Readonly<Record<'so2' | 'no2' | 'pm10' | 'pm2_5' | 'co' | 'o3_8h_max', number>>;
  readonly byRegime: Readonly<Record<Regime, AqiResult>>;
}

export interface HourLabelExample {
  readonly label: string;
  readonly day: string;
  readonly hour: number;
  readonly regime: Regime;
}

export interface RatioExample {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number;
  readonly target: number;
  readonly verdict: Verdict;
  readonly exactVerdict: Verdict;
}

export interface CompositeRow {
  readonly pollutant: Pollutant;
  /** The period statistic that enters (annual mean, CO 95th, O3 90th percentile). */
  readonly item: keyof PeriodConcentrations;
  readonly value: number;
  readonly unit: string;
  readonly limit: Readonly<Record<Regime, number>>;
  readonly index: Readonly<Record<Regime, number>>;
  readonly limitProvisional: Readonly<Record<Regime, boolean>>;
}

/** All worked examples, each computed by the indicator functions. */
export interface WorkedExamples {
  /** PM2.5 24-h 60 µg/m³ (T1) and 75 µg/m³ (T2). */
  readonly pm25At60: IaqiExample;
  readonly pm25At75: IaqiExample;
  /** Daily AQI of one day's values under both regimes (T10). */
  readonly dailyAqi: DailyAqiExample;
  /** Real-time AQI of one hour (CNEMC hour of decision 008, station 1001A). */
  readonly hourly: {
    readonly input: Readonly<Partial<Record<Pollutant, number>>>;
    readonly result: AqiResult;
  };
  /** The hour labels around the regime switch. */
  readonly hourLabels: readonly HourLabelExample[];
  /** T13: a 24-h mean with 24, 20 and 19 hours. */
  readonly dailyMean: {
    readonly hours: readonly number[];
    readonly full: number | null;
    readonly first20: number | null;
    readonly first19Valid: boolean;
    readonly first19Count: number;
  };
  /** T14: O3 daily max 8-h with all hours and with hours 12–14 missing. */
  readonly o3: {
    readonly hours: readonly number[];
    readonly max8h: number | null;
    readonly windows: number;
    readonly iaqi: number;
    readonly gapHours: readonly number[];
    readonly gapWindows: number;
    readonly gapValid: boolean;
  };
  /** Two evaluated stations and one control station in one hour. */
  readonly county: {
    readonly a: number;
    readonly b: number;
    readonly control: number;
    readonly mean: number | null;
    readonly stations: number;
  };
  /** T15 plus the "both conditions" year. */
  readonly periods: {
    readonly february24Valid: boolean;
    readonly april27Valid: boolean;
    readonly yearCount: number;
    readonly yearShortMonths: readonly string[];
    /** Valid days of the short month. */
    readonly shortMonthCount: number;
    readonly yearValid: boolean;
  };
  /** T16. */
  readonly percentiles: {
    readonly co: {
      readonly values: readonly number[];
      readonly p: number;
      readonly k: number;
      readonly raw: number;
      readonly reported: number;
    };
    readonly o3: {
      readonly values: readonly number[];
      readonly p: number;
      readonly k: number;
      readonly raw: number;
      readonly reported: number;
    };
  };
  /** T18 raw ratios and the dust-deducted variant. */
  readonly ratios: {
    readonly good: RatioExample;
    readonly heavy: RatioExample;
    readonly goodDust: RatioExample;
    readonly dustDays: number;
  };
  /** T17 composite index and grade-II verdict. */
  readonly composite: {
    readonly input: Readonly<
      Record<'so2' | 'no2' | 'pm10' | 'pm2_5' | 'co_p95' | 'o3_8h_p90', number>
    >;
    readonly byRegime: Readonly<
      Record<
        Regime,
        {
          readonly parts: Readonly<Record<Pollutant, number>>;
          readonly value: number;
          readonly rounded: number;
          readonly provisional: boolean;
        }
      >
    >;
    /** One row per pollutant: statistic, limit S_i and index I_i under each regime. */
    readonly rows: readonly CompositeRow[];
    readonly gradeII: { readonly headline: GradeIIOutcome; readonly failing: readonly string[] };
  };
  /** Target readings: PM2.5 35 (T19) and 301/365 good days (decision 005). */
  readonly targets: {
    readonly pm25: { readonly value: number; readonly plan: Verdict; readonly standard: Verdict };
    readonly good: RatioExample;
  };
  /** GB/T 8170 half to even and the IAQI ceiling (T5, T19, T20). */
  readonly rounding: {
    readonly halfEven: readonly {
      readonly value: number;
      readonly decimals: number;
      readonly rounded: number;
    }[];
    /** T5: what the formula gives on the unrounded value, and what the site gives (rounded first). */
    readonly t5: {
      readonly concentration: number;
      readonly unroundedRaw: number;
      readonly unroundedIaqi: number;
      readonly rounded: number;
      readonly iaqi: number;
      readonly level: AqiLevel;
    };
    readonly boundary: { readonly concentration: number; readonly iaqi: number };
  };
  /** A published figure beside a computed one. */
  readonly reconcile: {
    readonly published: number;
    readonly computed: number;
    readonly headline: number | null;
    readonly difference: number | null;
  };
}

/** A curve the page shows as a table (IAQI against concentration), not a chart-kit chart. */
export interface CurveTable {
  readonly id: string;
  readonly kind: 'line';
  readonly title: Bilingual;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

export interface MethodologyPageData {
  readonly regime2026From: string;
  readonly last2012Day: string;
  readonly finalPhaseFrom: string;
  readonly iaqiSteps: readonly number[];
  readonly breakpoints: readonly BreakpointTable[];
  readonly categories: readonly AqiCategory[];
  readonly limits: readonly LimitRow[];
  readonly validity: ValidityRules;
  readonly reportDecimals: Readonly<Record<Pollutant, number>>;
  readonly provisionalRules: typeof PROVISIONAL_2026_RULES;
  readonly planTargets: readonly TargetDefinition[];
  readonly examples: WorkedExamples;
  readonly charts: readonly CurveTable[];
}
