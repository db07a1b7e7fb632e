/**
 * The /ranking/ page's own UI texts (Chinese first, English second), kept here rather than in
 * src/i18n/strings.ts so that parallel features do not collide in one table. Texts that describe
 * a province's rules live in the data folder (data/ranking/ranking.json), not here.
 */
import type { RankingBasis, SourceKind } from '../../records/ranking/index.ts';
import { byKey, defineText, type Bilingual, type Lang } from '../../i18n/text.ts';

const TEXT = {
  title: { zh: '全省排名', en: 'Provincial ranking' },
  description: {
    zh: '本县在全省县（市、区）空气质量排名中的公开名次、方案“提升5至10个位次”的目标，以及排名的规则和奖惩。',
    en: "The county's published positions in the province's county air-quality ranking, the plan's target of moving up 5 to 10 places, and the ranking's rules and consequences.",
  },
  targetHeading: { zh: '目标与基线', en: 'Target and baseline' },
  targetQuote: { zh: '方案原文', en: 'The plan says' },
  meaningHeading: { zh: '名次是什么意思', en: 'What a rank means' },
  seriesHeading: { zh: '已公开的名次', en: 'Published positions' },
  seriesIntro: {
    zh: '每个排名单独列出：不同主体、不同单位数、不同周期的名次不能放在同一条轴上比较。第1名最好。',
    en: 'Each ranking is shown on its own: ranks from different bodies, with different numbers of units and periods, cannot share one axis. Rank 1 is the best.',
  },
  publisher: { zh: '发布者', en: 'Published by' },
  scope: { zh: '参加排名的单位', en: 'Units ranked' },
  method: { zh: '排名方法', en: 'Method' },
  rules: { zh: '依据的办法', en: 'Rules' },
  unitsChanged: {
    zh: '参加排名的单位数有变化，前后名次不完全可比：',
    en: 'The number of units ranked changed, so ranks before and after are not fully comparable: ',
  },
  colPeriod: { zh: '期间', en: 'Period' },
  colPosition: { zh: '名次', en: 'Position' },
  colPlotted: { zh: '图中日期', en: 'Date on the chart' },
  colPlottedWeek: {
    zh: '图中日期（周画在该周星期一）',
    en: 'Date on the chart (a week at its Monday)',
  },
  notPlotted: { zh: '不画点（无具体名次）', en: 'not drawn (no numeric rank)' },
  colUnits: { zh: '参加排名单位数', en: 'Units ranked' },
  colWords: { zh: '来源原话', en: 'In the source’s words' },
  colBasis: { zh: '口径', en: 'Basis' },
  colSource: { zh: '来源', en: 'Source' },
  colNote: { zh: '说明', en: 'Note' },
  notGiven: { zh: '来源未给出', en: 'not given by the source' },
  sourceLine: { zh: '来源：', en: 'Source: ' },
  indexHeading: {
    zh: '综合指数：本站计算与公布值',
    en: 'Composite index: ours and the published value',
  },
  indexIntro: {
    zh: '方案的目标写在综合指数上。下表把本站用监测数据算出的本县综合指数（扣除沙尘，2026年3月以前的时段按2012年标准）与排名函中公布的综合指数并列；两者相差超过公布值的修约误差（两位小数时为0.005）时标出“不一致”。',
    en: 'The plan’s target is worded on the composite index. The table sets the index this site computes for the county from monitoring data (sand-dust deducted; periods before March 2026 under the 2012 rules) beside the index printed in the ranking letters, and marks “disagree” where they differ by more than the published rounding (0.005 at two decimals).',
  },
  indexNone: {
    zh: '目前既没有本站算出的综合指数，公开来源也没有给出本县的综合指数，所以没有可比的数字。',
    en: 'There is no composite index computed by this site yet, and the sources found do not print the county’s index, so there is nothing to compare.',
  },
  indexSample: {
    zh: '本站计算值来自样例数据，不是真实观测，仅用于演示。',
    en: 'Our computed values come from sample data, not real observations; they only demonstrate the page.',
  },
  colComputed: { zh: '本站计算', en: 'Computed here' },
  colPublished: { zh: '公布值', en: 'Published' },
  colDifference: { zh: '差值', en: 'Difference' },
  colFlag: { zh: '对照', en: 'Check' },
  colBody: { zh: '排名', en: 'Ranking' },
  consequencesHeading: { zh: '排名带来什么', en: 'What the ranking brings' },
  downloadsHeading: { zh: '下载与引用', en: 'Downloads and citation' },
  cite: { zh: '引用本页：', en: 'Cite this page: ' },
  none: { zh: '—', en: '—' },
  permalink: { zh: '本图链接', en: 'Link to this chart' },
} as const satisfies Record<string, Bilingual>;

export type RankingTextKey = keyof typeof TEXT;

export const rankingText = defineText('ranking', byKey(TEXT));

const BASIS: Record<RankingBasis, Bilingual> = {
  dust_excluded: { zh: '扣除沙尘', en: 'sand-dust deducted' },
  raw: { zh: '未扣除沙尘', en: 'sand-dust not deducted' },
  not_stated: { zh: '来源未说明', en: 'not stated by the source' },
};

export function basisLabel(lang: Lang, basis: RankingBasis | null): string {
  return basis === null ? TEXT.none[lang] : BASIS[basis][lang];
}

const KIND: Record<SourceKind, Bilingual> = {
  official: { zh: '官方页面', en: 'official page' },
  media: { zh: '新闻报道', en: 'news report' },
  mirror: {
    zh: '转载页面，待核对原文',
    en: 'copy on another site, to be checked against the original',
  },
};

export function sourceKindLabel(lang: Lang, kind: SourceKind): string {
  return KIND[kind][lang];
}

const FLAG: Record<'agree' | 'disagree' | 'no_published' | 'no_computed', Bilingual> = {
  agree: { zh: '一致（在修约误差内）', en: 'agree (within rounding)' },
  disagree: { zh: '不一致', en: 'disagree' },
  no_published: { zh: '来源未公布', en: 'not published' },
  no_computed: { zh: '本站无计算值', en: 'not computed here' },
};

export function flagLabel(lang: Lang, flag: keyof typeof FLAG): string {
  return FLAG[flag][lang];
}

/** The citation line: site title, page title, URL and, where known, the data's as-of label. */
export function rankingCitation(
  lang: Lang,
  siteTitle: string,
  pageUrl: string,
  asOf: string | null,
): string {
  const title = TEXT.title[lang];
  if (lang === 'zh')
    return `${siteTitle}：${title}。${pageUrl}${asOf === null ? '' : `（数据截至 ${asOf}）`}`;
  return `${siteTitle}: ${title}. ${pageUrl}${asOf === null ? '' : ` (data as of ${asOf})`}`;
}
