/**
 * Progress against the county plan's headline targets for 2025 (西平县 plan draft, section 一(二)
 * and 七(一); domain.md §0, §3.6, §5.1) and the published-versus-computed rule.
 *
 * How verdicts compare (docs/decisions/005): the headline verdict applies the plan's own words
 * ("低于", "达到", "以内") to the figure at the precision officials publish (integer µg/m³, ratios
 * to one decimal). A second reading — the standard's "≤" for PM2.5, the exact ratio for the day
 * counts — is always computed, and `disagree` says when the page must show both.
 */
import type { Basis, GradeIIOutcome, PeriodStatistic } from './period.ts';
import { roundHalfEven } from './rounding.ts';

/** Digits after the decimal point in a number's shortest representation. */
function decimalsOf(x: number): number {
  const m = /\.(\d+)/.exec(String(x));
  return m?.[1]?.length ?? 0;
}

export type TargetId = 'pm2_5_annual' | 'good_days_ratio' | 'heavy_days_ratio' | 'grade_ii';
export type Comparison = '<' | '<=' | '>=' | 'attained';
export type Verdict = 'met' | 'not_met' | 'not_assessable';

/** One of the plan's targets with its wording. */
export interface TargetDefinition {
  readonly id: TargetId;
  readonly year: string;
  readonly targetValue: number | null;
  readonly unit: string;
  /** The comparison the plan's words ask for. */
  readonly comparison: Comparison;
  readonly planWordingZh: string;
  readonly planWordingEn: string;
  /** How the other reading differs, for the page. */
  readonly alternativeZh: string;
  readonly alternativeEn: string;
}

/** The plan's 2025 targets (plan draft 一(二); 二级达标 from 七(一)). */
export const PLAN_TARGETS: readonly TargetDefinition[] = [
  {
    id: 'pm2_5_annual',
    year: '2025',
    targetValue: 35,
    unit: 'µg/m³',
    comparison: '<',
    planWordingZh: 'PM2.5浓度低于35微克/立方米',
    planWordingEn: 'PM2.5 below 35 µg/m³',
    alternativeZh: '按GB 3095-2012二级标准（≤35）判定',
    alternativeEn: 'GB 3095-2012 grade II reading (≤ 35)',
  },
  {
    id: 'good_days_ratio',
    year: '2025',
    targetValue: 82.5,
    unit: '%',
    comparison: '>=',
    planWordingZh: '优良天数比率达到82.5%',
    planWordingEn: 'Good-days ratio reaches 82.5 %',
    alternativeZh: '按未修约的精确比率判定',
    alternativeEn: 'Reading on the exact, unrounded ratio',
  },
  {
    id: 'heavy_days_ratio',
    year: '2025',
    targetValue: 0.3,
    unit: '%',
    comparison: '<=',
    planWordingZh: '重度及以上污染天数比率控制在0.3%以内',
    planWordingEn: 'Heavy-or-worse days ratio within 0.3 %',
    alternativeZh: '按未修约的精确比率判定',
    alternativeEn: 'Reading on the exact, unrounded ratio',
  },
  {
    id: 'grade_ii',
    year: '2025',
    targetValue: null,
    unit: '',
    comparison: 'attained',
    planWordingZh: '空气质量二级达标',
    planWordingEn: 'Air quality attains grade II',
    alternativeZh: '含98/95百分位数在内的全部项目',
    alternativeEn: 'All items, including the 98th/95th percentiles',
  },
];

/** The plan's number for a target (the one place it is written: PLAN_TARGETS above). */
export function planTargetValue(id: string): number {
  const v = PLAN_TARGETS.find((d) => d.id === id)?.targetValue;
  if (v === undefined || v === null) throw new Error(`no numeric plan target "${id}"`);
  return v;
}

/** What a verdict is judged on. */
export interface TargetInput {
  readonly year: string;
  readonly basis: Basis;
  /** The figure at reporting precision (integer µg/m³ or one-decimal %); null when invalid. */
  readonly value: number | null;
  /** For ratios: the day counts behind the value, for the exact reading. */
  readonly counts?: { readonly numerator: number; readonly denominator: number };
  /** For grade II: the six-item verdict and the all-items verdict. */
  readonly gradeII?: { readonly headline: GradeIIOutcome; readonly allItems: GradeIIOutcome };
  /** The period is over (a year, not year-to-date) so a verdict may be given. */
  readonly final: boolean;
  readonly source: 'computed' | 'published';
}

/** One way of reading a target. */
export interface TargetReading {
  readonly reading: 'plan_reported' | 'standard' | 'exact' | 'all_items';
  readonly value: number | null;
  readonly comparison: Comparison;
  readonly verdict: Verdict;
}

/** Progress against one target (one row of target-progress.csv). */
export interface TargetProgress {
  readonly target: TargetId;
  readonly year: string;
  readonly basis: Basis;
  readonly value: number | null;
  readonly targetValue: number | null;
  readonly comparison: Comparison;
  /** Headline verdict: the plan's words on the reported figure. */
  readonly verdict: Verdict;
  readonly readings: readonly TargetReading[];
  /** The readings disagree: the page shows both. */
  readonly disagree: boolean;
  readonly source: 'computed' | 'published';
}

function judge(ok: boolean | null, final: boolean): Verdict {
  if (ok === null || !final) return 'not_assessable';
  return ok ? 'met' : 'not_met';
}

