/** The methodology page in Chinese (the English half is text-en.ts; shapes and helpers in text-kit.ts). */
import type { PeriodConcentrations } from '../../indicators/period.ts';
import { POLLUTANT_SYMBOL as POLLUTANT_NAMES } from '../../i18n/labels.ts';
import { type MethodologyText, OUTCOME, URLS, aqiLine, fmt, list } from './text-kit.ts';

export const zh: MethodologyText = {
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
          `假设某县有参与评价的站点 A、B 和一个对照点 C（为演示算法而设，不是本站数据中的任何站点）。某小时站点 A 的 PM2.5 为 ${c.a} µg/m³，站点 B 为 ${c.b} µg/m³，对照点 C 为 ${c.control} µg/m³。全县值 = (${c.a} + ${c.b}) / ${c.stations} = ${fmt((c.a + c.b) / c.stations, 2)}，按“五成双”修约为 ${c.mean ?? '—'} µg/m³；对照点不计入。`,
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
        '只要有一个数据集是样例数据，每个页面顶部都会显示“样例数据”提示，并列出是哪些数据集；由样例数据生成的下载文件也带有同样的标注。样例中的站点名称都是明显虚构的，并以“（虚构）”结尾。',
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
