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
} from './tables.ts';
import {
  BURNING_FIELDS,
  CASE_FIELDS,
  COMPOSITE_FIELDS,
  PLAN_DEPARTMENT_FIELDS,
  PLAN_MEASURE_FIELDS,
  PLAN_TARGET_FIELDS,
  RANKING_FIELDS,
  REJECTION_FIELDS,
} from './record-fields.ts';
import type { Bilingual } from '../../i18n/text.ts';

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
      zh: '截至数据日期仍在公示期内的行政处罚决定。与本站每个 CSV 一样，以 = + - @、制表符或回车开头（含前导空格之后）的文本值前加单引号，以免电子表格当作公式执行。',
      en: 'Administrative penalty decisions still public at the data date. As in every CSV of the site, a text value starting with = + - @, a tab or CR (also after leading spaces) gets a leading apostrophe so spreadsheets never run it as a formula.',
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
