/**
 * The enforcement pages' own bilingual texts (kept out of src/i18n/strings.ts to avoid merge
 * conflicts). `en` is typed against the keys of `zh`, so a missing translation is a type error.
 */
import type { Lang } from '../../i18n/strings.ts';
import { mapPlain, mixed, plain, zh as cn, type Mixed } from '../../i18n/mixed.ts';

const zh = {
  title: '执法公开',
  intro:
    '县行动方案第十(四)条要求及时公布环境执法信息、曝光典型违法案例；第八(三)条列出重点查处的违法行为。本页汇集已公开的大气污染行政处罚决定，逐案链接到原始公开文书。',
  'caveat.heading': '请注意',
  'caveat.body':
    '没有处罚记录不等于守法：本页只收录已经公开的处罚决定。未被检查、未被发现、尚未公开或已按规定撤下的违法行为都不会出现在这里。一个单位或个人在此出现，也只表示其曾受到所列处罚，不代表现状。',
  'sample.body':
    '本页所有案件、单位、乡镇和火点都是虚构的样例记录，名称均带“（虚构）”，决定书链接指向 example.org，不对应任何真实单位、地点或部门。',
  'figures.heading': '概览',
  'figures.cases': '公开的处罚决定',
  'figures.entities': '涉及单位（个体户）',
  'figures.penalty': '罚款合计',
  'figures.withdrawn': '已撤下的决定',
  'figures.asOf': '公开期限和撤销情况按此日期判断：',
  'figures.asOf.data': '（网站暂无监测数据时，取执法数据中最晚的日期）',
  'typical.heading': '典型案例',
  'typical.none': '目前没有标为典型案例的公开决定。',
  'charts.heading': '统计',
  'charts.table': '查看数据表',
  'filters.heading': '筛选案件',
  'filters.category': '按违法类型',
  'filters.township': '按乡镇（街道）',
  'filters.year': '按年份',
  'filters.all': '全部案件',
  'filters.none': '无公开案件',
  'list.heading': '全部公开的处罚决定（按决定日期从新到旧）',
  'list.filtered': '筛选：',
  'list.page': '第 {page} 页，共 {pages} 页',
  'list.count': '共 {n} 件',
  'list.prev': '上一页',
  'list.next': '下一页',
  'list.pagination': '分页',
  'list.empty': '没有符合条件的公开案件。',
  'col.date': '决定日期',
  'col.no': '决定书文号',
  'col.entity': '当事人',
  'col.category': '违法类型',
  'col.township': '乡镇（街道）',
  'col.measures': '处理措施',
  'col.penalty': '罚款（元）',
  'col.status': '整改情况',
  'col.cases': '案件数',
  'typical.mark': '典型案例',
  'sample.mark': '样例',
  'downloads.heading': '下载数据',
  'downloads.cases': '公开案件（CSV）',
  'downloads.burning': '秸秆和露天焚烧火点（CSV）',
  'downloads.note':
    '下载文件只含截至上述日期仍在公开期内、未被撤销的决定；每行的 sample 列标明是否样例。',
  'withdrawn.heading': '已撤下的决定',
  'withdrawn.body':
    '以下决定已被撤销或超过公开期限，按本站规则不再显示当事人和处罚内容，也不计入统计，只保留文号和撤下原因。',
  'withdrawn.revoked': '已撤销',
  'withdrawn.expired': '公开期限已满',
  'case.heading': '处罚决定',
  'case.decisionDate': '决定日期',
  'case.publishedDate': '公开日期',
  'case.entity': '当事人',
  'case.entityType': '当事人类型',
  'case.creditCode': '统一社会信用代码',
  'case.township': '乡镇（街道）',
  'case.category': '违法类型',
  'case.clause': '对应方案条款',
  'case.legalBasis': '处罚依据',
  'case.measures': '处理措施',
  'case.penalty': '罚款',
  'case.rectification': '整改情况',
  'case.rectificationDate': '整改完成日期',
  'case.summary': '主要违法事实',
  'case.source': '公开的决定书',
  'case.source.insecure': '（此链接为不加密的 http 政府网站）',
  'case.source.sample': '（样例链接，不指向真实文书）',
  'case.publicityEnd': '公开截止日期',
  'case.history': '该当事人的全部公开案件',
  'case.back': '返回执法公开',
  'case.revoked.body': '该处罚决定已于 {date} 被撤销，依本站规则不再公开当事人及处罚内容。',
  'case.expired.body': '该处罚决定的公开期限已于 {date} 届满，依本站规则不再公开当事人及处罚内容。',
  'case.revocationNote': '撤销说明',
  'entity.heading': '当事人执法记录',
  'entity.otherNames': '曾用公开名称',
  'entity.cases': '公开案件数',
  'entity.penalty': '罚款合计',
  'entity.period': '决定日期范围',
  'entity.typical': '其中典型案例',
  'entity.caveat':
    '这里只列出截至上述日期仍在公开期内、未被撤销的处罚决定。没有记录不等于守法，有记录也不代表现状。当事人可就本页内容提出答复，见“关于”页。',
  'burning.title': '秸秆和露天焚烧火点',
  'burning.intro':
    '方案第五(二)条：“严格按照标准执行秸秆焚烧扣减地方财力 50 万元/火点，露天焚烧其他可燃物扣减地方财力 10 万元/火点政策”。下表列出公开的火点，以及按此标准应扣减和实际公开的扣减金额。',
  'burning.points': '火点合计',
  'burning.expected': '按方案标准应扣减',
  'burning.published': '公开的扣减合计',
  'burning.unpublished': '未公开扣减金额的记录',
  'burning.mismatch': '扣减额与方案标准不符的记录',
  'burning.list': '火点记录（按日期从新到旧）',
  'burning.link': '秸秆和露天焚烧火点及扣减',
  'col.kind': '类型',
  'col.points': '火点数',
  'col.deduction': '公开的扣减（元）',
  'col.expected': '按标准应扣减（元）',
  'col.note': '备注',
  'col.source': '来源',
  'burning.notPublished': '未公开',
  'burning.differs': '与标准不符',
  'source.link': '链接',
  yuan: '元',
} as const;

