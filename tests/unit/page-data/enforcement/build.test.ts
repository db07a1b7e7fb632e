import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  readEnforcementFolder,
  type BurningPoint,
  type EnforcementCase,
  type EnforcementRecords,
} from '../../../../src/records/enforcement/index.ts';
import {
  ENFORCEMENT_DOC,
  burningView,
  enforcementPageData,
  enforcementPageDataSchema,
  entityHistories,
  filterOptions,
  listPages,
  monthRange,
  paginate,
  publicity,
  resolveAsOf,
  type CaseView,
  type ChartData,
  enforcementText,
} from '../../../../src/page-data/enforcement/index.ts';
import { buildEnforcementData, casesCsv } from '../../../../src/publish/feature-files.ts';
import { TOWNSHIPS, kase, pt } from './fixture.ts';

const records = (cases: EnforcementCase[], burning: BurningPoint[] = []): EnforcementRecords => ({
  townships: TOWNSHIPS,
  cases,
  burning,
});
const at = (asOf: string) => ({ asOf, source: 'site' as const });
const columnSum = (chart: ChartData | undefined, i = 0): number =>
  (chart?.rows ?? []).reduce((s, r) => s + (r.values[i] ?? 0), 0);

describe('publicity(case, asOf)', () => {
  it.each<[string | null, string | null, string, string]>([
    [null, null, '2030-01-01', 'public'],
    [null, '2025-12-31', '2025-12-31', 'public'], // the last day of publicity is still public
    [null, '2025-12-31', '2026-01-01', 'expired'],
    ['2025-06-01', null, '2025-05-31', 'public'], // revoked later than asOf: not yet
    ['2025-06-01', null, '2025-06-01', 'revoked'],
    ['2025-06-01', '2025-05-01', '2025-07-01', 'revoked'], // revocation wins over expiry
  ])(
    'revoked %s, public until %s, judged on %s → %s',
    (revokedDate, publicityEndDate, asOf, expected) => {
      expect(publicity({ revokedDate, publicityEndDate }, asOf)).toBe(expected);
    },
  );
});

describe('resolveAsOf(siteAsOf, records)', () => {
  it('takes the Beijing date of the site label, whatever the machine zone', () => {
    expect(resolveAsOf('2026-01-01T00:00:00+08:00', records([]))).toEqual({
      asOf: '2026-01-01',
      source: 'site',
    });
  });

  it('falls back to the latest event date in the data when the site has none', () => {
    const r = records([
      kase({
        decisionDate: '2025-01-01',
        publishedDate: '2025-01-02',
        revokedDate: '2025-09-09',
        publicityEndDate: '2030-01-01',
      }),
    ]);
    expect(resolveAsOf(null, r)).toEqual({ asOf: '2025-09-09', source: 'data' });
  });
});

