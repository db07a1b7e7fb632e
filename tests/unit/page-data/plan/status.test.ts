import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadPlan,
  type EvidenceStatus,
  type Measure,
  type ProgressItem,
  type Target,
} from '../../../../src/records/plan/index.ts';
import {
  countByStatus,
  departmentAccountability,
  measureStatus,
  targetStatus,
} from '../../../../src/page-data/plan/index.ts';

// Synthetic, obviously fictitious targets so the rules are tested apart from the real plan.
function target(id: string, deadline: string | null): Target {
  return {
    id,
    measure_id: id.split('-')[0] ?? '',
    indicator_zh: '示例指标（虚构）',
    indicator_en: 'Example indicator (fictitious)',
    baseline_value: null,
    baseline_year: null,
    comparison: 'complete',
    target_value: null,
    target_value_max: null,
    unit: '',
    threshold_value: null,
    threshold_unit: '',
    deadline,
    strive: false,
    clause: '示例条款（虚构）',
    computed_as: '',
  };
}
let line = 1;
function evidence(
  target_id: string,
  date: string,
  status: EvidenceStatus,
  measure_id = '',
): ProgressItem {
  line += 1;
  return {
    date,
    target_id,
    measure_id,
    status,
    value: null,
    summary_zh: '虚构测试证据',
    summary_en: 'Fictitious test evidence',
    source_url: 'https://example.org/x',
    source_title: '示例来源（虚构）',
    file: 'fixture.csv',
    line,
  };
}
const measure = (id: string): Measure => ({
  id,
  section: 9,
  item: 9,
  title_zh: '示例（虚构）',
  title_en: 'Example (fictitious)',
  summary_zh: '虚构',
  summary_en: 'fictitious',
});

describe('targetStatus(target, progress, asOf)', () => {
  const t = target('9.1-a', '2024-06-30');

  it.each([
    ['2024-06-29', [], 'not_due'],
    ['2024-06-30', [], 'not_due'],
    ['2024-07-01', [], 'no_published_evidence'],
    ['2024-06-30', [['2024-05-01', 'in_progress']], 'in_progress'],
    ['2024-07-01', [['2024-05-01', 'in_progress']], 'no_published_evidence'],
    ['2024-07-01', [['2024-05-01', 'not_started']], 'no_published_evidence'],
    ['2024-06-10', [['2024-05-01', 'not_started']], 'not_started'],
    ['2024-07-01', [['2024-06-30', 'done']], 'done'],
    ['2024-07-01', [['2024-07-02', 'done']], 'no_published_evidence'],
    ['2024-08-01', [['2024-07-02', 'done']], 'done'],
    ['2024-08-01', [['2024-07-02', 'missed']], 'missed'],
    [
      '2024-08-01',
      [
        ['2024-05-01', 'done'],
        ['2024-07-02', 'missed'],
      ],
      'missed',
    ],
  ] as const)('on %s with evidence %j is %s', (asOf, items, expected) => {
    const progress = items.map(([date, status]) => evidence('9.1-a', date, status));
    expect(targetStatus(t, progress, asOf).status).toBe(expected);
  });

  it('never calls a passed deadline done without evidence of completion, whatever else was said', () => {
    const progress = [
      evidence('9.1-a', '2024-01-01', 'in_progress'),
      evidence('9.1-a', '2024-06-01', 'in_progress'),
    ];
    const s = targetStatus(t, progress, '2025-01-01');
    expect(s).toMatchObject({
      status: 'no_published_evidence',
      deadlinePassed: true,
      completedLate: false,
    });
    expect(s.latest?.date).toBe('2024-06-01');
  });

  it('marks completion reported after the deadline as late', () => {
    expect(
      targetStatus(t, [evidence('9.1-a', '2024-09-01', 'done')], '2025-01-01').completedLate,
    ).toBe(true);
  });

  it('treats a standing commitment without a deadline as due: no evidence is no published evidence', () => {
    expect(targetStatus(target('9.1-b', null), [], '2024-01-01').status).toBe(
      'no_published_evidence',
    );
    expect(
      targetStatus(
        target('9.1-b', null),
        [evidence('9.1-b', '2023-12-01', 'in_progress')],
        '2024-01-01',
      ).status,
    ).toBe('in_progress');
  });

  it('orders same-day evidence by file line, so the later row wins', () => {
    const a = evidence('9.1-a', '2024-05-01', 'done');
    const b = evidence('9.1-a', '2024-05-01', 'in_progress');
    expect(targetStatus(t, [b, a], '2024-05-02').status).toBe('in_progress');
  });

  it.each(['2024-7-1', '20240701', '', '2024-07-01T00:00:00+08:00'])(
    'refuses the asOf date %j',
    (asOf) => {
      expect(() => targetStatus(t, [], asOf)).toThrow(/expected a date YYYY-MM-DD/);
    },
  );
});

