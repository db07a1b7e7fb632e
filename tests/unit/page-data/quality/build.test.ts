import { describe, expect, it } from 'vitest';
import {
  ACCOUNTING_TERMS,
  STATION_TERMS,
  accountedCells,
  buildQualityPage,
  buildQualityYear,
  floorPercent,
  qualityYears,
  qualityFileSchema,
  type QualityFile,
  REASON_TEXT,
  qualityText,
} from '../../../../src/page-data/quality/index.ts';
import { REJECTION_REASONS } from '../../../../src/records/errors.ts';

const six = (v: number) => ({ so2: v, no2: v, pm10: v, pm2_5: v, co: v, o3: v });

/** A small quality.json: two files, two stations, three reasons. Counts are consistent by construction. */
function fixture(): QualityFile {
  const fileA = {
    read: 100,
    used: 60,
    rejected: 5,
    outOfScope: 10,
    reference: 20,
    empty: 4,
    identicalDuplicates: 1,
  };
  const fileB = {
    read: 50,
    used: 30,
    rejected: 3,
    outOfScope: 0,
    reference: 15,
    empty: 2,
    identicalDuplicates: 0,
  };
  const meta = () => ({
    encoding: 'utf-8' as const,
    gzip: false,
    blankLines: 0,
    endsWithoutLineBreak: false,
    duplicateColumns: [],
    unknownColumns: [],
  });
  return {
    sample: true,
    window: { until: '2027-01-01', rule: 'file names' as const },
    crossCheck: {
      compared: 0,
      agree: 0,
      onlyPublished: 0,
      onlyComputed: 0,
      primaryDisagree: 0,
      examples: [],
    },
    quality: {
      files: [
        { file: 'observations/a.csv', format: 'county-hourly', rows: 17, ...meta(), ...fileA },
        {
          file: 'observations/b.csv.gz',
          format: 'cnemc-hourly-snapshot',
          rows: 4,
          ...meta(),
          ...fileB,
        },
      ],
      stations: [
        {
          station: 'S1',
          used: 50,
          rejected: 4,
          reference: 20,
          empty: 3,
          identicalDuplicates: 1,
          publishedReferences: 2,
          months: [
            { month: '2024-12', expectedHours: 744, hours: six(744), daysWith20Hours: six(31) },
            {
              month: '2025-01',
              expectedHours: 744,
              hours: { ...six(700), o3: 0 },
              daysWith20Hours: { ...six(30), o3: 0 },
            },
          ],
        },
        {
          station: 'S2',
          used: 40,
          rejected: 3,
          reference: 15,
          empty: 3,
          identicalDuplicates: 0,
          publishedReferences: 0,
          months: [
            { month: '2025-01', expectedHours: 48, hours: six(24), daysWith20Hours: six(1) },
          ],
        },
      ],
      reasons: [
        {
          reason: 'wrong_field_count',
          cells: 6,
          records: 1,
          examples: [
            {
              file: 'observations/a.csv',
              line: 9,
              column: '',
              value: 'expected 8 fields, found 7: S1,2025-01-01',
              reason: 'wrong_field_count',
              cells: 6,
            },
          ],
        },
        {
          reason: 'negative',
          cells: 1,
          records: 1,
          examples: [
            {
              file: 'observations/a.csv',
              line: 3,
              column: 'pm2_5',
              value: '-99',
              reason: 'negative',
              cells: 1,
            },
          ],
        },
        {
          reason: 'not_a_number',
          cells: 1,
          records: 1,
          examples: [
            {
              file: 'observations/b.csv.gz',
              line: 2,
              column: 'pm10',
              value: '<b>—</b>',
              reason: 'not_a_number',
              cells: 1,
            },
          ],
        },
      ],
      totals: {
        read: 150,
        used: 90,
        rejected: 8,
        outOfScope: 10,
        reference: 35,
        empty: 6,
        identicalDuplicates: 1,
      },
      span: { first: '2024-12-01T01:00:00+08:00', last: '2025-01-31T00:00:00+08:00' },
      hoursEmitted: 1000,
      publishedReferences: 3,
    },
  };
}

const names = [
  { code: 'S1', name: { zh: '示例站一（虚构）', en: 'Sample station 1 (fictitious)' } },
];

