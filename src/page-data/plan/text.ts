/**
 * Fixed bilingual text of the plan and department pages, and how a target's requirement is put
 * into words. Kept apart from src/i18n/strings.ts so the plan pages own their wording.
 */
import type { Comparison, DEPARTMENT_KINDS, Role, Target } from '../../records/plan/index.ts';
import type { PageStatus } from './status.ts';
import { mixed, zh as cn, type Mixed } from '../../i18n/mixed.ts';
import { defineText, type Bilingual, type Lang } from '../../i18n/text.ts';

/** Status names shown as text (never colour alone), with a shape that is only decoration. */
export const STATUS_LABEL: Readonly<Record<PageStatus, Bilingual>> = {
  done: { zh: '已完成', en: 'Done' },
  in_progress: { zh: '进行中', en: 'In progress' },
  missed: { zh: '未达成', en: 'Missed' },
  not_started: { zh: '未开始', en: 'Not started' },
  no_published_evidence: { zh: '无公开证据', en: 'No published evidence' },
  not_due: { zh: '未到期', en: 'Not yet due' },
  not_assessable: { zh: '无法评估', en: 'Not assessable' },
};
export const STATUS_SHAPE: Readonly<Record<PageStatus, string>> = {
  done: '✓',
  in_progress: '◐',
  missed: '✗',
  not_started: '○',
  no_published_evidence: '!',
  not_due: '…',
  not_assessable: '?',
};

export const ROLE_LABEL: Readonly<Record<Role, Bilingual>> = {
  lead: { zh: '牵头', en: 'Leads' },
  joint: { zh: '按职责分工负责', en: 'Jointly responsible' },
  cooperating: { zh: '配合', en: 'Cooperates' },
  implementing: { zh: '负责落实 / 参与', en: 'Implements' },
};

