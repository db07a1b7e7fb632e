/**
 * Wording of the progress pages (home and target pages), both languages, with the rule behind
 * each target in one sentence. Numbers are never written here: they come from page data.
 */
import type { ScoreboardItem } from './schema.ts';
import { byKey, defineText, type Bilingual, type Lang } from '../../i18n/text.ts';
import { ageInWords, msBetween, type AgeWords } from '../../i18n/age.ts';

type TargetId = ScoreboardItem['id'];

export const VERDICT: Readonly<
  Record<'met' | 'not_met' | 'not_assessable', Bilingual & { mark: string }>
> = {
  met: { zh: '达到', en: 'Met', mark: '✓' },
  not_met: { zh: '未达到', en: 'Not met', mark: '✗' },
  not_assessable: { zh: '无法评价', en: 'Not assessable', mark: '?' },
};

export const READING: Readonly<
  Record<'plan_reported' | 'standard' | 'exact' | 'all_items', Bilingual>
> = {
  plan_reported: {
    zh: '按方案措辞、以公布精度判断',
    en: "The plan's words, on the figure as published",
  },
  standard: { zh: '按 GB 3095-2012 二级标准（≤）', en: 'GB 3095-2012 grade II (≤)' },
  exact: { zh: '按未修约的精确比率', en: 'On the exact, unrounded ratio' },
  all_items: { zh: '含全部百分位数项目', en: 'All items, including the percentiles' },
};

export const TARGET_PAGE: Readonly<
  Record<TargetId, { slug: string; name: Bilingual; chart: string | null; spark: string | null }>
> = {
  pm2_5_annual: {
    slug: 'pm2_5',
    name: { zh: 'PM2.5 年均浓度', en: 'PM2.5 annual mean' },
    chart: 'pm25-trend',
    spark: 'pm25-annual',
  },
  good_days_ratio: {
    slug: 'good-days',
    name: { zh: '优良天数比率', en: 'Good-days ratio' },
    chart: 'good-days-trend',
    spark: 'good-days-annual',
  },
  heavy_days_ratio: {
    slug: 'heavy-days',
    name: { zh: '重度及以上污染天数比率', en: 'Heavy-or-worse days ratio' },
    chart: 'heavy-days-trend',
    spark: 'heavy-days-annual',
  },
  grade_ii: {
    slug: 'grade-ii',
    name: { zh: '空气质量二级达标', en: 'Grade-II attainment' },
    chart: null,
    spark: null,
  },
};

/** The rule of each target in one sentence, with the standard's clause. */
export const RULE: Readonly<Record<TargetId, Bilingual>> = {
  pm2_5_annual: {
    zh: '年均浓度是全年有效日均值的算术平均（GB 3095-2012 表 4：至少 324 个有效日，且每月至少 27 天、2 月 25 天），修约到整数后与方案的“低于 35”比较；GB 3095-2012 二级标准是“不超过 35”，两种读法不一致时都列出。',
    en: 'The annual mean is the average of the valid daily means of the year (GB 3095-2012 Table 4: at least 324 valid days and at least 27 in every month, 25 in February), rounded to an integer and compared with the plan\'s "below 35"; GB 3095-2012 grade II reads "at most 35", and both readings are shown where they differ.',
  },
  good_days_ratio: {
    zh: '优良天数比率 = 日 AQI ≤ 100 的天数 ÷ 有效天数（HJ 633-2012、HJ 663-2013），修约到一位小数后与 82.5% 比较；同时给出按精确比率的判断。',
    en: 'Good-days ratio = days with daily AQI ≤ 100 ÷ valid days (HJ 633-2012, HJ 663-2013), rounded to one decimal and compared with 82.5 %; the reading on the exact ratio is given too.',
  },
  heavy_days_ratio: {
    zh: '重度及以上污染天数比率（即常说的“重污染天数”占比）= 日 AQI > 200 的天数 ÷ 有效天数，修约到一位小数后与 0.3% 比较（以内即达到）。',
    en: 'Heavy-or-worse days ratio (the share of what are often called “heavy-pollution days”) = days with daily AQI > 200 ÷ valid days, rounded to one decimal and compared with 0.3 % (at most).',
  },
  grade_ii: {
    zh: '六项主要统计量（SO2、NO2、PM10、PM2.5 年均值，CO 日均值第 95 百分位数，O3 日最大 8 小时平均第 90 百分位数）都不超过 GB 3095-2012 二级限值即为达标；另列含 98/95 百分位数在内的全部项目。',
    en: 'Attained when the six headline statistics (annual means of SO2, NO2, PM10 and PM2.5; the CO daily 95th percentile; the O3 daily maximum 8-hour 90th percentile) are all within the GB 3095-2012 grade-II limits; all items including the 98th/95th percentiles are listed too.',
  },
};

