/**
 * The home page's one-line answers and the "which reading counts" notes (docs/decisions/020).
 * English keeps the Ministry's document number as the marked original.
 */
import { defineText } from '../../i18n/text.ts';
import { mixed, zh } from '../../i18n/mixed.ts';

const RULE = '环办监测〔2016〕120号';

/** Which note says why a target's counting reading is the one that counts. */
export const COUNTING_NOTE = {
  pm2_5_annual: { long: 'countsConcentration', short: 'shortConcentration' },
  grade_ii: { long: 'countsConcentration', short: 'shortConcentration' },
  good_days_ratio: { long: 'countsRatio', short: 'shortRatio' },
  heavy_days_ratio: { long: 'countsRatio', short: 'shortRatio' },
} as const;

export const headlineText = defineText('headline', {
  zh: {
    heading: '目标完成了吗？',
    year: '{year} 年：方案的 {total} 项空气质量目标中，{met} 项达到，{notMet} 项未达到，{na} 项无法评价。',
    yearSoFar:
      '{year} 年（截至 {to}，全年尚未结束）：方案的 {total} 项空气质量目标中，目前 {met} 项达到，{notMet} 项未达到，{na} 项无法评价。',
    yearNoData: '没有 {year} 年的有效日数据：方案的 {total} 项 {year} 年空气质量目标都无法评价。',
    basisDust: `按扣除沙尘后的数据，即考核采用的口径（${RULE}）。`,
    basisRawNoList:
      '按未扣除沙尘的数据：本数据文件夹没有沙尘日名单。考核采用扣除沙尘后的数据，结论可能不同。',
    otherRaw: '不扣除沙尘：{met} 项达到，{notMet} 项未达到，{na} 项无法评价。',
    whichReading: '哪个数字算数',
    countingRow: '（考核口径）',
    countsConcentration: `考核口径：扣除沙尘。${RULE}《受沙尘天气过程影响城市空气质量评价补充规定》规定，考核和城市排名扣除受沙尘天气影响的数据；中国环境监测总站月报的 PM2.5、PM10 浓度也扣除沙尘。方案没有另作规定。`,
    countsRatio: `方案没有写明用哪种口径。本站以扣除沙尘的比率为准，因为 ${RULE} 规定考核时扣除沙尘；但中国环境监测总站月报的标题比率不扣除沙尘，生态环境部公布全国数字时两种都给（2025 年全国优良天数比率 88.1%，扣除沙尘后 89.3%），所以未扣除的比率列在第二行。`,
    countsNoList:
      '本数据文件夹没有沙尘日名单，只有未扣除沙尘的数字；考核采用扣除沙尘后的数据，结论可能不同。',
    ruleLink: '沙尘扣除的规则与出处',
    shortConcentration: `考核口径：扣除沙尘（${RULE}）。`,
    shortRatio: `方案未写明口径；本站以扣除沙尘为准（${RULE}），未扣除的列在第二行。`,
    why: '为什么以这个数字为准',
  },
  en: {
    heading: 'Is the county meeting its targets?',
    year: "{year}: of the plan's {total} air-quality targets, {met} met, {notMet} not met, {na} cannot be assessed.",
    yearSoFar:
      "{year} so far (to {to}; the year is not over): of the plan's {total} air-quality targets, {met} met, {notMet} not met, {na} cannot be assessed.",
    yearNoData:
      "No valid day of {year} in the data: none of the plan's {total} air-quality targets for {year} can be assessed.",
    basisDust: mixed`On the figures with sand-dust days deducted: the reading assessments use (Ministry rule ${zh(RULE)}).`,
    basisRawNoList:
      'On the raw figures: this data folder has no list of dust days. Assessments use the figures with dust deducted, so their verdict may differ.',
    otherRaw: 'Without the deduction: {met} met, {notMet} not met, {na} cannot be assessed.',
    whichReading: 'Which figure counts',
    countingRow: ' (as assessed)',
    countsConcentration: mixed`Assessed on the dust-deducted figure. The Ministry's rule on cities affected by sand-dust weather (${zh(RULE)}) has target assessments and city rankings deduct dust-affected data, and the national monitoring centre's monthly reports give PM2.5 and PM10 with dust deducted. The plan says nothing else.`,
    countsRatio: mixed`The plan does not say which reading it means. The site leads with the dust-deducted ratio because the Ministry's rule (${zh(RULE)}) deducts dust for target assessments; but the national monitoring centre's monthly headline ratios keep dust days, and the Ministry publishes both (the 2025 national good-days ratio was 88.1 %, 89.3 % with dust deducted), so the raw ratio is given second.`,
    countsNoList:
      'This data folder has no list of dust days, so only the raw figure exists; assessments use the figure with dust deducted, which may differ.',
    ruleLink: 'The dust rule and its source',
    shortConcentration: mixed`Assessed with dust deducted (${zh(RULE)}).`,
    shortRatio: mixed`The plan names no reading; the site leads with dust deducted (${zh(RULE)}), raw second.`,
    why: 'Why this figure counts',
  },
});
