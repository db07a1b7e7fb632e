/** The plan's open-data CSVs (written by src/publish/csv.ts, the one CSV policy). Columns: docs/open-data-plan.md. */
import { type PlanData, type Role } from '../../records/plan/index.ts';
import { table, type CsvTable } from '../../lib/table.ts';
import { type BodyView, type PlanPagesData } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Open-data CSVs (written by src/publish/csv.ts, the one CSV policy). Columns: docs/open-data-plan.md.

const ids = (bodies: readonly BodyView[], role: Role): string =>
  bodies
    .filter((b) => b.role === role)
    .map((b) => b.departmentId)
    .join(';');

export function measuresTable(p: PlanPagesData): CsvTable {
  return table(
    [
      'id',
      'section',
      'title_zh',
      'title_en',
      'summary_zh',
      'summary_en',
      'status',
      'status_date',
      'lead',
      'joint',
      'cooperating',
      'implementing',
      'targets',
    ],
    p.measures.map((m) => [
      m.id,
      m.section,
      m.title.zh,
      m.title.en,
      m.summary.zh,
      m.summary.en,
      m.status,
      p.statusDate,
      ids(m.bodies, 'lead'),
      ids(m.bodies, 'joint'),
      ids(m.bodies, 'cooperating'),
      ids(m.bodies, 'implementing'),
      m.targets.map((t) => t.id).join(';'),
    ]),
  );
}

export function targetsTable(plan: PlanData, p: PlanPagesData): CsvTable {
  const view = new Map(p.measures.flatMap((m) => m.targets).map((t) => [t.id, t]));
  return table(
    [
      'id',
      'measure_id',
      'indicator_zh',
      'indicator_en',
      'requirement_zh',
      'requirement_en',
      'comparison',
      'target_value',
      'target_value_max',
      'unit',
      'baseline_value',
      'baseline_year',
      'threshold_value',
      'threshold_unit',
      'deadline',
      'strive',
      'status',
      'status_date',
      'evidence_count',
      'latest_evidence_date',
      'clause',
    ],
    plan.targets.map((t) => {
      const v = view.get(t.id);
      if (v === undefined) throw new Error(`target ${t.id} missing from page data`);
      return [
        t.id,
        t.measure_id,
        t.indicator_zh,
        t.indicator_en,
        v.requirement.zh,
        v.requirement.en,
        t.comparison,
        t.target_value,
        t.target_value_max,
        t.unit,
        t.baseline_value,
        t.baseline_year,
        t.threshold_value,
        t.threshold_unit,
        t.deadline,
        t.strive,
        v.status,
        p.statusDate,
        v.evidence.length,
        v.evidence.at(-1)?.date ?? null,
        t.clause,
      ];
    }),
  );
}

export function departmentsTable(p: PlanPagesData): CsvTable {
  return table(
    [
      'id',
      'name_zh',
      'name_en',
      'kind',
      'lead_measures',
      'joint_measures',
      'cooperating_measures',
      'implementing_measures',
      'responsible_targets',
      'done',
      'overdue',
      'without_evidence',
      'status_date',
    ],
    p.departments.map((d) => [
      d.id,
      d.name.zh,
      d.name.en,
      d.kind,
      d.measures.lead.join(';'),
      d.measures.joint.join(';'),
      d.measures.cooperating.join(';'),
      d.measures.implementing.join(';'),
      d.responsibleTargets,
      d.done,
      d.overdue,
      d.withoutEvidence,
      p.statusDate,
    ]),
  );
}
