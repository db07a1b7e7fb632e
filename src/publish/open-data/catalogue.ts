/**
 * The catalogue of open-data files the build publishes under /data/: one entry per file, with
 * its bilingual title and description, its columns (FieldSpec) and which site.json `sample` flag
 * marks it as generated sample data. The descriptors (datapackage.json, csv-metadata.json), the
 * /data/ page and the releases are all derived from this one list.
 */
import {
  DAILY_FIELDS,
  HOURLY_FIELDS,
  PERIOD_FIELDS,
  TARGET_FIELDS,
  type FieldSpec,
  type FieldType,
} from './tables.ts';
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
import type { Bilingual } from '../../page-data/site/schema.ts';

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
  f('summary', 'string', 'summary of the case'),
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

/** Which site.json `sample` flag marks a dataset; null when it is never sample data. */
export type SampleKey = 'observations' | 'enforcement' | null;
export type DatasetGroup =
  'observations' | 'indicators' | 'plan' | 'enforcement' | 'ranking' | 'quality';

export interface DatasetSpec {
  /** Resource name: lower-case, digits, '-' ('hourly-2024'). */
  readonly name: string;
  /** Path under /data/. */
  readonly path: string;
  readonly group: DatasetGroup;
  readonly format: 'csv' | 'json' | 'txt' | 'csv.gz';
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** Columns of a CSV (also of the CSV inside a .csv.gz); empty for other formats. */
  readonly fields: readonly FieldSpec[];
  /** The column whose least and greatest values give the period covered. */
  readonly periodField?: string;
  readonly sampleKey: SampleKey;
  /** site.json `sources` key cited as the resource's source. */
  readonly sourceKey?: string;
}

const INDICATORS_NOTE: Bilingual = {
  zh: '由本站程序按 GB 3095、HJ 633、HJ 663 从逐时数据计算。',
  en: 'Computed by this site from the hourly data under GB 3095, HJ 633 and HJ 663.',
};

/**
 * The fixed datasets; hourly files are added per year found in the output (`hourlyDataset`).
 * Order is the order of the /data/ page and of the descriptors.
 */