export type EnforcementTextKey = keyof typeof zh;

// Chinese fragments inside English text are marked (cn) so the pages can tag them lang="zh-CN".
const en: Record<EnforcementTextKey, Mixed> = {
  title: 'Enforcement',
  intro: mixed`Section ${cn('十(四)')} of the county's air-quality plan commits the county to publish enforcement information and expose typical cases; section ${cn('八(三)')} lists the violations it targets. This page collects the published administrative penalty decisions on air pollution, each linked to the published decision.`,
  'caveat.heading': 'Please note',
  'caveat.body':
    'No record does not mean compliance: this page lists only published decisions. Violations that were not inspected, not found, not yet published, or taken down under the rules do not appear here. An entity listed here was subject to the penalty shown; that says nothing about its present state.',
  'sample.body': mixed`Every case, entity, township and fire point on this page is a fictitious sample record. Names carry “${cn('（虚构）')}” (fictitious), decision links point to example.org, and none refers to a real company, place or department.`,
  'figures.heading': 'Overview',
  'figures.cases': 'Published decisions',
  'figures.entities': 'Entities',
  'figures.penalty': 'Total fines',
  'figures.withdrawn': 'Decisions taken down',
  'figures.asOf': 'Publicity periods and revocations are judged as of ',
  'figures.asOf.data':
    ' (while the site has no monitoring data, the latest date in the enforcement data)',
  'typical.heading': 'Typical cases',
  'typical.none': 'No published decision is currently flagged as a typical case.',
  'charts.heading': 'Statistics',
  'charts.table': 'Show the data table',
  'filters.heading': 'Filter the cases',
  'filters.category': 'By violation category',
  'filters.township': 'By township',
  'filters.year': 'By year',
  'filters.all': 'All cases',
  'filters.none': 'no published case',
  'list.heading': 'All published decisions (newest first)',
  'list.filtered': 'Filter: ',
  'list.page': 'Page {page} of {pages}',
  'list.count': '{n} cases',
  'list.prev': 'Previous page',
  'list.next': 'Next page',
  'list.pagination': 'Pagination',
  'list.empty': 'No published case matches.',
  'col.date': 'Decision date',
  'col.no': 'Decision number',
  'col.entity': 'Party',
  'col.category': 'Violation',
  'col.township': 'Township',
  'col.measures': 'Measures',
  'col.penalty': 'Fine (yuan)',
  'col.status': 'Rectification',
  'col.cases': 'Cases',
  'typical.mark': 'Typical case',
  'sample.mark': 'Sample',
  'downloads.heading': 'Download the data',
  'downloads.cases': 'Published cases (CSV)',
  'downloads.burning': 'Straw and open-burning fire points (CSV)',
  'downloads.note':
    'The downloads hold only decisions still within their publicity period and not revoked as of the date above; the sample column says whether a row is sample data.',
  'withdrawn.heading': 'Decisions taken down',
  'withdrawn.body':
    'These decisions were revoked or have passed the end of their publicity period. Under the site’s rules their party and penalty are no longer shown nor counted; only the number and the reason remain.',
  'withdrawn.revoked': 'Revoked',
  'withdrawn.expired': 'Publicity period ended',
  'case.heading': 'Penalty decision',
  'case.decisionDate': 'Decision date',
  'case.publishedDate': 'Published',
  'case.entity': 'Party',
  'case.entityType': 'Type of party',
  'case.creditCode': 'Unified social credit code',
  'case.township': 'Township',
  'case.category': 'Violation category',
  'case.clause': 'Plan section',
  'case.legalBasis': 'Legal basis',
  'case.measures': 'Measures',
  'case.penalty': 'Fine',
  'case.rectification': 'Rectification',
  'case.rectificationDate': 'Rectified on',
  'case.summary': 'Facts as published',
  'case.source': 'Published decision',
  'case.source.insecure': ' (unencrypted http government site)',
  'case.source.sample': ' (sample link, not a real decision)',
  'case.publicityEnd': 'Public until',
  'case.history': "All of this party's published cases",
  'case.back': 'Back to enforcement',
  'case.revoked.body':
    'This decision was revoked on {date}; under the site’s rules its party and penalty are no longer shown.',
  'case.expired.body':
    'The publicity period of this decision ended on {date}; under the site’s rules its party and penalty are no longer shown.',
  'case.revocationNote': 'Revocation note (as published)',
  'entity.heading': 'Enforcement history',
  'entity.otherNames': 'Also published as',
  'entity.cases': 'Published cases',
  'entity.penalty': 'Total fines',
  'entity.period': 'Decision dates',
  'entity.typical': 'Of which typical cases',
  'entity.caveat':
    'Only decisions still within their publicity period and not revoked as of the date above are listed. No record does not mean compliance, and a record says nothing about the present. The party may reply to this page; see About.',
  'burning.title': 'Straw and open-burning fire points',
  'burning.intro': mixed`Plan section ${cn('五(二)')}: the county deducts ¥500,000 of local fiscal resources per straw-burning fire point and ¥100,000 per fire point of other open burning (“${cn('秸秆焚烧扣减地方财力 50 万元/火点，露天焚烧其他可燃物扣减地方财力 10 万元/火点')}”). The table lists published fire points with the deduction due under that rule and the deduction published.`,
  'burning.points': 'Fire points',
  'burning.expected': "Due under the plan's rule",
  'burning.published': 'Deductions published',
  'burning.unpublished': 'Rows without a published deduction',
  'burning.mismatch': "Rows whose deduction differs from the plan's rule",
  'burning.list': 'Fire points (newest first)',
  'burning.link': 'Straw and open-burning fire points and deductions',
  'col.kind': 'Kind',
  'col.points': 'Fire points',
  'col.deduction': 'Published deduction (yuan)',
  'col.expected': 'Due under the rule (yuan)',
  'col.note': 'Note',
  'col.source': 'Source',
  'burning.notPublished': 'not published',
  'burning.differs': 'differs from the rule',
  'source.link': 'link',
  yuan: 'yuan',
};

const TABLES: Readonly<Record<Lang, Record<EnforcementTextKey, Mixed>>> = { zh, en };

const fill =
  (vars: Readonly<Record<string, string | number>>) =>
  (s: string): string =>
    s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

/** The text for `key` as plain text (for attributes and titles), `{name}` placeholders filled from `vars`. */
export function et(
  lang: Lang,
  key: EnforcementTextKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return plain(etm(lang, key, vars));
}

/** The text for `key` with its Chinese fragments marked, for `<Mixed>` in page markup. */
export function etm(
  lang: Lang,
  key: EnforcementTextKey,
  vars: Readonly<Record<string, string | number>> = {},
): Mixed {
  return mapPlain(TABLES[lang][key], fill(vars));
}

export function enforcementTextKeys(): EnforcementTextKey[] {
  return Object.keys(zh) as EnforcementTextKey[];
}
