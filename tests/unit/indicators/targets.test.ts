import { describe, expect, it } from 'vitest';
import {
  planTargetValue,
  assessTarget,
  PLAN_TARGETS,
  reconcile,
  type TargetDefinition,
  type TargetId,
} from '../../../src/indicators/targets.ts';

const def = (id: TargetId): TargetDefinition => {
  const d = PLAN_TARGETS.find((t) => t.id === id);
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

describe('planTargetValue (the one place charts and headlines take the plan numbers from)', () => {
  it('reads the plan numbers from PLAN_TARGETS: < 35 µg/m³, ≥ 82.5 %, ≤ 0.3 %', () => {
    expect(planTargetValue('pm2_5_annual')).toBe(35);
    expect(planTargetValue('good_days_ratio')).toBe(82.5);
    expect(planTargetValue('heavy_days_ratio')).toBe(0.3);
  });
  it('refuses a target without a number (grade II) and an unknown id', () => {
    expect(() => planTargetValue('grade_ii')).toThrow(/no numeric plan target "grade_ii"/);
    expect(() => planTargetValue('nope')).toThrow(/no numeric plan target/);
  });
});
