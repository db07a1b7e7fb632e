import { describe, expect, it } from 'vitest';
import {
  checkStationCodes,
  countyCalendarYears,
  countyYearPath,
  hourCompleteness,
  lastDataDay,
  latestView,
  monthViews,
  stationPath,
  stationYearPath,
  yearNeighbours,
  yearSummary,
  type HourPoint,
  type StationPage,
  datumNote,
  markerName,
  notEnoughValid,
  yearSummaryText,
} from '../../../../src/page-data/stations/index.ts';
import {
  type MonthCompletenessData,
  monthCompletenessSchema,
} from '../../../../src/page-data/quality/index.ts';

const hour = (over: Partial<HourPoint> = {}): HourPoint => ({
  time: '2025-06-01T08:00:00+08:00',
  aqi: 62,
  level: 2,
  primary: ['pm10'],
  values: { so2: 9, no2: 24, pm10: 73, pm2_5: 35, co: 0.9, o3: 60 },
  o3_8h: 50,
  ...over,
});

const month = (
  m: string,
  over: Partial<StationPage['months'][number]> = {},
): StationPage['months'][number] => ({
  month: m,
  pm2_5: 40,
  pm10: 70,
  no2: 30,
  so2: 10,
  co_p95: 1.2,
  o3_8h_p90: 120,
  goodRatio: 80.6,
  validDays: 31,
  evaluableDays: 31,
  requiredDays: 27,
  complete: true,
  regime: '2012',
  ...over,
});

const page = (
  months: StationPage['months'],
  activeFrom = '2021-01-01',
  activeTo: string | null = null,
): StationPage => ({
  meta: {
    code: 'S1',
    nameZh: '示例站一（虚构）',
    nameEn: 'Sample station 1 (fictitious)',
    lon: 114,
    lat: 33.4,
    kind: 'county',
    evaluated: true,
    activeFrom,
    activeTo,
    source: 'sample',
    cityZh: null,
    cityEn: null,
  },
  latest: null,
  last7Days: [],
  months,
  years: [],
});

const q = (
  m: string,
  hours: Partial<Record<'so2' | 'no2' | 'pm10' | 'pm2_5' | 'co' | 'o3', number>>,
  expected = 744,
): MonthCompletenessData => {
  const h = { so2: 700, no2: 700, pm10: 700, pm2_5: 700, co: 700, o3: 700, ...hours };
  return {
    month: m,
    expectedHours: expected,
    hours: h,
    daysWith20Hours: { so2: 30, no2: 30, pm10: 30, pm2_5: 30, co: 30, o3: 30 },
  };
};

describe('station URLs', () => {
  it('put stations, their years and the county years under /stations/', () => {
    expect(stationPath('SAMPLE01')).toBe('/stations/SAMPLE01/');
    expect(stationYearPath('SAMPLE01', '2025')).toBe('/stations/SAMPLE01/2025/');
    expect(countyYearPath('2025')).toBe('/stations/county/2025/');
  });
});

describe('checkStationCodes(codes)', () => {
  it('accepts distinct codes', () => {
    expect(() => checkStationCodes(['SAMPLE01', 'SAMPLE02', '1001A'])).not.toThrow();
  });

  it.each(['county', 'County', 'COUNTY'])(
    'refuses the code %s, which the county pages use',
    (code) => {
      expect(() => checkStationCodes(['A1', code])).toThrow(/reserved for the county/);
    },
  );

  it('refuses two codes that differ only in case, naming both', () => {
    expect(() => checkStationCodes(['ab1', 'AB1'])).toThrow(/"ab1" and "AB1"/);
  });
});

describe('latestView(hour)', () => {
  it('is null when the station has no hour at all', () => {
    expect(latestView(null)).toBeNull();
  });

  it('lists every pollutant with its unit, a missing one as null (not 0)', () => {
    const v = latestView(hour({ values: { so2: 9, no2: 24, pm10: 73, pm2_5: 35, o3: 60 } }));
    expect(v?.values.map((x) => [x.pollutant, x.value, x.unit])).toEqual([
      ['so2', 9, 'µg/m³'],
      ['no2', 24, 'µg/m³'],
      ['pm10', 73, 'µg/m³'],
      ['pm2_5', 35, 'µg/m³'],
      ['co', null, 'mg/m³'],
      ['o3', 60, 'µg/m³'],
    ]);
  });

  it.each([
    [50, 1, '优'],
    [51, 2, '良'],
    [100, 2, '良'],
    [101, 3, '轻度污染'],
    [201, 5, '重度污染'],
    [301, 6, '严重污染'],
  ])('names the category of AQI %d (level %d, %s)', (aqi, lvl, zh) => {
    expect(latestView(hour({ aqi }))?.category).toMatchObject({ level: lvl, zh });
  });

  it('has no category when the hour has no AQI', () => {
    expect(latestView(hour({ aqi: null, level: null, primary: [] }))?.category).toBeNull();
  });

  it.each([
    ['2026-03-01T00:00:00+08:00', '2012'],
    ['2026-03-01T01:00:00+08:00', '2026'],
  ] as const)('takes the rules of the hour’s natural day: %s is under %s', (time, regime) => {
    expect(latestView(hour({ time }))?.regime).toBe(regime);
  });
});