describe('REASON_TEXT', () => {
  it.each(REJECTION_REASONS.map((r) => [r]))(
    'labels and explains the rejection reason %s in both languages',
    (reason) => {
      const t = REASON_TEXT[reason];
      expect(t, `no text for ${reason}`).toBeDefined();
      for (const s of [t.label.zh, t.label.en, t.explanation.zh, t.explanation.en])
        expect(s.trim().length).toBeGreaterThan(1);
      expect(t.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.label.en).not.toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('gives every reason a label of its own', () => {
    const labels = REJECTION_REASONS.flatMap((r) => [
      REASON_TEXT[r].label.zh,
      REASON_TEXT[r].label.en,
    ]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...REJECTION_REASONS].sort());
  });
});

describe('floorPercent(part, whole)', () => {
  it.each([
    [744, 744, 100],
    [743, 744, 99.8],
    [0, 744, 0],
    [1, 3, 33.3],
    [2, 3, 66.6],
    [9999, 10000, 99.9],
    [1, 1001, 0],
  ])('floorPercent(%i, %i) is %d', (part, whole, expected) => {
    expect(floorPercent(part, whole)).toBe(expected);
  });

  it('is null when nothing was expected', () => {
    expect(floorPercent(0, 0)).toBeNull();
  });
});

describe('buildQualityPage(file, names)', () => {
  it('marks a file whose counts add up as balanced and prints the total row from the totals', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.files.map((f) => f.balanced)).toEqual([true, true]);
    expect(page.files.map((f) => f.accounted)).toEqual([100, 50]);
    expect(page.total.counts.read).toBe(150);
    expect(page.total.rows).toBe(21);
    expect(page.total.balanced).toBe(true);
  });

  it('names the files whose last line has no line break, and only those', () => {
    expect(buildQualityPage(fixture(), names).unterminated).toEqual([]);
    const f = fixture();
    const file = f.quality.files[1];
    if (file === undefined) throw new Error('fixture has no second file');
    file.endsWithoutLineBreak = true;
    expect(buildQualityPage(f, names).unterminated).toEqual(['observations/b.csv.gz']);
  });

  it.each(ACCOUNTING_TERMS.map((k) => [k]))(
    'marks a file as not balanced when its %s count is off by one',
    (term) => {
      const f = fixture();
      const file = f.quality.files[0];
      if (file === undefined) throw new Error('fixture has no file');
      file[term] += 1;
      const page = buildQualityPage(f, names);
      expect(page.files[0]?.balanced).toBe(false);
      expect(page.files[0]?.accounted).toBe(101);
      expect(page.headline.en).toContain('the counts of 1 files do not add up');
      expect(page.headline.zh).toContain('有1个文件的计数不相符');
    },
  );

  it('accountedCells sums exactly the six terms of the invariant, not read', () => {
    expect(
      accountedCells({
        read: 1000,
        used: 1,
        rejected: 2,
        outOfScope: 4,
        reference: 8,
        empty: 16,
        identicalDuplicates: 32,
      }),
    ).toBe(63);
  });

  it('states the totals in the headline in both languages', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.headline.zh).toBe(
      '共读入150个数值单元格：使用90个，剔除8个；2个文件的计数全部相符。',
    );
    expect(page.headline.en).toBe(
      '150 value cells read: 90 used, 8 rejected; the counts of all 2 files add up.',
    );
  });

  it('adds the stations up, and the part not attributed to a station makes up the rest of the totals', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.stationSum).toEqual({
      used: 90,
      rejected: 7,
      reference: 35,
      empty: 6,
      identicalDuplicates: 1,
      publishedReferences: 2,
    });
    expect(page.unattributed).toEqual({
      used: 0,
      rejected: 1,
      reference: 0,
      empty: 0,
      identicalDuplicates: 0,
      publishedReferences: 1,
    });
    for (const k of STATION_TERMS) {
      const total = k === 'publishedReferences' ? 3 : page.total.counts[k];
      expect(page.stationSum[k] + page.unattributed[k]).toBe(total);
    }
  });

  it('names stations from the station list and falls back to the code', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.stations.map((s) => s.name.en)).toEqual(['Sample station 1 (fictitious)', 'S2']);
  });

  it('throws when the stations hold more cells than were read in all', () => {
    const f = fixture();
    const s = f.quality.stations[0];
    if (s === undefined) throw new Error('fixture has no station');
    s.used += 1;
    expect(() => buildQualityPage(f, names)).toThrow(
      /stations hold 91 used cells, more than the total 90/,
    );
  });

  it('lists the reasons in the order of errors.ts with labels, counts and raw example values untouched', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.reasons.map((r) => r.reason)).toEqual([
      'not_a_number',
      'negative',
      'wrong_field_count',
    ]);
    expect(page.reasons[0]?.label).toEqual(REASON_TEXT.not_a_number.label);
    expect(page.reasons[0]?.examples[0]?.value).toBe('<b>—</b>');
    expect(page.reasonCells).toBe(8);
    expect(page.reasonRecords).toBe(3);
    expect(page.reasonsBalanced).toBe(true);
    expect(page.absentReasons.map((r) => r.reason)).toEqual(
      REJECTION_REASONS.filter(
        (r) => !['not_a_number', 'negative', 'wrong_field_count'].includes(r),
      ),
    );
  });

  it('flags reasons whose cells do not sum to the rejected total', () => {
    const f = fixture();
    const r = f.quality.reasons[0];
    if (r === undefined) throw new Error('fixture has no reason');
    r.cells -= 1;
    expect(buildQualityPage(f, names).reasonsBalanced).toBe(false);
  });

  it('summarises completeness per station and year over all pollutant-hours, null where a station was not active', () => {
    const page = buildQualityPage(fixture(), names);
    expect(page.years.map((y) => y.year)).toEqual(['2024', '2025']);
    expect(page.years[0]?.stations).toEqual([
      { code: 'S1', percent: 100, expectedHours: 744 },
      { code: 'S2', percent: null, expectedHours: 0 },
    ]);
    // S1 2025: 5 pollutants × 700 of 6 × 744 hours = 78.40…%
    expect(page.years[1]?.stations[0]?.percent).toBe(78.4);
    expect(page.years[1]?.stations[1]?.percent).toBe(50);
  });

  it('says the sample data carry no published AQI when there is nothing to compare', () => {
    const f = fixture();
    f.quality.publishedReferences = 0;
    const s = f.quality.stations[0];
    if (s === undefined) throw new Error('fixture has no station');
    s.publishedReferences = 0;
    const page = buildQualityPage(f, names);
    expect(page.cross.status).toBe('none');
    expect(page.cross.noneText).toEqual({
      zh: qualityText('zh', 'crossNoneSample'),
      en: qualityText('en', 'crossNoneSample'),
    });
  });

  it('says real data carry no published AQI without calling them sample data', () => {
    const f = { ...fixture(), sample: false };
    f.quality.publishedReferences = 0;
    for (const s of f.quality.stations) s.publishedReferences = 0;
    expect(buildQualityPage(f, names).cross.noneText?.en).toBe(qualityText('en', 'crossNone'));
  });

  it('says how many publisher records there were when none overlaps an hour of ours', () => {
    expect(buildQualityPage(fixture(), names).cross.noneText?.zh).toBe(
      qualityText('zh', 'crossNoOverlap', { n: '3' }),
    );
  });

  it('counts disagreements as compared minus agree', () => {
    const f = fixture();
    f.crossCheck = { ...f.crossCheck, compared: 10, agree: 7, primaryDisagree: 2 };
    const page = buildQualityPage(f, names);
    expect(page.cross.status).toBe('disagree');
    expect(page.cross.disagree).toBe(3);
    expect(page.cross.compared).toBe(page.cross.agree + page.cross.disagree);
    expect(page.cross.noneText).toBeNull();
  });

  it('reports agreement only when every compared hour agreed and no side is missing', () => {
    const f = fixture();
    f.crossCheck = { ...f.crossCheck, compared: 10, agree: 10 };
    expect(buildQualityPage(f, names).cross.status).toBe('agree');
    f.crossCheck = { ...f.crossCheck, onlyPublished: 1 };
    expect(buildQualityPage(f, names).cross.status).toBe('disagree');
  });
});

