/**
 * The contract of `.generated/plan.json`: the plan pages' shapes (targets, measures, bodies,
 * timeline, departments) and the document naming the file.
 */
import { z } from 'zod';
import { DEPARTMENT_KINDS, EVIDENCE_STATUSES, ROLES } from '../../records/plan/index.ts';
import { PAGE_STATUSES, type PageStatus } from './status.ts';
import { bilingualSchema } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

export const PLAN_TEXT_DIR = '/data/plan/';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(PAGE_STATUSES);
const statusCounts = z.object(
  Object.fromEntries(PAGE_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<
    PageStatus,
    z.ZodNumber
  >,
);

const evidenceSchema = z.object({
  date: isoDate,
  status: z.enum(EVIDENCE_STATUSES),
  value: z.number().nullable(),
  summary: bilingualSchema,
  sourceUrl: z.string().regex(/^https?:\/\//),
  sourceTitle: z.string().min(1),
});
export type EvidenceView = z.infer<typeof evidenceSchema>;

const targetSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  indicator: bilingualSchema,
  requirement: bilingualSchema,
  deadline: isoDate.nullable(),
  strive: z.boolean(),
  clause: z.string().min(1),
  status,
  deadlinePassed: z.boolean(),
  completedLate: z.boolean(),
  evidence: z.array(evidenceSchema),
});
export type TargetView = z.infer<typeof targetSchema>;

const bodySchema = z.object({
  departmentId: z.string(),
  name: bilingualSchema,
  role: z.enum(ROLES),
  openList: z.boolean(),
  note: z.string(),
});
export type BodyView = z.infer<typeof bodySchema>;

const measureSchema = z.object({
  id: z.string(),
  section: z.number().int(),
  title: bilingualSchema,
  summary: bilingualSchema,
  status,
  bodies: z.array(bodySchema),
  targets: z.array(targetSchema),
  evidence: z.array(evidenceSchema),
  /** The item's paragraph(s) from the plan, page-break splits joined, for display. */
  text: z.string().min(1),
});
export type MeasureView = z.infer<typeof measureSchema>;

const timelineRowSchema = z.object({
  targetId: z.string(),
  measureId: z.string(),
  label: bilingualSchema,
  deadline: isoDate,
  status,
});
export type TimelineRow = z.infer<typeof timelineRowSchema>;

const departmentSchema = z.object({
  id: z.string(),
  name: bilingualSchema,
  kind: z.enum(DEPARTMENT_KINDS),
  measures: z.object({
    lead: z.array(z.string()),
    joint: z.array(z.string()),
    cooperating: z.array(z.string()),
    implementing: z.array(z.string()),
  }),
  responsibleTargets: z.number().int().min(0),
  /** null when statuses are not assessable (no status date). */
  done: z.number().int().min(0).nullable(),
  overdue: z.number().int().min(0).nullable(),
  withoutEvidence: z.number().int().min(0),
  byStatus: statusCounts,
});
export type DepartmentView = z.infer<typeof departmentSchema>;

export const planPagesSchema = z.object({
  /** The status date (YYYY-MM-DD), or null when statuses are not assessable. */
  statusDate: isoDate.nullable(),
  source: z.object({
    title: bilingualSchema,
    status: z.enum(['draft_for_comments', 'final']),
    date: isoDate.nullable(),
    dateNote: bilingualSchema,
    sourceUrl: z.string().nullable(),
    /** Site path of the published text, e.g. /data/plan/xiping-air-plan-draft.txt. */
    textPath: z.string().startsWith(PLAN_TEXT_DIR),
  }),
  overview: z.object({
    targetCounts: statusCounts,
    measureCounts: statusCounts,
    sections: z.array(
      z.object({
        section: z.number().int(),
        title: bilingualSchema,
        measureIds: z.array(z.string()),
      }),
    ),
    /** Data of the milestone timeline chart (deadline × status): one row per dated target. */
    timeline: z.object({
      id: z.literal('plan-milestones'),
      title: bilingualSchema,
      rows: z.array(timelineRowSchema),
    }),
  }),
  measures: z.array(measureSchema),
  departments: z.array(departmentSchema),
});
export type PlanPagesData = z.infer<typeof planPagesSchema>;

// ---------------------------------------------------------------------------------------------

export const PLAN_DOC = generatedDoc('plan.json', planPagesSchema, { indent: 2 });