describe('hourCompleteness(month)', () => {
  it('reports the pollutant with the fewest hours as a share of the expected hours', () => {
    expect(hourCompleteness(q('2025-01', { o3: 650, pm10: 640 }))).toEqual({
      pollutant: 'pm10',
      hours: 640,
      expected: 744,
      percent: 86,
    });
  });

  it('has no percentage when no hours were expected', () => {
    expect(hourCompleteness(q('2025-01', {}, 0)).percent).toBeNull();
  });
});

describe('monthViews(page, quality)', () => {
  it('lists the months newest first', () => {
    const v = monthViews(page([month('2025-01'), month('2025-03'), month('2025-02')]), []);
    expect(v.map((m) => m.month)).toEqual(['2025-03', '2025-02', '2025-01']);
  });

  it('shows no statistic of a month that fails the day rule, even where a value exists', () => {
    const [v] = monthViews(
      page([month('2025-02', { complete: false, validDays: 20, requiredDays: 25 })]),
      [],
    );
    expect(Object.values(v!.cells).every((c) => !c.valid)).toBe(true);
    expect(v).toMatchObject({ validDays: 20, requiredDays: 25, complete: false });
  });

  it('marks a statistic the indicators left null as not valid and keeps the others', () => {
    const [v] = monthViews(page([month('2025-01', { o3_8h_p90: null })]), []);
    expect(v!.cells.o3_8h_p90).toEqual({ valid: false });
    expect(v!.cells.pm2_5).toEqual({ valid: true, value: 40, decimals: 0 });
    expect(v!.cells.co_p95).toEqual({ valid: true, value: 1.2, decimals: 1 });
    expect(v!.cells.goodRatio).toEqual({ valid: true, value: 80.6, decimals: 1 });
  });

  it('keeps only the months of the station’s active period', () => {
    const v = monthViews(
      page(
        [month('2023-02'), month('2023-03'), month('2024-05'), month('2024-06')],
        '2023-03-15',
        '2024-05-31',
      ),
      [],
    );
    expect(v.map((m) => m.month)).toEqual(['2024-05', '2023-03']);
  });

  it('joins the ingest’s hourly completeness by month', () => {
    const v = monthViews(page([month('2025-01'), month('2025-02')]), [q('2025-01', { co: 600 })]);
    expect(v.find((m) => m.month === '2025-01')?.hours).toMatchObject({
      pollutant: 'co',
      hours: 600,
    });
    expect(v.find((m) => m.month === '2025-02')?.hours).toBeNull();
  });
});

describe('yearSummary(year, days, bounds)', () => {
  const open = { activeFrom: '2021-01-01', activeTo: null, lastDay: null };

  it.each([
    [100, 1, 0],
    [101, 0, 0],
    [200, 0, 0],
    [201, 0, 1],
  ])('counts a day of AQI %d as %d good and %d heavy', (aqi, good, heavy) => {
    const s = yearSummary('2025', [{ date: '2025-05-05', aqi }], open);
    expect([s.goodDays, s.heavyDays, s.validDays]).toEqual([good, heavy, 1]);
  });

  it('counts the days of the year without an evaluable AQI, present or absent', () => {
    const s = yearSummary(
      '2025',
      [
        { date: '2025-01-01', aqi: 40 },
        { date: '2025-01-02', aqi: null },
      ],
      open,
    );
    expect(s).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      periodDays: 365,
      validDays: 1,
      withoutData: 364,
    });
  });

  it('has 366 days in a leap year', () => {
    expect(yearSummary('2024', [], open).periodDays).toBe(366);
  });

  it('cuts the year to the active period and to the last day with data', () => {
    const s = yearSummary(
      '2023',
      [
        { date: '2023-02-28', aqi: 40 },
        { date: '2023-03-01', aqi: 40 },
      ],
      { activeFrom: '2023-03-01', activeTo: null, lastDay: '2023-03-10' },
    );
    expect(s).toMatchObject({
      from: '2023-03-01',
      to: '2023-03-10',
      periodDays: 10,
      validDays: 1,
      withoutData: 9,
    });
  });

  it('is empty for a year before the station started', () => {
    expect(
      yearSummary('2022', [], { activeFrom: '2023-03-01', activeTo: null, lastDay: null }),
    ).toMatchObject({ periodDays: 0, withoutData: 0 });
  });

  it('counts evaluated dust days without deducting them', () => {
    const s = yearSummary(
      '2025',
      [
        { date: '2025-04-01', aqi: 180, dust: true },
        { date: '2025-04-02', aqi: null, dust: true },
      ],
      open,
    );
    expect(s).toMatchObject({ dustDays: 1, validDays: 1 });
  });

  it('refuses a day listed twice', () => {
    expect(() =>
      yearSummary(
        '2025',
        [
          { date: '2025-04-01', aqi: 1 },
          { date: '2025-04-01', aqi: 2 },
        ],
        open,
      ),
    ).toThrow(/2025-04-01 appears twice/);
  });
});

