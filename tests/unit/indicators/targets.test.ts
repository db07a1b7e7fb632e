import { describe, expect, it } from 'vitest';
import {
  planTargetValue,
  assessTarget,
  planTargets,
  reconcile,
  type TargetDefinition,
  type TargetId,
} from '../../../src/indicators/targets.ts';
import { loadPlan } from '../../../src/records/plan/index.ts';

// The bundled plan's targets (data/plan/targets.csv), as the build reads them.
const PLAN = planTargets(loadPlan('data').targets);

const def = (id: TargetId): TargetDefinition => {
  const d = PLAN.find((t) => t.id === id);
  if (d === undefined) throw new Error(id);
  return d;
};
const base = { year: '2025', basis: 'raw' as const, final: true, source: 'computed' as const };

describe('assessTarget (decision 005)', () => {
  it.each([
    [34, 'met', 'met', false],
    [35, 'not_met', 'met', true],
    [36, 'not_met', 'not_met', false],
  ] as const)(
    'PM2.5 %i: plan "< 35" %s, grade-II "≤ 35" %s, disagree %s',
    (value, plan, standard, disagree) => {
      const r = assessTarget(def('pm2_5_annual'), { ...base, value });
      expect(r.verdict).toBe(plan);
      expect(r.readings.find((x) => x.reading === 'standard')?.verdict).toBe(standard);
      expect(r.disagree).toBe(disagree);
    },
  );

  it.each([
    [302, 365, 82.7, 'met', 'met'],
    [301, 365, 82.5, 'met', 'not_met'],
    [300, 365, 82.2, 'not_met', 'not_met'],
    [298, 362, 82.3, 'not_met', 'not_met'],
  ] as const)(
    'good days %i/%i (printed %s %%): reported %s, exact %s',
    (n, d, printed, reported, exact) => {
      const r = assessTarget(def('good_days_ratio'), {
        ...base,
        value: printed,
        counts: { numerator: n, denominator: d },
      });
      expect(r.verdict).toBe(reported);
      expect(r.readings.find((x) => x.reading === 'exact')?.verdict).toBe(exact);
      expect(r.disagree).toBe(reported !== exact);
    },
  );

  it.each([
    [1, 365, 0.3, 'met', 'met'],
    [2, 365, 0.5, 'not_met', 'not_met'],
    [2, 362, 0.6, 'not_met', 'not_met'],
    [0, 365, 0, 'met', 'met'],
  ] as const)(
    'heavy days %i/%i (printed %s %%): reported %s, exact %s',
    (n, d, printed, reported, exact) => {
      const r = assessTarget(def('heavy_days_ratio'), {
        ...base,
        value: printed,
        counts: { numerator: n, denominator: d },
      });
      expect(r.verdict).toBe(reported);
      expect(r.readings.find((x) => x.reading === 'exact')?.verdict).toBe(exact);
    },
  );

  it('a running year or an invalid value is not assessable', () => {
    expect(assessTarget(def('pm2_5_annual'), { ...base, value: 30, final: false }).verdict).toBe(
      'not_assessable',
    );
    expect(assessTarget(def('pm2_5_annual'), { ...base, value: null }).verdict).toBe(
      'not_assessable',
    );
  });

  it('grade II follows the six-item verdict and shows all items beside it', () => {
    const r = assessTarget(def('grade_ii'), {
      ...base,
      value: null,
      gradeII: { headline: 'attained', allItems: 'not_attained' },
    });
    expect(r.verdict).toBe('met');
    expect(r.disagree).toBe(true);
  });
});

describe('reconcile (published versus computed)', () => {
  const pub = {
    period: '2025',
    area: 'county',
    indicator: 'good_ratio',
    value: 82.5,
    source_url: 'https://example.invalid/示例（虚构）',
    published: '2026-01-20',
  };

  it('a published figure is the headline, with the computed one and the difference beside it', () => {
    expect(reconcile(pub, 82.3)).toMatchObject({
      headline: 82.5,
      source: 'published',
      computed: 82.3,
      difference: -0.2,
    });
  });

  it('without a published figure the computed value is the headline', () => {
    expect(reconcile(undefined, 82.3)).toMatchObject({
      headline: 82.3,
      source: 'computed',
      difference: null,
    });
  });

  it('a published figure with no computed value has no difference', () => {
    expect(reconcile(pub, null).difference).toBeNull();
  });
});

describe('planTargets (the plan numbers come from data/plan/targets.csv, never from code)', () => {
  it('reads the bundled plan: < 35 µg/m³, ≥ 82.5 %, ≤ 0.3 % and grade II, all for 2025', () => {
    expect(PLAN.map((t) => [t.id, t.planTargetId, t.year, t.comparison, t.targetValue])).toEqual([
      ['pm2_5_annual', '1.2-a', '2025', '<', 35],
      ['good_days_ratio', '1.2-b', '2025', '>=', 82.5],
      ['heavy_days_ratio', '1.2-c', '2025', '<=', 0.3],
      ['grade_ii', '7.1-a', '2025', 'attained', null],
    ]);
    expect(PLAN.map((t) => t.planWordingZh)).toEqual([
      'PM2.5浓度低于35微克/立方米',
      '优良天数比率达到82.5%',
      '重度及以上污染天数比率控制在0.3%以内',
      '空气质量二级达标',
    ]);
    expect(planTargetValue(PLAN, 'good_days_ratio')).toBe(82.5);
    expect(planTargetValue(PLAN, 'grade_ii')).toBeNull();
  });

  it("takes another county's number and year, and keeps the standard reading on the grade-II limit", () => {
    const [pm] = planTargets([
      { id: '2.1-a', computed_as: 'pm2_5_annual', target_value: 38, deadline: '2027-12-31' },
    ]);
    expect(pm).toMatchObject({
      year: '2027',
      targetValue: 38,
      planWordingEn: 'PM2.5 below 38 µg/m³',
    });
    const p = assessTarget(pm as TargetDefinition, { ...base, year: '2027', value: 36 });
    expect(p.readings.map((r) => [r.reading, r.verdict])).toEqual([
      ['plan_reported', 'met'], // 36 < 38
      ['standard', 'not_met'], // 36 > 35, GB 3095-2012 grade II
    ]);
    expect(p.disagree).toBe(true);
  });

  it('leaves out a target the plan does not have', () => {
    const only = planTargets([
      { id: '1.2-b', computed_as: 'good_days_ratio', target_value: 80, deadline: '2026-12-31' },
      { id: '9.9-z', computed_as: '', target_value: 1, deadline: null },
    ]);
    expect(only.map((t) => t.id)).toEqual(['good_days_ratio']);
    expect(planTargetValue(only, 'pm2_5_annual')).toBeNull();
  });
});
