import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/charts/shared/render-chart.ts';
import { STATUS_NAMES } from '../../../../src/charts/shared/strings.ts';
import {
  MILESTONE_OF,
  planTimelineSpec,
  buildPlanPages,
  PAGE_STATUSES,
} from '../../../../src/page-data/plan/index.ts';
import { loadPlan } from '../../../../src/records/plan/index.ts';
import { ctx, renders } from '../site/fixture.ts';

describe('planTimelineSpec(ctx, plan)', () => {
  const fixture = buildPlanPages(
    loadPlan('data', { progressFile: 'tests/fixtures/plan-progress/mixed.csv' }),
    '2025-06-01',
  );

  it.each(PAGE_STATUSES.map((s) => [s, MILESTONE_OF[s]]))(
    'draws the plan status %s as the kit status %s',
    (page, kit) => {
      expect(MILESTONE_OF[page]).toBe(kit);
    },
  );

  it('words "no published evidence" honestly, never as overdue', () => {
    expect(STATUS_NAMES[MILESTONE_OF.no_published_evidence]).toEqual({
      zh: '无公开证据',
      en: 'No published evidence',
    });
  });

  it('validates, renders in both languages and draws the status date as the "today" rule', () => {
    const spec = planTimelineSpec(ctx, fixture);
    if (spec === null) throw new Error('no spec');
    renders(spec);
    expect(spec.asOf).toBe('2025-06-01');
    expect(spec.meta.dataDate).toBe('2025-06-01');
    expect(spec.items).toHaveLength(fixture.overview.timeline.rows.length);
    expect(spec.meta.table.rows).toHaveLength(fixture.overview.timeline.rows.length);
    expect(renderChart(spec, 'en')).toContain('As of 2025-06-01');
  });

  it('states in its headline how many dated targets are done and how many lack evidence, from the rows', () => {
    const spec = planTimelineSpec(ctx, fixture);
    const rows = fixture.overview.timeline.rows;
    const n = (s: string): number => rows.filter((r) => r.status === s).length;
    expect(n('done')).toBeGreaterThan(0);
    expect(spec?.meta.headline.zh).toBe(
      `截至 2025-06-01，方案中有截止日期的 ${rows.length} 项目标里，有公开证据表明已完成的 ${n('done')} 项` +
        (
          [
            'no_published_evidence',
            'missed',
            'in_progress',
            'not_started',
            'not_due',
            'not_assessable',
          ] as const
        )
          .filter((s) => n(s) > 0)
          .map(
            (s) =>
              `，${{ no_published_evidence: '无公开证据', missed: '未达成', in_progress: '进行中', not_started: '未开始', not_due: '未到期', not_assessable: '无法评估' }[s]} ${n(s)} 项`,
          )
          .join('') +
        '。',
    );
    expect(spec?.meta.headline.en).toMatch(
      new RegExp(
        `^As of 2025-06-01, published evidence shows ${n('done')} of the plan's ${rows.length} targets with a deadline done; `,
      ),
    );
  });

  it('is null without a status date (nothing to draw the deadlines against)', () => {
    const unassessed = buildPlanPages(loadPlan('data'), null);
    expect(planTimelineSpec(ctx, unassessed)).toBeNull();
  });

  it('shows the bundled plan with every passed deadline as no published evidence', () => {
    const bundled = buildPlanPages(loadPlan('data'), '2026-11-27');
    const spec = planTimelineSpec(ctx, bundled);
    if (spec === null) throw new Error('no spec');
    renders(spec);
    const svg = renderChart(spec, 'zh');
    expect(svg).toContain('无公开证据');
    expect(svg).not.toContain('已逾期');
  });
});
