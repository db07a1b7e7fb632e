/**
 * The columns (FieldSpec) of the open-data tables built from the curated records: the plan's
 * measures, targets and bodies, enforcement cases and fire points, ranking positions and the
 * composite-index comparison, and the rejected cells. Enumerated columns take their values from
 * the records' closed lists, so a new category is declared once.
 */
import type { FieldSpec, FieldType } from './tables.ts';
import {
  BURNING_KINDS,
  ENTITY_TYPES,
  MEASURES,
  RECTIFICATION_STATUSES,
  VIOLATION_CATEGORIES,
} from '../../records/enforcement/index.ts';
import { COMPARISONS, DEPARTMENT_KINDS } from '../../records/plan/index.ts';
import { RANKING_BASES } from '../../records/ranking/index.ts';
import { DERIVED_STATUSES } from '../../page-data/plan/index.ts';
import { COMPARISON_FLAGS, POINT_STATUSES } from '../../page-data/ranking/index.ts';

const f = (name: string, type: FieldType, description: string, unit?: string): FieldSpec =>
  unit === undefined ? { name, type, description } : { name, type, description, unit };
const e = (name: string, values: readonly string[], description: string): FieldSpec => ({
  name,
  type: 'string',
  description,
  enum: values,
});
const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
const LIST = "ids joined by ';'";

export const PLAN_MEASURE_FIELDS: readonly FieldSpec[] = [
  f('id', 'string', 'measure id: section.item of the plan, e.g. 4.2'),
  f('section', 'integer', 'section number of the plan'),
  f('title_zh', 'string', 'measure title (Chinese)'),
  f('title_en', 'string', 'measure title (English)'),
  f('summary_zh', 'string', 'one-sentence summary (Chinese)'),
  f('summary_en', 'string', 'one-sentence summary (English)'),
  e(
    'status',
    DERIVED_STATUSES,
    'status on status_date (docs/decisions/010-plan-data.md, 013-plan-pages.md)',
  ),
  f('status_date', 'date', 'date the status is computed for; empty when not assessable'),
  f('lead', 'string', `lead bodies (牵头), department ${LIST}`),
  f('joint', 'string', `bodies responsible by division of duties (负责), ${LIST}`),
  f('cooperating', 'string', `cooperating bodies (配合), ${LIST}`),
  f('implementing', 'string', `implementing bodies (负责落实 / 参与), ${LIST}`),
  f('targets', 'string', `target ${LIST} (see plan-targets.csv)`),
];

export const PLAN_TARGET_FIELDS: readonly FieldSpec[] = [
  f('id', 'string', 'target id'),
  f('measure_id', 'string', 'measure the target belongs to'),
  f('indicator_zh', 'string', 'what is measured (Chinese)'),
  f('indicator_en', 'string', 'what is measured (English)'),
  f('requirement_zh', 'string', 'the requirement in words, as the pages print it (Chinese)'),
  f('requirement_en', 'string', 'the requirement in words (English)'),
  e('comparison', COMPARISONS, 'how the value is compared (data/plan/README.md)'),
  f('target_value', 'number', 'target value; empty when the plan states none'),
  f('target_value_max', 'number', "upper end for 'between'"),
  f('unit', 'string', 'unit of target_value'),
  f('baseline_value', 'number', 'baseline value the plan states'),
  f('baseline_year', 'string', 'year of the baseline'),
  f('threshold_value', 'number', 'threshold that defines what is counted (e.g. a capacity limit)'),
  f('threshold_unit', 'string', 'unit of threshold_value'),
  f('deadline', 'date', 'deadline (YYYY-MM-DD)'),
  f('strive', 'boolean', 'the plan says 力争 (strive to), not a firm commitment'),
  e('status', DERIVED_STATUSES, 'status on status_date'),
  f('status_date', 'date', 'date the status is computed for'),
  f('evidence_count', 'integer', 'evidence items up to the status date'),
  f('latest_evidence_date', 'date', 'date of the newest evidence item'),
  f('clause', 'string', "the plan's exact words"),
];

export const PLAN_DEPARTMENT_FIELDS: readonly FieldSpec[] = [
  f('id', 'string', 'body id (slug of /departments/<id>/)'),
  f('name_zh', 'string', 'name (Chinese)'),
  f('name_en', 'string', 'name (English)'),
  e('kind', DEPARTMENT_KINDS, 'kind of body'),
  f('lead_measures', 'string', `measures it leads, ${LIST}`),
  f('joint_measures', 'string', `measures it shares, ${LIST}`),
  f('cooperating_measures', 'string', `measures it supports, ${LIST}`),
  f('implementing_measures', 'string', `measures it implements, ${LIST}`),
  f('responsible_targets', 'integer', 'targets of measures it leads or shares'),
  f('done', 'integer', 'of those, targets done'),
  f('overdue', 'integer', 'deadline passed and not done; empty when not assessable'),
  f('without_evidence', 'integer', 'targets with no published evidence'),
  f('status_date', 'date', 'date the counts are computed for'),
];