describe('enforcementPageData(records, asOf)', () => {
  const cases = [
    kase({ decisionDate: '2024-05-01', publishedDate: '2024-05-02', penaltyFen: 100_00 }),
    kase({
      decisionDate: '2025-07-01',
      publishedDate: '2025-07-02',
      penaltyFen: 250_50,
      category: 'dust',
      township: 'sample-west',
      typical: true,
    }),
    kase({
      decisionDate: '2025-02-01',
      publishedDate: '2025-02-02',
      entityId: 'sample-b',
      entityName: '示例面馆（虚构）',
      entityType: 'individual-business',
      creditCode: null,
      category: 'restaurant-fumes',
      measures: ['warning'],
      penaltyFen: 0,
    }),
    kase({
      decisionDate: '2025-01-10',
      revokedDate: '2025-04-01',
      revocationNote: '复议撤销（样例）',
      publishedDate: '2025-01-11',
    }),
    kase({
      decisionDate: '2024-01-10',
      publishedDate: '2024-01-11',
      publicityEndDate: '2024-12-31',
      entityId: 'sample-c',
      entityName: '示例砖瓦厂（虚构）',
    }),
  ];
  const data = enforcementPageData(records(cases), at('2025-08-01'));

  it('lists public cases newest first and keeps only number and reason of withdrawn ones', () => {
    expect(data.cases.map((c) => c.decisionDate)).toEqual([
      '2025-07-01',
      '2025-02-01',
      '2024-05-01',
    ]);
    expect(data.withdrawn.map((w) => [w.reason, w.date, w.note])).toEqual([
      ['revoked', '2025-04-01', '复议撤销（样例）'],
      ['expired', '2024-12-31', null],
    ]);
    expect(JSON.stringify(data.withdrawn)).not.toContain('示例砖瓦厂');
    expect(data.entities.map((e) => e.id)).not.toContain('sample-c');
  });

  it('sums penalties over public cases only, in exact fen', () => {
    expect(data.totalPenaltyFen).toBe(100_00 + 250_50);
  });

  it('validates against its own schema (what pages read back)', () => {
    expect(enforcementPageDataSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it("has charts whose numbers equal the list's totals", () => {
    const byId = (id: string) => data.charts.find((c) => c.id === id);
    for (const id of [
      'cases-by-year',
      'cases-by-month',
      'cases-by-category',
      'cases-by-township',
    ]) {
      expect(columnSum(byId(id)), id).toBe(data.cases.length);
    }
    expect(Math.round(columnSum(byId('penalties-by-year')) * 100)).toBe(data.totalPenaltyFen);
    expect(byId('cases-by-month')?.rows.map((r) => r.key)).toEqual(
      monthRange('2024-05', '2025-07'),
    );
  });

  it('leaves withdrawn cases out of the open-data CSV', () => {
    const csv = casesCsv(data);
    expect(Papa.parse(csv.trim()).data).toHaveLength(1 + data.cases.length);
    expect(csv).not.toContain('示例砖瓦厂');
  });
});

describe('entityHistories(cases)', () => {
  it('aggregates one entity with several cases: count, sum, dates, names, newest first', () => {
    const views: CaseView[] = [
      kase({
        decisionDate: '2024-01-01',
        penaltyFen: 1_00,
        entityName: '示例旧名有限公司（虚构）',
      }),
      kase({ decisionDate: '2026-01-01', penaltyFen: 2_00, typical: true }),
      kase({ decisionDate: '2025-01-01', penaltyFen: 3_00, township: 'sample-west' }),
      kase({ entityId: 'sample-other', creditCode: null, penaltyFen: 7_00 }),
    ];
    const [a, other] = entityHistories(views);
    expect(a).toMatchObject({
      id: 'sample-a',
      name: '示例建材有限公司（虚构）',
      otherNames: ['示例旧名有限公司（虚构）'],
      penaltyFen: 6_00,
      typicalCount: 1,
      firstDate: '2024-01-01',
      lastDate: '2026-01-01',
      townships: ['sample-east', 'sample-west'],
    });
    expect(a?.caseSlugs).toEqual([views[1]?.slug, views[2]?.slug, views[0]?.slug]);
    expect(other).toMatchObject({
      id: 'sample-other',
      penaltyFen: 7_00,
      caseSlugs: [views[3]?.slug],
    });
  });
});

describe('pagination and filter pages', () => {
  it.each([
    [0, 1, [0]],
    [1, 1, [1]],
    [20, 1, [20]],
    [21, 2, [20, 1]],
    [45, 3, [20, 20, 5]],
  ])('paginate() splits %i cases into %i page(s)', (count, pages, sizes) => {
    const list = Array.from({ length: count }, () => kase());
    const result = paginate('/enforcement/', list, null);
    expect(result).toHaveLength(pages);
    expect(result.map((p) => p.cases.length)).toEqual(sizes);
    expect(result.map((p) => p.path)).toEqual(
      result.map((_, i) => (i === 0 ? '/enforcement/' : `/enforcement/page/${i + 1}/`)),
    );
    expect(result[0]?.prevPath).toBeNull();
    expect(result.at(-1)?.nextPath).toBeNull();
  });

  const many = Array.from({ length: 25 }, (_, i) =>
    kase({
      decisionDate: `${2024 + (i % 2)}-03-01`,
      category: i % 5 === 0 ? 'dust' : 'exceeding-limits',
      township: i < 22 ? 'sample-east' : 'sample-west',
    }),
  );
  const data = enforcementPageData(records(many), at('2026-01-01'));
  const pages = listPages(data);

  it('shows every case exactly once across the main list pages', () => {
    const main = pages.filter((p) => p.filter === null);
    expect(main.map((p) => p.path)).toEqual(['/enforcement/', '/enforcement/page/2/']);
    expect(main.flatMap((p) => p.cases.map((c) => c.slug)).sort()).toEqual(
      data.cases.map((c) => c.slug).sort(),
    );
  });

  it('builds one paginated page set per filter value that has cases, and none for empty ones', () => {
    const paths = pages.filter((p) => p.filter !== null).map((p) => p.path);
    expect(paths).toEqual([
      '/enforcement/category/exceeding-limits/',
      '/enforcement/category/dust/',
      '/enforcement/township/sample-east/',
      '/enforcement/township/sample-east/page/2/',
      '/enforcement/township/sample-west/',
      '/enforcement/year/2025/',
      '/enforcement/year/2024/',
    ]);
    const noPermit = filterOptions(data, 'category').find((o) => o.value === 'no-permit');
    expect(noPermit).toMatchObject({ count: 0, path: null });
  });

  it.each(['category', 'township', 'year'] as const)(
    'the %s filter counts add up to all cases',
    (dim) => {
      expect(filterOptions(data, dim).reduce((s, o) => s + o.count, 0)).toBe(data.cases.length);
    },
  );
});

describe('burningView(points, townships)', () => {
  const view = burningView(
    [
      pt({}),
      pt({ date: '2025-06-02', kind: 'other', points: 2, deductionCny: 200_000 }),
      pt({ date: '2025-10-01', township: 'sample-west', points: 3, deductionCny: null }),
      pt({ date: '2024-06-01', points: 2, deductionCny: 500_000 }), // published less than the rule
    ],
    TOWNSHIPS,
  );

  it("computes the plan's deduction (¥500,000 straw, ¥100,000 other per point) and flags gaps", () => {
    expect(view.rows.map((r) => r.expectedDeductionCny)).toEqual([
      1_500_000,
      100_000 * 2,
      500_000,
      1_000_000,
    ]);
    expect(view.expectedDeductionCny).toBe(3_200_000);
    expect(view.publishedDeductionCny).toBe(1_200_000);
    expect(view.unpublishedRows).toBe(1);
    expect(view.mismatchedRows).toBe(1);
    expect(view.pointsByKind).toEqual({ straw: 6, other: 2 });
  });

  it("has charts whose numbers equal the table's sums", () => {
    const [byMonth, byTownship, byYear] = view.charts;
    for (const chart of [byMonth, byTownship]) {
      expect(columnSum(chart, 0) + columnSum(chart, 1)).toBe(view.totalPoints);
      expect(columnSum(chart, 0)).toBe(view.pointsByKind['straw']);
    }
    expect(columnSum(byYear)).toBe(view.expectedDeductionCny);
    expect(byMonth?.rows).toHaveLength(monthRange('2024-06', '2025-10').length);
  });
});

describe('helpers', () => {
  it('monthRange crosses year ends', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('every enforcement text exists in Chinese and English, and placeholders are filled', () => {
    for (const k of enforcementText.keys()) {
      expect(enforcementText.template('zh', k).trim(), k).not.toBe('');
      expect(enforcementText.template('en', k).trim(), k).not.toBe('');
    }
    expect(enforcementText('en', 'list.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });
});

describe('buildEnforcementData(dataDir, outDir, asOf) on the bundled sample data', () => {
  it('writes page data with one revoked and one expired case, entities with several cases, and sample CSVs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'enf-out-'));
    const data = await buildEnforcementData('data', out, null);
    const back = enforcementPageDataSchema.parse(
      JSON.parse(readFileSync(join(out, ENFORCEMENT_DOC.file), 'utf8')),
    );
    expect(back).toEqual(data);
    expect(data.sample).toBe(true);
    expect(data.withdrawn.map((w) => w.reason).sort()).toEqual(['expired', 'revoked']);
    expect(data.entities.filter((e) => e.caseSlugs.length > 1).length).toBeGreaterThanOrEqual(3);
    expect(data.cases.some((c) => c.typical)).toBe(true);
    const raw = await readEnforcementFolder('data');
    expect(data.cases.length + data.withdrawn.length).toBe(raw.cases.length);
    const csv = readFileSync(join(out, 'public', 'data', 'enforcement-cases.csv'), 'utf8');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]?.at(-1)).toBe('sample');
    expect(rows.slice(1).every((r) => r.at(-1) === 'true')).toBe(true);
  });
});
