/**
 * Page data of the methodology page (/methodology/). Every number the page prints that the code
 * also uses — breakpoints, limits, validity minima, category colours — is read from the indicator
 * modules here, and every worked example is computed by calling the real indicator functions at
 * build time, so the page cannot disagree with the computation. Text lives in methodology-text.ts.
 */
import { POLLUTANTS, UNITS, type Pollutant } from '../../records/types.ts';
import {
  BREAKPOINTS_2012,
  BREAKPOINTS_2026,
  CATEGORIES,
  IAQI_STEPS,
  iaqi,
  type BreakpointColumn,
} from '../../indicators/aqi.ts';
import { MIN_COUNTY_STATIONS } from '../../indicators/county.ts';
import {
  MIN_HOURS_24H,
  MIN_HOURS_8H,
  MIN_WINDOWS_8H,
  O3_8H_EXCEPTION,
} from '../../indicators/daily.ts';
import { ANNUAL_MINIMUM, monthlyMinimum } from '../../indicators/period.ts';
import {
  FINAL_PHASE_FROM,
  LIMITS_2012,
  LIMITS_2026,
  PROVISIONAL_2026_RULES,
  REGIME_2026_FROM,
  type Regime,
} from '../../indicators/regime.ts';
import { REPORT_DECIMALS } from '../../indicators/rounding.ts';
import type { TargetDefinition } from '../../indicators/targets.ts';
import {
  type Averaging,
  type BreakpointColumnRow,
  type BreakpointTable,
  type LimitRow,
  type MethodologyPageData,
  REGIMES,
} from './schema.ts';
import { LIMIT_ROWS, dayBefore, isProvisionalLimit, must, workedExamples } from './examples.ts';

/** The page's sections in order; each id is the section's stable anchor. */
const AVERAGING_OF_SUFFIX: Readonly<Record<string, Averaging>> = {
  '24h': '24h',
  '1h': '1h',
  '8h': '8h',
};
// HJ 633 Table 1 note 1: these 1-h columns are for the real-time report only.
const REALTIME_ONLY: ReadonlySet<BreakpointColumn> = new Set<BreakpointColumn>([
  'so2_1h',
  'no2_1h',
  'co_1h',
]);

function columnMeta(id: BreakpointColumn): { pollutant: Pollutant; averaging: Averaging } {
  const m = /^(.+)_(24h|1h|8h)$/.exec(id);
  const pollutant = POLLUTANTS.find((p) => p === m?.[1]);
  const averaging = m?.[2] === undefined ? undefined : AVERAGING_OF_SUFFIX[m[2]];
  if (pollutant === undefined || averaging === undefined)
    throw new Error(`breakpoint column ${id}: cannot tell pollutant and averaging time`);
  return { pollutant, averaging };
}

/** HJ 633 Table 1 of a regime, column by column, with the cells that differ from 2012 marked. */
export function breakpointTable(regime: Regime): BreakpointTable {
  const table = regime === '2012' ? BREAKPOINTS_2012 : BREAKPOINTS_2026;
  const columns = (Object.keys(table) as BreakpointColumn[]).map((id): BreakpointColumnRow => {
    const values = table[id];
    const base = BREAKPOINTS_2012[id];
    const { pollutant, averaging } = columnMeta(id);
    return {
      id,
      pollutant,
      averaging,
      unit: UNITS[pollutant],
      values,
      changed: values.map((v, i) => v !== base[i]),
      realtimeOnly: REALTIME_ONLY.has(id),
    };
  });
  return { regime, steps: IAQI_STEPS, columns };
}

export function limitRows(): LimitRow[] {
  return LIMIT_ROWS.map(([pollutant, averaging, path, get]) => ({
    pollutant,
    averaging,
    unit: UNITS[pollutant],
    byRegime: {
      '2012': { value: get(LIMITS_2012), provisional: isProvisionalLimit(LIMITS_2012, path) },
      '2026': { value: get(LIMITS_2026), provisional: isProvisionalLimit(LIMITS_2026, path) },
    },
  }));
}

/** Concentrations at which the PM2.5 IAQI curve bends in either regime, with both IAQIs. */
function pm25CurveRows(): number[][] {
  const xs = new Set<number>();
  for (const v of [...BREAKPOINTS_2012.pm2_5_24h, ...BREAKPOINTS_2026.pm2_5_24h])
    if (v !== null) xs.add(v);
  return [...xs]
    .sort((a, b) => a - b)
    .map((c) => [
      c,
      must(iaqi('pm2_5_24h', c, '2012'), 'curve'),
      must(iaqi('pm2_5_24h', c, '2026'), 'curve'),
    ]);
}

/**
 * Everything the methodology page prints, from the code, and the plan's computed targets from
 * the data (the progress document carries them).
 */
export function buildMethodologyPage(
  planTargets: readonly TargetDefinition[],
): MethodologyPageData {
  const steps = IAQI_STEPS;
  const examples = workedExamples();
  return {
    regime2026From: REGIME_2026_FROM,
    last2012Day: dayBefore(REGIME_2026_FROM),
    finalPhaseFrom: FINAL_PHASE_FROM,
    iaqiSteps: steps,
    breakpoints: REGIMES.map(breakpointTable),
    categories: CATEGORIES,
    limits: limitRows(),
    validity: {
      minHours24h: MIN_HOURS_24H,
      minHours8h: MIN_HOURS_8H,
      windowsPerDay8h: examples.o3.windows,
      minWindows8h: MIN_WINDOWS_8H,
      o3Exception: O3_8H_EXCEPTION,
      monthMinimum: monthlyMinimum('2025-01'),
      februaryMinimum: monthlyMinimum('2025-02'),
      annualMinimum: ANNUAL_MINIMUM,
      minCountyStations: MIN_COUNTY_STATIONS,
    },
    reportDecimals: REPORT_DECIMALS,
    provisionalRules: PROVISIONAL_2026_RULES,
    planTargets,
    examples,
    charts: [
      {
        id: 'pm25-iaqi-by-regime',
        kind: 'line',
        title: {
          zh: 'PM2.5 24小时浓度与分指数：两套规则对比',
          en: 'PM2.5 24-hour concentration and sub-index under both rulebooks',
        },
        columns: ['pm2_5', '2012', '2026'],
        rows: pm25CurveRows(),
      },
    ],
  };
}