export const CASE_FIELDS: readonly FieldSpec[] = [
  f('slug', 'string', 'case id (slug of /enforcement/cases/<slug>/)'),
  f('decision_no', 'string', 'decision number (文号) as published'),
  f('decision_date', 'date', 'date of the decision'),
  f('entity_id', 'string', 'entity id (slug of /entities/<id>/)'),
  f('entity_name', 'string', 'entity name as published'),
  e('entity_type', ids(ENTITY_TYPES), 'kind of entity'),
  f('credit_code', 'string', 'unified social credit code, when published'),
  f('township', 'string', 'township id'),
  e('category', ids(VIOLATION_CATEGORIES), 'violation category, derived from the plan'),
  f('legal_basis', 'string', 'legal provision cited'),
  f('measures', 'string', `measures taken, ${LIST} (${ids(MEASURES).join(', ')})`),
  f('penalty_cny', 'number', 'fine in yuan; empty when none', 'CNY'),
  e('rectification_status', ids(RECTIFICATION_STATUSES), 'rectification status'),
  f('rectification_date', 'date', 'date rectification was completed'),
  f('source_url', 'string', 'where the decision was published'),
  f('published_date', 'date', 'date it was published'),
  f('publicity_end_date', 'date', 'last day of publicity; empty when not limited'),
  f('typical', 'boolean', 'published as a typical case'),
  f('summary', 'string', 'summary of the case as published (Chinese)'),
  f(
    'summary_en',
    'string',
    "this site's English summary of the case, not an official translation; empty when none",
  ),
  f('sample', 'boolean', 'true when the row is sample data (fictitious)'),
];

export const BURNING_FIELDS: readonly FieldSpec[] = [
  f('date', 'date', 'date of the published fire points'),
  f('township', 'string', 'township id'),
  e('kind', ids(BURNING_KINDS), 'straw burning or other open burning'),
  f('points', 'integer', 'fire points'),
  f(
    'deduction_cny',
    'number',
    'published deduction from local finances; empty when none was published',
    'CNY',
  ),
  f(
    'expected_deduction_cny',
    'number',
    "deduction under the plan's rule (section 五(二): 500 000 per straw point, 100 000 per other point)",
    'CNY',
  ),
  f('source_url', 'string', 'where it was published'),
  f('note', 'string', 'note'),
  f('note_en', 'string', "this site's English gloss of the note; empty when none"),
  f('sample', 'boolean', 'true when the row is sample data (fictitious)'),
];

export const RANKING_FIELDS: readonly FieldSpec[] = [
  f('body', 'string', 'ranking body id'),
  f('period', 'string', 'YYYY-MM or YYYY'),
  e('status', POINT_STATUSES, 'ranked, text_only (a position in words), not_listed or missing'),
  f('rank', 'integer', 'published rank (1 = best)'),
  f('units_ranked', 'integer', 'units in the ranking'),
  f('tied_with', 'string', "units sharing the rank, joined by ';'"),
  f('position_zh', 'string', 'the position as the page prints it (Chinese)'),
  f('position_en', 'string', 'the position (English)'),
  e('basis', RANKING_BASES, 'whether dust days were deducted in the published figure'),
  f('composite_index', 'number', 'composite index as published'),
  f('source_url', 'string', 'where it was published'),
];

export const COMPOSITE_FIELDS: readonly FieldSpec[] = [
  f('period', 'string', 'YYYY-MM or YYYY'),
  f('body', 'string', 'ranking body whose published index is compared'),
  f('computed', 'number', 'our composite index (county, dust deducted)'),
  f('computed_regime', 'string', "rules of the computed value: '2012' or '2026'"),
  f('computed_is_sample', 'boolean', 'the computed value derives from sample observations'),
  f('published', 'number', 'composite index as published'),
  e('published_basis', RANKING_BASES, 'basis of the published value'),
  f('difference', 'number', 'computed − published'),
  e('flag', COMPARISON_FLAGS, 'agreement flag'),
];

export const REJECTION_FIELDS: readonly FieldSpec[] = [
  f('file', 'string', 'source file under the data folder'),
  f('line', 'integer', 'line in the source file'),
  f('column', 'string', 'column of the rejected cell'),
  f('value', 'string', 'the value as read'),
  f('reason', 'string', 'why it was set aside'),
  f('cells', 'integer', 'cells set aside by this rejection'),
];
