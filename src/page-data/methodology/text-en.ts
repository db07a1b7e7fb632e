/** The methodology page in English (the Chinese half is text-zh.ts; shapes and helpers in text-kit.ts). */
import { mixed, zh as cn } from '../../i18n/mixed.ts';
import type { PeriodConcentrations } from '../../indicators/period.ts';
import { POLLUTANT_SYMBOL as POLLUTANT_NAMES } from '../../i18n/labels.ts';
import { type MethodologyText, OUTCOME, URLS, aqiLine, fmt, list } from './text-kit.ts';
import { zh } from './text-zh.ts';

export const en: MethodologyText = {
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
          mixed`Suppose a county has evaluated stations A and B and a control station C (made up to show the method; none of them is a station in this site's data). In one hour station A reads PM2.5 ${c.a} µg/m³, station B ${c.b} µg/m³ and control station C ${c.control} µg/m³. County value = (${c.a} + ${c.b}) / ${c.stations} = ${fmt((c.a + c.b) / c.stations, 2)}, rounded half to even to ${c.mean ?? '—'} µg/m³; the control station does not count.`,
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
        mixed`While any dataset is sample data, every page shows a "Sample data" notice at the top naming the datasets, and every download file made from sample data carries the same label. Station names in the samples are obviously fictitious and end in "(fictitious)", ${cn('（虚构）')} in Chinese.`,
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
