/**
 * Chart specs of the plan pages, built from their page data: the plan's milestone timeline.
 * Pure: every headline number comes from the same rows as the chart and its table.
 */
import type { Bilingual, MilestoneStatus, TimelineChartSpec } from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from '../site/index.ts';
import type { PageStatus } from './build.ts';
import type { PlanPagesData } from './schema.ts';
import { STATUS_LABEL } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Plan: milestone timeline.

/** How a plan status is drawn: the kit's status with its shape and word. */
export const MILESTONE_OF: Readonly<Record<PageStatus, MilestoneStatus>> = {
  done: 'done',
  in_progress: 'in-progress',
  missed: 'overdue',
  no_published_evidence: 'no-evidence',
  not_started: 'not-started',
  not_due: 'not-started',
  not_assessable: 'unknown',
};

/**
 * The plan's milestone timeline: one mark per target with a deadline, the status date as the
 * "today" rule. Null without a status date (no observations: nothing to check deadlines against)
 * or without dated targets.
 */
export function planTimelineSpec(ctx: ChartContext, plan: PlanPagesData): TimelineChartSpec | null {
  const { rows } = plan.overview.timeline;
  const asOf = plan.statusDate;
  if (asOf === null || rows.length === 0) return null;
  const count = (s: PageStatus): number => rows.filter((r) => r.status === s).length;
  const order: readonly PageStatus[] = [
    'no_published_evidence',
    'missed',
    'in_progress',
    'not_started',
    'not_due',
    'not_assessable',
  ];
  const others = order.filter((s) => count(s) > 0);
  const done = count('done');
  const headline: Bilingual = {
    zh: `截至 ${asOf}，方案中有截止日期的 ${rows.length} 项目标里，有公开证据表明已完成的 ${done} 项${others.map((s) => `，${STATUS_LABEL[s].zh} ${count(s)} 项`).join('')}。`,
    en: `As of ${asOf}, published evidence shows ${done} of the plan's ${rows.length} targets with a deadline done${others.map((s) => `; ${STATUS_LABEL[s].en.toLowerCase()}: ${count(s)}`).join('')}.`,
  };
  return {
    type: 'timeline',
    meta: {
      ...chartMeta(ctx, plan.overview.timeline.id, plan.overview.timeline.title, headline, {
        columns: [
          { zh: '目标编号', en: 'Target' },
          { zh: '目标', en: 'Target (Chinese)', cells: 'zh' },
          { zh: '目标（英文）', en: 'Target (English)' },
          { zh: '截止日期', en: 'Deadline' },
          { zh: '状态', en: 'Status (Chinese)', cells: 'zh' },
          { zh: '状态（英文）', en: 'Status (English)' },
        ],
        rows: rows.map((r) => [
          r.targetId,
          r.label.zh,
          r.label.en,
          r.deadline,
          STATUS_LABEL[r.status].zh,
          STATUS_LABEL[r.status].en,
        ]),
      }),
      // The deadlines are the plan's; the statuses are this site's reading of published evidence.
      source: {
        zh: `${plan.source.title.zh}；状态由本站依据公开证据评估`,
        en: `${plan.source.title.en}; statuses assessed by this site from published evidence`,
      },
      dataDate: asOf,
    },
    asOf,
    items: rows.map((r) => ({
      key: r.targetId,
      label: { zh: `${r.targetId} ${r.label.zh}`, en: `${r.targetId} ${r.label.en}` },
      deadline: r.deadline,
      status: MILESTONE_OF[r.status],
    })),
  };
}