export const KIND_LABEL: Readonly<Record<(typeof DEPARTMENT_KINDS)[number], Bilingual>> = {
  county_department: { zh: '县政府部门', en: 'County department' },
  branch_of_city_department: { zh: '市级部门派出机构', en: 'Branch of a city department' },
  county_institution: { zh: '县属单位', en: 'County institution' },
  local_government: { zh: '地方政府', en: 'Local government' },
  committee: { zh: '委员会', en: 'Committee' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

const zh = {
  colon: '：',
  planTitle: '行动计划逐项核对',
  planIntro:
    '县里的大气行动方案共有下列措施。每项措施列出责任部门、可核对的目标和期限，以及已公开的进展证据。',
  draftHeading: '关于原文',
  draftNote: '本页依据的原文是征求意见稿，不是正式印发的文件：',
  draftLater: '正式文件公布后，本站会把它并列加入并逐项比较。',
  readText: '阅读方案全文（纯文本）',
  npeHeading: '“无公开证据”是什么意思',
  npeBody:
    '期限已过（或没有期限、一直有效的要求），但我们没有找到任何有来源的公开材料表明该目标已完成。这是市民需要知道的事实，不是指控：工作可能已经完成但没有公布。如果你知道官方公开的进展材料，请通过下面的联系方式告诉我们，我们核实后会补上。',
  notAssessable:
    '本站还没有任何监测数据，因此没有可以对照的“截至日期”；各项目标的状态暂时无法评估。下面仍列出目标、期限和责任部门。',
  asOf: '状态截至',
  countsHeading: '目标状态统计',
  countsCaption: '按状态统计的目标数和措施数',
  targets: '目标',
  measures: '措施',
  status: '状态',
  timelineHeading: '期限时间线',
  timelineTitle: '有期限的目标：期限与状态',
  timelineCaption: '有明确期限的目标，按期限排列',
  deadline: '期限',
  noDeadline: '长期要求（未定期限）',
  target: '目标',
  requirement: '要求',
  sectionsHeading: '各部分措施',
  noTargets: '本项没有可量化的目标或期限。',
  bodies: '责任部门',
  openList: '原文名单以“等”结尾，可能还有其他部门。',
  targetsHeading: '目标与进展',
  evidence: '进展证据',
  noEvidence: '暂无有来源的公开证据。',
  evidenceDate: '日期',
  evidenceStatus: '来源所述状态',
  evidenceValue: '数值',
  evidenceSummary: '内容',
  evidenceSource: '来源',
  measureEvidence: '针对整项措施的证据',
  completedLate: '完成时间晚于期限。',
  clause: '原文条款',
  computedFromData: '由监测数据计算',
  computedRaw: '{year} 年（原始）',
  computedDust: '{year} 年（扣除沙尘）',
  computedNote: '本站按国家标准从站点数据算出，不是官方发布的证据，因此不改变上面的进展状态。',
  computedLink: '查看“{name}”目标页',
  textHeading: '方案原文（本项）',
  textNote: '原文分页处断开的字词已接上；“$PM_{2.5}$”写作 PM2.5。',
  backToPlan: '返回行动计划',
  deptTitle: '责任部门',
  deptIntro:
    '方案点名的每个部门牵头、共同负责、配合或落实了哪些措施，以及它牵头或共同负责的目标进展如何。只有牵头和“按职责分工负责”的措施计入目标统计。',
  department: '部门',
  kind: '类型',
  responsibleTargets: '负责的目标',
  doneCount: '已完成',
  overdueCount: '已过期未完成',
  withoutEvidence: '无任何证据',
  countsNotAssessed: '无法评估',
  deptMeasures: '涉及的措施',
  backToDepts: '返回责任部门',
  none: '无',
} as const;

type Key = keyof typeof zh;

// Chinese fragments inside English text are marked (cn) so pages can tag them lang="zh-CN".
const en: Record<Key, Mixed> = {
  colon: ': ',
  planTitle: 'The plan, measure by measure',
  planIntro:
    "These are the measures of the county's air-quality plan. Each lists the bodies responsible, the targets and deadlines that can be checked, and the published evidence of progress.",
  draftHeading: 'About the source',
  draftNote: 'The text this page follows is a draft for comments, not the adopted plan:',
  draftLater:
    'When the final version is published, the site will add it beside the draft and compare them.',
  readText: 'Read the full text of the plan (plain text, Chinese)',
  npeHeading: 'What "no published evidence" means',
  npeBody:
    'The deadline has passed (or the requirement stands with no deadline) and we found no sourced, published material showing the target was met. It is the finding a citizen needs, not an accusation: the work may have been done without being published. If you know of official material on its progress, tell us through the contact below and we will add it once checked.',
  notAssessable:
    'The site has no monitoring data yet, so there is no "as of" date to check against: the status of the targets cannot be assessed for now. Targets, deadlines and responsible bodies are still listed below.',
  asOf: 'Status as of',
  countsHeading: 'Targets by status',
  countsCaption: 'Number of targets and measures by status',
  targets: 'Targets',
  measures: 'Measures',
  status: 'Status',
  timelineHeading: 'Deadlines',
  timelineTitle: 'Targets with a deadline: deadline and status',
  timelineCaption: 'Targets with a stated deadline, by deadline',
  deadline: 'Deadline',
  noDeadline: 'Standing requirement (no deadline)',
  target: 'Target',
  requirement: 'Requirement',
  sectionsHeading: 'Measures by section',
  noTargets: 'This measure has no quantified target or deadline.',
  bodies: 'Responsible bodies',
  openList: mixed`The plan's list ends in "etc." (${cn('等')}): other bodies may be meant.`,
  targetsHeading: 'Targets and progress',
  evidence: 'Evidence of progress',
  noEvidence: 'No sourced, published evidence yet.',
  evidenceDate: 'Date',
  evidenceStatus: 'Status the source reports',
  evidenceValue: 'Value',
  evidenceSummary: 'What it says',
  evidenceSource: 'Source',
  measureEvidence: 'Evidence filed against the measure as a whole',
  completedLate: 'Completed after the deadline.',
  clause: 'Clause of the plan',
  computedFromData: 'Computed from monitoring data',
  computedRaw: '{year}, raw',
  computedDust: '{year}, dust days deducted',
  computedNote:
    'The site computes this from station data under the national standards; it is not official evidence, so it does not change the progress status above.',
  computedLink: 'See the “{name}” target page',
  textHeading: 'Text of the plan (this item, Chinese)',
  textNote: 'Words split by page breaks are joined; "$PM_{2.5}$" is written PM2.5.',
  backToPlan: 'Back to the plan',
  deptTitle: 'Responsible bodies',
  deptIntro:
    'What each body the plan names leads, shares, supports or implements, and how the targets it leads or shares stand. Only measures it leads or is jointly responsible for count towards its targets.',
  department: 'Body',
  kind: 'Kind',
  responsibleTargets: 'Targets it answers for',
  doneCount: 'Done',
  overdueCount: 'Overdue, not done',
  withoutEvidence: 'Without any evidence',
  countsNotAssessed: 'not assessable',
  deptMeasures: 'Measures it is named in',
  backToDepts: 'Back to responsible bodies',
  none: 'none',
};

/** The plan pages' texts: `planText(lang, key)` plain, `planText.mixed(lang, key)` marked. */
export const planText = defineText('plan', { zh, en });

// ---------------------------------------------------------------------------------------------
// A target's requirement in words, e.g. "不低于 82.5%" / "at least 82.5 %".

function num(lang: Lang, v: number): string {
  // Grouping for big amounts (500,000) only; small values as written in the plan.
  return Math.abs(v) >= 10_000
    ? new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(v)
    : String(v);
}

const QUANTIFIER: Readonly<Partial<Record<Comparison, Bilingual>>> = {
  all: { zh: '全部实现', en: 'all' },
  basically_all: { zh: '基本全部实现', en: 'almost all' },
  none: { zh: '清零（不再存在或新增）', en: 'none left (or none added)' },
  basically_none: { zh: '基本消除', en: 'almost none left' },
  complete: { zh: '完成', en: 'completed' },
  increase: { zh: '保持增长', en: 'keeps growing' },
  meets_assigned: {
    zh: '完成市下达的任务（数值方案未写明）',
    en: 'meets the figure the city assigns (not stated in the plan)',
  },
};

function amount(lang: Lang, t: Target, v: number): string {
  const n = num(lang, v);
  switch (t.unit) {
    case 'µg/m³':
      return lang === 'zh' ? `${n} 微克/立方米` : `${n} µg/m³`;
    case 'percent':
      return lang === 'zh' ? `${n}%` : `${n} %`;
    case 'per_month':
      return lang === 'zh' ? `每月 ${n} 次` : `${n} a month`;
    case 'per_year':
      return lang === 'zh' ? `每年 ${n} 次` : `${n} a year`;
    case 'hours_per_day':
      return lang === 'zh' ? `每天 ${n} 小时` : `${n} hours a day`;
    case 'yuan_per_fire_point':
      return lang === 'zh' ? `每个火点 ${n} 元` : `¥${n} per fire point`;
    case 'ranking_places':
      return lang === 'zh' ? `${n} 位` : `${n} places`;
    case 'percent_change':
      return lang === 'zh' ? `${n}%` : `${n} %`;
    case 'percentage_points_change':
      return lang === 'zh' ? `${n} 个百分点` : `${n} percentage points`;
    case '':
      return n;
  }
}

/** The requirement of a target in words, in one language. */
export function requirementText(lang: Lang, t: Target): string {
  const zhL = lang === 'zh';
  let s: string;
  const q = QUANTIFIER[t.comparison];
  const v = t.target_value;
  if (q !== undefined || v === null) {
    s = q?.[lang] ?? t.comparison;
  } else if (t.unit === 'percent_change' || t.unit === 'percentage_points_change') {
    const from =
      t.baseline_year === null ? '' : zhL ? `较 ${t.baseline_year} 年` : ` from ${t.baseline_year}`;
    const size = amount(lang, t, Math.abs(v));
    if (t.comparison === '<=' && v < 0)
      s = zhL ? `${from}至少下降 ${size}` : `down at least ${size}${from}`;
    else if (t.comparison === '>=' && v > 0)
      s = zhL ? `${from}至少上升 ${size}` : `up at least ${size}${from}`;
    else
      s = zhL
        ? `${from}变化 ${t.comparison} ${amount(lang, t, v)}`
        : `change ${t.comparison} ${amount(lang, t, v)}${from}`;
  } else if (t.comparison === 'between') {
    const max = t.target_value_max ?? v;
    s = amount(lang, t, v).replace(num(lang, v), `${num(lang, v)}–${num(lang, max)}`);
    if (t.unit === 'ranking_places') s = zhL ? `提升 ${s}` : `up ${s}`;
  } else {
    const word: Readonly<Record<string, Bilingual>> = {
      '<': { zh: '低于', en: 'below' },
      '<=': { zh: '不高于', en: 'at most' },
      '=': { zh: '', en: '' },
      '>=': { zh: '不低于', en: 'at least' },
    };
    const w = word[t.comparison]?.[lang] ?? t.comparison;
    s = w === '' ? amount(lang, t, v) : `${w} ${amount(lang, t, v)}`;
  }
  if (t.strive) s = zhL ? `力争${s}` : `strive: ${s}`;
  return s;
}

/** The plan's own notation `$PM_{2.5}$` as plain text. */
export function displayPlanText(s: string): string {
  return s.replace(/\$([A-Za-z]+)_\{([^}]*)\}\$/g, '$1$2');
}
