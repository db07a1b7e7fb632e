/**
 * Text of the methodology page, Chinese first, English second. Paragraphs that print numbers are
 * functions of the page data (methodology.ts), so every number comes from the code; the text
 * only says what the numbers mean and where the rule comes from.
 */
import type { Lang } from '../../i18n/strings.ts';
import { mixed, zh as cn, type Mixed } from '../../i18n/mixed.ts';
import type { Pollutant } from '../../records/types.ts';
import type { AqiResult } from '../../indicators/aqi.ts';
import type { GradeIIOutcome, PeriodConcentrations } from '../../indicators/period.ts';
import type { Regime } from '../../indicators/regime.ts';
import type { Verdict } from '../../indicators/targets.ts';
import type { Averaging, MethodologyPageData, SectionId } from './build.ts';
import { POLLUTANT_SYMBOL as POLLUTANT_NAMES } from '../../i18n/labels.ts';

type D = MethodologyPageData;

export interface SectionText {
  readonly heading: string;
  /** Paragraphs of explanation; Chinese fragments in English text are marked (cn). */
  readonly body: (d: D) => readonly Mixed[];
  /** Worked examples, computed by the indicator functions (may be empty). */
  readonly examples: (d: D) => readonly Mixed[];
}

/** An official document the page cites. */
export interface SourceDoc {
  readonly id: string;
  readonly number: string;
  readonly title: Mixed;
  readonly note: string;
  /** Official text on the MEE site, where one is known. */
  readonly url?: string;
}

export interface MethodologyText {
  readonly title: string;
  readonly description: string;
  readonly intro: string;
  readonly tocHeading: string;
  readonly exampleLabel: string;
  readonly provisionalMark: string;
  readonly formulaLabel: string;
  readonly regimeName: Readonly<Record<Regime, string>>;
  readonly pollutant: Readonly<Record<Pollutant, string>>;
  readonly averaging: Readonly<Record<Averaging, string>>;
  readonly statistic: Readonly<Record<keyof PeriodConcentrations, string>>;
  readonly verdict: Readonly<Record<Verdict, string>>;
  readonly sections: Readonly<Record<SectionId, SectionText>>;
  /** Formulas as plain text, one per line, and what their symbols mean. */
  readonly formulas: {
    readonly iaqi: readonly string[];
    readonly iaqiLegend: string;
    readonly percentile: readonly string[];
    readonly percentileLegend: string;
    readonly ratios: readonly string[];
    readonly composite: readonly string[];
    readonly compositeLegend: string;
  };
  readonly regimeTable: {
    readonly caption: string;
    readonly topic: string;
    readonly period: string;
    readonly limits: string;
    readonly aqi: string;
    readonly assessment: string;
    readonly periodOf: (d: D, r: Regime) => string;
    readonly docs: Readonly<
      Record<'limits' | 'aqi' | 'assessment', Readonly<Record<Regime, string>>>
    >;
  };
  readonly breakpoints: {
    readonly caption: (r: Regime) => string;
    readonly iaqiHeader: string;
    readonly none: string;
    readonly changedMark: string;
    readonly changedLegend: string;
    readonly realtimeMark: string;
    readonly realtimeLegend: string;
    readonly notes: (
      r: Regime,
    ) => readonly { readonly text: string; readonly provisional: boolean }[];
  };
  readonly categories: {
    readonly caption: string;
    readonly range: string;
    readonly level: string;
    readonly category: string;
    readonly colour: string;
    readonly health: string;
    readonly advice: string;
    readonly above: (min: number) => string;
  };
  readonly limits: {
    readonly caption: string;
    readonly pollutant: string;
    readonly averaging: string;
    readonly unit: string;
    readonly legend: string;
  };
  readonly chart: {
    readonly caption: string;
    readonly concentration: string;
    readonly iaqi: (r: Regime) => string;
  };
  readonly targetsTable: {
    readonly caption: string;
    readonly target: string;
    readonly headline: string;
    readonly second: string;
  };
  readonly compositeTable: {
    readonly caption: string;
    readonly pollutant: string;
    readonly statistic: string;
    readonly limit: string;
    readonly index: (r: Regime) => string;
    readonly sum: string;
  };
  readonly sampleDatasetsNow: (names: readonly string[]) => string;
  readonly provisionalLimitsHeading: string;
  readonly provisionalRulesHeading: string;
  readonly sourcesHeading: string;
  readonly sourcesIntro: string;
  readonly officialText: string;
  readonly sources: readonly SourceDoc[];
}

/** A number with at most `max` decimals, no grouping (standards print 2620, not 2,620). */
export function fmt(x: number, max = 2): string {
  const r = Number(x.toFixed(max));
  return Object.is(r, -0) ? '0' : String(r);
}

const MEE = 'https://www.mee.gov.cn/ywgz/fgbz/bz/bzwb/jcffbz';
const URLS = {
  hj633_2012: `${MEE}/201203/W020250407406362045613.pdf`,
  hj663_2013: `${MEE}/201309/W020250407408679440652.pdf`,
  hj633_2026: `${MEE}/202602/W020260225366493492011.pdf`,
  hj663_2026: `${MEE}/202602/W020260225383639187925.pdf`,
} as const;