describe('lastDataDay(asOf)', () => {
  it.each([
    ['2026-11-28T00:00:00+08:00', '2026-11-27'],
    ['2026-11-28T01:00:00+08:00', '2026-11-28'],
  ])('puts %s on %s (hour-ending labels)', (asOf, day) => {
    expect(lastDataDay(asOf)).toBe(day);
  });
});

describe('yearNeighbours(years, year)', () => {
  it.each([
    ['2022', null, '2023'],
    ['2023', '2022', '2024'],
    ['2024', '2023', null],
  ])('around %s gives %s and %s', (y, prev, next) => {
    expect(yearNeighbours(['2024', '2022', '2023'], y)).toEqual({ prev, next });
  });

  it('refuses a year that is not listed', () => {
    expect(() => yearNeighbours(['2022'], '2021')).toThrow(/2021/);
  });
});

describe('countyCalendarYears(chartIds)', () => {
  it('takes the years of the county calendars only', () => {
    expect(
      countyCalendarYears([
        'calendar-county-2024',
        'calendar-sample01-2023',
        'calendar-county-2022',
        'pm25-trend',
      ]),
    ).toEqual(['2022', '2024']);
  });
});

describe('station texts', () => {
  it('say "not enough valid data" with the day counts', () => {
    expect(notEnoughValid('zh', 25, 27)).toBe('有效数据不足（有效 25 天，需 27 天）');
    expect(notEnoughValid('en', 25, 27)).toBe('not enough valid data (25 of 27 days)');
  });

  it('state that stations.csv gives no datum, and that sample coordinates are fictitious', () => {
    expect(datumNote('zh', true)).toMatch(/未注明大地基准.*虚构/);
    expect(datumNote('en', true)).toMatch(/does not state a datum.*fictitious/);
    expect(datumNote('en', false)).toMatch(/WGS-84.*GCJ-02/);
    expect(datumNote('en', false)).not.toMatch(/fictitious/);
  });

  it('name a map marker by name, kind and coordinates', () => {
    expect(markerName('zh', '示例对照站（虚构）', 'control', 113.9, 33.46)).toBe(
      '示例对照站（虚构），对照点，经度 113.9000，纬度 33.4600',
    );
    expect(markerName('en', 'Sample 1', 'provincial', 114.021, 33.383)).toBe(
      'Sample 1, provincial station, longitude 114.0210, latitude 33.3830',
    );
  });

  it('summarise a year with the same counts in both languages', () => {
    const s = yearSummary(
      '2025',
      [
        { date: '2025-01-01', aqi: 40 },
        { date: '2025-01-02', aqi: 250 },
      ],
      { activeFrom: '2021-01-01', activeTo: null, lastDay: null },
    );
    const zh = yearSummaryText('zh', '示例站一', s).join('');
    const en = yearSummaryText('en', 'Sample 1', s).join(' ');
    for (const n of ['365', '2 days', '1 good', '1 heavy', '363 days']) expect(en).toContain(n);
    for (const n of ['共 365 天', '有 2 天', '1 天优良', '1 天重度', '363 天有效数据不足'])
      expect(zh).toContain(n);
  });
});

describe('monthCompletenessSchema (the part of quality.json the station pages read)', () => {
  it('reads a month of hours per pollutant', () => {
    expect(monthCompletenessSchema.parse(q('2025-01', {}))).toEqual(q('2025-01', {}));
  });

  it('rejects a month without every pollutant’s hours, naming the path', () => {
    const bad = { ...q('2025-01', {}), hours: { so2: 1 } };
    const r = monthCompletenessSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toMatch(/^hours\./);
  });
});
