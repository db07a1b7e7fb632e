/**
 * Page data of /plan/, /plan/<id>/, /departments/ and /departments/<slug>/, built from
 * `loadPlan(dataDir)` and a status date. Pure; `buildPlanData` in src/publish/feature-files.ts
 * writes `.generated/plan.json` and the open-data CSVs. See docs/decisions/013-plan-pages.md.
 *
 * The status date: the Beijing calendar day of the site's `asOf` (the latest observation hour).
 * With no observations (`asOf` null) there is no date to check deadlines against, and every
 * status is `not_assessable` — the site never takes "today" from the machine's clock.
 */
import {
  ROLES,
  chineseNumeralValue,
  planParagraphs,
  type PlanData,
  type ProgressItem,
  type Target,
} from '../../records/plan/index.ts';
import { dayOfLabel } from '../../records/time.ts';
import {
  PAGE_STATUSES,
  type PageStatus,
  departmentAccountability,
  measureStatus,
  targetStatus,
  type TargetStatus,
} from './status.ts';
import { displayPlanText, planText, requirementText } from './text.ts';
import {
  type BodyView,
  type DepartmentView,
  type EvidenceView,
  type MeasureView,
  PLAN_TEXT_DIR,
  type PlanPagesData,
  type TargetView,
  type TimelineRow,
  planPagesSchema,
} from './schema.ts';

export { PAGE_STATUSES, type PageStatus } from './status.ts';

/** Where the plan's text is published (copied verbatim from data/plan/source/). */
/**
 * The status date of a site `asOf`: an hour label (`YYYY-MM-DDTHH:00:00+08:00`, hour-ending, so
 * `D+1T00:00` still belongs to day D) or a plain `YYYY-MM-DD`. null stays null.
 */
export function statusDateOf(asOf: string | null): string | null {
  if (asOf === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\+08:00$/.test(asOf)) return dayOfLabel(asOf);
  throw new Error(
    `asOf: expected YYYY-MM-DD or an hour label YYYY-MM-DDTHH:00:00+08:00, got "${asOf}"`,
  );
}

/**
 * Each measure's paragraph(s) from the plan text, keyed by measure id ("4.2"): the paragraph
 * that opens with （二） under section 四、, plus any paragraphs before the next heading.
 */
export function measureTexts(sourceText: string): Map<string, string> {
  const out = new Map<string, string>();
  let section: number | null = null;
  let current: string | null = null;
  for (const para of planParagraphs(sourceText)) {
    const sec = /^([一二三四五六七八九十]+)、/.exec(para);
    if (sec) {
      section = chineseNumeralValue(sec[1] ?? '');
      current = null;
      continue;
    }
    const item = /^（([一二三四五六七八九十]+)）/.exec(para);
    if (item && section !== null) {
      current = `${section}.${chineseNumeralValue(item[1] ?? '') ?? 0}`;
      out.set(current, para);
    } else if (current !== null) {
      out.set(current, `${out.get(current) ?? ''}\n${para}`);
    }
  }
  return out;
}

function evidenceView(p: ProgressItem): EvidenceView {
  return {
    date: p.date,
    status: p.status,
    value: p.value,
    summary: { zh: p.summary_zh, en: p.summary_en },
    sourceUrl: p.source_url,
    sourceTitle: p.source_title,
  };
}

/** With no status date: every item on file, in date then file-line order, and no verdict. */
function allEvidence(items: readonly ProgressItem[]): ProgressItem[] {
  return [...items].sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.file !== b.file
        ? a.file < b.file
          ? -1
          : 1
        : a.line - b.line,
  );
}

function unassessedTarget(t: Target, progress: readonly ProgressItem[]): TargetStatus {
  const evidence = allEvidence(progress.filter((p) => p.target_id === t.id));
  return {
    targetId: t.id,
    status: 'not_due', // replaced by not_assessable below; never shown
    evidence,
    latest: evidence.at(-1) ?? null,
    deadlinePassed: false,
    completedLate: false,
  };
}

function zeroCounts(): Record<PageStatus, number> {
  return Object.fromEntries(PAGE_STATUSES.map((s) => [s, 0])) as Record<PageStatus, number>;
}

function counts(items: readonly { readonly status: PageStatus }[]): Record<PageStatus, number> {
  const out = zeroCounts();
  for (const i of items) out[i.status] += 1;
  return out;
}

/**
 * Build the page data of all plan and department pages. `statusDate` is a YYYY-MM-DD Beijing
 * calendar date (see statusDateOf) or null; `textPath` is where the plan's text is published.
 */