function list(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

function pollutants(lang: Lang, ps: readonly Pollutant[]): string {
  return ps.length === 0
    ? lang === 'zh'
      ? '无'
      : 'none'
    : list(
        lang,
        ps.map((p) => POLLUTANT_NAMES[p]),
      );
}

function aqiLine(lang: Lang, r: AqiResult): string {
  const sub = (Object.keys(r.iaqi) as Pollutant[]).map(
    (p) => `${POLLUTANT_NAMES[p]} ${r.iaqi[p] ?? ''}`,
  );
  return lang === 'zh'
    ? `分指数 ${list(lang, sub)}；AQI = ${r.aqi ?? '—'}，首要污染物 ${pollutants(lang, r.primary)}，超标污染物 ${pollutants(lang, r.exceedance)}`
    : `sub-indices ${list(lang, sub)}; AQI = ${r.aqi ?? '—'}, primary pollutant ${pollutants(lang, r.primary)}, exceedance pollutants ${pollutants(lang, r.exceedance)}`;
}

const OUTCOME: Readonly<Record<Lang, Record<GradeIIOutcome, string>>> = {
  zh: { attained: '达标', not_attained: '未达标', not_assessable: '无法判定' },
  en: { attained: 'attained', not_attained: 'not attained', not_assessable: 'not assessable' },
};

const zh: MethodologyText = {
  title: '计算方法',
  description:
    '本站用到的每一条公式和规则：依据的标准和条款、2012 版与 2026 版两套规则、小时标记、沙尘扣除、修约，以及“样例数据”的含义。',
  intro:
    '本页列出本站计算每个数字所用的公式和规则，以及它们出自哪项标准、哪一条。下面的分段表、限值和最低数据要求都直接取自本站的计算代码，每个算例也是在生成网站时调用同一套计算函数得出的，所以本页与网站上的数字不会不一致。凡是只依据第三方对 2026 年新标准的转述、尚未与官方原文逐字核对的规则，都标有“暂定”。',
  tocHeading: '目录',
  exampleLabel: '算例',
  provisionalMark: '暂定',
  formulaLabel: '公式',
  regimeName: { '2012': '2012 版规则', '2026': '2026 版规则' },
  pollutant: POLLUTANT_NAMES,
  averaging: { annual: '年平均', '24h': '24小时平均', '8h': '8小时平均', '1h': '1小时平均' },
  statistic: {
    so2: 'SO2 年平均',
    no2: 'NO2 年平均',
    pm10: 'PM10 年平均',
    pm2_5: 'PM2.5 年平均',
    co_p95: 'CO 24小时平均第95百分位数',
    o3_8h_p90: 'O3 日最大8小时平均第90百分位数',
    so2_p98: 'SO2 24小时平均第98百分位数',
    no2_p98: 'NO2 24小时平均第98百分位数',
    pm10_p95: 'PM10 24小时平均第95百分位数',
    pm2_5_p95: 'PM2.5 24小时平均第95百分位数',
  },
  verdict: { met: '达到', not_met: '未达到', not_assessable: '无法判定' },
  formulas: {
    iaqi: [
      'IAQI_P = (IAQI_Hi − IAQI_Lo) / (BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo',
      'AQI = max(IAQI_1, IAQI_2, …, IAQI_n)',
    ],
    iaqiLegend:
      'C_P 为污染物 P 的浓度；BP_Lo ≤ C_P ≤ BP_Hi 是下表同一列中与 C_P 相邻的两个浓度限值；IAQI_Lo、IAQI_Hi 是它们对应的空气质量分指数。AQI 取各污染物分指数的最大值（HJ 633 公式 (1)、第 4.2 节）。',
    percentile: [
      'k = 1 + (n − 1) × p / 100',
      's = k 的整数部分',
      'm_p = X(s) + (X(s+1) − X(s)) × (k − s)',
    ],
    percentileLegend:
      'X(1) ≤ X(2) ≤ … ≤ X(n) 为按从小到大排列的 n 个有效日均值；k 为整数时 m_p = X(k)（HJ 663-2013 附录 A）。',
    ratios: [
      '优良天数比率 = AQI ≤ 100 的天数 / 有效天数 × 100%',
      '重度及以上污染天数比率 = AQI > 200 的天数 / 有效天数 × 100%',
    ],
    composite: ['I_i = C_i / S_i', 'I_sum = I_SO2 + I_NO2 + I_PM10 + I_PM2.5 + I_CO + I_O3'],
    compositeLegend:
      'C_i 为统计期内污染物 i 的统计值（SO2、NO2、PM10、PM2.5 用平均浓度，CO 用 24 小时平均第 95 百分位数，O3 用日最大 8 小时平均第 90 百分位数）；S_i 为对应的二级浓度限值（见下表）。指数越大，空气质量越差。',
  },
  regimeTable: {
    caption: '两套规则使用的标准',
    topic: '内容',
    period: '适用日期',
    limits: '浓度限值',
    aqi: '空气质量指数',
    assessment: '评价与统计',
    periodOf: (d, r) =>
      r === '2012'
        ? `${d.last2012Day} 及以前`
        : `${d.regime2026From} 起（GB 3095—2026 过渡阶段，至 ${d.finalPhaseFrom} 前）`,
    docs: {
      limits: { '2012': 'GB 3095-2012（含 2018 年修改单）', '2026': 'GB 3095—2026' },
      aqi: { '2012': 'HJ 633-2012（试行）', '2026': 'HJ 633—2026' },
      assessment: { '2012': 'HJ 663-2013（试行）', '2026': 'HJ 663—2026' },
    },
  },
  breakpoints: {
    caption: (r) =>
      r === '2012'
        ? 'HJ 633-2012 表 1：空气质量分指数及对应的污染物浓度限值'
        : 'HJ 633—2026 表 1：空气质量分指数及对应的污染物浓度限值',
    iaqiHeader: '分指数 IAQI',
    none: '—',
    changedMark: '†',
    changedLegend: '† 与 2012 版不同的浓度限值。',
    realtimeMark: '¹',
    realtimeLegend:
      '¹ SO2、NO2、CO 的 1 小时平均浓度限值只用于实时报，日报用 24 小时平均浓度限值（HJ 633 表 1 注）。',
    notes: (r) =>
      r === '2012'
        ? [
            {
              text: '“—”：SO2 1 小时平均浓度高于 800 µg/m³ 时不再计算其 1 小时分指数，SO2 分指数按 24 小时平均浓度计算（表 1 注 2）。',
              provisional: false,
            },
            {
              text: '“—”：O3 8 小时平均浓度高于 800 µg/m³ 时不再计算其 8 小时分指数，O3 分指数按 1 小时平均浓度计算（表 1 注 3）。',
              provisional: false,
            },
          ]
        : [
            {
              text: '“—”：SO2 1 小时平均浓度高于 800 µg/m³ 时，SO2 分指数取 200（据第三方转述）。',
              provisional: true,
            },
            {
              text: '“—”：O3 8 小时平均浓度高于 800 µg/m³ 时，O3 分指数取 300（据第三方转述）。',
              provisional: true,
            },
          ],
  },
  categories: {
    caption: '空气质量指数类别、颜色和健康提示（HJ 633 表 2 和附录 A，两版相同）',
    range: 'AQI',
    level: '级别',
    category: '类别',
    colour: '表示颜色',
    health: '对健康的影响',
    advice: '建议采取的措施',
    above: (min) => `${min} 及以上`,
  },
  limits: {
    caption: '二级浓度限值（GB 3095 表 1）',
    pollutant: '污染物',
    averaging: '平均时间',
    unit: '单位',
    legend:
      '标“暂定”的 2026 版限值只见于第三方对标准表格的转录，尚未与官方原文核对；PM10、PM2.5 的新限值已由生态环境部发布的说明证实。',
  },
  chart: {
    caption: '同一 PM2.5 浓度在两套规则下的分指数（由计算函数逐点算出）',
    concentration: 'PM2.5 24小时平均（µg/m³）',
    iaqi: (r) => `分指数（${r} 版）`,
  },
  targetsTable: {
    caption: '县行动方案的 2025 年目标及两种判读',
    target: '方案原文',
    headline: '主判读',
    second: '另一种判读',
  },
  compositeTable: {
    caption: '综合指数算例的单项指数',
    pollutant: '污染物',
    statistic: '统计值 C_i',
    limit: 'S_i',
    index: (r) => `I_i（${r} 版限值）`,
    sum: '综合指数（保留两位小数）',
  },
  sampleDatasetsNow: (names) =>
    names.length > 0
      ? `本次构建中属于样例数据的数据集：${names.join('、')}。`
      : '本次构建没有使用样例数据：所有数据集都来自公开发布的数据。',
  provisionalLimitsHeading: '暂定的 2026 版浓度限值',
  provisionalRulesHeading: '暂定的 2026 版规则',
  sourcesHeading: '依据的文件',
  sourcesIntro: '本页引用的标准和文件如下。标准文本以生态环境部网站发布的官方版本为准。',
  officialText: '官方文本（PDF）',
  sources: [
    {
      id: 'gb3095-2012',
      number: 'GB 3095-2012',
      title: '《环境空气质量标准》',
      note: '含 2018 年修改单（2018-09-01 起实施）；至 2026-02-28 适用。',
    },
    {
      id: 'gb3095-2026',
      number: 'GB 3095—2026',
      title: '《环境空气质量标准》',
      note: '2026-03-01 起实施；过渡阶段至 2030-12-31。',
    },
    {
      id: 'hj633-2012',
      number: 'HJ 633-2012',
      title: '《环境空气质量指数（AQI）技术规定（试行）》',
      note: '至 2026-02-28 适用。',
      url: URLS.hj633_2012,
    },
    {
      id: 'hj633-2026',
      number: 'HJ 633—2026',
      title: '《环境空气质量指数（AQI）技术规定》',
      note: '2026-03-01 起实施。',
      url: URLS.hj633_2026,
    },
    {
      id: 'hj663-2013',
      number: 'HJ 663-2013',
      title: '《环境空气质量评价技术规范（试行）》',
      note: '至 2026-02-28 适用。',
      url: URLS.hj663_2013,
    },
    {
      id: 'hj663-2026',
      number: 'HJ 663—2026',
      title: '《环境空气质量评价技术规范》',
      note: '2026-03-01 起实施。',
      url: URLS.hj663_2026,
    },
    {
      id: 'dust',
      number: '环办监测〔2016〕120号',
      title: '《受沙尘天气过程影响城市空气质量评价补充规定》',
      note: '2017-01-01 起实施；用于考核和城市排名中的沙尘扣除。',
    },
    {
      id: 'ranking',
      number: '环办监测〔2018〕19号',
      title: '《城市环境空气质量排名技术规定》',
      note: '综合指数的定义；文号未与原文核对。',
    },
    {
      id: 'gbt8170',
      number: 'GB/T 8170-2008',
      title: '《数值修约规则与极限数值的表示和判定》',
      note: '“四舍六入五成双”修约。',
    },
  ],
  sections: {
    regimes: {
      heading: '两套规则：2012 版与 2026 版',
      body: (d) => [
        `国家环境空气质量标准 GB 3095、空气质量指数技术规定 HJ 633 和评价技术规范 HJ 663 于 ${d.regime2026From} 同时换版。本站对每一天按当天适用的规则计算：${d.last2012Day} 及以前用 2012 版规则，${d.regime2026From} 起用 2026 版规则。每个统计结果都标明所用的规则。`,
        '县行动方案的目标年份是 2025 年，全年都在 2012 版规则之下，所以 2025 年的结果只按 2012 版规则计算和判定。',
        `一个统计期如果跨过 ${d.regime2026From}（例如 2026 年全年），本站不把两套规则混进同一个数：每一天仍按当天的规则评价，统计期标为“混合”，综合指数和二级达标判定按两套限值分别列出。`,
        `GB 3095—2026 自 ${d.finalPhaseFrom} 起进入第二阶段，限值更严。本站尚未实现第二阶段；数据一旦到达该日期，构建会停止并报错，而不会悄悄沿用过渡阶段的限值。`,
        'GB 3095-2012 修改单自 2018-09-01 起规定：SO2、NO2、CO、O3 等气态污染物按参比状态（298.15 K、1013.25 hPa）计，颗粒物按监测时的实际状态计。因此 2018 年 9 月前后的气态污染物浓度不能严格比较。',
      ],
      examples: () => [],
    },
    aqi: {
      heading: '空气质量指数（AQI）',
      body: () => [
        '先用下面的分段线性公式，把每种污染物的浓度换算成空气质量分指数（IAQI），再取各分指数的最大值作为 AQI。',
        '分指数一律向上取整为整数（HJ 633—2026 第 4.2.6 条明确规定；2012 版文本未明说，但全国实时发布数据只与向上取整一致）。查表前，浓度先修约到发布精度（µg/m³ 取整数，CO 的 mg/m³ 保留一位小数），计算采用精确算术，所以恰好落在分段点上的浓度得到该分段点的分指数（例如 PM2.5 75 µg/m³ 在 2012 版下得 100，而不是 101）。浓度高于表中最高一档时，分指数记为 500。',
        'AQI 大于 50 时，分指数等于 AQI 的污染物为首要污染物；几种污染物并列时都列为首要污染物。AQI 不大于 50 时没有首要污染物。分指数大于 100 的污染物为超标污染物。',
        '缺少某些污染物时：若已有污染物的 AQI 已大于 100，照常给出 AQI（标注为缺项）；否则当天或当小时的 AQI 记为无法评价。这一规则据第三方对 HJ 633—2026 第 5.3.1 条的转述，全国 2012 年版时期的发布数据也符合这一做法。',
        '2026 版只改动了 PM2.5 和 PM10 在分指数 100 处的浓度限值（下表中以 † 标出），其余分段点不变，类别、颜色和健康提示也相同。',
      ],
      examples: (d) => {
        const a = d.examples.pm25At60.byRegime;
        const b = d.examples.pm25At75.byRegime;
        const cat = (lvl: number) => d.categories.find((c) => c.level === lvl)?.zh ?? '';
        return [
          `PM2.5 24 小时平均浓度 ${d.examples.pm25At60.concentration} µg/m³。2012 版：落在 ${a['2012'].lo}–${a['2012'].hi} µg/m³ 一段（分指数 ${a['2012'].iaqiLo}–${a['2012'].iaqiHi}），${a['2012'].iaqiLo} + (${d.examples.pm25At60.concentration} − ${a['2012'].lo}) × ${a['2012'].iaqiHi - a['2012'].iaqiLo} / ${a['2012'].hi - a['2012'].lo} = ${fmt(a['2012'].raw, 3)}，向上取整为 ${a['2012'].iaqi}（${cat(a['2012'].level)}）。2026 版：落在 ${a['2026'].lo}–${a['2026'].hi} µg/m³ 一段，得 ${fmt(a['2026'].raw, 3)}，即 ${a['2026'].iaqi}（${cat(a['2026'].level)}）。`,
          `PM2.5 ${d.examples.pm25At75.concentration} µg/m³：2012 版恰在分段点上，得 ${b['2012'].iaqi}（${cat(b['2012'].level)}）；2026 版落在 ${b['2026'].lo}–${b['2026'].hi} µg/m³ 一段，得 ${fmt(b['2026'].raw, 3)}，向上取整为 ${b['2026'].iaqi}（${cat(b['2026'].level)}）。同样的空气，换规则后类别不同。`,
        ];
      },
    },
    'hourly-aqi': {
      heading: '小时（实时）AQI',
      body: () => [
        '每小时的 AQI 按全国空气质量实时发布的做法计算：PM2.5、PM10 的 1 小时浓度按 24 小时平均浓度限值一栏查表；SO2、NO2、CO、O3 的 1 小时浓度按 1 小时平均浓度限值一栏查表。O3 的 8 小时滑动平均值照常计算并发布，但不参与实时 AQI。',
        '本站用真实的全国实时发布数据（2022-01-01 00:00 的全部站点）检验了这一规则：在 1,657 个发布了 AQI 的站点小时中，算出的 AQI 和首要污染物全部与发布值一致；若把 O3 8 小时分指数也算进去，则有 111 个不一致。',
        'SO2 1 小时浓度高于 800 µg/m³ 时：2012 版改用 SO2 24 小时滑动平均浓度（最近 24 小时中至少 20 个有效小时）计算分指数；2026 版直接取 200（暂定）。',
      ],
      examples: (d) => [
        `一个小时的 1 小时浓度：PM2.5 ${d.examples.hourly.input.pm2_5}、PM10 ${d.examples.hourly.input.pm10}、SO2 ${d.examples.hourly.input.so2}、NO2 ${d.examples.hourly.input.no2}、O3 ${d.examples.hourly.input.o3} µg/m³，CO ${d.examples.hourly.input.co} mg/m³（全国实时发布数据，站点 1001A，2022-01-01 00:00）。按 2012 版：${aqiLine('zh', d.examples.hourly.result)}。该站该小时发布的 AQI 也是 ${d.examples.hourly.result.aqi ?? '—'}。`,
      ],
    },
    day: {
      heading: '小时标记与“一天”的范围',
      body: () => [
        '按 HJ 663 附录 A 表 A.1 的定义，标记为整点 T 的 1 小时平均值，是 T 之前那一小时（T−1 时至 T 时）的平均值。本站所有时间都是北京时间，写作带 +08:00 的时间戳，不依赖计算机所在的时区。',
        '因此自然日 D 由标记为 D 日 01:00、02:00 … 23:00 和 D+1 日 00:00（即“24:00”）的 24 个小时值组成。一些数据文件把标记为 00:00 的那一行放在 D 日的文件里；按标准，它属于前一天。',
        '每个小时值采用它所属自然日的规则。',
      ],
      examples: (d) =>
        d.examples.hourLabels.map(
          (h) =>
            `标记为 ${h.label} 的小时值属于 ${h.day}，是当天第 ${h.hour} 个小时，按${zh.regimeName[h.regime]}计算。`,
        ),
    },
    daily: {
      heading: '日均值与日 AQI',
      body: (d) => [
        `SO2、NO2、PM10、PM2.5、CO 的 24 小时平均值，是自然日内有效小时值的算术平均，至少需要 ${d.validity.minHours24h} 个有效小时值（GB 3095-2012 表 4）；不足则当天该项无效。缺失的小时不补值，平均值只用实际有的小时。平均值修约到发布精度。`,
        '日 AQI 用当天的 SO2、NO2、PM10、PM2.5、CO 24 小时平均值（按 24 小时平均浓度限值查表）和 O3 日最大 8 小时平均值（按 8 小时一栏查表）；2012 版还计入 O3 日最大 1 小时平均值（见下一节）。',
        '一天能算出 AQI，这一天才是“有效天”，计入优良天数比率等比例的分母。',
      ],
      examples: (d) => {
        const m = d.examples.dailyMean;
        const t = d.examples.dailyAqi;
        const i = t.input;
        return [
          `某天 24 个 PM2.5 小时值（${m.hours.join('、')}）的平均值修约后为 ${m.full ?? '—'} µg/m³。若只有前 20 个小时值，日均值为 ${m.first20 ?? '—'} µg/m³，仍然有效；若只有前 ${m.first19Count} 个，则${m.first19Valid ? '仍有效' : '当天 PM2.5 日均值无效'}。`,
          `某天日均值 PM2.5 ${i.pm2_5}、PM10 ${i.pm10}、SO2 ${i.so2}、NO2 ${i.no2}、O3 日最大 8 小时 ${i.o3_8h_max} µg/m³，CO ${i.co.toFixed(1)} mg/m³。${zh.regimeName['2012']}：${aqiLine('zh', t.byRegime['2012'])}。${zh.regimeName['2026']}：${aqiLine('zh', t.byRegime['2026'])}。`,
        ];
      },
    },
    o3: {
      heading: '臭氧（O3）',
      body: (d) => [
        `8 小时滑动平均：标记为 X 时的 8 小时平均值，是标记为 X−7 至 X 时的 8 个 1 小时值的平均，至少需要 ${d.validity.minHours8h} 个有效值（GB 3095-2012 表 4；HJ 663 表 A.1）。`,
        `日最大 8 小时平均：取当天标记为 08:00 至 24:00 的 ${d.validity.windowsPerDay8h} 个 8 小时平均值中的最大值，至少需要 ${d.validity.minWindows8h} 个有效的 8 小时平均值；不足 ${d.validity.minWindows8h} 个时，如果最大值超过 ${d.validity.o3Exception} µg/m³（超标），结果仍然有效（HJ 663-2013 第 6.1.2 条）。`,
        `日最大 1 小时平均：2012 版的日报包含它，而 HJ 633-2012 表 1 只把 SO2、NO2、CO 的 1 小时限值限定于实时报，所以本站在 2012 版下取 O3 8 小时分指数和 1 小时分指数中的较大者作为 O3 的日分指数，并标出由 1 小时值决定当天 AQI 的日子。2026 版只用 8 小时值（暂定）。标准没有规定日最大 1 小时值所需的小时数，本站要求与日均值相同的 ${d.validity.minHours24h} 个小时。`,
        'O3 8 小时平均浓度高于 800 µg/m³ 时：2012 版改用 1 小时分指数（HJ 633-2012 表 1 注 3）；2026 版取 300（暂定）。',
      ],
      examples: (d) => {
        const o = d.examples.o3;
        return [
          `某天 O3 的 24 个小时值为 ${o.hours.join('、')} µg/m³。${d.validity.windowsPerDay8h} 个 8 小时平均值都有效，最大值修约后为 ${o.max8h ?? '—'} µg/m³，2012 版分指数 ${o.iaqi}。若缺少第 ${o.gapHours.join('、')} 个小时，只剩 ${o.gapWindows} 个有效的 8 小时平均值，且最大值不超过 ${d.validity.o3Exception} µg/m³，当天 O3 日最大 8 小时平均值${o.gapValid ? '仍有效' : '无效'}。`,
        ];
      },
    },
    county: {
      heading: '全县数值',
      body: (d) => [
        '全县每小时的浓度，是参与评价的各站点该小时有效 1 小时值的算术平均，逐种污染物分别计算，再修约到发布精度。对照点不参与评价。',
        `某小时某种污染物至少有 ${d.validity.minCountyStations} 个站点有有效值，就给出全县数值，并同时记录是几个站点的平均，便于看出覆盖较薄的时段。一个县通常只有少数几个省控、县控站点，要求更多站点会让某个站点停机的日子整天作废。`,
        '全县的日均值、统计期数值按与单个站点相同的规则，从全县小时序列计算；全县 AQI 由全县浓度算出，而不是把各站点的 AQI 平均。',
        '这一做法依据 HJ 663 关于城市（区域）浓度取各评价点平均的规定；该条文本站尚未逐字核对原文。',
      ],
      examples: (d) => {
        const c = d.examples.county;
        return [
          `某小时示例站一（虚构）PM2.5 为 ${c.a} µg/m³，示例站二（虚构）为 ${c.b} µg/m³，对照点示例站三（虚构）为 ${c.control} µg/m³。全县值 = (${c.a} + ${c.b}) / ${c.stations} = ${fmt((c.a + c.b) / c.stations, 2)}，按“五成双”修约为 ${c.mean ?? '—'} µg/m³；对照点不计入。`,
        ];
      },
    },
    periods: {
      heading: '月、年和年初至今',
      body: (d) => [
        `月统计至少需要 ${d.validity.monthMinimum} 个有效日（2 月至少 ${d.validity.februaryMinimum} 个）。年统计需要同时满足两个条件：全年至少 ${d.validity.annualMinimum} 个有效日，并且每个月都达到上述月要求（GB 3095-2012 表 4）。每项统计分别判断，例如某年 PM2.5 数据够而 O3 不够，则只有 O3 的年统计无效。`,
        '“年初至今”统计：标准没有相应规定。本站要求截至当日的每一个完整月份都满足月要求，当前尚未结束的月份暂不判断。年初至今的数值不作达标与否的结论。',
        '数据不足时不给出数值，页面显示“有效数据不足”，但照样列出有效天数，让读者看到缺了多少。',
      ],
      examples: (d) => {
        const p = d.examples.periods;
        return [
          `2 月有 24 个有效日：月统计${p.february24Valid ? '有效' : '无效'}（需要 ${d.validity.februaryMinimum} 个）。30 天的 4 月有 27 个有效日：${p.april27Valid ? '有效' : '无效'}。`,
          `某年有 ${p.yearCount} 个有效日（多于 ${d.validity.annualMinimum}），但 ${p.yearShortMonths.join('、')} 只有 ${p.shortMonthCount} 个：年统计${p.yearValid ? '有效' : '无效'}，因为两个条件必须同时满足。`,
        ];
      },
    },
    percentiles: {
      heading: '百分位数',
      body: () => [
        '年度评价中，CO 用 24 小时平均的第 95 百分位数，O3 用日最大 8 小时平均的第 90 百分位数；SO2、NO2 另有 24 小时平均的第 98 百分位数，PM10、PM2.5 另有第 95 百分位数（HJ 663 表 1）。',
        '把统计期内的有效日均值从小到大排列，按下式计算（HJ 663-2013 附录 A；与常见的“线性插值”百分位数相同）。结果修约到发布精度。',
      ],
      examples: (d) => {
        const { co, o3 } = d.examples.percentiles;
        return [
          `${co.values.length} 个 CO 日均值（${co.values.map((v) => v.toFixed(1)).join('、')} mg/m³）的第 ${co.p} 百分位数：k = 1 + (${co.values.length} − 1) × ${co.p} / 100 = ${fmt(co.k, 2)}，结果 ${fmt(co.raw, 4)}，修约为 ${co.reported.toFixed(1)} mg/m³。`,
          `${o3.values.length} 个 O3 日最大 8 小时值（${o3.values.join('、')} µg/m³）的第 ${o3.p} 百分位数：k = 1 + (${o3.values.length} − 1) × ${o3.p} / 100 = ${fmt(o3.k, 2)}，结果 ${fmt(o3.raw, 4)}，按“五成双”修约为 ${fmt(o3.reported, 0)} µg/m³。`,
        ];
      },
    },
    ratios: {
      heading: '优良天数比率和重度及以上污染天数比率',
      body: () => [
        '有效天是能算出日 AQI 的日子。比率保留一位小数，按“五成双”修约。统计期的有效天数不满足上节的要求时，不给出比率。',
        'AQI ≤ 100 为优良，AQI > 200 为重度及以上污染（重度污染和严重污染）。',
      ],
      examples: (d) => {
        const { good, heavy } = d.examples.ratios;
        return [
          `一年 ${good.denominator} 个有效天中有 ${good.numerator} 天优良：${good.numerator} / ${good.denominator} = ${fmt(good.percent, 1)}%，目标 ${good.target}%，${zh.verdict[good.verdict]}。`,
          `同一年有 ${heavy.numerator} 天重度及以上污染：${heavy.numerator} / ${heavy.denominator} = ${fmt(heavy.percent, 1)}%，目标 ${heavy.target}% 以内，${zh.verdict[heavy.verdict]}。`,
        ];
      },
    },
    dust: {
      heading: '沙尘扣除',
      body: () => [
        '依据环办监测〔2016〕120号，考核和城市排名可以扣除受沙尘天气影响的数据。生态环境部也同时公布扣除前后两个数字。本站的每个统计结果都分“未扣除”和“扣除沙尘”两种口径，并排显示。',
        '沙尘日名单是输入数据，来自中国环境监测总站或省级主管部门的公布，本站不自行推断。没有名单时两种口径相同，页面会说明没有可用的名单。',
        '扣除沙尘口径：沙尘日的 PM10、PM2.5 日均值不进入平均值、百分位数和综合指数，其他污染物照常计入；日 AQI 大于 100 的沙尘日（沙尘异常超标天）从比率的分子和分母中同时去掉，AQI 不大于 100 的沙尘日保留。沙尘日本身的 AQI 和首要污染物不变。',
        '数据是否足够，按实际有的数据判断：扣除是评价上的选择，不是缺测，不会让一个完整的月份变成无效。',
        '这些具体操作细节是本站对该规定的解读，尚未见到官方的逐条说明，属于暂定做法。',
      ],
      examples: (d) => {
        const { good, goodDust, dustDays } = d.examples.ratios;
        return [
          `上节的年份中有 ${dustDays} 个沙尘异常超标天。扣除后优良天数比率 = ${goodDust.numerator} / ${goodDust.denominator} = ${fmt(goodDust.percent, 1)}%，${zh.verdict[goodDust.verdict]} ${goodDust.target}% 的目标；未扣除时为 ${fmt(good.percent, 1)}%。两个数字都显示。`,
        ];
      },
    },
    'composite-index': {
      heading: '环境空气质量综合指数',
      body: () => [
        '综合指数是六项污染物单项指数之和，定义见《城市环境空气质量排名技术规定》。月、季、年和年初至今都用同一公式，只是统计期不同；限值不随统计期改变。',
        '单项指数用修约后的统计值计算，综合指数内部保留全部精度，显示和比较时保留两位小数。排名时指数小者在前，指数相同则名次并列。',
        '2026 版：本站暂按 GB 3095—2026 过渡阶段限值、不加权计算（暂定）。有一个第三方程序对部分污染物加权，但没有找到第二个来源，本站未采用。',
        '河南省对县（市、区）的月度排名同时考虑空气质量和同比改善程度，两者的权重未公开；所以本站只计算综合指数，不猜测全省排名的算法。',
      ],
      examples: (d) => {
        const c = d.examples.composite.byRegime;
        return [
          `某年 SO2 ${d.examples.composite.input.so2}、NO2 ${d.examples.composite.input.no2}、PM10 ${d.examples.composite.input.pm10}、PM2.5 ${d.examples.composite.input.pm2_5} µg/m³，CO 第 95 百分位数 ${d.examples.composite.input.co_p95.toFixed(1)} mg/m³，O3 第 90 百分位数 ${d.examples.composite.input.o3_8h_p90} µg/m³：按 2012 版限值，综合指数 ${fmt(c['2012'].value, 4)}，显示为 ${fmt(c['2012'].rounded, 2)}；按 2026 版过渡阶段限值为 ${fmt(c['2026'].rounded, 2)}（暂定）。`,
        ];
      },
    },
    'grade-ii': {
      heading: '二级达标',
      body: () => [
        '每项年度统计值（修约后）不大于对应的二级浓度限值即为该项达标：四项年平均对年平均限值，CO 第 95 百分位数对 24 小时平均限值，O3 第 90 百分位数对 8 小时平均限值。',
        '公报通常按这六项判断城市是否达标，本站以此作为主结论；同时给出包括 SO2、NO2 第 98 百分位数和 PM10、PM2.5 第 95 百分位数（对 24 小时平均限值）在内的全部十项的结论。',
        '只对年和年初至今判断，不对单月判断。有一项未达标即为未达标，即使其他项无法判定；没有未达标项但有无法判定项时为无法判定。2026 版的判定标为暂定。',
      ],
      examples: (d) => {
        const g = d.examples.composite.gradeII;
        return [
          `上一节的年份按 2012 版：六项结论为“${OUTCOME.zh[g.headline]}”，未达标的项目：${list(
            'zh',
            g.failing.map((k) => zh.statistic[k as keyof PeriodConcentrations]),
          )}。`,
        ];
      },
    },
    targets: {
      heading: '县行动方案目标的判定',
      body: () => [
        '主判读按方案原文的措辞（“低于”“达到”“以内”），用官方发布的精度（PM2.5 年均值取整数，比率保留一位小数）来比较。另一种判读——PM2.5 按国家标准“≤ 35”、比率按未修约的精确值、二级达标按全部十项——也一并计算；两种判读结论不同时，页面两者都显示。',
        '年份未结束（年初至今）或统计值无效时，结论为“无法判定”。本站不做全年预测。',
        '有官方发布数字时，以发布数字作判定，本站算出的数字并列显示（见“发布值与计算值”）。',
      ],
      examples: (d) => {
        const t = d.examples.targets;
        return [
          `PM2.5 年均值 ${t.pm25.value} µg/m³：按方案“低于 35”${zh.verdict[t.pm25.plan]}，按国家二级标准“≤ 35”${zh.verdict[t.pm25.standard]}。两者都显示。`,
          `${t.good.denominator} 个有效天中 ${t.good.numerator} 天优良：发布精度为 ${fmt(t.good.percent, 1)}%，按方案${zh.verdict[t.good.verdict]} ${t.good.target}%；精确值 ${fmt((t.good.numerator / t.good.denominator) * 100, 2)}%，${zh.verdict[t.good.exactVerdict]}。两者都显示。`,
        ];
      },
    },
    rounding: {
      heading: '修约',
      body: (d) => [
        `浓度按 GB/T 8170“四舍六入五成双”修约到发布精度：SO2、NO2、PM10、PM2.5、O3 取整数（µg/m³），CO 保留 ${d.reportDecimals.co} 位小数（mg/m³）。修约针对精确的十进制值，平均值用整数之和除以个数的精确分数计算，避免浮点误差。`,
        '分指数和 AQI 一律向上取整；恰在分段点上的浓度不会因浮点误差多进 1。',
        '比率保留一位小数，综合指数保留两位小数，均用“五成双”。',
      ],
      examples: (d) => {
        const r = d.examples.rounding;
        return [
          `“五成双”：${r.halfEven.map((h) => `${fmt(h.value, 4)} → ${fmt(h.rounded, h.decimals)}`).join('；')}。`,
          `未修约的日均值 PM2.5 ${fmt(r.t5.concentration, 2)} µg/m³ 直接代入公式得 ${fmt(r.t5.unroundedRaw, 4)}，向上取整为 ${r.t5.unroundedIaqi}；本站先修约为 ${r.t5.rounded}，分指数为 ${r.t5.iaqi}（${d.categories.find((c) => c.level === r.t5.level)?.zh ?? ''}）。PM2.5 ${r.boundary.concentration} µg/m³ 在 2012 版下得 ${r.boundary.iaqi}。`,
        ];
      },
    },
    'published-vs-computed': {
      heading: '发布值与计算值',
      body: () => [
        '某个统计期有官方发布的数字（例如生态环境部门公布的优良天数比率）时，以官方数字为主显示，本站从站点数据算出的数字并列显示，并给出两者之差。没有官方数字时，显示本站计算值，并注明是计算值。',
        '两者不一致时，本站不“修正”任何一方，只如实列出差异及可能原因（如站点不同、小时划分不同、沙尘扣除口径不同）。',
      ],
      examples: (d) => {
        const r = d.examples.reconcile;
        return [
          `官方发布 ${fmt(r.published, 1)}%，本站计算 ${fmt(r.computed, 1)}%：主显示 ${r.headline === null ? '—' : fmt(r.headline, 1)}%，差值（计算值 − 发布值）${r.difference === null ? '—' : fmt(r.difference, 1)} 个百分点。`,
        ];
      },
    },
    'sample-data': {
      heading: '什么是“样例数据”',
      body: () => [
        '本县的站点监测数据目前没有找到公开来源。为了让网站的功能可以演示和检验，本站可以使用由程序生成的样例数据。样例数据不是真实观测值，不反映本县的实际空气质量，不能用来评价任何单位或个人。',
        '只要有一个数据集是样例数据，每个页面顶部都会显示“样例数据”提示，并列出是哪些数据集；由样例数据生成的下载文件也带有同样的标注。样例中的站点名称都是明显虚构的，例如“示例站一（虚构）”。',
        '正式部署时，把数据文件夹中的样例数据换成公开发布的数据，重新构建即可；届时提示会自动消失。',
      ],
      examples: () => [],
    },
    provisional: {
      heading: '暂定的规则',
      body: () => [
        '以下 2026 版规则目前只依据第三方对 HJ 633—2026、HJ 663—2026 和 GB 3095—2026 的转述或转录，尚未与官方原文逐字核对，所以在本站标为“暂定”。核对官方文本（链接见下）后，本站会更新或去掉这些标注。2025 年的结果只用 2012 版规则，不受影响。',
      ],
      examples: () => [],
    },
  },
};

const en: MethodologyText = {
  title: 'Methodology',
  description:
    'Every formula and rule the site uses: the standard and clause, the 2012 and 2026 rulebooks, the hour convention, sand-dust deduction, rounding, and what "sample data" means.',
  intro:
    'This page lists the formulas and rules behind every number on the site, and which standard and clause each comes from. The breakpoint tables, limits and data minima below are read directly from the site\'s computation code, and every worked example is computed by the same functions when the site is built, so this page cannot disagree with the numbers elsewhere on the site. Rules that rest only on third-party readings of the 2026 standards, not yet checked word for word against the official text, are marked "provisional".',
  tocHeading: 'Contents',
  exampleLabel: 'Worked example',
  provisionalMark: 'provisional',
  formulaLabel: 'Formula',
  regimeName: { '2012': '2012 rules', '2026': '2026 rules' },
  pollutant: POLLUTANT_NAMES,
  averaging: {
    annual: 'annual mean',
    '24h': '24-hour mean',
    '8h': '8-hour mean',
    '1h': '1-hour mean',
  },
  statistic: {
    so2: 'SO2 annual mean',
    no2: 'NO2 annual mean',
    pm10: 'PM10 annual mean',
    pm2_5: 'PM2.5 annual mean',
    co_p95: 'CO 24-hour mean, 95th percentile',
    o3_8h_p90: 'O3 daily maximum 8-hour mean, 90th percentile',
    so2_p98: 'SO2 24-hour mean, 98th percentile',
    no2_p98: 'NO2 24-hour mean, 98th percentile',
    pm10_p95: 'PM10 24-hour mean, 95th percentile',
    pm2_5_p95: 'PM2.5 24-hour mean, 95th percentile',
  },
  verdict: { met: 'met', not_met: 'not met', not_assessable: 'not assessable' },
  formulas: {
    iaqi: zh.formulas.iaqi,
    iaqiLegend:
      'C_P is the concentration of pollutant P; BP_Lo ≤ C_P ≤ BP_Hi are the two neighbouring breakpoints in the same column of the table below; IAQI_Lo and IAQI_Hi are their sub-index values. The AQI is the largest sub-index of all pollutants (HJ 633 formula (1), §4.2).',
    percentile: [
      'k = 1 + (n − 1) × p / 100',
      's = integer part of k',
      'm_p = X(s) + (X(s+1) − X(s)) × (k − s)',
    ],
    percentileLegend:
      'X(1) ≤ X(2) ≤ … ≤ X(n) are the n valid daily values sorted ascending; when k is an integer, m_p = X(k) (HJ 663-2013 Appendix A).',
    ratios: [
      'good-days ratio = days with AQI ≤ 100 / valid days × 100 %',
      'heavy-or-worse ratio = days with AQI > 200 / valid days × 100 %',
    ],
    composite: zh.formulas.composite,
    compositeLegend:
      'C_i is the period statistic of pollutant i (the mean concentration for SO2, NO2, PM10 and PM2.5; the 95th percentile of 24-hour means for CO; the 90th percentile of daily maximum 8-hour means for O3); S_i is the matching grade-II limit (table below). Larger means worse air.',
  },
  regimeTable: {
    caption: 'The standards of each rulebook',
    topic: 'Topic',
    period: 'Applies to',
    limits: 'Concentration limits',
    aqi: 'Air quality index',
    assessment: 'Assessment and statistics',
    periodOf: (d, r) =>
      r === '2012'
        ? `through ${d.last2012Day}`
        : `from ${d.regime2026From} (GB 3095—2026 transition phase, before ${d.finalPhaseFrom})`,
    docs: {
      limits: { '2012': 'GB 3095-2012 (with the 2018 amendment)', '2026': 'GB 3095—2026' },
      aqi: { '2012': 'HJ 633-2012 (on trial)', '2026': 'HJ 633—2026' },
      assessment: { '2012': 'HJ 663-2013 (on trial)', '2026': 'HJ 663—2026' },
    },
  },
  breakpoints: {
    caption: (r) =>
      r === '2012'
        ? 'HJ 633-2012 Table 1: sub-index values and pollutant concentration breakpoints'
        : 'HJ 633—2026 Table 1: sub-index values and pollutant concentration breakpoints',
    iaqiHeader: 'Sub-index IAQI',
    none: '—',
    changedMark: '†',
    changedLegend: '† Breakpoint that differs from the 2012 table.',
    realtimeMark: '¹',
    realtimeLegend:
      '¹ The 1-hour SO2, NO2 and CO columns are for the real-time report only; the daily report uses the 24-hour columns (HJ 633 Table 1 note).',
    notes: (r) =>
      r === '2012'
        ? [
            {
              text: '"—": above 800 µg/m³ of SO2 (1-hour), no 1-hour sub-index is computed; the SO2 sub-index comes from the 24-hour mean (Table 1 note 2).',
              provisional: false,
            },
            {
              text: '"—": above 800 µg/m³ of O3 (8-hour), no 8-hour sub-index is computed; the O3 sub-index comes from the 1-hour value (Table 1 note 3).',
              provisional: false,
            },
          ]
        : [
            {
              text: '"—": above 800 µg/m³ of SO2 (1-hour), the SO2 sub-index is 200 (second-hand reading).',
              provisional: true,
            },
            {
              text: '"—": above 800 µg/m³ of O3 (8-hour), the O3 sub-index is 300 (second-hand reading).',
              provisional: true,
            },
          ],
  },
  categories: {
    caption:
      'AQI categories, colours and health advice (HJ 633 Table 2 and Appendix A, the same in both editions)',
    range: 'AQI',
    level: 'Level',
    category: 'Category',
    colour: 'Colour',
    health: 'Health effects',
    advice: 'Advice',
    above: (min) => `${min} and above`,
  },
  limits: {
    caption: 'Grade-II concentration limits (GB 3095 Table 1)',
    pollutant: 'Pollutant',
    averaging: 'Averaging time',
    unit: 'Unit',
    legend:
      '2026 limits marked "provisional" are known only from a third-party transcription of the standard\'s tables and have not been checked against the official text; the new PM10 and PM2.5 limits are confirmed by the Ministry\'s own release.',
  },
  chart: {
    caption:
      'Sub-index of the same PM2.5 concentration under both rulebooks (computed point by point)',
    concentration: 'PM2.5 24-hour mean (µg/m³)',
    iaqi: (r) => `Sub-index (${r} rules)`,
  },
  targetsTable: {
    caption: "The county plan's 2025 targets and the two readings",
    target: "The plan's words",
    headline: 'Headline reading',
    second: 'Second reading',
  },
  compositeTable: {
    caption: 'Single-pollutant indices of the composite-index example',
    pollutant: 'Pollutant',
    statistic: 'Statistic C_i',
    limit: 'S_i',
    index: (r) => `I_i (${r} limits)`,
    sum: 'Composite index (two decimals)',
  },
  sampleDatasetsNow: (names) =>
    names.length > 0
      ? `Datasets that are sample data in this build: ${names.join(', ')}.`
      : 'This build uses no sample data: every dataset comes from published data.',
  provisionalLimitsHeading: 'Provisional 2026 concentration limits',
  provisionalRulesHeading: 'Provisional 2026 rules',
  sourcesHeading: 'Documents cited',
  sourcesIntro:
    'The standards and documents this page relies on. The official versions published on the Ministry of Ecology and Environment website prevail.',
  officialText: 'official text (PDF)',
  sources: [
    {
      id: 'gb3095-2012',
      number: 'GB 3095-2012',
      title: 'Ambient Air Quality Standards',
      note: 'With the 2018 amendment (effective 2018-09-01); applies through 2026-02-28.',
    },
    {
      id: 'gb3095-2026',
      number: 'GB 3095—2026',
      title: 'Ambient Air Quality Standards',
      note: 'Effective 2026-03-01; transition phase until 2030-12-31.',
    },
    {
      id: 'hj633-2012',
      number: 'HJ 633-2012',
      title: 'Technical Regulation on Ambient Air Quality Index (AQI) (on trial)',
      note: 'Applies through 2026-02-28.',
      url: URLS.hj633_2012,
    },
    {
      id: 'hj633-2026',
      number: 'HJ 633—2026',
      title: 'Technical Regulation on Ambient Air Quality Index (AQI)',
      note: 'Effective 2026-03-01.',
      url: URLS.hj633_2026,
    },
    {
      id: 'hj663-2013',
      number: 'HJ 663-2013',
      title: 'Technical Regulation for Ambient Air Quality Assessment (on trial)',
      note: 'Applies through 2026-02-28.',
      url: URLS.hj663_2013,
    },
    {
      id: 'hj663-2026',
      number: 'HJ 663—2026',
      title: 'Technical Regulation for Ambient Air Quality Assessment',
      note: 'Effective 2026-03-01.',
      url: URLS.hj663_2026,
    },
    {
      id: 'dust',
      number: '环办监测〔2016〕120号',
      title: 'Supplementary rules on assessing urban air quality affected by sand and dust weather',
      note: 'Effective 2017-01-01; sand-dust deduction in target assessments and city rankings.',
    },
    {
      id: 'ranking',
      number: '环办监测〔2018〕19号',
      title: mixed`Technical rules for ranking urban ambient air quality (${cn('城市环境空气质量排名技术规定')})`,
      note: 'Defines the composite index; document number not checked against the original.',
    },
    {
      id: 'gbt8170',
      number: 'GB/T 8170-2008',
      title:
        'Rules of rounding off for numerical values and expression and judgement of limiting values',
      note: 'Round half to even.',
    },
  ],
  sections: {
    regimes: {
      heading: 'Two rulebooks: 2012 and 2026',
      body: (d) => [
        `The national ambient air quality standard GB 3095, the AQI regulation HJ 633 and the assessment regulation HJ 663 were all replaced on ${d.regime2026From}. The site rates each day under the rules in force that day: the 2012 rules through ${d.last2012Day}, the 2026 rules from ${d.regime2026From}. Every statistic states the rules it used.`,
        "The county plan's target year is 2025, which falls entirely under the 2012 rules, so 2025 results are computed and judged under the 2012 rules only.",
        `When a period straddles ${d.regime2026From} (for example all of 2026), the site never mixes the rulebooks inside one number: each day is still rated under its own day's rules, the period is labelled "mixed", and the composite index and grade-II verdict are shown under both sets of limits side by side.`,
        `GB 3095—2026 enters its second, stricter phase on ${d.finalPhaseFrom}. The site does not implement that phase yet; data reaching that date stop the build with an error instead of silently using the transition-phase limits.`,
        'The 2018 amendment of GB 3095-2012 expresses gaseous pollutants (SO2, NO2, CO, O3) at the reference state 298.15 K / 1013.25 hPa and particles at actual conditions, so gas concentrations before and after September 2018 are not strictly comparable.',
      ],
      examples: () => [],
    },
    aqi: {
      heading: 'Air quality index (AQI)',
      body: () => [
        "Each pollutant's concentration is turned into an individual air quality index (IAQI, sub-index) with the piecewise-linear formula below; the AQI is the largest sub-index.",
        "Every sub-index is rounded up to an integer (stated explicitly in HJ 633—2026 §4.2.6; the 2012 text does not say, but national real-time data agree only with rounding up). Before the look-up the concentration is rounded to reporting precision (whole µg/m³; CO in mg/m³ to one decimal), and the arithmetic is exact, so a concentration exactly on a breakpoint gets that breakpoint's sub-index (PM2.5 75 µg/m³ gives 100 under the 2012 rules, not 101). Above the top breakpoint the sub-index is 500.",
        'When the AQI is above 50, every pollutant whose sub-index equals the AQI is a primary pollutant (ties: all of them). An AQI of 50 or less has no primary pollutant. A pollutant with a sub-index above 100 is an exceedance pollutant.',
        'With some pollutants missing: if the available ones already give an AQI above 100, the AQI is given (marked as incomplete); otherwise the day or hour has no AQI. This rule comes from a third-party reading of HJ 633—2026 §5.3.1, and national data published under the 2012 rules follow the same pattern.',
        'The 2026 edition changes only the PM2.5 and PM10 breakpoints at sub-index 100 (marked † below); all other breakpoints, the categories, colours and health advice are unchanged.',
      ],
      examples: (d) => {
        const a = d.examples.pm25At60.byRegime;
        const b = d.examples.pm25At75.byRegime;
        const cat = (lvl: number) => d.categories.find((c) => c.level === lvl)?.en ?? '';
        return [
          `PM2.5 24-hour mean ${d.examples.pm25At60.concentration} µg/m³. 2012 rules: it lies in the ${a['2012'].lo}–${a['2012'].hi} µg/m³ segment (sub-index ${a['2012'].iaqiLo}–${a['2012'].iaqiHi}); ${a['2012'].iaqiLo} + (${d.examples.pm25At60.concentration} − ${a['2012'].lo}) × ${a['2012'].iaqiHi - a['2012'].iaqiLo} / ${a['2012'].hi - a['2012'].lo} = ${fmt(a['2012'].raw, 3)}, rounded up to ${a['2012'].iaqi} (${cat(a['2012'].level)}). 2026 rules: it lies in the ${a['2026'].lo}–${a['2026'].hi} µg/m³ segment and gives ${fmt(a['2026'].raw, 3)}, i.e. ${a['2026'].iaqi} (${cat(a['2026'].level)}).`,
          `PM2.5 ${d.examples.pm25At75.concentration} µg/m³: exactly on a breakpoint under the 2012 rules, ${b['2012'].iaqi} (${cat(b['2012'].level)}); under the 2026 rules it lies in the ${b['2026'].lo}–${b['2026'].hi} µg/m³ segment and gives ${fmt(b['2026'].raw, 3)}, rounded up to ${b['2026'].iaqi} (${cat(b['2026'].level)}). The same air falls in a different category.`,
        ];
      },
    },
    'hourly-aqi': {
      heading: 'Hourly (real-time) AQI',
      body: () => [
        'The hourly AQI follows the national real-time publication: the 1-hour PM2.5 and PM10 values are looked up in the 24-hour columns; the 1-hour SO2, NO2, CO and O3 values in the 1-hour columns. The O3 8-hour moving mean is computed and published but does not enter the real-time AQI.',
        'The site checked this rule against real national real-time data (every station, 2022-01-01 00:00): on all 1,657 station-hours with a published AQI, the computed AQI and primary pollutants agree with the published ones; adding the O3 8-hour sub-index would break agreement on 111 of them.',
        'SO2 1-hour above 800 µg/m³: the 2012 rules use the SO2 24-hour moving mean (at least 20 valid hours in the last 24) instead; the 2026 rules set the sub-index to 200 (provisional).',
      ],
      examples: (d) => [
        `One hour's 1-hour values: PM2.5 ${d.examples.hourly.input.pm2_5}, PM10 ${d.examples.hourly.input.pm10}, SO2 ${d.examples.hourly.input.so2}, NO2 ${d.examples.hourly.input.no2}, O3 ${d.examples.hourly.input.o3} µg/m³, CO ${d.examples.hourly.input.co} mg/m³ (national real-time data, station 1001A, 2022-01-01 00:00). 2012 rules: ${aqiLine('en', d.examples.hourly.result)}. The AQI published for that station and hour is also ${d.examples.hourly.result.aqi ?? '—'}.`,
      ],
    },
    day: {
      heading: 'Hour labels and what "a day" is',
      body: () => [
        "HJ 663 Appendix A Table A.1 labels a 1-hour mean with the whole hour at which it ends: the value labelled T covers the hour from T−1 to T. All times on the site are Beijing time, written as timestamps with +08:00; the computer's own time zone is never used.",
        'A natural day D is therefore the 24 values labelled D 01:00, 02:00 … 23:00 and D+1 00:00 ("24:00"). Some data files put the row labelled 00:00 into day D\'s file; by the standard it belongs to the day before.',
        'Each hourly value is rated under the rules of the natural day it belongs to.',
      ],
      examples: (d) =>
        d.examples.hourLabels.map(
          (h) =>
            `The value labelled ${h.label} belongs to ${h.day}, as hour ${h.hour} of that day, and is rated under the ${en.regimeName[h.regime]}.`,
        ),
    },
    daily: {
      heading: 'Daily means and the daily AQI',
      body: (d) => [
        `The 24-hour mean of SO2, NO2, PM10, PM2.5 and CO is the arithmetic mean of the valid hourly values of the natural day and needs at least ${d.validity.minHours24h} of them (GB 3095-2012 Table 4); with fewer, that day's value is invalid. Missing hours are never filled: the mean uses the hours there are. The mean is rounded to reporting precision.`,
        "The daily AQI rates the day's 24-hour means of SO2, NO2, PM10, PM2.5 and CO (24-hour columns) and the O3 daily maximum 8-hour mean (8-hour column); under the 2012 rules the O3 daily maximum 1-hour value also enters (next section).",
        'A day with an AQI is a "valid day" and counts in the denominator of the ratios.',
      ],
      examples: (d) => {
        const m = d.examples.dailyMean;
        const t = d.examples.dailyAqi;
        const i = t.input;
        return [
          `One day's 24 hourly PM2.5 values (${m.hours.join(', ')}) average ${m.full ?? '—'} µg/m³ after rounding. With only the first 20 values the daily mean is ${m.first20 ?? '—'} µg/m³ and still valid; with only the first ${m.first19Count}, ${m.first19Valid ? 'still valid' : "the day's PM2.5 mean is invalid"}.`,
          `A day with daily PM2.5 ${i.pm2_5}, PM10 ${i.pm10}, SO2 ${i.so2}, NO2 ${i.no2}, O3 daily maximum 8-hour ${i.o3_8h_max} µg/m³ and CO ${i.co.toFixed(1)} mg/m³. ${en.regimeName['2012']}: ${aqiLine('en', t.byRegime['2012'])}. ${en.regimeName['2026']}: ${aqiLine('en', t.byRegime['2026'])}.`,
        ];
      },
    },
    o3: {
      heading: 'Ozone (O3)',
      body: (d) => [
        `8-hour moving mean: the value labelled X is the mean of the 8 one-hour values labelled X−7 to X and needs at least ${d.validity.minHours8h} of them (GB 3095-2012 Table 4; HJ 663 Table A.1).`,
        `Daily maximum 8-hour mean: the largest of the ${d.validity.windowsPerDay8h} 8-hour means labelled 08:00 to 24:00 of the day; it needs at least ${d.validity.minWindows8h} valid 8-hour means, but with fewer it is still valid when the maximum exceeds ${d.validity.o3Exception} µg/m³ (HJ 663-2013 §6.1.2).`,
        `Daily maximum 1-hour value: the 2012 daily report includes it, and HJ 633-2012 Table 1 restricts only the SO2, NO2 and CO 1-hour columns to the real-time report, so under the 2012 rules the site takes the larger of the O3 8-hour and 1-hour sub-indices as the O3 daily sub-index and flags the days on which the 1-hour value sets the day's AQI. The 2026 rules use the 8-hour value only (provisional). The standards set no count for the daily maximum 1-hour value; the site requires the same ${d.validity.minHours24h} hours as a daily mean.`,
        'O3 8-hour above 800 µg/m³: the 2012 rules use the 1-hour sub-index instead (HJ 633-2012 Table 1 note 3); the 2026 rules set 300 (provisional).',
      ],
      examples: (d) => {
        const o = d.examples.o3;
        return [
          `One day's 24 hourly O3 values are ${o.hours.join(', ')} µg/m³. All ${d.validity.windowsPerDay8h} 8-hour means are valid; the largest, rounded, is ${o.max8h ?? '—'} µg/m³, sub-index ${o.iaqi} under the 2012 rules. Without hours ${o.gapHours.join(', ')}, only ${o.gapWindows} valid 8-hour means remain and their maximum does not exceed ${d.validity.o3Exception} µg/m³, so the day's O3 daily maximum 8-hour mean is ${o.gapValid ? 'still valid' : 'invalid'}.`,
        ];
      },
    },
    county: {
      heading: 'County values',
      body: (d) => [
        mixed`The county's hourly concentration of each pollutant is the arithmetic mean of the valid 1-hour values of the evaluated stations, rounded to reporting precision. Control stations (${cn('对照点')}) are not evaluated.`,
        `A county value is given when at least ${d.validity.minCountyStations} station has a valid value for that hour and pollutant; the number of stations behind each value is kept so that thinly covered hours stay visible. A county usually has only a few provincial and county stations; a higher minimum would void whole days whenever one station is down.`,
        "The county's daily and period values are computed from the county hourly series by the same rules as a station's; the county AQI comes from the county concentrations, never from averaging station AQIs.",
        "This follows the HJ 663 rule that an area's concentration is the mean of its evaluation stations; the site has not yet re-read that clause in the official text.",
      ],
      examples: (d) => {
        const c = d.examples.county;
        return [
          mixed`In one hour ${cn('示例站一（虚构）')} (Example Station 1, fictitious) reads PM2.5 ${c.a} µg/m³, ${cn('示例站二（虚构）')} (Example Station 2, fictitious) ${c.b} µg/m³, and the control station ${cn('示例站三（虚构）')} (Example Station 3, fictitious) ${c.control} µg/m³. County value = (${c.a} + ${c.b}) / ${c.stations} = ${fmt((c.a + c.b) / c.stations, 2)}, rounded half to even to ${c.mean ?? '—'} µg/m³; the control station does not count.`,
        ];
      },
    },
    periods: {
      heading: 'Months, years and year-to-date',
      body: (d) => [
        `A monthly statistic needs at least ${d.validity.monthMinimum} valid days (${d.validity.februaryMinimum} in February). An annual statistic needs both: at least ${d.validity.annualMinimum} valid days in the year, and every month meeting the monthly minimum (GB 3095-2012 Table 4). Each statistic is judged on its own: a year with enough PM2.5 days but too few O3 days has only its O3 statistics invalid.`,
        'Year-to-date: the standard has no such rule. The site requires every whole month up to the as-of day to meet the monthly minimum; the running month is not judged yet. Year-to-date figures never give a verdict on a target.',
        'Without enough data no value is shown; the page says "not enough valid data" and still prints the number of valid days, so readers see how much is missing.',
      ],
      examples: (d) => {
        const p = d.examples.periods;
        return [
          `February with 24 valid days: the monthly statistic is ${p.february24Valid ? 'valid' : 'invalid'} (${d.validity.februaryMinimum} needed). A 30-day April with 27 valid days: ${p.april27Valid ? 'valid' : 'invalid'}.`,
          `A year with ${p.yearCount} valid days (more than ${d.validity.annualMinimum}) but only ${p.shortMonthCount} in ${p.yearShortMonths.join(', ')}: the annual statistic is ${p.yearValid ? 'valid' : 'invalid'}, because both conditions must hold.`,
        ];
      },
    },
    percentiles: {
      heading: 'Percentiles',
      body: () => [
        'The annual assessment uses the 95th percentile of 24-hour means for CO and the 90th percentile of daily maximum 8-hour means for O3; SO2 and NO2 also have a 98th and PM10 and PM2.5 a 95th percentile of 24-hour means (HJ 663 Table 1).',
        'The valid daily values of the period are sorted ascending and the percentile is computed as below (HJ 663-2013 Appendix A; the same as the usual "linear interpolation" percentile). The result is rounded to reporting precision.',
      ],
      examples: (d) => {
        const { co, o3 } = d.examples.percentiles;
        return [
          `95th percentile of ${co.values.length} CO daily means (${co.values.map((v) => v.toFixed(1)).join(', ')} mg/m³): k = 1 + (${co.values.length} − 1) × ${co.p} / 100 = ${fmt(co.k, 2)}, result ${fmt(co.raw, 4)}, rounded to ${co.reported.toFixed(1)} mg/m³.`,
          `90th percentile of ${o3.values.length} O3 daily maximum 8-hour values (${o3.values.join(', ')} µg/m³): k = 1 + (${o3.values.length} − 1) × ${o3.p} / 100 = ${fmt(o3.k, 2)}, result ${fmt(o3.raw, 4)}, rounded half to even to ${fmt(o3.reported, 0)} µg/m³.`,
        ];
      },
    },
    ratios: {
      heading: 'Good-days ratio and heavy-or-worse ratio',
      body: () => [
        'Valid days are days with a daily AQI. Ratios are printed to one decimal, rounded half to even. When the period does not have enough valid days (previous section), no ratio is given.',
        mixed`AQI ≤ 100 is "good or excellent" (${cn('优良')}); AQI > 200 is "heavily polluted or worse" (${cn('重度及以上')}: heavily and severely polluted).`,
      ],
      examples: (d) => {
        const { good, heavy } = d.examples.ratios;
        return [
          `A year with ${good.numerator} good days out of ${good.denominator} valid days: ${good.numerator} / ${good.denominator} = ${fmt(good.percent, 1)} %, target ${good.target} %: ${en.verdict[good.verdict]}.`,
          `The same year with ${heavy.numerator} heavy-or-worse days: ${heavy.numerator} / ${heavy.denominator} = ${fmt(heavy.percent, 1)} %, target within ${heavy.target} %: ${en.verdict[heavy.verdict]}.`,
        ];
      },
    },
    dust: {
      heading: 'Sand-dust deduction',
      body: () => [
        mixed`Under ${cn('环办监测〔2016〕120号')}, target assessments and city rankings may remove data affected by sand and dust weather, and the Ministry publishes figures both with and without the deduction. Every statistic on the site comes in two bases, "raw" and "sand-dust deducted", shown side by side.`,
        'The list of dust days is an input, published by the China National Environmental Monitoring Centre or the provincial authority; the site never infers it. Without a list both bases are equal and the page says that no list was available.',
        'Sand-dust deducted basis: on a dust day the PM10 and PM2.5 daily values leave the means, percentiles and composite index, while the other pollutants stay; a dust day with a daily AQI above 100 (a "sand-dust abnormal exceedance day") leaves both the numerator and the denominator of the ratios, and a dust day with AQI ≤ 100 stays. The AQI and primary pollutant of the dust day itself do not change.',
        'Whether there are enough data is judged on the data there are: deduction is an assessment choice, not missing data, and cannot turn a complete month into an invalid one.',
        "These operational details are the site's reading of the rule; no official step-by-step description was found, so they are provisional.",
      ],
      examples: (d) => {
        const { good, goodDust, dustDays } = d.examples.ratios;
        return [
          `The year of the previous section has ${dustDays} sand-dust abnormal exceedance days. Deducted, the good-days ratio is ${goodDust.numerator} / ${goodDust.denominator} = ${fmt(goodDust.percent, 1)} %: the ${goodDust.target} % target is ${en.verdict[goodDust.verdict]}; raw it is ${fmt(good.percent, 1)} %. Both figures are shown.`,
        ];
      },
    },
    'composite-index': {
      heading: 'Composite air quality index',
      body: () => [
        'The composite index is the sum of six single-pollutant indices, as defined in the technical rules for ranking urban air quality. The same formula serves months, quarters, years and year-to-date; only the period changes, never the limits.',
        'The single indices use the rounded statistics; the sum keeps full precision and is shown and compared to two decimals. In a ranking the lower index ranks higher; equal indices share a rank.',
        'Under the 2026 rules the site uses the GB 3095—2026 transition-phase limits without weights (provisional). One third-party program weights some pollutants, but no second source was found, so the site does not.',
        "Henan's monthly ranking of counties weighs air quality together with year-on-year improvement, and the weighting is not published; the site therefore computes the composite index and does not guess the province's ranking formula.",
      ],
      examples: (d) => {
        const c = d.examples.composite.byRegime;
        const i = d.examples.composite.input;
        return [
          `A year with SO2 ${i.so2}, NO2 ${i.no2}, PM10 ${i.pm10}, PM2.5 ${i.pm2_5} µg/m³, CO 95th percentile ${i.co_p95.toFixed(1)} mg/m³ and O3 90th percentile ${i.o3_8h_p90} µg/m³: with the 2012 limits the composite index is ${fmt(c['2012'].value, 4)}, shown as ${fmt(c['2012'].rounded, 2)}; with the 2026 transition limits it is ${fmt(c['2026'].rounded, 2)} (provisional).`,
        ];
      },
    },
    'grade-ii': {
      heading: 'Grade-II attainment',
      body: () => [
        'An item is attained when its annual statistic (rounded) is not above the matching grade-II limit: the four annual means against the annual limits, the CO 95th percentile against the 24-hour limit, the O3 90th percentile against the 8-hour limit.',
        "Official bulletins judge a city on these six items, and so does the site's headline; the site also gives the verdict on all ten items, adding the SO2 and NO2 98th and the PM10 and PM2.5 95th percentiles against the 24-hour limits.",
        'Verdicts are given for years and year-to-date, not for single months. One failed item means not attained, even if others cannot be assessed; with no failed item but some not assessable, the verdict is not assessable. Verdicts under the 2026 rules are provisional.',
      ],
      examples: (d) => {
        const g = d.examples.composite.gradeII;
        return [
          `The year of the previous section under the 2012 rules: the six-item verdict is "${OUTCOME.en[g.headline]}"; items not attained: ${list(
            'en',
            g.failing.map((k) => en.statistic[k as keyof PeriodConcentrations]),
          )}.`,
        ];
      },
    },
    targets: {
      heading: "Judging the county plan's targets",
      body: () => [
        'The headline reading applies the plan\'s own words ("below", "reaches", "within") to the figure at the precision officials publish (PM2.5 annual mean as an integer, ratios to one decimal). A second reading — PM2.5 against the national standard\'s "≤ 35", ratios on the exact unrounded value, grade II on all ten items — is always computed; when the two disagree the page shows both.',
        'While the year is running (year-to-date) or when the statistic is invalid, the verdict is "not assessable". The site makes no projection for the full year.',
        'Where an official published figure exists, the verdict uses it and the computed figure is shown beside it (see "Published versus computed").',
      ],
      examples: (d) => {
        const t = d.examples.targets;
        return [
          `PM2.5 annual mean ${t.pm25.value} µg/m³: the plan's "below 35" is ${en.verdict[t.pm25.plan]}; the national grade-II "≤ 35" is ${en.verdict[t.pm25.standard]}. Both are shown.`,
          `${t.good.numerator} good days out of ${t.good.denominator}: at published precision ${fmt(t.good.percent, 1)} %, so the plan's ${t.good.target} % is ${en.verdict[t.good.verdict]}; the exact value is ${fmt((t.good.numerator / t.good.denominator) * 100, 2)} %, ${en.verdict[t.good.exactVerdict]}. Both are shown.`,
        ];
      },
    },
    rounding: {
      heading: 'Rounding',
      body: (d) => [
        `Concentrations are rounded half to even (GB/T 8170) to reporting precision: whole µg/m³ for SO2, NO2, PM10, PM2.5 and O3, and ${d.reportDecimals.co} decimal for CO in mg/m³. Rounding works on the exact decimal value, and means are exact fractions (a sum of integers over a count), so no floating-point error creeps in.`,
        'Sub-indices and the AQI are always rounded up; a concentration exactly on a breakpoint never gains 1 through floating-point error.',
        'Ratios are printed to one decimal and the composite index to two, both rounded half to even.',
      ],
      examples: (d) => {
        const r = d.examples.rounding;
        return [
          `Half to even: ${r.halfEven.map((h) => `${fmt(h.value, 4)} → ${fmt(h.rounded, h.decimals)}`).join('; ')}.`,
          `An unrounded daily mean of PM2.5 ${fmt(r.t5.concentration, 2)} µg/m³ put straight into the formula gives ${fmt(r.t5.unroundedRaw, 4)}, rounded up to ${r.t5.unroundedIaqi}; the site first rounds it to ${r.t5.rounded}, giving ${r.t5.iaqi} (${d.categories.find((c) => c.level === r.t5.level)?.en ?? ''}). PM2.5 ${r.boundary.concentration} µg/m³ gives ${r.boundary.iaqi} under the 2012 rules.`,
        ];
      },
    },
    'published-vs-computed': {
      heading: 'Published versus computed',
      body: () => [
        'Where an official figure is published for a period (for example a good-days ratio announced by the environment authority), the official figure is the headline and the figure the site computes from station data stands beside it with the difference. Without an official figure the site shows its own, labelled as computed.',
        'When the two disagree, the site "corrects" neither; it lists the difference and its likely causes (different stations, a different hour convention, a different dust basis).',
      ],
      examples: (d) => {
        const r = d.examples.reconcile;
        return [
          `Published ${fmt(r.published, 1)} %, computed ${fmt(r.computed, 1)} %: the headline is ${r.headline === null ? '—' : fmt(r.headline, 1)} %, and the difference (computed − published) is ${r.difference === null ? '—' : fmt(r.difference, 1)} percentage points.`,
        ];
      },
    },
    'sample-data': {
      heading: 'What "sample data" means',
      body: () => [
        "No public source of station data for this county has been found yet. So that the site can be demonstrated and tested, it can run on sample data generated by a program. Sample data are not real observations, say nothing about the county's actual air, and must not be used to judge any organisation or person.",
        mixed`While any dataset is sample data, every page shows a "Sample data" notice at the top naming the datasets, and every download file made from sample data carries the same label. Station names in the samples are obviously fictitious, such as ${cn('示例站一（虚构）')} ("Example Station 1, fictitious").`,
        'A real deployment replaces the sample files in the data folder with published data and rebuilds; the notice then disappears by itself.',
      ],
      examples: () => [],
    },
    provisional: {
      heading: 'Provisional rules',
      body: () => [
        'The 2026 rules below rest only on third-party readings or transcriptions of HJ 633—2026, HJ 663—2026 and GB 3095—2026 and have not been checked word for word against the official texts, so the site marks them "provisional". Once the official texts (linked below) are checked, the site will update or remove these marks. Results for 2025 use only the 2012 rules and are not affected.',
      ],
      examples: () => [],
    },
  },
};

const TEXT: Readonly<Record<Lang, MethodologyText>> = { zh, en };

/** The methodology page's text in one language. */
export function methodologyText(lang: Lang): MethodologyText {
  return TEXT[lang];
}
