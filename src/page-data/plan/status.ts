/**
 * Status of the plan's targets and measures, derived from dated evidence and an `asOf` date.
 * Pure: no clock, no I/O. The rule the site stands on: a deadline that has passed without
 * published evidence of completion is `no_published_evidence`, never `done`.
 * See docs/decisions/010-plan-data.md.
 */
import type {
  Department,
  Measure,
  MeasureBody,
  ProgressItem,
  Role,
  Target,
} from '../../records/plan/index.ts';

export const DERIVED_STATUSES = [
  'done',
  'in_progress',
  'missed',
  'not_started',
  'no_published_evidence',
  'not_due',
] as const;
export type DerivedStatus = (typeof DERIVED_STATUSES)[number];

/** Derived statuses plus `not_assessable` (no status date: the site has no observations). */
export const PAGE_STATUSES = [...DERIVED_STATUSES, 'not_assessable'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

export interface TargetStatus {
  readonly targetId: string;
  readonly status: DerivedStatus;
  /** Evidence dated on or before asOf, oldest first (same-day items in file order). */
  readonly evidence: readonly ProgressItem[];
  /** The item the status was read from, or null when there is none. */
  readonly latest: ProgressItem | null;
  /** True when the deadline is before asOf (the deadline day itself still counts as on time). */
  readonly deadlinePassed: boolean;
  /** True when completion was reported after the deadline. */
  readonly completedLate: boolean;
}

export interface MeasureStatus {
  readonly measureId: string;
  readonly status: DerivedStatus;
  readonly targets: readonly TargetStatus[];
  /** Evidence filed against the measure itself (no target), dated on or before asOf. */
  readonly evidence: readonly ProgressItem[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkAsOf(asOf: string): void {
  if (!ISO_DATE.test(asOf)) throw new Error(`asOf: expected a date YYYY-MM-DD, got "${asOf}"`);
}

/** Evidence up to asOf in a deterministic order: by date, then by file and line. */
function evidenceUpTo(items: readonly ProgressItem[], asOf: string): ProgressItem[] {
  return items
    .filter((p) => p.date <= asOf)
    .sort((a, b) =>
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

/**
 * Status of one target on `asOf` (YYYY-MM-DD, Beijing calendar date):
 * - latest evidence `done` → done; `missed` → missed;
 * - otherwise, if the deadline has passed → no_published_evidence (no evidence of completion);
 * - otherwise the latest evidence's in_progress / not_started;
 * - with no evidence: not_due before the deadline; a standing commitment with no deadline
 *   is due all the time, so it is no_published_evidence.
 */
export function targetStatus(
  target: Target,
  progress: readonly ProgressItem[],
  asOf: string,
): TargetStatus {
  checkAsOf(asOf);
  const evidence = evidenceUpTo(
    progress.filter((p) => p.target_id === target.id),
    asOf,
  );
  const latest = evidence.at(-1) ?? null;
  const deadlinePassed = target.deadline !== null && target.deadline < asOf;
  const completedLate =
    latest?.status === 'done' && target.deadline !== null && latest.date > target.deadline;
  let status: DerivedStatus;
  if (latest?.status === 'done') status = 'done';
  else if (latest?.status === 'missed') status = 'missed';
  else if (deadlinePassed) status = 'no_published_evidence';
  else if (latest !== null) status = latest.status;
  else status = target.deadline === null ? 'no_published_evidence' : 'not_due';
  return { targetId: target.id, status, evidence, latest, deadlinePassed, completedLate };
}

/**
 * Status of a measure. With targets: done only if every target is done; otherwise the most
 * pressing of its targets' statuses in the order missed, no_published_evidence, in_progress
 * (also when some are done), not_started, not_due. Without targets: read from evidence filed
 * against the measure, and no_published_evidence when there is none (its commitments stand).
 */
export function measureStatus(
  measure: Measure,
  targets: readonly Target[],
  progress: readonly ProgressItem[],
  asOf: string,
): MeasureStatus {
  checkAsOf(asOf);
  const own = targets
    .filter((t) => t.measure_id === measure.id)
    .map((t) => targetStatus(t, progress, asOf));
  const evidence = evidenceUpTo(
    progress.filter((p) => p.target_id === '' && p.measure_id === measure.id),
    asOf,
  );
  let status: DerivedStatus;
  if (own.length === 0) {
    status = evidence.at(-1)?.status ?? 'no_published_evidence';
  } else {
    const has = (s: DerivedStatus): boolean => own.some((t) => t.status === s);
    if (own.every((t) => t.status === 'done')) status = 'done';
    else if (has('missed')) status = 'missed';
    else if (has('no_published_evidence')) status = 'no_published_evidence';
    else if (has('in_progress') || has('done')) status = 'in_progress';
    else if (has('not_started')) status = 'not_started';
    else status = 'not_due';
  }
  return { measureId: measure.id, status, targets: own, evidence };
}

/** Count of items per derived status, every status present (zero when none). */
export function countByStatus(
  statuses: readonly { readonly status: DerivedStatus }[],
): Record<DerivedStatus, number> {
  const out = Object.fromEntries(DERIVED_STATUSES.map((s) => [s, 0])) as Record<
    DerivedStatus,
    number
  >;
  for (const s of statuses) out[s.status] += 1;
  return out;
}

export interface DepartmentAccountability {
  readonly departmentId: string;
  /** Measure ids per role the department holds. */
  readonly measures: Readonly<Record<Role, readonly string[]>>;
  /** Targets of the measures it leads or is jointly responsible for. */
  readonly responsibleTargets: number;
  readonly done: number;
  /** Deadline passed and not done: missed or no published evidence of completion. */
  readonly overdue: number;
  /** Responsible targets with no evidence at all up to asOf. */
  readonly withoutEvidence: number;
  readonly byStatus: Readonly<Record<DerivedStatus, number>>;
}

/**
 * What each department leads, shares, supports and implements, and how its targets stand.
 * Targets count for the bodies that lead or are jointly responsible for their measure (牵头 or
 * 按职责分工负责); cooperating and implementing bodies are listed by measure only.
 */
export function departmentAccountability(
  departments: readonly Department[],
  measures: readonly Measure[],
  bodies: readonly MeasureBody[],
  targets: readonly Target[],
  progress: readonly ProgressItem[],
  asOf: string,
): DepartmentAccountability[] {
  checkAsOf(asOf);
  const statusById = new Map(targets.map((t) => [t.id, targetStatus(t, progress, asOf)]));
  const order = new Map(measures.map((m, i) => [m.id, i]));
  return departments.map((d) => {
    const mine = bodies
      .filter((b) => b.department_id === d.id)
      .sort((a, b) => (order.get(a.measure_id) ?? 0) - (order.get(b.measure_id) ?? 0));
    const byRole = (role: Role): string[] =>
      mine.filter((b) => b.role === role).map((b) => b.measure_id);
    const responsibleMeasures = new Set([...byRole('lead'), ...byRole('joint')]);
    const statuses = targets
      .filter((t) => responsibleMeasures.has(t.measure_id))
      .map((t) => statusById.get(t.id))
      .filter((s): s is TargetStatus => s !== undefined);
    return {
      departmentId: d.id,
      measures: {
        lead: byRole('lead'),
        joint: byRole('joint'),
        cooperating: byRole('cooperating'),
        implementing: byRole('implementing'),
      },
      responsibleTargets: statuses.length,
      done: statuses.filter((s) => s.status === 'done').length,
      overdue: statuses.filter((s) => s.deadlinePassed && s.status !== 'done').length,
      withoutEvidence: statuses.filter((s) => s.evidence.length === 0).length,
      byStatus: countByStatus(statuses),
    };
  });
}
