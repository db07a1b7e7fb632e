/**
 * The station pages' own UI texts (Chinese first, English second), kept here rather than in
 * src/i18n/strings.ts so parallel features do not collide in one table. Sentences that carry
 * numbers are functions of typed inputs, so each language states the same figures.
 */
import type { Pollutant } from '../../records/types.ts';
import type { StationKind } from './map.ts';
import type { YearSummary } from './views.ts';
import { POLLUTANT_SYMBOL as POLLUTANT_LABEL } from '../../i18n/labels.ts';
import { byKey, defineText, type Bilingual, type Lang } from '../../i18n/text.ts';

const TEXT = {
  title: { zh: '监测站点', en: 'Monitoring stations' },
  description: {
    zh: '各空气质量监测站点的位置、最新小时数据、过去 7 天的小时 AQI、月度统计和每日日历。',
    en: 'Where each air-quality monitoring station is, its latest hourly values, hourly AQI of the last 7 days, monthly statistics and daily calendar.',
  },
  mapHeading: { zh: '站点位置示意图', en: 'Station locations (sketch)' },
  mapIntro: {
    zh: '示意图只按经纬度画出各站点的相对位置，不含底图、行政区划界线或其他地理要素。点击站点可打开该站页面。',
    en: 'The sketch shows only where the stations lie relative to each other, from their longitude and latitude: no base map, no administrative boundaries, no other features. Select a station to open its page.',
  },
  mapTitle: { zh: '监测站点位置示意图', en: 'Sketch of the monitoring stations’ locations' },
  north: { zh: '北', en: 'N' },
  km: { zh: '公里', en: 'km' },
  legend: { zh: '图例', en: 'Key' },
  coordsHeading: { zh: '站点坐标', en: 'Station coordinates' },
  listHeading: { zh: '本县站点', en: 'The county’s stations' },
  colName: { zh: '站点', en: 'Station' },
  colCode: { zh: '编码', en: 'Code' },
  colKind: { zh: '类型', en: 'Kind' },
  colEvaluated: { zh: '参与县域评价', en: 'Counts for the county' },
  colActive: { zh: '运行时间', en: 'Active' },
  colLatest: { zh: '最新小时 AQI', en: 'Latest hourly AQI' },
  colLon: { zh: '经度', en: 'Longitude' },
  colLat: { zh: '纬度', en: 'Latitude' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  since: { zh: '起', en: 'since' },
  noData: { zh: '无数据', en: 'no data' },
  referenceHeading: { zh: '邻近国控站点', en: 'Neighbouring national stations' },
  referenceIntro: {
    zh: '以下是县外最近的国家空气质量监测站点（国控站），只作区域参照：它们不计入本县的任何数值、达标判断或排名。距离和方向按球面大圆从县城（约东经 114.02°、北纬 33.38°）算起。',
    en: 'The nearest national air-quality monitoring stations outside the county, listed for regional context only: they never count in the county’s figures, target verdicts or rankings. Distance and direction are great-circle figures from the county seat (about 114.02° E, 33.38° N).',
  },
  colCity: { zh: '城市', en: 'City' },
  regionalMapTitle: {
    zh: '邻近国控站点与本县站点位置示意图',
    en: 'Sketch of the neighbouring national stations and the county’s stations',
  },
  regionalMapIntro: {
    zh: '同样只按经纬度画出相对位置；每个城市只标一次城市名，本县站点只作位置参照（圆点等，未标注）。各站名称和坐标见右侧列表。',
    en: 'Again only relative positions from longitude and latitude; each city is named once, and the county’s stations are drawn for orientation only (unlabelled). Names and coordinates are in the list beside the map.',
  },
  colFromSeat: { zh: '距县城', en: 'From the county seat' },
  referenceNote: {
    zh: '这是县外的国控站点，只作区域参照，不计入本县的任何数值、达标判断或排名。',
    en: 'A national station outside the county, for regional context only: it never counts in the county’s figures, target verdicts or rankings.',
  },
  referenceNoData: {
    zh: '本次构建没有获取该站点的数据：站内随附的数据中没有它的任何数值（也从不为真实站点生成示例数值）。',
    en: 'No data has been fetched for this station in this build: the bundled data hold no values for it (and sample values are never made up under a real station’s name).',
  },
  referenceHowTo: {
    zh: '部署方如要显示它的实时数据：在 site.json 的 fetch.sources 中配置国家监测网的小时发布数据，在构建前运行 npm run fetch:data（见仓库 data/README.md 的“Fetching new files”一节）；取到的数据会出现在本页，但仍不计入本县。',
    en: 'For a deployment to show its readings: configure the national network’s hourly publication in site.json → fetch.sources and run npm run fetch:data before the build (repository file data/README.md, section “Fetching new files”); the readings then show on this page, still outside the county’s figures.',
  },
  openData: { zh: '另见开放数据页面', en: 'See also the open-data page' },
  meaningHeading: {
    zh: '“参与评价”和“对照点”是什么意思',
    en: 'What “counts for the county” and “control station” mean',
  },
  countyCalendarHeading: { zh: '全县每日空气质量', en: 'Daily air quality, county' },
  otherYears: { zh: '其他年份', en: 'Other years' },
  stationMeta: { zh: '站点信息', en: 'About the station' },
  source: { zh: '来源', en: 'Source' },
  latestHeading: { zh: '最新小时数据', en: 'Latest hourly values' },
  latestNone: { zh: '该站点没有任何小时数据。', en: 'This station has no hourly data.' },
  hour: { zh: '时间', en: 'Hour' },
  hourNote: {
    zh: '小时数据按整点结束时刻标记：例如 08:00 表示 07:00—08:00 的平均值。',
    en: 'Hours are labelled by the time they end: 08:00 is the mean of 07:00–08:00.',
  },
  pollutant: { zh: '污染物', en: 'Pollutant' },
  value: { zh: '浓度', en: 'Concentration' },
  unit: { zh: '单位', en: 'Unit' },
  aqi: { zh: '小时 AQI', en: 'Hourly AQI' },
  category: { zh: '类别', en: 'Category' },
  primary: { zh: '首要污染物', en: 'Primary pollutant' },
  primaryNone: {
    zh: '无（AQI 不大于 50 时不设首要污染物）',
    en: 'none (no primary pollutant when the AQI is 50 or less)',
  },
  rules: { zh: '标准', en: 'Rules' },
  last7Heading: { zh: '过去 7 天', en: 'The last 7 days' },
  monthsHeading: { zh: '月度统计', en: 'Monthly statistics' },
  monthsIntro: {
    zh: '每月按日均值统计（原始数据，未扣除沙尘）。有效天数不足的月份不给出统计值。CO 为日均值第 95 百分位，O3 为日最大 8 小时平均第 90 百分位。小时完整率为六项污染物中小时数最少的一项占该月应有小时数的比例。',
    en: 'Monthly statistics from daily values (raw, dust not deducted). A month without enough valid days gets no statistic. CO is the 95th percentile of daily means, O3 the 90th percentile of the daily maximum 8-hour mean. Hourly completeness is the pollutant with the fewest hours, as a share of the month’s expected hours.',
  },
  monthsNone: {
    zh: '该站点在运行期间还没有月度统计。',
    en: 'This station has no monthly statistics in its active period yet.',
  },
  colMonth: { zh: '月份', en: 'Month' },
  colGood: { zh: '优良天数比率', en: 'Good-days ratio' },
  colValidDays: { zh: '有效天数 / 最少需要', en: 'Valid days / minimum' },
  colComplete: { zh: '有效', en: 'Valid' },
  colHours: { zh: '小时完整率', en: 'Hourly completeness' },
  complete: { zh: '是', en: 'yes' },
  incomplete: { zh: '否', en: 'no' },
  yearsHeading: { zh: '每日日历（按年）', en: 'Daily calendar by year' },
  yearsNone: { zh: '暂无每日数据。', en: 'No daily data yet.' },
  backToStations: { zh: '← 全部站点', en: '← All stations' },
  backToStation: { zh: '← 站点页', en: '← Station page' },
  prevYear: { zh: '上一年', en: 'Previous year' },
  nextYear: { zh: '下一年', en: 'Next year' },
  summaryHeading: { zh: '本年概况', en: 'The year in brief' },
  countyTitle: { zh: '全县每日空气质量', en: 'Daily air quality in the county' },
  countyNote: {
    zh: '全县每日数值为参与评价站点（不含对照点）日均浓度的平均值，再据此计算 AQI。',
    en: 'The county’s daily values are the means of the daily concentrations of the evaluated stations (control stations excluded); the AQI is computed from those means.',
  },
  stationYearTitle: { zh: '{name} {year} 年', en: '{name}, {year}' },
  countyYearTitle: { zh: '{title}：{year} 年', en: '{title}, {year}' },
  statCoP95: { zh: 'CO 第95百分位 (mg/m³)', en: 'CO 95th pct (mg/m³)' },
  statO3P90: { zh: 'O3 日最大8小时第90百分位 (µg/m³)', en: 'O3 8-h 90th pct (µg/m³)' },
} as const satisfies Record<string, Bilingual>;

export type StationsTextKey = keyof typeof TEXT;

export const stationsText = defineText('stations', byKey(TEXT));

const KIND: Readonly<Record<StationKind, Bilingual>> = {
  national: { zh: '国控站', en: 'national station' },
  provincial: { zh: '省控站', en: 'provincial station' },
  county: { zh: '县控站', en: 'county station' },
  control: { zh: '对照点', en: 'control station' },
  reference: { zh: '邻近国控站', en: 'neighbouring national station' },
};

/** The regional sketch's one label for the county's stations. */
export function regionalLabel(lang: Lang, what: 'county'): string {
  return { county: { zh: '本县站点', en: 'County stations' } }[what][lang];
}

/** "北偏东 12°，约 20 公里" / "20 km NNE": a reference station seen from the county seat. */
export function fromSeatText(lang: Lang, km: number, zhDirection: string, compass: string): string {
  return lang === 'zh' ? `${zhDirection}，约 ${km} 公里` : `${km} km ${compass}`;
}

/** When site.json gives no county_seat, distances are not guessed. */
export function noSeatText(lang: Lang): string {
  return NO_SEAT[lang];
}
const NO_SEAT: Bilingual = {
  zh: '距离未知（site.json 未给出县城坐标 county_seat）',
  en: 'distance unknown (site.json gives no county_seat)',
};

export function kindLabel(lang: Lang, kind: StationKind): string {
  return KIND[kind][lang];
}

/** Pollutant names as printed (the same in both languages). */
export { POLLUTANT_SYMBOL as POLLUTANT_LABEL } from '../../i18n/labels.ts';

const REGIME: Readonly<Record<'2012' | '2026' | 'mixed', Bilingual>> = {
  '2012': {
    zh: '旧标准（GB 3095-2012、HJ 633-2012）',
    en: 'old rules (GB 3095-2012, HJ 633-2012)',
  },
  '2026': {
    zh: '新标准（GB 3095—2026、HJ 633—2026）',
    en: 'new rules (GB 3095—2026, HJ 633—2026)',
  },
  mixed: { zh: '跨新旧标准（每天按当日标准）', en: 'both rules (each day under its own)' },
};

export function regimeLabel(lang: Lang, regime: '2012' | '2026' | 'mixed'): string {
  return REGIME[regime][lang];
}

/** What "evaluated" and "control station" mean, naming the county. */
export function meaningText(lang: Lang, county: Bilingual): string[] {
  return lang === 'zh'
    ? [
        `“参与县域评价”的站点，其数据计入${county.zh}的县域空气质量：全县每日数值是这些站点日均浓度的平均值，再据此计算 AQI（从不把各站 AQI 直接平均）。`,
        '对照点（又称背景点）设在远离城区和主要污染源的地方，用来反映区域本底水平，不参与县域评价；本站仍公开其数据，但不计入全县统计。',
      ]
    : [
        `A station that counts for the county enters ${county.en}'s air quality: the county's daily values are the means of these stations' daily concentrations, and the AQI is computed from those means (station AQIs are never averaged).`,
        'A control (background) station sits away from the town and main sources to show the regional background; it does not count for the county. The site still publishes its data, outside the county figures.',
      ];
}

/**
 * The datum statement under the map. stations.csv does not state a datum; for sample data the
 * coordinates are invented; for real station lists the datum is not published either.
 */
export function datumNote(lang: Lang, sample: boolean, regional = false): string {
  // The regional sketch mixes real published coordinates with (possibly sample) county ones.
  if (regional) {
    const real = datumNote(lang, false);
    if (!sample) return real;
    return lang === 'zh'
      ? `${real}其中本县站点是虚构的示例；邻近国控站点的坐标是真实发布的。`
      : `${real} The county’s stations among them are fictitious samples; the neighbouring national stations’ coordinates are as published.`;
  }
  const common =
    lang === 'zh'
      ? '坐标为十进制经纬度，取自 stations.csv；该文件未注明大地基准（坐标系）。'
      : 'Coordinates are decimal degrees from stations.csv, which does not state a datum.';
  if (sample)
    return lang === 'zh'
      ? `${common}这些站点和坐标是虚构的示例，不对应任何真实地点。`
      : `${common} These stations and coordinates are fictitious samples and mark no real place.`;
  return lang === 'zh'
    ? `${common}原始发布（如中国环境监测总站站点列表）也未说明采用 WGS-84 还是 GCJ-02，两者在本地相差约 0.5 公里，因此图上位置可能偏差数百米。`
    : `${common} The original lists (e.g. CNEMC's station list) do not say whether they use WGS-84 or GCJ-02; the two differ by about 0.5 km here, so a position may be off by a few hundred metres.`;
}

/** Accessible name of a map marker: name, kind, coordinates. */
export function markerName(
  lang: Lang,
  name: string,
  kind: StationKind,
  lon: number,
  lat: number,
): string {
  const c = (v: number): string => v.toFixed(4);
  return lang === 'zh'
    ? `${name}，${kindLabel('zh', kind)}，经度 ${c(lon)}，纬度 ${c(lat)}`
    : `${name}, ${kindLabel('en', kind)}, longitude ${c(lon)}, latitude ${c(lat)}`;
}

/** The words shown instead of a statistic that fails validity, with its day counts. */
export function notEnoughValid(lang: Lang, validDays: number, requiredDays: number): string {
  return lang === 'zh'
    ? `有效数据不足（有效 ${validDays} 天，需 ${requiredDays} 天）`
    : `not enough valid data (${validDays} of ${requiredDays} days)`;
}

/** The short text summary of a station-year or county-year. */
export function yearSummaryText(lang: Lang, name: string, s: YearSummary): string[] {
  if (s.periodDays === 0)
    return [
      lang === 'zh' ? `${s.year} 年${name}没有运行日。` : `${name} was not active in ${s.year}.`,
    ];
  const span = lang === 'zh' ? `${s.from} 至 ${s.to}` : `${s.from} to ${s.to}`;
  return lang === 'zh'
    ? [
        `${s.year} 年（${span}，共 ${s.periodDays} 天）${name}有 ${s.validDays} 天可以评价：${s.goodDays} 天优良（AQI 不大于 100），${s.heavyDays} 天重度及以上污染（AQI 大于 200）。`,
        `${s.withoutData} 天有效数据不足，不计入以上天数。${s.dustDays > 0 ? `可评价的日子中有 ${s.dustDays} 天为沙尘日（此处未扣除）。` : ''}`,
      ]
    : [
        `In ${s.year} (${span}, ${s.periodDays} days) ${name} had ${s.validDays} days that could be evaluated: ${s.goodDays} good days (AQI 100 or less) and ${s.heavyDays} heavy-or-worse days (AQI above 200).`,
        `${s.withoutData} days had not enough valid data and are not counted above.${s.dustDays > 0 ? ` ${s.dustDays} of the evaluated days were dust days (not deducted here).` : ''}`,
      ];
}

/** "since <from>" or "<from> to <to>"; dates already formatted for the language. */
export function activePeriodText(lang: Lang, from: string, to: string | null): string {
  if (to === null) return lang === 'zh' ? `${from}起` : `since ${from}`;
  return lang === 'zh' ? `${from}至${to}` : `${from} to ${to}`;
}

/** The list of primary pollutants, or the words for none. */
export function primaryText(lang: Lang, primary: readonly Pollutant[]): string {
  return primary.length === 0
    ? TEXT.primaryNone[lang]
    : primary.map((p) => POLLUTANT_LABEL[p]).join(lang === 'zh' ? '、' : ', ');
}

const REGIME_SHORT: Readonly<Record<'2012' | '2026' | 'mixed', Bilingual>> = {
  '2012': { zh: '旧（2012）', en: 'old (2012)' },
  '2026': { zh: '新（2026）', en: 'new (2026)' },
  mixed: { zh: '跨新旧', en: 'both' },
};

/** Short rules label for table cells; the table's note spells the standards out. */
export function regimeShort(lang: Lang, regime: '2012' | '2026' | 'mixed'): string {
  return REGIME_SHORT[regime][lang];
}

/** The note under a table that uses `regimeShort`. */
export function regimeNote(lang: Lang): string {
  return lang === 'zh'
    ? `“标准”列：${REGIME_SHORT['2012'].zh}＝${REGIME['2012'].zh}；${REGIME_SHORT['2026'].zh}＝${REGIME['2026'].zh}，2026-03-01 起施行；${REGIME_SHORT.mixed.zh}＝${REGIME.mixed.zh}。`
    : `“Rules” column: ${REGIME_SHORT['2012'].en} = ${REGIME['2012'].en}; ${REGIME_SHORT['2026'].en} = ${REGIME['2026'].en}, in force from 2026-03-01; ${REGIME_SHORT.mixed.en} = ${REGIME.mixed.en}.`;
}

/** Hourly completeness cell: "640 / 744 (86.0 %, PM10)". */
export function hoursText(
  lang: Lang,
  h: { pollutant: Pollutant; hours: number; expected: number; percent: number | null },
  pct: string | null,
): string {
  const share = pct === null ? '' : lang === 'zh' ? `${pct}%，` : `${pct} %, `;
  return lang === 'zh'
    ? `${h.hours} / ${h.expected}（${share}${POLLUTANT_LABEL[h.pollutant]}）`
    : `${h.hours} / ${h.expected} (${share}${POLLUTANT_LABEL[h.pollutant]})`;
}
