/**
 * The data-quality pages' own bilingual texts (Chinese first), kept out of src/i18n/strings.ts so
 * parallel features do not collide in one table. Reason wording follows data/README.md
 * ("Rejection reasons") and the checks in src/records/ingest.ts.
 */
import type { RejectionReason } from '../../records/errors.ts';
import type { FormatId } from '../../records/observations/index.ts';
import { byKey, defineText, type Bilingual } from '../../i18n/text.ts';

/** A short name and a plain explanation per rejection reason. Typed as a full record: a reason added to errors.ts without text fails `tsc`. */
export const REASON_TEXT: Readonly<
  Record<RejectionReason, { readonly label: Bilingual; readonly explanation: Bilingual }>
> = {
  not_a_number: {
    label: { zh: '不是数字', en: 'Not a number' },
    explanation: {
      zh: '单元格不是普通的十进制数（例如“—”“N/A”或科学记数法“1e3”）。本站不会把它当作0，也不会猜测它的意思。',
      en: 'The cell is not a plain decimal number (for example “—”, “N/A” or “1e3”). It is never read as 0 and never guessed at.',
    },
  },
  negative: {
    label: { zh: '负值', en: 'Negative value' },
    explanation: {
      zh: '浓度不可能小于0。负值通常是“缺测”的代用符号，例如−99。',
      en: 'A concentration cannot be below 0. Negative values are usually stand-ins for “missing”, such as −99.',
    },
  },
  implausible: {
    label: { zh: '超出合理范围', en: 'Implausible value' },
    explanation: {
      zh: '数值高于该污染物小时值的合理上限（如PM10为9990 µg/m³，远高于沙尘暴中出现过的最高值），多为录入错误、单位混淆或9999之类的代用符号。',
      en: 'The value is above the plausible bound for a 1-hour value of its pollutant (PM10: 9,990 µg/m³, far above any dust storm on record) — usually a typing error, a unit mix-up or a stand-in such as 9999.',
    },
  },
  unknown_station: {
    label: { zh: '未知站点', en: 'Unknown station' },
    explanation: {
      zh: '县级数据文件中的站点编码不在站点表（stations.csv）里，最可能是编码打错了。',
      en: 'A county data file names a station code that is not in the station list (stations.csv); most likely a typing error in the code.',
    },
  },
  outside_active_period: {
    label: { zh: '站点运行期以外', en: 'Outside the station’s active period' },
    explanation: {
      zh: '这一小时所属的自然日在站点表记载的启用日期之前或停用日期之后。',
      en: 'The natural day of the hour falls before the station’s start date or after its end date in the station list.',
    },
  },
  hour_out_of_range: {
    label: { zh: '小时超出范围', en: 'Hour out of range' },
    explanation: {
      zh: '小时不在0至24之间（例如“25:00”）。',
      en: 'The hour is not between 0 and 24 (for example “25:00”).',
    },
  },
  bad_timestamp: {
    label: { zh: '时间无效', en: 'Invalid timestamp' },
    explanation: {
      zh: '日期不存在（例如13月）、时间不是整点，或应带时区的时间没有带时区。',
      en: 'The date does not exist (for example month 13), the time is not a whole hour, or a time that must carry an offset has none.',
    },
  },
  unknown_unit: {
    label: { zh: '单位不符', en: 'Unit does not fit' },
    explanation: {
      zh: 'OpenAQ数据的单位与污染物不相符（例如颗粒物用ppm），无法换算。',
      en: 'An OpenAQ unit that does not fit the pollutant (for example particulate matter in ppm), so it cannot be converted.',
    },
  },
  unknown_type: {
    label: { zh: '未知数据类型', en: 'Unknown value type' },
    explanation: {
      zh: '全国日数据宽表中“type”一栏不是规定的15种之一。',
      en: 'In the national daily wide archive, the “type” cell is not one of the 15 known types.',
    },
  },
  duplicate_column: {
    label: { zh: '重复列不一致', en: 'Duplicate columns disagree' },
    explanation: {
      zh: '全国日数据宽表中同一站点编码出现在两列，且两列数值不同：无法判断哪一个对，两者都不用。',
      en: 'In the national daily wide archive one station code heads two columns and their values differ: neither can be trusted, so both are set aside.',
    },
  },
  conflict: {
    label: { zh: '数值冲突', en: 'Conflicting values' },
    explanation: {
      zh: '同一站点、同一小时、同一污染物在同等地位的文件中给出两个不同数值：两个都不用，并全部列出。',
      en: 'The same station, hour and pollutant carry two different values in files of equal standing: both are set aside and both are listed.',
    },
  },
  superseded: {
    label: { zh: '被优先来源取代', en: 'Superseded by a preferred source' },
    explanation: {
      zh: '同一站点、同一小时、同一污染物，优先级更高的格式（小时实时数据或县级数据优先于OpenAQ，OpenAQ优先于全国日数据宽表）给出了不同数值，采用优先来源的数值。',
      en: 'A preferred format gave a different value for the same station, hour and pollutant (hourly snapshot or county file before OpenAQ, OpenAQ before the daily wide archive); the preferred value is used.',
    },
  },
  wrong_field_count: {
    label: { zh: '字段数不对', en: 'Wrong number of fields' },
    explanation: {
      zh: '这一行的字段比表头多或少，无法确定每个数值属于哪一列，整行不用。',
      en: 'The row has more or fewer fields than the header, so no value can be matched to its column; the whole row is set aside.',
    },
  },
  truncated_last_line: {
    label: { zh: '最后一行不完整', en: 'Truncated last line' },
    explanation: {
      zh: '文件最后一行字段不全且没有换行符，多半是下载或复制时被截断。',
      en: 'The file’s last line is short and has no line break — most likely cut off while downloading or copying.',
    },
  },
  too_long: {
    label: { zh: '数值过长', en: 'Value too long' },
    explanation: {
      zh: '数值单元格超过 1024 个字符，不可能是一个读数；此处只显示前 80 个字符及其总长度。',
      en: 'The value cell is longer than 1,024 characters, which no reading needs; only its first 80 characters and its length are shown.',
    },
  },
  later_than_window: {
    label: { zh: '晚于数据截止日', en: 'Later than the data window' },
    explanation: {
      zh: '这一小时所属的自然日晚于本次构建读取数据的截止日（site.json 的 data_until；未设置时为数据文件名中最晚日期的次日），多半是年份或日期写错。这样的数值不会改变本站的“数据截至”日期。',
      en: 'The natural day of the hour is after the last day this build reads (data_until in site.json; when unset, the day after the newest date in a data file’s name) — most likely a mistyped year or date. Such a value never moves the site’s “as of” date.',
    },
  },
};