function fromOutcome(o: GradeIIOutcome | undefined, final: boolean): Verdict {
  if (o === undefined || o === 'not_assessable' || !final) return 'not_assessable';
  return o === 'attained' ? 'met' : 'not_met';
}

/**
 * Verdict on one plan target (docs/decisions/005). PM2.5: plan "< 35" on the integer annual mean,
 * beside the grade-II "≤ 35" (GB 3095-2012 Table 1). Ratios: the plan's comparison on the
 * one-decimal ratio, beside the exact ratio from the day counts. Grade II: the six-item verdict,
 * beside all ten items. Not assessable while the period is running or the value is invalid.
 */
export function assessTarget(def: TargetDefinition, input: TargetInput): TargetProgress {
  const { value, final } = input;
  const readings: TargetReading[] = [];
  const t = def.targetValue;
  if (def.id === 'grade_ii') {
    readings.push({
      reading: 'plan_reported',
      value: null,
      comparison: 'attained',
      verdict: fromOutcome(input.gradeII?.headline, final),
    });
    readings.push({
      reading: 'all_items',
      value: null,
      comparison: 'attained',
      verdict: fromOutcome(input.gradeII?.allItems, final),
    });
  } else if (t !== null && def.id === 'pm2_5_annual') {
    readings.push({
      reading: 'plan_reported',
      value,
      comparison: '<',
      verdict: judge(value === null ? null : value < t, final),
    });
    readings.push({
      reading: 'standard',
      value,
      comparison: '<=',
      verdict: judge(value === null ? null : value <= t, final),
    });
  } else if (t !== null) {
    const cmp = def.comparison;
    const test = (v: number): boolean => (cmp === '>=' ? v >= t : v <= t);
    readings.push({
      reading: 'plan_reported',
      value,
      comparison: cmp,
      verdict: judge(value === null ? null : test(value), final),
    });
    const c = input.counts;
    if (c !== undefined && c.denominator > 0) {
      // Exact: numerator/denominator × 100 against t, compared in integers (t has one decimal).
      const lhs = c.numerator * 1000;
      const rhs = Math.round(t * 10) * c.denominator;
      const ok = cmp === '>=' ? lhs >= rhs : lhs <= rhs;
      readings.push({
        reading: 'exact',
        value: (c.numerator / c.denominator) * 100,
        comparison: cmp,
        verdict: judge(value === null ? null : ok, final),
      });
    }
  }
  const head = readings[0];
  if (head === undefined) throw new Error(`assessTarget(${def.id}): no reading`);
  return {
    target: def.id,
    year: input.year,
    basis: input.basis,
    value,
    targetValue: t,
    comparison: def.comparison,
    verdict: head.verdict,
    readings,
    disagree: readings.some((r) => r.verdict !== head.verdict),
    source: input.source,
  };
}

/** The target inputs a computed annual (or year-to-date) statistic provides. */
export function targetInputFromPeriod(def: TargetDefinition, stat: PeriodStatistic): TargetInput {
  if (stat.kind === 'month')
    throw new Error(`targets are judged on a year, got month ${stat.period}`);
  const base = {
    year: stat.period.slice(0, 4),
    basis: stat.basis,
    final: stat.kind === 'year',
    source: 'computed' as const,
  };
  switch (def.id) {
    case 'pm2_5_annual':
      return { ...base, value: stat.concentrations.pm2_5.value };
    case 'good_days_ratio':
      return {
        ...base,
        value: stat.goodRatio,
        counts: { numerator: stat.goodDays, denominator: stat.validDays },
      };
    case 'heavy_days_ratio':
      return {
        ...base,
        value: stat.heavyRatio,
        counts: { numerator: stat.heavyDays, denominator: stat.validDays },
      };
    case 'grade_ii':
      return stat.gradeII === null
        ? { ...base, value: null }
        : {
            ...base,
            value: null,
            gradeII: { headline: stat.gradeII.headline, allItems: stat.gradeII.allItems },
          };
  }
}

/** An official published figure, entered by hand from its source (data/published/). */
export interface PublishedStatistic {
  readonly period: string;
  readonly area: string;
  readonly indicator: string;
  readonly value: number;
  readonly source_url: string;
  readonly published: string;
}

/** A headline figure with its cross-check. */
export interface Reconciled {
  readonly headline: number | null;
  readonly source: 'published' | 'computed';
  readonly published: PublishedStatistic | null;
  readonly computed: number | null;
  /** computed − published, when both exist (in the indicator's unit, full precision). */
  readonly difference: number | null;
}

/**
 * Published versus computed (issue 4): an official published figure, where one exists for the
 * period, is the headline; the value computed from station data stands beside it with the
 * difference. Without one, the computed value is the headline.
 */
export function reconcile(
  published: PublishedStatistic | undefined,
  computed: number | null,
): Reconciled {
  if (published === undefined)
    return { headline: computed, source: 'computed', published: null, computed, difference: null };
  if (!Number.isFinite(published.value))
    throw new RangeError(
      `published ${published.indicator} ${published.period}: value is not a number`,
    );
  return {
    headline: published.value,
    source: 'published',
    published,
    computed,
    // Rounded to the finer of the two precisions so 82.3 − 82.5 reads −0.2, not −0.2000000000003.
    difference:
      computed === null
        ? null
        : roundHalfEven(
            computed - published.value,
            Math.max(decimalsOf(computed), decimalsOf(published.value)),
          ),
  };
}