export function buildPlanPages(plan: PlanData, statusDate: string | null): PlanPagesData {
  if (statusDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(statusDate))
    throw new Error(`statusDate: expected YYYY-MM-DD, got "${statusDate}"`);
  const assessed = statusDate !== null;
  const doc = plan.source.documents.find((d) => d.id === plan.source.current);
  if (doc === undefined)
    throw new Error(`plan/source/meta.json: current document "${plan.source.current}" not found`);
  const deptById = new Map(plan.departments.map((d) => [d.id, d]));
  const texts = measureTexts(plan.sourceText);

  const tStatus = (t: Target): TargetStatus =>
    assessed ? targetStatus(t, plan.progress, statusDate) : unassessedTarget(t, plan.progress);
  const targetView = (t: Target): TargetView => {
    const s = tStatus(t);
    return {
      id: t.id,
      measureId: t.measure_id,
      indicator: { zh: t.indicator_zh, en: t.indicator_en },
      requirement: { zh: requirementText('zh', t), en: requirementText('en', t) },
      deadline: t.deadline,
      strive: t.strive,
      clause: displayPlanText(t.clause),
      status: assessed ? s.status : 'not_assessable',
      deadlinePassed: s.deadlinePassed,
      completedLate: s.completedLate,
      evidence: s.evidence.map(evidenceView),
    };
  };
  const roleOrder = new Map(ROLES.map((r, i) => [r, i]));

  const measures: MeasureView[] = plan.measures.map((m) => {
    const text = texts.get(m.id);
    if (text === undefined)
      throw new Error(
        `plan/measures.csv: measure ${m.id} has no item （…） under its section in the plan text`,
      );
    const targets = plan.targets.filter((t) => t.measure_id === m.id).map(targetView);
    const ms = assessed ? measureStatus(m, plan.targets, plan.progress, statusDate) : null;
    const ownEvidence = ms
      ? ms.evidence
      : allEvidence(plan.progress.filter((p) => p.target_id === '' && p.measure_id === m.id));
    const bodies: BodyView[] = plan.bodies
      .filter((b) => b.measure_id === m.id)
      .sort((a, b) => (roleOrder.get(a.role) ?? 0) - (roleOrder.get(b.role) ?? 0))
      .map((b) => {
        const d = deptById.get(b.department_id);
        if (d === undefined)
          throw new Error(`plan/measure_bodies.csv: unknown department ${b.department_id}`);
        return {
          departmentId: d.id,
          name: { zh: d.name_zh, en: d.name_en },
          role: b.role,
          openList: b.open_list,
          note: b.note,
        };
      });
    return {
      id: m.id,
      section: m.section,
      title: { zh: m.title_zh, en: m.title_en },
      summary: { zh: m.summary_zh, en: m.summary_en },
      status: ms ? ms.status : 'not_assessable',
      bodies,
      targets,
      evidence: ownEvidence.map(evidenceView),
      text: displayPlanText(text),
    };
  });

  const allTargets = measures.flatMap((m) => m.targets);
  const timelineRows: TimelineRow[] = allTargets
    .filter((t): t is TargetView & { deadline: string } => t.deadline !== null)
    .map((t) => ({
      targetId: t.id,
      measureId: t.measureId,
      label: t.indicator,
      deadline: t.deadline,
      status: t.status,
    }))
    .sort((a, b) =>
      a.deadline !== b.deadline
        ? a.deadline < b.deadline
          ? -1
          : 1
        : compareIds(a.targetId, b.targetId),
    );

  const accountability = departmentAccountability(
    plan.departments,
    plan.measures,
    plan.bodies,
    plan.targets,
    assessed ? plan.progress : [],
    statusDate ?? '0000-01-01',
  );
  const departments: DepartmentView[] = accountability.map((a) => {
    const d = deptById.get(a.departmentId);
    if (d === undefined) throw new Error(`unknown department ${a.departmentId}`);
    const responsible = new Set([...a.measures.lead, ...a.measures.joint]);
    // Without a status date, evidence is still counted (it exists or not), but no verdict is drawn.
    const withoutEvidence = allTargets.filter(
      (t) => responsible.has(t.measureId) && t.evidence.length === 0,
    ).length;
    const byStatus = zeroCounts();
    if (assessed) Object.assign(byStatus, a.byStatus);
    else byStatus.not_assessable = a.responsibleTargets;
    return {
      id: d.id,
      name: { zh: d.name_zh, en: d.name_en },
      kind: d.kind,
      measures: {
        lead: [...a.measures.lead],
        joint: [...a.measures.joint],
        cooperating: [...a.measures.cooperating],
        implementing: [...a.measures.implementing],
      },
      responsibleTargets: a.responsibleTargets,
      done: assessed ? a.done : null,
      overdue: assessed ? a.overdue : null,
      withoutEvidence,
      byStatus,
    };
  });

  return planPagesSchema.parse({
    statusDate,
    source: {
      title: { zh: doc.title_zh, en: doc.title_en },
      status: doc.status,
      date: doc.date,
      dateNote: { zh: doc.date_note_zh, en: doc.date_note_en },
      sourceUrl: doc.source_url,
      textPath: `${PLAN_TEXT_DIR}${doc.file}`,
    },
    overview: {
      targetCounts: counts(allTargets),
      measureCounts: counts(measures),
      sections: plan.sections.map((s) => ({
        section: s.section,
        title: { zh: s.title_zh, en: s.title_en },
        measureIds: measures.filter((m) => m.section === s.section).map((m) => m.id),
      })),
      timeline: {
        id: 'plan-milestones',
        title: { zh: planText('zh', 'timelineTitle'), en: planText('en', 'timelineTitle') },
        rows: timelineRows,
      },
    },
    measures,
    departments,
  });
}

/** Order "4.1-c" before "10.1-a": section and item numerically, then the letter. */
export function compareIds(a: string, b: string): number {
  const key = (s: string): [number, number, string] => {
    const m = /^(\d+)\.(\d+)(?:-([a-z]))?$/.exec(s);
    return m ? [Number(m[1]), Number(m[2]), m[3] ?? ''] : [Infinity, Infinity, s];
  };
  const [a1, a2, a3] = key(a);
  const [b1, b2, b3] = key(b);
  return a1 - b1 || a2 - b2 || (a3 < b3 ? -1 : a3 > b3 ? 1 : 0);
}
