import { describe, expect, it } from 'vitest';
import {
  BREAKPOINTS_2012,
  BREAKPOINTS_2026,
  CATEGORIES,
  dailyAqi,
  iaqi,
  realtimeAqi,
} from '../../../../src/indicators/aqi.ts';
import {
  LIMITS_2012,
  LIMITS_2026,
  PROVISIONAL_2026_RULES,
} from '../../../../src/indicators/regime.ts';
import { ratioPercent } from '../../../../src/indicators/rounding.ts';
import {
  buildMethodologyPage,
  isProvisionalLimit,
  SECTION_IDS,
  workedExamples,
  fmt,
  methodologyText,
} from '../../../../src/page-data/methodology/index.ts';
import { LANGS } from '../../../../src/i18n/strings.ts';
import { planTargets } from '../../../../src/indicators/targets.ts';
import { loadPlan } from '../../../../src/records/plan/index.ts';
import { plain } from '../../../../src/i18n/mixed.ts';

// the bundled plan's computed targets, as the build reads them into the progress document
const page = buildMethodologyPage(planTargets(loadPlan('data').targets));
const ex = page.examples;

// Every string the page prints for one language, examples included.
function allText(lang: 'zh' | 'en'): string[] {
  const tx = methodologyText(lang);
  const out: string[] = [
    tx.title,
    tx.description,
    tx.intro,
    ...tx.sources.flatMap((s) => [s.number, plain(s.title), s.note]),
  ];
  for (const id of SECTION_IDS) {
    const s = tx.sections[id];
    out.push(s.heading, ...s.body(page).map(plain), ...s.examples(page).map(plain));
  }
  return out;
}

