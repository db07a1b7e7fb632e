/** The chart kit's fixed interface text. The type requires both languages for every key. */
import type { Bilingual, Lang, MilestoneStatus } from './types.ts';

export const STRINGS = {
  sampleData: { zh: '样例数据', en: 'sample data' },
  sampleDataLong: {
    zh: '样例数据（虚构，仅作演示）',
    en: 'Sample data (fictitious, for demonstration only)',
  },
  source: { zh: '来源', en: 'Source' },
  dataDate: { zh: '数据截至', en: 'Data as of' },
  dataVersion: { zh: '数据版本（CSV SHA-256）', en: 'Data version (CSV SHA-256)' },
  permalink: { zh: '永久链接', en: 'Permalink' },
  showTable: { zh: '查看数据表', en: 'Show the data table' },
  download: { zh: '下载', en: 'Download' },
  downloadSvg: { zh: 'SVG 图像', en: 'SVG image' },
  downloadPng: { zh: 'PNG 图像（2 倍）', en: 'PNG image (2×)' },
  downloadCsv: { zh: 'CSV 数据', en: 'CSV data' },
  cite: { zh: '引用此图表', en: 'Cite this chart' },
  accessed: { zh: '访问日期', en: 'Accessed' },
  accessDatePending: { zh: '（阅读时填写）', en: '(filled in when read)' },
  embed: { zh: '嵌入此图表', en: 'Embed this chart' },
  embedHint: { zh: '复制以下代码，粘贴到网页中：', en: 'Copy this code into your web page:' },
  chart: { zh: '图表', en: 'chart' },
  noValidData: { zh: '无有效数据', en: 'no valid data' },
  noData: { zh: '无数据', en: 'no data' },
  min: { zh: '最低', en: 'minimum' },
  max: { zh: '最高', en: 'maximum' },
  latest: { zh: '最新', en: 'latest' },
  rank: { zh: '排名', en: 'rank' },
  asOf: { zh: '评估日', en: 'as of' },
  deadline: { zh: '截止', en: 'deadline' },
  legend: { zh: '图例', en: 'Legend' },
} as const satisfies Record<string, Bilingual>;

export const STATUS_NAMES: Readonly<Record<MilestoneStatus, Bilingual>> = {
  done: { zh: '已完成', en: 'Done' },
  'in-progress': { zh: '进行中', en: 'In progress' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  'no-evidence': { zh: '无公开证据', en: 'No published evidence' },
  'not-started': { zh: '未开始', en: 'Not started' },
  unknown: { zh: '情况不明', en: 'Status unknown' },
};

/** Join sentence parts the way each language punctuates a list. */
export function joinParts(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '；' : '; ');
}