export const FORMAT_TEXT: Readonly<Record<FormatId, Bilingual>> = {
  'cnemc-daily-wide': { zh: '全国日数据宽表', en: 'CNEMC daily wide archive' },
  'cnemc-hourly-snapshot': { zh: '全国小时实时数据', en: 'CNEMC hourly snapshot' },
  'openaq-archive': { zh: 'OpenAQ数据', en: 'OpenAQ archive' },
  'county-hourly': { zh: '县级小时数据', en: 'County hourly file' },
};

const TEXT = {
  title: { zh: '数据质量', en: 'Data quality' },
  description: {
    zh: '本站读入的每一个数值去了哪里：按文件核对的计数、按站点和月份的完整率、被剔除的数据及原因，以及公布AQI与本站重算AQI的对照。',
    en: 'Where every value the site read went: per-file counts that add up, completeness per station and month, the values set aside and why, and the published AQI checked against our own.',
  },
  yearTitle: { zh: '{year}年数据完整率', en: 'Data completeness in {year}' },
  yearDescription: {
    zh: '{year}年各站点每月每种污染物有数值的小时比例，以及有效小时数不少于20的天数。',
    en: 'For {year}: the share of hours with a value per station, month and pollutant, and the days with at least 20 hourly values.',
  },
  sampleNote: {
    zh: '本站目前使用的是示例数据（虚构）。下面列出的被剔除数据是示例数据生成程序（scripts/generate-sample.ts）故意写入的错误行，用来演示本站如何处理错误输入；它们不是任何真实监测站的问题。',
    en: 'This site currently runs on sample data (fictitious). The rejected rows listed below were written into the sample on purpose by its generator (scripts/generate-sample.ts) to show how the site handles bad input; they are not problems of any real monitoring station.',
  },
  accountingHeading: { zh: '每个数值的去向', en: 'Where every value went' },
  accountingIntro: {
    zh: '“单元格”指数据文件中的数值单元格（日期、站点编码等键列不计）。每个文件都必须满足：读入 = 使用 + 剔除 + 范围外 + 仅供参考 + 空白 + 重复（相同值）。构建时检查这一等式，不成立就停止构建。',
    en: 'A “cell” is one value cell of a data file (key columns such as date and station code are not counted). For every file: read = used + rejected + out of scope + reference only + empty + identical duplicates. The build checks this equation and stops if it does not hold.',
  },
  colFile: { zh: '文件', en: 'File' },
  colFormat: { zh: '格式', en: 'Format' },
  colRows: { zh: '数据行', en: 'Rows' },
  colRead: { zh: '读入', en: 'Read' },
  colUsed: { zh: '使用', en: 'Used' },
  colRejected: { zh: '剔除', en: 'Rejected' },
  colOutOfScope: { zh: '范围外', en: 'Out of scope' },
  colReference: { zh: '仅供参考', en: 'Reference only' },
  colEmpty: { zh: '空白', en: 'Empty' },
  colDuplicates: { zh: '重复（相同值）', en: 'Identical duplicates' },
  colCheck: { zh: '核对', en: 'Check' },
  total: { zh: '合计', en: 'Total' },
  balanced: { zh: '相符', en: 'adds up' },
  unbalanced: { zh: '不相符', en: 'does not add up' },
  termsHeading: { zh: '各项的含义', en: 'What the columns mean' },
  termUsed: {
    zh: '通过检查并进入计算的小时浓度值。',
    en: '1-hour concentrations that passed every check and enter the calculations.',
  },
  termRejected: {
    zh: '未通过检查的数值，原因见下文。',
    en: 'Values that failed a check; the reasons are listed below.',
  },
  termOutOfScope: {
    zh: '不属于本站站点表的站点，或本站不使用的参数（如气温）。',
    en: 'Stations not in the site’s station list, or parameters the site does not use (such as temperature).',
  },
  termReference: {
    zh: '发布者自己算出的数值（AQI、24小时滑动平均等），只用于对照，不当作监测值。',
    en: 'Values the publisher computed (AQI, 24-hour running means and so on): used only for cross-checks, never as measurements.',
  },
  termEmpty: {
    zh: '空白单元格，视为缺测，从不当作0。',
    en: 'Blank cells: counted as missing, never as 0.',
  },
  termDuplicates: {
    zh: '同一站点、同一小时、同一污染物在多个来源中给出相同数值，只用一次。',
    en: 'The same value for the same station, hour and pollutant from more than one source: used once.',
  },
  stationsHeading: { zh: '按站点', en: 'By station' },
  stationsIntro: {
    zh: '范围外的单元格不属于任何已知站点，所以按站点的表没有“读入”和“范围外”两栏；各站之和加上未归属到站点的部分等于上表合计。',
    en: 'Out-of-scope cells belong to no known station, so this table has no “read” or “out of scope” column; the station sums plus the part not attributed to a station equal the totals above.',
  },
  colStation: { zh: '站点', en: 'Station' },
  colPublishedRefs: { zh: '公布AQI条数', en: 'Published AQI values' },
  stationSum: { zh: '各站之和', en: 'Sum of stations' },
  unattributed: { zh: '未归属到站点', en: 'Not attributed to a station' },
  completenessHeading: { zh: '完整率', en: 'Completeness' },
  completenessIntro: {
    zh: '完整率 = 有数值的“站点-小时-污染物”数 ÷ 应有数（站点运行期内、数据时间范围内的小时数 × 6种污染物）。按GB 3095-2012表4，一天至少有20个小时值才能计算日均值；各年份的明细页按月列出每种污染物的完整率和满20小时的天数。本站对所有日期（包括2026年3月起按2026年标准计算的日期）都采用这一20小时要求；完整率只是计数，不涉及浓度限值，所以这里不区分标准。',
    en: 'Completeness = station-hour-pollutant values present ÷ expected (hours within the station’s active period and the span of the data × 6 pollutants). Under GB 3095-2012 Table 4 a daily mean needs at least 20 hourly values; each year’s page lists, per month and pollutant, the completeness and the days with 20 hours or more. The site applies this 20-hour rule to every day, including days from March 2026 computed under the 2026 rules; completeness is a count and involves no limit value, so no regime is distinguished here.',
  },
  colYear: { zh: '年份', en: 'Year' },
  yearDetails: { zh: '逐月明细', en: 'Month by month' },
  notActive: { zh: '未运行', en: 'not active' },
  spanNote: {
    zh: '数据时间范围：{first}至{last}（小时以时段结束时刻标记）。',
    en: 'Span of the data: {first} to {last} (each hour labelled by its end).',
  },
  windowSiteJson: {
    zh: '本次构建只读取{until}及以前的数据（site.json 的 data_until）；更晚的数值列为“晚于数据截止日”，不会改变“数据截至”时间。',
    en: 'This build reads data up to and including {until} (data_until in site.json); later values are set aside as “later than the data window” and never move the “as of” time.',
  },
  windowFileNames: {
    zh: '本次构建只读取{until}及以前的数据（数据文件名中最晚日期的次日）；更晚的数值列为“晚于数据截止日”，不会改变“数据截至”时间。',
    en: 'This build reads data up to and including {until} (the day after the newest date in a data file’s name); later values are set aside as “later than the data window” and never move the “as of” time.',
  },
  unterminatedNote: {
    zh: '以下文件的最后一行没有换行符。该行字段齐全，已读入；但若文件恰好在最后一个数值中间被截断，看起来也完全一样，请核对这些文件是否完整：',
    en: 'The last line of these files has no line break. It has every field and was read, but a file cut inside its last value would look exactly the same — check that these files are complete:',
  },
  windowNone: {
    zh: '数据文件名中没有日期，site.json 也未设 data_until，所以本次构建没有数据截止日。',
    en: 'No data file’s name holds a date and site.json sets no data_until, so this build has no data window.',
  },
  noSpan: {
    zh: '还没有任何可用的监测数值，所以没有完整率可算。',
    en: 'No monitoring value has been used yet, so there is no completeness to compute.',
  },
  colMonth: { zh: '月份', en: 'Month' },
  cellHours: { zh: '小时完整率', en: 'hours present' },
  cellDays: { zh: '满20小时天数', en: 'days with ≥ 20 h' },
  monthTableCaption: {
    zh: '{station}，{year}年：每种污染物有数值的小时比例 · 满20小时的天数/运行天数',
    en: '{station}, {year}: share of hours with a value per pollutant · days with ≥ 20 hours / active days',
  },
  yearSummaryCaption: {
    zh: '{year}年各站各污染物的小时完整率',
    en: 'Share of hours with a value per station and pollutant, {year}',
  },
  backToQuality: { zh: '返回数据质量总览', en: 'Back to the data-quality overview' },
  otherYears: { zh: '其他年份：', en: 'Other years: ' },
  reasonsHeading: { zh: '被剔除的数据及原因', en: 'Values set aside, and why' },
  reasonsIntro: {
    zh: '被剔除的数值不会被改成0、不会被猜测修补，也不会悄悄丢掉：每一个都记在完整清单里，注明文件、行号、列名和原始内容。一行整体被剔除时（如字段数不对），一条记录代表该行的全部数值单元格。',
    en: 'A rejected value is never turned into 0, never patched by guessing and never silently dropped: each one is in the full list with its file, line, column and raw content. When a whole row is set aside (wrong number of fields, for instance) one record stands for all of the row’s value cells.',
  },
  colReason: { zh: '原因', en: 'Reason' },
  colCode: { zh: '代码', en: 'Code' },
  colCells: { zh: '单元格', en: 'Cells' },
  colRecords: { zh: '记录', en: 'Records' },
  colExplanation: { zh: '说明', en: 'Explanation' },
  noRejections: { zh: '没有被剔除的数据。', en: 'No value was set aside.' },
  reasonsAbsent: {
    zh: '以下原因在本批数据中没有出现：',
    en: 'These reasons did not occur in these data: ',
  },
  examplesHeading: { zh: '前{n}个例子', en: 'The first {n} examples' },
  colLine: { zh: '行', en: 'Line' },
  colColumn: { zh: '列', en: 'Column' },
  colValue: { zh: '原始内容或说明', en: 'Raw content or detail' },
  wholeRow: { zh: '（整行）', en: '(whole row)' },
  emptyValue: { zh: '（空）', en: '(empty)' },
  reasonsSumCheck: {
    zh: '各原因单元格之和 {sum}，与上表“剔除”合计 {total} {verdict}。',
    en: 'The reasons’ cells sum to {sum}; the “rejected” total above is {total}: it {verdict}.',
  },
  crossHeading: { zh: '公布AQI与本站重算AQI的对照', en: 'Published AQI versus the AQI we compute' },
  crossIntro: {
    zh: '本站的每一个AQI都由浓度按HJ 633重新计算；发布者公布的AQI只用来对照，不会拿来“修正”本站结果。',
    en: 'Every AQI on this site is computed from concentrations under HJ 633; the publisher’s AQI is used only as a cross-check and never to “correct” ours.',
  },
  crossNoneSample: {
    zh: '本站捆绑的示例数据不含公布的AQI，所以没有可对照的数值。',
    en: 'The bundled sample data carry no published AQI values, so there is nothing to compare.',
  },
  crossNone: {
    zh: '这批数据里没有公布的AQI，所以没有可对照的数值。',
    en: 'These data carry no published AQI values, so there is nothing to compare.',
  },
  crossNoOverlap: {
    zh: '数据中有{n}条发布者的AQI记录，但没有一个站点-小时同时有公布AQI和本站AQI，所以没有可对照的数值。',
    en: 'The data hold {n} publisher AQI records, but no station-hour has both a published AQI and one of ours, so there is nothing to compare.',
  },
  colCompared: { zh: '两者都有的站点-小时', en: 'Station-hours with both' },
  colAgree: { zh: '一致', en: 'Agree' },
  colDisagree: { zh: '不一致', en: 'Disagree' },
  colPrimaryDisagree: { zh: '其中首要污染物不一致', en: 'of which primary pollutant differs' },
  colOnlyPublished: { zh: '只有公布值', en: 'Published only' },
  colOnlyComputed: { zh: '只有本站值', en: 'Computed only' },
  colTime: { zh: '时间', en: 'Hour' },
  colPublishedAqi: { zh: '公布AQI', en: 'Published AQI' },
  colComputedAqi: { zh: '本站AQI', en: 'Our AQI' },
  colPublishedPrimary: { zh: '公布首要污染物', en: 'Published primary' },
  colComputedPrimary: { zh: '本站首要污染物', en: 'Our primary' },
  colSource: { zh: '来源', en: 'Source' },
  none: { zh: '无', en: 'none' },
  crossExamples: { zh: '不一致的例子（前{n}个）', en: 'Disagreements (first {n})' },
  downloadsHeading: { zh: '完整数据下载', en: 'Full data' },
  downloadRejections: {
    zh: '全部被剔除的数据（rejections.csv.gz，gzip压缩的CSV：file,line,column,value,reason,cells）',
    en: 'Every rejected value (rejections.csv.gz, gzip-compressed CSV: file,line,column,value,reason,cells)',
  },
  downloadQuality: {
    zh: '完整的质量报告（quality.json）',
    en: 'The full quality report (quality.json)',
  },
  percentNote: {
    zh: '百分比向下取整到0.1%，只有全部齐全时才显示100%。',
    en: 'Percentages are rounded down to 0.1%, so 100% means nothing is missing.',
  },
} as const satisfies Record<string, Bilingual>;

export type QualityTextKey = keyof typeof TEXT;

/** A page text in `lang`, with `{name}` placeholders filled from `vars`; an unfilled placeholder throws. */
export const qualityText = defineText('quality', byKey(TEXT));

/** Column heads for the pollutants (the same in both languages). */
export { POLLUTANT_SYMBOL as POLLUTANT_LABEL } from '../../i18n/labels.ts';