describe('buildQualityYear(file, names, year)', () => {
  it('gives each active station its months × pollutants with hours present and days with 20 hours', () => {
    const y = buildQualityYear(fixture(), names, '2025');
    expect(y.years).toEqual(qualityYears(fixture()));
    expect(y.stations.map((s) => s.code)).toEqual(['S1', 'S2']);
    const jan = y.stations[0]?.months[0];
    expect(jan?.activeDays).toBe(31);
    expect(jan?.cells.find((c) => c.pollutant === 'pm2_5')).toEqual({
      pollutant: 'pm2_5',
      hours: 700,
      percent: 94,
      daysWith20Hours: 30,
    });
    expect(jan?.cells.find((c) => c.pollutant === 'o3')).toEqual({
      pollutant: 'o3',
      hours: 0,
      percent: 0,
      daysWith20Hours: 0,
    });
    expect(y.stations[1]?.months[0]?.activeDays).toBe(2);
  });

  it('leaves out stations not active in the year', () => {
    expect(buildQualityYear(fixture(), names, '2024').stations.map((s) => s.code)).toEqual(['S1']);
  });

  it('throws for a year without completeness data, naming the years there are', () => {
    expect(() => buildQualityYear(fixture(), names, '2023')).toThrow(
      'quality.json holds no completeness for 2023 (years: 2024, 2025)',
    );
  });
});

describe('qualityFileSchema', () => {
  it('accepts the fixture', () => {
    expect(qualityFileSchema.safeParse(fixture()).success).toBe(true);
  });

  it('rejects an unknown rejection reason and says where', () => {
    const bad = fixture() as unknown as { quality: { reasons: { reason: string }[] } };
    const r = bad.quality.reasons[1];
    if (r === undefined) throw new Error('fixture has no reason');
    r.reason = 'made_up';
    const parsed = qualityFileSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['quality', 'reasons', 1, 'reason']);
  });

  it('rejects a negative count', () => {
    const f = fixture();
    f.quality.totals.read = -1;
    expect(qualityFileSchema.safeParse(f).success).toBe(false);
  });
});

describe('qualityText(lang, key, vars)', () => {
  it('fills placeholders and throws when one is missing', () => {
    expect(qualityText('en', 'yearTitle', { year: '2025' })).toBe('Data completeness in 2025');
    expect(qualityText('zh', 'yearTitle', { year: '2025' })).toBe('2025年数据完整率');
    expect(() => qualityText('en', 'yearTitle')).toThrow('text "quality.yearTitle" needs {year}');
  });
});