describe('methodology sections', () => {
  it('has exactly the anchors issue 6 asks for, in order', () => {
    expect(SECTION_IDS).toEqual([
      'regimes',
      'aqi',
      'hourly-aqi',
      'day',
      'daily',
      'o3',
      'county',
      'periods',
      'percentiles',
      'ratios',
      'dust',
      'composite-index',
      'grade-ii',
      'targets',
      'rounding',
      'published-vs-computed',
      'sample-data',
      'provisional',
    ]);
  });

  it.each(LANGS.flatMap((lang) => SECTION_IDS.map((id) => [lang, id] as const)))(
    '%s has a heading and body text for #%s',
    (lang, id) => {
      const s = methodologyText(lang).sections[id];
      expect(s.heading.trim()).not.toBe('');
      expect(s.body(page).length).toBeGreaterThan(0);
      for (const p of s.body(page)) expect(plain(p).trim()).not.toBe('');
    },
  );

  it.each(SECTION_IDS)('#%s has as many paragraphs and examples in English as in Chinese', (id) => {
    const zh = methodologyText('zh').sections[id];
    const en = methodologyText('en').sections[id];
    expect(en.body(page).length).toBe(zh.body(page).length);
    expect(en.examples(page).length).toBe(zh.examples(page).length);
  });

  it('Chinese headings are Chinese and English headings are not', () => {
    for (const id of SECTION_IDS) {
      expect(methodologyText('zh').sections[id].heading).toMatch(/[\u4e00-\u9fff]/);
      expect(methodologyText('en').sections[id].heading).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(LANGS)('no %s text prints undefined, NaN, null or an object', (lang) => {
    for (const t of allText(lang)) expect(t).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
  });

  it('every section with a worked example has one in both languages', () => {
    const withExamples = SECTION_IDS.filter(
      (id) => methodologyText('zh').sections[id].examples(page).length > 0,
    );
    expect(withExamples).toEqual(
      expect.arrayContaining([
        'aqi',
        'hourly-aqi',
        'day',
        'daily',
        'o3',
        'percentiles',
        'ratios',
        'dust',
        'composite-index',
        'rounding',
      ]),
    );
  });
});

describe('tables come from the code', () => {
  it('the breakpoint tables are BREAKPOINTS_2012 and BREAKPOINTS_2026 column for column', () => {
    const [t2012, t2026] = page.breakpoints;
    expect(t2012?.regime).toBe('2012');
    expect(t2026?.regime).toBe('2026');
    expect(Object.fromEntries((t2012?.columns ?? []).map((c) => [c.id, c.values]))).toEqual(
      BREAKPOINTS_2012,
    );
    expect(Object.fromEntries((t2026?.columns ?? []).map((c) => [c.id, c.values]))).toEqual(
      BREAKPOINTS_2026,
    );
  });

  it('marks exactly the PM2.5 and PM10 IAQI-100 breakpoints as changed in 2026, and nothing in 2012', () => {
    const changed = (i: number) =>
      (page.breakpoints[i]?.columns ?? []).flatMap((c) =>
        c.changed.flatMap((ch, k) => (ch ? [`${c.id}@${page.iaqiSteps[k]}`] : [])),
      );
    expect(changed(0)).toEqual([]);
    expect(changed(1).sort()).toEqual(['pm10_24h@100', 'pm2_5_24h@100']);
  });

  it('marks the SO2, NO2 and CO 1-hour columns as real-time only', () => {
    expect(page.breakpoints[0]?.columns.filter((c) => c.realtimeOnly).map((c) => c.id)).toEqual([
      'so2_1h',
      'no2_1h',
      'co_1h',
    ]);
  });

  it('the categories are CATEGORIES (colours and advice included)', () => {
    expect(page.categories).toBe(CATEGORIES);
  });

  it('the limits table holds LIMITS_2012 and LIMITS_2026, with the 2026 second-hand limits provisional', () => {
    const get = (pollutant: string, averaging: string) =>
      page.limits.find((l) => l.pollutant === pollutant && l.averaging === averaging);
    expect(get('pm2_5', 'annual')?.byRegime).toEqual({
      '2012': { value: LIMITS_2012.annual.pm2_5, provisional: false },
      '2026': { value: LIMITS_2026.annual.pm2_5, provisional: false },
    });
    expect(get('pm10', '24h')?.byRegime['2026']).toEqual({ value: 120, provisional: false });
    expect(get('o3', '8h')?.byRegime['2026']).toEqual({
      value: LIMITS_2026.o3_8h,
      provisional: true,
    });
    expect(get('co', '1h')?.byRegime['2026'].provisional).toBe(true);
    expect(page.limits.some((l) => l.byRegime['2012'].provisional)).toBe(false);
    expect(page.limits).toHaveLength(14);
  });

  it.each([
    ['hourly.so2', true],
    ['hourly', true],
    ['daily.co', true],
    ['daily.pm10', false],
    ['annual.pm2_5', false],
    ['hourlyx', false],
  ])('isProvisionalLimit(LIMITS_2026, %s) is %s', (path, want) => {
    expect(isProvisionalLimit(LIMITS_2026, path)).toBe(want);
  });

  it('lists every provisional 2026 rule of the code', () => {
    expect(page.provisionalRules).toBe(PROVISIONAL_2026_RULES);
  });

  it('reads the validity minima from the modules (domain.md §3.2 values)', () => {
    expect(page.validity).toEqual({
      minHours24h: 20,
      minHours8h: 6,
      windowsPerDay8h: 17,
      minWindows8h: 14,
      o3Exception: 160,
      monthMinimum: 27,
      februaryMinimum: 25,
      annualMinimum: 324,
      minCountyStations: 1,
    });
  });

  it('the PM2.5 curve table agrees with iaqi() at every row', () => {
    for (const [c = 0, a, b] of page.charts[0]?.rows ?? []) {
      expect(a).toBe(iaqi('pm2_5_24h', c, '2012'));
      expect(b).toBe(iaqi('pm2_5_24h', c, '2026'));
    }
    expect(page.charts[0]?.rows.find((r) => r[0] === 60)).toEqual([60, 82, 100]);
  });
});

describe('worked examples match the indicator functions (domain.md §9)', () => {
  it('T1: PM2.5 60 µg/m³ is 81.25 → 82 under 2012 and 100 under 2026', () => {
    expect(ex.pm25At60.byRegime['2012']).toMatchObject({
      raw: 81.25,
      iaqi: 82,
      level: 2,
      lo: 35,
      hi: 75,
    });
    expect(ex.pm25At60.byRegime['2026']).toMatchObject({
      raw: 100,
      iaqi: 100,
      level: 2,
      lo: 35,
      hi: 60,
    });
    expect(ex.pm25At60.byRegime['2012'].iaqi).toBe(iaqi('pm2_5_24h', 60, '2012'));
  });

  it('T2: PM2.5 75 µg/m³ is 100 under 2012 and 114 (lightly polluted) under 2026', () => {
    expect(ex.pm25At75.byRegime['2012'].iaqi).toBe(100);
    expect(ex.pm25At75.byRegime['2026']).toMatchObject({ iaqi: 114, level: 3 });
  });

  it('T10: the daily AQI is 107 under 2012 and 119 under 2026, primary PM2.5', () => {
    expect(ex.dailyAqi.byRegime['2012']).toMatchObject({
      aqi: 107,
      primary: ['pm2_5'],
      exceedance: ['pm2_5'],
    });
    expect(ex.dailyAqi.byRegime['2026']).toMatchObject({
      aqi: 119,
      primary: ['pm2_5'],
      exceedance: ['pm10', 'pm2_5'],
    });
    expect(ex.dailyAqi.byRegime['2012']).toEqual(
      dailyAqi({ ...ex.dailyAqi.input, o3_1h_max: null }, '2012'),
    );
  });

  it('the hourly example reproduces CNEMC 1001A 2022-01-01 00:00: AQI 59, primary PM10', () => {
    expect(ex.hourly.result).toMatchObject({ aqi: 59, primary: ['pm10'] });
    expect(ex.hourly.result).toEqual(realtimeAqi(ex.hourly.input, '2012'));
  });

  it('the label 2026-03-01T00:00+08:00 is hour 24 of 2026-02-28, rated under 2012', () => {
    expect(ex.hourLabels).toContainEqual({
      label: '2026-03-01T00:00:00+08:00',
      day: '2026-02-28',
      hour: 24,
      regime: '2012',
    });
    expect(ex.hourLabels).toContainEqual({
      label: '2026-03-01T01:00:00+08:00',
      day: '2026-03-01',
      hour: 1,
      regime: '2026',
    });
  });

  it('T13: 24 hours give 44, the first 20 give 40, 19 hours are invalid', () => {
    expect(ex.dailyMean).toMatchObject({
      full: 44,
      first20: 40,
      first19Valid: false,
      first19Count: 19,
    });
  });

  it('T14: daily max 8-h 145 from 17 windows (IAQI 88); without hours 12–14 only 11 windows and invalid', () => {
    expect(ex.o3).toMatchObject({
      max8h: 145,
      windows: 17,
      iaqi: 88,
      gapWindows: 11,
      gapValid: false,
    });
  });

  it('the county hour averages the evaluated stations only: (34 + 35) / 2 = 34.5 → 34', () => {
    expect(ex.county).toMatchObject({ mean: 34, stations: 2 });
  });

  it('T15: February with 24 days is invalid; a year of 355 days with a 20-day June is invalid', () => {
    expect(ex.periods).toEqual({
      february24Valid: false,
      april27Valid: true,
      yearCount: 355,
      yearShortMonths: ['2025-06'],
      shortMonthCount: 20,
      yearValid: false,
    });
  });

  it('T16: CO 95th of 10 values is 1.42 → 1.4 (k = 9.55); O3 90th of 12 is 188.5 → 188 (k = 10.9)', () => {
    expect(ex.percentiles.co).toMatchObject({ k: 9.55, reported: 1.4 });
    expect(ex.percentiles.co.raw).toBeCloseTo(1.42, 10);
    expect(ex.percentiles.o3).toMatchObject({ k: 10.9, raw: 188.5, reported: 188 });
  });

  it('T18: 298/362 = 82.3 % misses 82.5 %; 2/362 = 0.6 % misses 0.3 %; dust-deducted 298/360 = 82.8 % meets', () => {
    expect(ex.ratios.good).toMatchObject({
      percent: 82.3,
      verdict: 'not_met',
      exactVerdict: 'not_met',
    });
    expect(ex.ratios.heavy).toMatchObject({ percent: 0.6, verdict: 'not_met' });
    expect(ex.ratios.goodDust).toMatchObject({
      numerator: 298,
      denominator: 360,
      percent: 82.8,
      verdict: 'met',
    });
    expect(ex.ratios.good.percent).toBe(ratioPercent(298, 362));
  });

  it('T17: composite index 4.26 under 2012 and 4.62 (provisional) under 2026; not grade-II attained', () => {
    expect(ex.composite.byRegime['2012']).toMatchObject({ rounded: 4.26, provisional: false });
    expect(ex.composite.byRegime['2026']).toMatchObject({ rounded: 4.62, provisional: true });
    expect(ex.composite.gradeII).toEqual({
      headline: 'not_attained',
      failing: ['pm2_5', 'o3_8h_p90', 'pm2_5_p95'],
    });
    const pm25 = ex.composite.rows.find((r) => r.pollutant === 'pm2_5');
    expect(pm25).toMatchObject({ item: 'pm2_5', value: 40, limit: { '2012': 35, '2026': 30 } });
    const sum = ex.composite.rows.reduce((s, r) => s + r.index['2012'], 0);
    expect(sum).toBeCloseTo(ex.composite.byRegime['2012'].value, 12);
  });

  it('targets: PM2.5 35 misses the plan\'s "< 35" but meets grade II; 301/365 meets 82.5 % as printed, not exactly', () => {
    expect(ex.targets.pm25).toEqual({ value: 35, plan: 'not_met', standard: 'met' });
    expect(ex.targets.good).toMatchObject({
      percent: 82.5,
      verdict: 'met',
      exactVerdict: 'not_met',
    });
  });

  it('T5/T19/T20 rounding: half to even, 35.01 → 35 → IAQI 50 (not 51), 75 → 100', () => {
    expect(ex.rounding.halfEven.map((h) => h.rounded)).toEqual([34, 36, 35, 35, 1.4, 1.6]);
    expect(ex.rounding.t5).toMatchObject({ rounded: 35, iaqi: 50, unroundedIaqi: 51, level: 1 });
    expect(ex.rounding.t5.unroundedRaw).toBeCloseTo(50.0125, 10);
    expect(ex.rounding.boundary.iaqi).toBe(100);
  });

  it('published 82.5 beside computed 82.3 keeps the published headline and a −0.2 difference', () => {
    expect(ex.reconcile).toEqual({
      published: 82.5,
      computed: 82.3,
      headline: 82.5,
      difference: -0.2,
    });
  });

  it('workedExamples() is deterministic', () => {
    expect(workedExamples()).toEqual(ex);
  });
});

describe('the text prints the computed numbers', () => {
  const examples = (lang: 'zh' | 'en', id: (typeof SECTION_IDS)[number]) =>
    methodologyText(lang).sections[id].examples(page).map(plain).join('\n');

  it.each(LANGS)('%s AQI examples print 81.25 → 82 and 100, and 113.636 → 114', (lang) => {
    const t = examples(lang, 'aqi');
    expect(t).toContain('81.25');
    expect(t).toMatch(/\b82\b/);
    expect(t).toContain('113.636');
    expect(t).toMatch(/\b114\b/);
  });

  it.each(LANGS)('%s ratio and dust examples print 82.3, 0.6 and 82.8', (lang) => {
    expect(examples(lang, 'ratios')).toMatch(/82\.3[\s\S]*0\.6/);
    expect(examples(lang, 'dust')).toContain('82.8');
  });

  it.each(LANGS)('%s composite example prints 4.26 and 4.62', (lang) => {
    expect(examples(lang, 'composite-index')).toMatch(/4\.26[\s\S]*4\.62/);
  });

  it.each(LANGS)('%s O3 body prints the minima 6, 17, 14 and 160 from the code', (lang) => {
    const body = methodologyText(lang).sections.o3.body(page).map(plain).join('\n');
    for (const n of ['6', '17', '14', '160']) expect(body).toMatch(new RegExp(`\\b${n}\\b`));
  });

  // The worked example's values are made up, so it names no station of any data folder.
  it.each(LANGS)('%s county example uses stations A, B, C, never a data folder name', (lang) => {
    const text = examples(lang, 'county');
    expect(text).toMatch(
      lang === 'zh'
        ? /站点 A[\s\S]*站点 B[\s\S]*对照点 C/
        : /station A[\s\S]*station B[\s\S]*control station C/,
    );
    expect(text).not.toMatch(/示例|Sample station|SAMPLE0/);
  });
});

describe('fmt', () => {
  it.each([
    [81.25, 3, '81.25'],
    [113.63636363636364, 3, '113.636'],
    [4.263690476, 4, '4.2637'],
    [-0.00001, 2, '0'],
    [2620, 2, '2620'],
  ])('fmt(%s, %i) is %s', (x, d, want) => {
    expect(fmt(x, d)).toBe(want);
  });
});