describe('measureStatus(measure, targets, progress, asOf)', () => {
  const ts = [target('9.2-a', '2024-06-30'), target('9.2-b', '2025-12-31')];

  it.each([
    [
      [
        ['9.2-a', 'done'],
        ['9.2-b', 'done'],
      ],
      '2024-12-01',
      'done',
    ],
    [[['9.2-a', 'done']], '2024-12-01', 'in_progress'],
    [[], '2024-12-01', 'no_published_evidence'],
    [[], '2024-01-01', 'not_due'],
    [[['9.2-a', 'not_started']], '2024-01-02', 'not_started'],
    [
      [
        ['9.2-a', 'missed'],
        ['9.2-b', 'done'],
      ],
      '2024-12-01',
      'missed',
    ],
  ] as const)('with evidence %j on %s is %s', (items, asOf, expected) => {
    const progress = items.map(([id, status]) => evidence(id, '2024-01-01', status));
    expect(measureStatus(measure('9.2'), ts, progress, asOf).status).toBe(expected);
  });

  it('reads a measure without targets from evidence filed against the measure', () => {
    expect(measureStatus(measure('9.3'), ts, [], '2024-12-01').status).toBe(
      'no_published_evidence',
    );
    expect(
      measureStatus(
        measure('9.3'),
        ts,
        [evidence('', '2024-02-01', 'in_progress', '9.3')],
        '2024-12-01',
      ).status,
    ).toBe('in_progress');
  });
});

describe('the bundled plan with no evidence', () => {
  const plan = loadPlan('data');

  it('shows every target past its deadline on 2026-01-01 as no published evidence, and none as done', () => {
    const statuses = plan.targets.map((t) => targetStatus(t, plan.progress, '2026-01-01'));
    const counts = countByStatus(statuses);
    expect(counts.done).toBe(0);
    expect(counts.no_published_evidence).toBe(plan.targets.length);
  });

  it('on 2024-07-01 has exactly the 2024-06-30 survey overdue among dated targets', () => {
    const overdue = plan.targets
      .map((t) => targetStatus(t, plan.progress, '2024-07-01'))
      .filter((s) => s.deadlinePassed);
    expect(overdue.map((s) => s.targetId)).toEqual(['6.4-a']);
  });
});

describe('with the fixture evidence (fictitious)', () => {
  const plan = loadPlan('data', {
    progressFile: join('tests/fixtures/plan-progress', 'mixed.csv'),
  });
  const byId = (asOf: string): Map<string, string> =>
    new Map(plan.targets.map((t) => [t.id, targetStatus(t, plan.progress, asOf).status]));

  it('derives done, missed and no published evidence as of 2026-02-01', () => {
    const s = byId('2026-02-01');
    expect([s.get('6.4-a'), s.get('6.4-b'), s.get('5.1-c'), s.get('1.2-b')]).toEqual([
      'done',
      'no_published_evidence',
      'done',
      'missed',
    ]);
  });

  it('counts a department’s targets: the lead of 6.4 has one done and one overdue', () => {
    const acc = departmentAccountability(
      plan.departments,
      plan.measures,
      plan.bodies,
      plan.targets,
      plan.progress,
      '2026-02-01',
    );
    const eco = acc.find((a) => a.departmentId === 'eco');
    expect(eco?.measures.lead).toEqual(['6.3', '6.4', '8.2']);
    expect(eco?.measures.cooperating).toEqual(['3.2', '5.2']);
    const ecoTargets = plan.targets.filter(
      (t) =>
        eco !== undefined && [...eco.measures.lead, ...eco.measures.joint].includes(t.measure_id),
    );
    expect(eco?.responsibleTargets).toBe(ecoTargets.length);
    // 6.4-a done, 6.4-b overdue; 1.2-b has no responsible body, 5.1-c belongs to urban management.
    expect(eco?.done).toBe(0 + 1);
    expect(eco?.withoutEvidence).toBe(ecoTargets.length - 2);
    const urban = acc.find((a) => a.departmentId === 'urban-management');
    expect(urban?.measures.lead).toEqual(['5.1']);
    expect(urban?.done).toBe(1);
  });

  it('adds up: every department’s status counts sum to its responsible targets', () => {
    for (const a of departmentAccountability(
      plan.departments,
      plan.measures,
      plan.bodies,
      plan.targets,
      plan.progress,
      '2026-02-01',
    )) {
      expect(
        Object.values(a.byStatus).reduce((x, y) => x + y, 0),
        a.departmentId,
      ).toBe(a.responsibleTargets);
    }
  });
});