export const FIXED_DATASETS: readonly DatasetSpec[] = [
  {
    name: 'daily',
    path: 'daily.csv',
    group: 'indicators',
    format: 'csv',
    fields: DAILY_FIELDS,
    periodField: 'date',
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '日均值与日 AQI', en: 'Daily means and daily AQI' },
    description: {
      zh: `每个站点和全县每日的污染物浓度、AQI、首要污染物、沙尘日标记。${INDICATORS_NOTE.zh}`,
      en: `Daily pollutant concentrations, AQI, primary pollutants and dust-day flag per station and for the county. ${INDICATORS_NOTE.en}`,
    },
  },
  {
    name: 'monthly',
    path: 'monthly.csv',
    group: 'indicators',
    format: 'csv',
    fields: PERIOD_FIELDS,
    periodField: 'period',
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '月度统计', en: 'Monthly statistics' },
    description: {
      zh: `每月浓度、综合指数、优良天数比例、重污染天数比例，含扣沙与不扣沙两种口径。${INDICATORS_NOTE.zh}`,
      en: `Monthly concentrations, composite index, good-day and heavy-day ratios, raw and dust-excluded. ${INDICATORS_NOTE.en}`,
    },
  },
  {
    name: 'annual',
    path: 'annual.csv',
    group: 'indicators',
    format: 'csv',
    fields: PERIOD_FIELDS,
    periodField: 'period',
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '年度统计', en: 'Annual statistics' },
    description: {
      zh: `每年浓度、综合指数、优良天数比例、重污染天数比例，含扣沙与不扣沙两种口径。${INDICATORS_NOTE.zh}`,
      en: `Annual concentrations, composite index, good-day and heavy-day ratios, raw and dust-excluded. ${INDICATORS_NOTE.en}`,
    },
  },
  {
    name: 'target-progress',
    path: 'target-progress.csv',
    group: 'indicators',
    format: 'csv',
    fields: TARGET_FIELDS,
    periodField: 'year',
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '空气质量目标进展', en: 'Air-quality target progress' },
    description: {
      zh: '方案中 PM2.5、优良天数比例、重污染天数比例等目标的判定结果及每种读法（docs/decisions/005）。',
      en: "Verdicts on the plan's PM2.5, good-day, heavy-day and grade II targets, with every reading (docs/decisions/005).",
    },
  },
  {
    name: 'plan-measures',
    path: 'plan-measures.csv',
    group: 'plan',
    format: 'csv',
    fields: PLAN_MEASURE_FIELDS,
    sampleKey: null,
    title: { zh: '行动方案：措施', en: 'Plan: measures' },
    description: {
      zh: '县空气质量行动方案的每项措施、责任部门和状态。',
      en: "Each measure of the county's air-quality plan (draft for comments), its responsible bodies and status.",
    },
  },
  {
    name: 'plan-targets',
    path: 'plan-targets.csv',
    group: 'plan',
    format: 'csv',
    fields: PLAN_TARGET_FIELDS,
    periodField: 'deadline',
    sampleKey: null,
    title: { zh: '行动方案：量化目标与期限', en: 'Plan: quantified and dated commitments' },
    description: {
      zh: '方案中每项可量化或有期限的承诺、原文、证据数量和状态。',
      en: "Every quantified or dated commitment of the plan, the plan's words, evidence count and status.",
    },
  },
  {
    name: 'plan-departments',
    path: 'plan-departments.csv',
    group: 'plan',
    format: 'csv',
    fields: PLAN_DEPARTMENT_FIELDS,
    sampleKey: null,
    title: { zh: '行动方案：责任单位', en: 'Plan: responsible bodies' },
    description: {
      zh: '方案点名的每个单位牵头、负责、配合、落实的措施，以及完成、逾期、无证据的目标数。',
      en: 'What each body named in the plan leads, shares, supports and implements; targets done, overdue and without evidence.',
    },
  },
  {
    name: 'enforcement-cases',
    path: 'enforcement-cases.csv',
    group: 'enforcement',
    format: 'csv',
    fields: CASE_FIELDS,
    periodField: 'decision_date',
    sampleKey: 'enforcement',
    sourceKey: 'enforcement',
    title: { zh: '执法案例', en: 'Enforcement cases' },
    description: {
      zh: '截至数据日期仍在公示期内的行政处罚决定。每个单元格都加引号；以 = + - @ 开头的值前加单引号，以免电子表格当作公式执行。',
      en: 'Administrative penalty decisions still public at the data date. Every cell is quoted; a value starting with = + - @ gets a leading apostrophe so spreadsheets never run it as a formula.',
    },
  },
  {
    name: 'burning-points',
    path: 'burning-points.csv',
    group: 'enforcement',
    format: 'csv',
    fields: BURNING_FIELDS,
    periodField: 'date',
    sampleKey: 'enforcement',
    sourceKey: 'enforcement',
    title: { zh: '露天焚烧火点与扣减', en: 'Open-burning fire points and deductions' },
    description: {
      zh: '通报的火点数、公布的扣减金额和按方案规则应扣金额。',
      en: "Published fire points, published deductions and the deduction under the plan's rule.",
    },
  },
  {
    name: 'rankings',
    path: 'ranking/rankings.csv',
    group: 'ranking',
    format: 'csv',
    fields: RANKING_FIELDS,
    periodField: 'period',
    sampleKey: null,
    title: { zh: '全省排名：公开名次', en: 'Provincial ranking: published positions' },
    description: {
      zh: '本县在各排名中的公开名次，每个排名机构和时段一行，缺失的时段也列出。',
      en: 'The county’s published positions, one row per ranking body and period, gaps included.',
    },
  },
  {
    name: 'composite-index',
    path: 'ranking/composite-index.csv',
    group: 'ranking',
    format: 'csv',
    fields: COMPOSITE_FIELDS,
    periodField: 'period',
    sampleKey: 'observations',
    title: { zh: '综合指数对照', en: 'Composite index comparison' },
    description: {
      zh: '本站计算的综合指数与公布值对照；计算值来自监测数据（样例数据时已标明）。',
      en: 'Our composite index beside the published one; computed values come from the monitoring data (marked when sample).',
    },
  },
  {
    name: 'quality',
    path: 'quality.json',
    group: 'quality',
    format: 'json',
    fields: [],
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '数据质量报告', en: 'Data quality report' },
    description: {
      zh: '每个源文件读入、采用、剔除的行数和单元格数，以及与公布 AQI 的核对结果。',
      en: 'Rows and cells read, used and set aside per source file, and the cross-check against published AQI.',
    },
  },
  {
    name: 'rejections',
    path: 'rejections.csv.gz',
    group: 'quality',
    format: 'csv.gz',
    fields: REJECTION_FIELDS,
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: '剔除的数据', en: 'Rejected data' },
    description: {
      zh: '被剔除的每个单元格：文件、行、列、原值和原因（gzip 压缩的 CSV）。',
      en: 'Every cell set aside: file, line, column, value and reason (gzip-compressed CSV).',
    },
  },
];

/** The dataset of one year's hourly file. */
export function hourlyDataset(year: string): DatasetSpec {
  return {
    name: `hourly-${year}`,
    path: `hourly-${year}.csv`,
    group: 'observations',
    format: 'csv',
    fields: HOURLY_FIELDS,
    periodField: 'time',
    sampleKey: 'observations',
    sourceKey: 'observations',
    title: { zh: `逐时数据 ${year} 年`, en: `Hourly data, ${year}` },
    description: {
      zh: '本站采用的逐时观测值（剔除无效值后）及全县均值、实时 AQI、臭氧 8 小时滑动平均。时间为小时结束时刻（北京时间）。',
      en: 'The hourly observations as used (invalid cells set aside), the county mean, real-time AQI and O3 8-hour moving mean. Times label the end of the hour (Beijing time).',
    },
  };
}

/** The plan's text as published (its file name comes from the data folder's plan/source/). */
export function planTextDataset(path: string): DatasetSpec {
  return {
    name: 'plan-text',
    path,
    group: 'plan',
    format: 'txt',
    fields: [],
    sampleKey: null,
    title: { zh: '行动方案原文', en: 'Plan text' },
    description: {
      zh: '方案全文，按收到时原样保存；SHA-256 记录在 data/plan/source/meta.json。',
      en: 'The full text of the plan as supplied; its SHA-256 is recorded in data/plan/source/meta.json.',
    },
  };
}

/** Every dataset for the files present: hourly years first, then the fixed list, then the plan text. */
export function datasetsFor(files: readonly string[]): DatasetSpec[] {
  const years = files
    .map((p) => /^hourly-(\d{4})\.csv$/.exec(p)?.[1])
    .filter((y): y is string => y !== undefined)
    .sort();
  const planTexts = files.filter((p) => /^plan\/[^/]+\.txt$/.test(p)).sort();
  return [...years.map(hourlyDataset), ...FIXED_DATASETS, ...planTexts.map(planTextDataset)];
}
