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
import { LIMITS_2012 } from './regime.ts';
import {
  COMPUTED_TARGETS,
  type ComputedTargetId,
  type Target as PlanTarget,
} from '../records/plan/index.ts';

/** Digits after the decimal point in a number's shortest representation. */
function decimalsOf(x: number): number {
  const m = /\.(\d+)/.exec(String(x));
  return m?.[1]?.length ?? 0;
}

export type TargetId = ComputedTargetId;
export type Comparison = '<' | '<=' | '>=' | 'attained';
export type Verdict = 'met' | 'not_met' | 'not_assessable';

/** One of the plan's targets with its wording. */
export interface TargetDefinition {
  readonly id: TargetId;
  /** The plan's target id (data/plan/targets.csv), e.g. 1.2-a. */
  readonly planTargetId: string;
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

/** The grade-II annual PM2.5 limit of the standard reading (GB 3095-2012 Table 1). */
const PM25_GRADE_II = LIMITS_2012.annual.pm2_5;

/** How the site words each computed target; `v` is the plan's number as the plan writes it. */
const WORDING: Readonly<
  Record<
    TargetId,
    {
      readonly unit: string;
      readonly comparison: Comparison;
      readonly planZh: (v: string) => string;
      readonly planEn: (v: string) => string;
      readonly alternativeZh: string;
      readonly alternativeEn: string;
    }
  >
> = {
  pm2_5_annual: {
    unit: 'µg/m³',
    comparison: '<',
    planZh: (v) => `PM2.5浓度低于${v}微克/立方米`,
    planEn: (v) => `PM2.5 below ${v} µg/m³`,
    alternativeZh: `按GB 3095-2012二级标准（≤${PM25_GRADE_II}）判定`,
    alternativeEn: `GB 3095-2012 grade II reading (≤ ${PM25_GRADE_II})`,
  },
  good_days_ratio: {
    unit: '%',
    comparison: '>=',
    planZh: (v) => `优良天数比率达到${v}%`,
    planEn: (v) => `Good-days ratio reaches ${v} %`,
    alternativeZh: '按未修约的精确比率判定',
    alternativeEn: 'Reading on the exact, unrounded ratio',
  },
  heavy_days_ratio: {
    unit: '%',
    comparison: '<=',
    planZh: (v) => `重度及以上污染天数比率控制在${v}%以内`,
    planEn: (v) => `Heavy-or-worse days ratio within ${v} %`,
    alternativeZh: '按未修约的精确比率判定',
    alternativeEn: 'Reading on the exact, unrounded ratio',
  },
  grade_ii: {
    unit: '',
    comparison: 'attained',
    planZh: () => '空气质量二级达标',
    planEn: () => 'Air quality attains grade II',
    alternativeZh: '含98/95百分位数在内的全部项目',
    alternativeEn: 'All items, including the 98th/95th percentiles',
  },
};

/**
 * The plan's headline targets the site computes, from the plan data (data/plan/targets.csv rows
 * with `computed_as`; the records stage has checked their comparison, unit and deadline), in
 * the order of COMPUTED_TARGETS. A target the plan does not have is absent.
 */
export function planTargets(
  rows: readonly Pick<PlanTarget, 'id' | 'computed_as' | 'target_value' | 'deadline'>[],
): TargetDefinition[] {
  return COMPUTED_TARGETS.flatMap((id) => {
    const row = rows.find((r) => r.computed_as === id);
    if (row === undefined) return [];
    const w = WORDING[id];
    const v = row.target_value === null ? '' : String(row.target_value);
    return [
      {
        id,
        planTargetId: row.id,
        year: (row.deadline ?? '').slice(0, 4),
        targetValue: row.target_value,
        unit: w.unit,
        comparison: w.comparison,
        planWordingZh: w.planZh(v),
        planWordingEn: w.planEn(v),
        alternativeZh: w.alternativeZh,
        alternativeEn: w.alternativeEn,
      },
    ];
  });
}

/** The plan's number for a target, or null when the plan has no such target. */
export function planTargetValue(targets: readonly TargetDefinition[], id: TargetId): number | null {
  return targets.find((d) => d.id === id)?.targetValue ?? null;
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
    // the standard's reading: the grade-II limit, "≤" (equal to the plan's number in Xiping's plan)
    readings.push({
      reading: 'standard',
      value,
      comparison: '<=',
      verdict: judge(value === null ? null : value <= PM25_GRADE_II, final),
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