export const HOME = {
  nowHeading: { zh: '当前空气', en: 'The air now' },
  nowCounty: {
    zh: '全县（参与评价站点的平均浓度计算）',
    en: 'County (from the mean concentrations of the evaluated stations)',
  },
  nowNone: {
    zh: '最近一小时没有可评价的全县 AQI。',
    en: 'No county AQI could be evaluated for the latest hour.',
  },
  nowReadAt: { zh: '读数时间', en: 'Reading time' },
  nowLatest: {
    zh: '为本数据截至时间的最新一小时。',
    en: 'The latest hour in the data.',
  },
  nowEarlier: {
    zh: '比数据截至时间（{asOf}）早 {age}：之后没有全县读数。',
    en: "Taken {age} before the data's as-of time ({asOf}); there is no later county reading.",
  },
  nowStatic: {
    zh: '本页是生成好的静态页面，读数不会自动更新；请以读数时间判断它有多新。',
    en: 'This page is generated in advance and does not update itself: judge the reading by its time.',
  },
  nowStale: {
    zh: '此读数已是 {age}前的数据，不代表现在的空气。',
    en: 'This reading is {age} old; it does not describe the air right now.',
  },
  ageMinuteOne: { zh: '{n} 分钟', en: '{n} minute' },
  ageMinuteOther: { zh: '{n} 分钟', en: '{n} minutes' },
  ageHourOne: { zh: '{n} 小时', en: '{n} hour' },
  ageHourOther: { zh: '{n} 小时', en: '{n} hours' },
  ageDayOne: { zh: '{n} 天', en: '{n} day' },
  ageDayOther: { zh: '{n} 天', en: '{n} days' },
  primary: { zh: '首要污染物', en: 'Primary pollutant' },
  advice: { zh: '健康提示', en: 'Health advice' },
  scoreHeading: { zh: '{year} 年目标完成情况', en: 'The {year} targets' },
  scoreIntro: {
    zh: '方案的 {year} 年目标按 2012 年版标准评价（GB 3095-2012、HJ 633-2012、HJ 663-2013）。每项先给出考核采用的扣除沙尘后的值，再给出未扣除的原始值，以及数字的来源。',
    en: "The plan's {year} targets are judged under the 2012 rules (GB 3095-2012, HJ 633-2012, HJ 663-2013). Each shows first the figure assessments use (sand-dust days deducted), then the raw figure, and where the figure comes from.",
  },
  target: { zh: '目标', en: 'Target' },
  inThePlan: { zh: '方案中的这一目标', en: 'This target in the plan' },
  planTargetRef: { zh: '{id}（第 {measure} 项措施）', en: '{id} (measure {measure})' },
  value: { zh: '数值', en: 'Value' },
  raw: { zh: '原始', en: 'Raw' },
  dust: { zh: '扣除沙尘', en: 'Dust deducted' },
  verdict: { zh: '结论', en: 'Verdict' },
  rules: { zh: '评价标准', en: 'Rules' },
  rules2012: { zh: '2012 年版标准', en: '2012 rules' },
  computed: { zh: '由站点数据计算', en: 'Computed from station data' },
  published: { zh: '官方公布', en: 'Officially published' },
  noPublished: {
    zh: '未找到官方公布的数字，显示的是计算值',
    en: 'No official figure found; the computed figure is shown',
  },
  details: { zh: '详细说明', en: 'Details' },
  bothReadings: { zh: '两种读法结论不同：', en: 'The readings disagree:' },
  validDays: { zh: '有效天数', en: 'Valid days' },
  validDaysOf: {
    zh: '{days} 个有效天（至少需要 {required} 天）',
    en: '{days} valid days (at least {required} required)',
  },
  daysOf: { zh: '{valid} 天中 {days} 天', en: '{days} of {valid} days' },
  gradeIIItems: {
    zh: '{n} 项主要统计量中 {over} 项超过二级限值',
    en: '{over} of {n} headline statistics over the grade-II limit',
  },
  notEnough: { zh: '有效数据不足', en: 'Not enough valid data' },
  ranking: { zh: '全省县区排名提升 5–10 位', en: 'Move up 5–10 places in the provincial ranking' },
  ytdHeading: { zh: '今年以来', en: 'This year so far' },
  ytdMixed: {
    zh: '今年的数字逐日按当天适用的标准计算：2 月底以前按 2012 年版标准，3 月 1 日起按 2026 年版标准（GB 3095—2026、HJ 633—2026、HJ 663—2026），因此标为“混合”。',
    en: "This year's figures are computed day by day under the rules in force that day: the 2012 rules until the end of February, the 2026 rules (GB 3095—2026, HJ 633—2026, HJ 663—2026) from 1 March — hence labelled 'mixed'.",
  },
  newLimits: { zh: '新标准的含义', en: 'What the new standards mean' },
  asOf: { zh: '数据截至', en: 'Data as of' },
  neededGood: {
    zh: '要达到目标，需要的优良天数（按有效天数）',
    en: 'Good days needed to meet the target (of the valid days)',
  },
  neededHeavy: { zh: '允许的重度及以上污染天数最多为', en: 'Heavy-or-worse days allowed at most' },
  linkTarget: { zh: '查看详情', en: 'Details' },
  aqiNote: {
    zh: '实时 AQI，按 {regime} 年版标准（HJ 633）计算。',
    en: 'Real-time AQI under the {regime} rules (HJ 633).',
  },
  source: { zh: '来源（{host}）', en: 'source ({host})' },
  computedShort: { zh: '计算值', en: 'computed' },
  readingMet: { zh: '达到', en: 'met' },
  readingNotMet: { zh: '未达到', en: 'not met' },
  readingNotAssessable: { zh: '无法评价', en: 'not assessable' },
  warningsHeading: { zh: '重污染天气预警', en: 'Heavy-pollution warnings' },
  inForce: { zh: '正在生效', en: 'In force' },
  ytdDaysByRegime: {
    zh: '{old} 天按 2012 年版，{new} 天按 2026 年版',
    en: '{old} days under the 2012 rules, {new} under the 2026 rules',
  },
  basis: { zh: '口径', en: 'Basis' },
  colPm25Mean: { zh: 'PM2.5 平均浓度', en: 'PM2.5 mean' },
  colGoodRatio: { zh: '优良天数比率', en: 'Good-days ratio' },
  colHeavyRatio: { zh: '重度及以上污染天数比率', en: 'Heavy-or-worse ratio' },
  newLimitsBody: {
    zh: 'GB 3095—2026 自 2026 年 3 月 1 日起施行。过渡阶段（至 2030 年底）PM2.5 年均二级限值由 {pm25Old} 收严到 {pm25New} 微克/立方米，PM10 由 {pm10Old} 收严到 {pm10New} 微克/立方米；AQI 分级中 PM2.5 日均 75 微克/立方米对应的指数从 100 变为约 114，所以同样的空气在新标准下可能被评为“轻度污染”而不是“良”。',
    en: 'GB 3095—2026 has applied since 1 March 2026. In its transition phase (to the end of 2030) the grade-II annual limit for PM2.5 tightens from {pm25Old} to {pm25New} µg/m³ and for PM10 from {pm10Old} to {pm10New} µg/m³; a daily PM2.5 of 75 µg/m³, AQI 100 before, now rates about 114 — the same air can be "Lightly Polluted" rather than "Good".',
  },
  backToOverview: { zh: '← 进展总览', en: '← Progress overview' },
  planWords: { zh: '方案原文', en: "the plan's words" },
  dustRemoved: {
    zh: '扣除沙尘口径去掉了 {days} 个受沙尘影响的超标日',
    en: 'the dust-deducted basis removes {days} dust-affected exceedance days',
  },
  neededGoodDays: {
    zh: '{valid} 个有效天中至少 {days} 天',
    en: 'at least {days} of {valid} valid days',
  },
  neededHeavyDays: { zh: '{valid} 个有效天中 {days} 天', en: '{days} of {valid} valid days' },
  actualDays: { zh: '实际 {days} 天', en: 'actual: {days}' },
  gradeIICaptionRaw: {
    zh: '{year} 年各项统计量与二级限值（未扣除沙尘）',
    en: 'Statistics and grade-II limits, {year} (raw)',
  },
  gradeIICaptionDust: {
    zh: '{year} 年各项统计量与二级限值（扣除沙尘，考核口径）',
    en: 'Statistics and grade-II limits, {year} (dust deducted, the assessed reading)',
  },
  colItem: { zh: '项目', en: 'Item' },
  colGradeIILimit: { zh: '二级限值', en: 'Grade-II limit' },
  overTime: { zh: '变化趋势', en: 'Over time' },
  howComputed: { zh: '怎么算的', en: 'How it is computed' },
  fullMethodology: { zh: '完整方法说明', en: 'Full methodology' },
} as const satisfies Readonly<Record<string, Bilingual>>;

export const progressText = defineText('progress', byKey(HOME));

/** A target's figure with its unit, or the words for a missing value. */
export function formatValue(id: TargetId, value: number | null, lang: Lang): string {
  if (value === null) return lang === 'zh' ? '有效数据不足' : 'not enough valid data';
  if (id === 'pm2_5_annual') return lang === 'zh' ? `${value} 微克/立方米` : `${value} µg/m³`;
  if (id === 'grade_ii') return '';
  return lang === 'zh' ? `${value.toFixed(1)}%` : `${value.toFixed(1)} %`;
}

/** The target in words, e.g. "低于 35 微克/立方米". */
export function formatTarget(
  item: Pick<ScoreboardItem, 'id' | 'targetValue' | 'comparison'>,
  lang: Lang,
): string {
  const v = item.targetValue;
  if (item.id === 'grade_ii' || v === null)
    return lang === 'zh'
      ? '六项主要统计量均不超过二级限值'
      : 'All six headline statistics within the grade-II limits';
  const words: Record<string, Bilingual> = {
    '<': { zh: '低于', en: 'below' },
    '<=': { zh: '不超过', en: 'at most' },
    '>=': { zh: '不低于', en: 'at least' },
  };
  const w = words[item.comparison] ?? { zh: item.comparison, en: item.comparison };
  return `${w[lang]} ${formatValue(item.id, v, lang)}`;
}

/** The age words of one language, as templates (`{n}` unfilled) for the page and its enhancer. */
export function ageWords(lang: Lang): AgeWords {
  return {
    minuteOne: progressText.template(lang, 'ageMinuteOne'),
    minuteOther: progressText.template(lang, 'ageMinuteOther'),
    hourOne: progressText.template(lang, 'ageHourOne'),
    hourOther: progressText.template(lang, 'ageHourOther'),
    dayOne: progressText.template(lang, 'ageDayOne'),
    dayOther: progressText.template(lang, 'ageDayOther'),
  };
}

/**
 * The reading's age against the data's as_of, in one sentence, computed at build time (never
 * against the build machine's clock): the latest hour of the data, or how much earlier it is.
 * `asOfText` is the as_of time as the page shows it.
 */
export function readingAgeSentence(
  lang: Lang,
  time: string,
  asOf: string | null,
  asOfText: string,
): string | null {
  if (asOf === null) return null;
  const ms = msBetween(time, asOf);
  if (ms <= 0) return progressText(lang, 'nowLatest');
  return progressText(lang, 'nowEarlier', { asOf: asOfText, age: ageInWords(ageWords(lang), ms) });
}
