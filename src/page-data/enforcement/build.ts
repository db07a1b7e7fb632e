/**
 * Enforcement disclosures (issue 9): validated records → the data of every enforcement page.
 *
 * Pure functions; `buildEnforcementData` in src/publish/feature-files.ts reads DATA_DIR/enforcement/
 * and writes .generated/enforcement.json and the open-data CSVs from them.
 * Publicity policy (revoked and expired decisions): docs/decisions/011-enforcement-publicity.md.
 */
import { z } from 'zod';
import {
  BURNING_KINDS,
  ENTITY_TYPES,
  MEASURES,
  RECTIFICATION_STATUSES,
  VIOLATION_CATEGORIES,
  burningPointSchema,
  enforcementCaseSchema,
  townshipSchema,
  type BurningPoint,
  type EnforcementCase,
  type EnforcementRecords,
  type Township,
} from '../../records/enforcement.ts';
import { beijingDate, labelToEpoch } from '../../records/time.ts';
import { table, type CsvTable } from '../../lib/table.ts';
import { bilingualSchema, type Bilingual } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

/** A published case as the pages show it (the record without its source line). */
export const caseViewSchema = enforcementCaseSchema.omit({ line: true });
export type CaseView = z.infer<typeof caseViewSchema>;

/** What stays of a decision that is no longer public: its number and why (no entity, no amount). */
export const withdrawnCaseSchema = z.object({
  slug: z.string(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  reason: z.enum(['revoked', 'expired']),
  /** Revocation date, or the last day of publicity. */
  date: z.string(),
  note: z.string().nullable(),
  sample: z.boolean(),
});
export type WithdrawnCase = z.infer<typeof withdrawnCaseSchema>;

export const entityViewSchema = z.object({
  id: z.string(),
  /** The name on the newest case, then other names it was published under. */
  name: z.string(),
  otherNames: z.array(z.string()),
  type: caseViewSchema.shape.entityType,
  creditCode: z.string().nullable(),
  townships: z.array(z.string()),
  /** Case slugs, newest decision first. */
  caseSlugs: z.array(z.string()),
  penaltyFen: z.number().int().nonnegative(),
  typicalCount: z.number().int().nonnegative(),
  firstDate: z.string(),
  lastDate: z.string(),
  sample: z.boolean(),
});
export type EntityView = z.infer<typeof entityViewSchema>;

/** The data of one chart: the lead mounts a chart-kit component on it; pages render its table. */
export const chartDataSchema = z.object({
  id: z.string(),
  /** The chart-kit type that fits: bar (categories) or line (time). */
  type: z.enum(['bar', 'line']),
  title: bilingualSchema,
  unit: bilingualSchema,
  series: z.array(z.object({ id: z.string(), label: bilingualSchema })).min(1),
  rows: z.array(z.object({ key: z.string(), label: bilingualSchema, values: z.array(z.number()) })),
});
export type ChartData = z.infer<typeof chartDataSchema>;

export const burningViewSchema = z.object({
  rows: z.array(burningPointSchema.extend({ expectedDeductionCny: z.number().int() })),
  totalPoints: z.number().int(),
  pointsByKind: z.record(z.string(), z.number().int()),
  /** Sum of the plan's deduction over all points. */
  expectedDeductionCny: z.number().int(),
  /** Sum of published deductions, and how many rows have none published. */
  publishedDeductionCny: z.number().int(),
  unpublishedRows: z.number().int(),
  /** Rows whose published deduction differs from the plan's rule. */
  mismatchedRows: z.number().int(),
  charts: z.array(chartDataSchema),
});
export type BurningView = z.infer<typeof burningViewSchema>;

export const enforcementPageDataSchema = z.object({
  /** The Beijing date the publicity rules were applied at, and where it came from. */
  asOf: z.iso.date(),
  asOfSource: z.enum(['site', 'data']),
  sample: z.boolean(),
  townships: z.array(townshipSchema),
  /** Published cases, newest decision first. */
  cases: z.array(caseViewSchema),
  withdrawn: z.array(withdrawnCaseSchema),
  entities: z.array(entityViewSchema),
  totalPenaltyFen: z.number().int(),
  charts: z.array(chartDataSchema),
  burning: burningViewSchema,
});
export type EnforcementPageData = z.infer<typeof enforcementPageDataSchema>;

export const GENERATED_FILE = 'enforcement.json';
export const CASES_CSV = 'data/enforcement-cases.csv';
export const BURNING_CSV = 'data/burning-points.csv';
/** Cases per list page: keeps every page far inside the 80 KB budget. */
export const PAGE_SIZE = 20;

// ---------------------------------------------------------------------------------------------
// Publicity
// ---------------------------------------------------------------------------------------------

/**
 * Whether a case is still public on `asOf` (a Beijing date): revoked on or before `asOf` →
 * revoked; `asOf` after the last day of publicity → expired; otherwise public.
 */
export function publicity(
  c: Pick<EnforcementCase, 'revokedDate' | 'publicityEndDate'>,
  asOf: string,
): 'public' | 'revoked' | 'expired' {
  if (c.revokedDate !== null && c.revokedDate <= asOf) return 'revoked';
  if (c.publicityEndDate !== null && asOf > c.publicityEndDate) return 'expired';
  return 'public';
}

/**
 * The date publicity is judged at: the Beijing date of the site's `asOf` label, or, when the
 * site has none, the latest event date in the enforcement data itself (never the machine clock).
 */
export function resolveAsOf(
  siteAsOf: string | null,
  records: EnforcementRecords,
): { asOf: string; source: 'site' | 'data' } {
  if (siteAsOf !== null) return { asOf: beijingDate(labelToEpoch(siteAsOf)), source: 'site' };
  const dates: string[] = [];
  for (const c of records.cases) {
    dates.push(c.decisionDate, c.publishedDate);
    if (c.rectificationDate) dates.push(c.rectificationDate);
    if (c.revokedDate) dates.push(c.revokedDate);
  }
  for (const b of records.burning) dates.push(b.date);
  const latest = dates.sort().at(-1);
  if (latest === undefined)
    throw new Error('enforcement: no dates in the data and no site asOf to judge publicity by');
  return { asOf: latest, source: 'data' };
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export function monthLabel(month: string): Bilingual {
  const [y, m] = month.split('-');
  const mi = Number(m);
  return { zh: `${y}年${mi}月`, en: `${EN_MONTHS[mi - 1] ?? m} ${y}` };
}

/** Every month from the first to the last given month, inclusive (gaps are real zeros). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function newestFirst(a: CaseView, b: CaseView): number {
  return a.decisionDate === b.decisionDate
    ? b.decisionNo.localeCompare(a.decisionNo)
    : a.decisionDate < b.decisionDate
      ? 1
      : -1;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** One entity's history: every public case of it, aggregated. */
export function entityHistories(cases: readonly CaseView[]): EntityView[] {
  const byId = new Map<string, CaseView[]>();
  for (const c of cases) byId.set(c.entityId, [...(byId.get(c.entityId) ?? []), c]);
  const out: EntityView[] = [];
  for (const [id, list] of byId) {
    const sorted = [...list].sort(newestFirst);
    const newest = sorted[0];
    const oldest = sorted.at(-1);
    if (!newest || !oldest) continue;
    out.push({
      id,
      name: newest.entityName,
      otherNames: [...new Set(sorted.map((c) => c.entityName))].filter(
        (n) => n !== newest.entityName,
      ),
      type: newest.entityType,
      creditCode: newest.creditCode,
      townships: [...new Set(sorted.map((c) => c.township))],
      caseSlugs: sorted.map((c) => c.slug),
      penaltyFen: sum(sorted.map((c) => c.penaltyFen)),
      typicalCount: sorted.filter((c) => c.typical).length,
      firstDate: oldest.decisionDate,
      lastDate: newest.decisionDate,
      sample: sorted.some((c) => c.sample),
    });
  }
  return out.sort((a, b) => b.caseSlugs.length - a.caseSlugs.length || a.id.localeCompare(b.id));
}

const CASES_UNIT = { zh: '件', en: 'cases' };
const YUAN_UNIT = { zh: '元', en: 'yuan' };
const ONE_SERIES = (label: Bilingual) => [{ id: 'value', label }];

/** The overview charts; each row's values add up to the list's totals (tested). */
export function caseCharts(
  cases: readonly CaseView[],
  townships: readonly Township[],
): ChartData[] {
  const years = [...new Set(cases.map((c) => c.decisionDate.slice(0, 4)))].sort();
  const months = cases.map((c) => c.decisionDate.slice(0, 7)).sort();
  const first = months[0];
  const last = months.at(-1);
  const count = (pred: (c: CaseView) => boolean) => cases.filter(pred).length;
  const yuan = (pred: (c: CaseView) => boolean) =>
    sum(cases.filter(pred).map((c) => c.penaltyFen)) / 100;
  const caseLabel = { zh: '案件数', en: 'Cases' };
  return [
    {
      id: 'cases-by-year',
      type: 'bar',
      title: { zh: '各年公开的处罚决定数', en: 'Published decisions by year' },
      unit: CASES_UNIT,
      series: ONE_SERIES(caseLabel),
      rows: years.map((y) => ({
        key: y,
        label: { zh: `${y}年`, en: y },
        values: [count((c) => c.decisionDate.startsWith(y))],
      })),
    },
    {
      id: 'cases-by-month',
      type: 'line',
      title: { zh: '各月公开的处罚决定数', en: 'Published decisions by month' },
      unit: CASES_UNIT,
      series: ONE_SERIES(caseLabel),
      rows:
        first && last
          ? monthRange(first, last).map((m) => ({
              key: m,
              label: monthLabel(m),
              values: [count((c) => c.decisionDate.startsWith(m))],
            }))
          : [],
    },
    {
      id: 'cases-by-category',
      type: 'bar',
      title: { zh: '按违法类型的处罚决定数', en: 'Decisions by violation category' },
      unit: CASES_UNIT,
      series: ONE_SERIES(caseLabel),
      rows: VIOLATION_CATEGORIES.map((k) => ({
        key: k.id,
        label: { zh: k.zh, en: k.en },
        values: [count((c) => c.category === k.id)],
      })),
    },
    {
      id: 'cases-by-township',
      type: 'bar',
      title: { zh: '按乡镇（街道）的处罚决定数', en: 'Decisions by township' },
      unit: CASES_UNIT,
      series: ONE_SERIES(caseLabel),
      rows: townships.map((t) => ({
        key: t.id,
        label: { zh: t.zh, en: t.en },
        values: [count((c) => c.township === t.id)],
      })),
    },
    {
      id: 'penalties-by-year',
      type: 'bar',
      title: { zh: '各年罚款金额', en: 'Fines by year' },
      unit: YUAN_UNIT,
      series: ONE_SERIES({ zh: '罚款（元）', en: 'Fines (yuan)' }),
      rows: years.map((y) => ({
        key: y,
        label: { zh: `${y}年`, en: y },
        values: [yuan((c) => c.decisionDate.startsWith(y))],
      })),
    },
  ];
}

/** Fire points and deductions (plan section 五(二)). */
export function burningView(
  points: readonly BurningPoint[],
  townships: readonly Township[],
): BurningView {
  const rate = (k: BurningPoint['kind']): number =>
    BURNING_KINDS.find((b) => b.id === k)?.deductionPerPointCny ?? 0;
  const rows = [...points]
    .sort((a, b) =>
      a.date === b.date
        ? a.township.localeCompare(b.township) || a.kind.localeCompare(b.kind)
        : a.date < b.date
          ? 1
          : -1,
    )
    .map((p) => ({ ...p, expectedDeductionCny: p.points * rate(p.kind) }));
  const months = rows.map((r) => r.date.slice(0, 7)).sort();
  const first = months[0];
  const last = months.at(-1);
  const series = BURNING_KINDS.map((k) => ({ id: k.id, label: { zh: k.zh, en: k.en } }));
  const pts = (pred: (r: BurningPoint) => boolean, kind: string) =>
    sum(rows.filter((r) => r.kind === kind && pred(r)).map((r) => r.points));
  const pointsUnit = { zh: '个火点', en: 'fire points' };
  const pointsByKind: Record<string, number> = {};
  for (const k of BURNING_KINDS) pointsByKind[k.id] = pts(() => true, k.id);
  const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))].sort();
  return {
    rows,
    totalPoints: sum(rows.map((r) => r.points)),
    pointsByKind,
    expectedDeductionCny: sum(rows.map((r) => r.expectedDeductionCny)),
    publishedDeductionCny: sum(rows.map((r) => r.deductionCny ?? 0)),
    unpublishedRows: rows.filter((r) => r.deductionCny === null).length,
    mismatchedRows: rows.filter(
      (r) => r.deductionCny !== null && r.deductionCny !== r.expectedDeductionCny,
    ).length,
    charts: [
      {
        id: 'fire-points-by-month',
        type: 'bar',
        title: { zh: '各月火点数', en: 'Fire points by month' },
        unit: pointsUnit,
        series,
        rows:
          first && last
            ? monthRange(first, last).map((m) => ({
                key: m,
                label: monthLabel(m),
                values: BURNING_KINDS.map((k) => pts((r) => r.date.startsWith(m), k.id)),
              }))
            : [],
      },
      {
        id: 'fire-points-by-township',
        type: 'bar',
        title: { zh: '各乡镇（街道）火点数', en: 'Fire points by township' },
        unit: pointsUnit,
        series,
        rows: townships.map((t) => ({
          key: t.id,
          label: { zh: t.zh, en: t.en },
          values: BURNING_KINDS.map((k) => pts((r) => r.township === t.id, k.id)),
        })),
      },
      {
        id: 'deductions-by-year',
        type: 'bar',
        title: {
          zh: '各年按方案标准应扣减的地方财力',
          en: "Deductions due under the plan's rule, by year",
        },
        unit: YUAN_UNIT,
        series: ONE_SERIES({ zh: '应扣减（元）', en: 'Due (yuan)' }),
        rows: years.map((y) => ({
          key: y,
          label: { zh: `${y}年`, en: y },
          values: [
            sum(rows.filter((r) => r.date.startsWith(y)).map((r) => r.expectedDeductionCny)),
          ],
        })),
      },
    ],
  };
}

/** Everything the enforcement pages need, with the publicity rules applied at `asOf`. */
export function enforcementPageData(
  records: EnforcementRecords,
  asOf: { asOf: string; source: 'site' | 'data' },
): EnforcementPageData {
  const shown: CaseView[] = [];
  const withdrawn: WithdrawnCase[] = [];
  for (const c of records.cases) {
    const state = publicity(c, asOf.asOf);
    if (state === 'public') {
      shown.push(caseViewSchema.parse(c)); // zod drops the source line
    } else {
      withdrawn.push({
        slug: c.slug,
        decisionNo: c.decisionNo,
        decisionDate: c.decisionDate,
        reason: state,
        date: state === 'revoked' ? (c.revokedDate ?? '') : (c.publicityEndDate ?? ''),
        note: state === 'revoked' ? c.revocationNote : null,
        sample: c.sample,
      });
    }
  }
  shown.sort(newestFirst);
  withdrawn.sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    asOf: asOf.asOf,
    asOfSource: asOf.source,
    sample:
      records.cases.some((c) => c.sample) ||
      records.burning.some((b) => b.sample) ||
      records.townships.some((t) => t.sample),
    townships: records.townships,
    cases: shown,
    withdrawn,
    entities: entityHistories(shown),
    totalPenaltyFen: sum(shown.map((c) => c.penaltyFen)),
    charts: caseCharts(shown, records.townships),
    burning: burningView(records.burning, records.townships),
  };
}

// ---------------------------------------------------------------------------------------------
// Lists, pagination and filter pages (no JavaScript needed)
// ---------------------------------------------------------------------------------------------

export type FilterDimension = 'category' | 'township' | 'year';
export const FILTER_DIMENSIONS: readonly FilterDimension[] = ['category', 'township', 'year'];

export interface ListPage {
  /** Language-neutral path, e.g. `/enforcement/`, `/enforcement/year/2025/page/2/`. */
  readonly path: string;
  readonly filter: {
    readonly dimension: FilterDimension;
    readonly value: string;
    readonly label: Bilingual;
  } | null;
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly cases: readonly CaseView[];
  readonly prevPath: string | null;
  readonly nextPath: string | null;
}

export interface FilterOption {
  readonly value: string;
  readonly label: Bilingual;
  readonly count: number;
  /** Null when no published case has this value (no empty page is built). */
  readonly path: string | null;
}

export function filterBasePath(dimension: FilterDimension, value: string): string {
  return `/enforcement/${dimension}/${value}/`;
}

function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Split a case list into pages of `PAGE_SIZE`; an empty list still has one page. */
export function paginate(
  base: string,
  cases: readonly CaseView[],
  filter: ListPage['filter'],
  size = PAGE_SIZE,
): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(cases.length / size));
  return Array.from({ length: pageCount }, (_, i) => {
    const page = i + 1;
    return {
      path: pagePath(base, page),
      filter,
      page,
      pageCount,
      total: cases.length,
      cases: cases.slice(i * size, page * size),
      prevPath: page > 1 ? pagePath(base, page - 1) : null,
      nextPath: page < pageCount ? pagePath(base, page + 1) : null,
    };
  });
}

/** The values of one filter dimension, with counts; every value with cases gets a page. */
export function filterOptions(
  data: Pick<EnforcementPageData, 'cases' | 'townships'>,
  dimension: FilterDimension,
): FilterOption[] {
  const valueOf = (c: CaseView): string =>
    dimension === 'category'
      ? c.category
      : dimension === 'township'
        ? c.township
        : c.decisionDate.slice(0, 4);
  const options: { value: string; label: Bilingual }[] =
    dimension === 'category'
      ? VIOLATION_CATEGORIES.map((k) => ({ value: k.id, label: { zh: k.zh, en: k.en } }))
      : dimension === 'township'
        ? data.townships.map((t) => ({ value: t.id, label: { zh: t.zh, en: t.en } }))
        : [...new Set(data.cases.map(valueOf))]
            .sort()
            .reverse()
            .map((y) => ({ value: y, label: { zh: `${y}年`, en: y } }));
  return options.map((o) => {
    const count = data.cases.filter((c) => valueOf(c) === o.value).length;
    return { ...o, count, path: count > 0 ? filterBasePath(dimension, o.value) : null };
  });
}

/** Every list page: the main list (`/enforcement/`, `/enforcement/page/N/`) and each filter's pages. */
export function listPages(data: Pick<EnforcementPageData, 'cases' | 'townships'>): ListPage[] {
  const out = paginate('/enforcement/', data.cases, null);
  for (const dimension of FILTER_DIMENSIONS) {
    for (const o of filterOptions(data, dimension)) {
      if (o.path === null) continue;
      const matching = data.cases.filter((c) =>
        dimension === 'category'
          ? c.category === o.value
          : dimension === 'township'
            ? c.township === o.value
            : c.decisionDate.startsWith(o.value),
      );
      out.push(...paginate(o.path, matching, { dimension, value: o.value, label: o.label }));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Open-data CSV (only what is public at asOf)
// ---------------------------------------------------------------------------------------------

// Written by the one CSV writer (src/publish/csv.ts): its formula guard matters here, as names,
// summaries and notes are free text from the records.
const yuanText = (fen: number): string =>
  fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);

export function casesTable(data: EnforcementPageData): CsvTable {
  const header = [
    'slug',
    'decision_no',
    'decision_date',
    'entity_id',
    'entity_name',
    'entity_type',
    'credit_code',
    'township',
    'category',
    'legal_basis',
    'measures',
    'penalty_cny',
    'rectification_status',
    'rectification_date',
    'source_url',
    'published_date',
    'publicity_end_date',
    'typical',
    'summary',
    'sample',
  ];
  return table(
    header,
    data.cases.map((c) => [
      c.slug,
      c.decisionNo,
      c.decisionDate,
      c.entityId,
      c.entityName,
      c.entityType,
      c.creditCode ?? '',
      c.township,
      c.category,
      c.legalBasis,
      c.measures.join(';'),
      c.penaltyFen > 0 ? yuanText(c.penaltyFen) : '',
      c.rectificationStatus,
      c.rectificationDate ?? '',
      c.source.url,
      c.publishedDate,
      c.publicityEndDate ?? '',
      String(c.typical),
      c.summary,
      String(c.sample),
    ]),
  );
}

export function burningTable(data: EnforcementPageData): CsvTable {
  const header = [
    'date',
    'township',
    'kind',
    'points',
    'deduction_cny',
    'expected_deduction_cny',
    'source_url',
    'note',
    'sample',
  ];
  return table(
    header,
    data.burning.rows.map((r) => [
      r.date,
      r.township,
      r.kind,
      String(r.points),
      r.deductionCny === null ? '' : String(r.deductionCny),
      String(r.expectedDeductionCny),
      r.source?.url ?? '',
      r.note,
      String(r.sample),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Labels for the pages
// ---------------------------------------------------------------------------------------------

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const hit = list.find((x) => x.id === id);
  if (!hit) throw new Error(`unknown id "${id}"`);
  return hit;
};

export const labels = {
  category: (id: string) => byId(VIOLATION_CATEGORIES, id),
  measure: (id: string) => byId(MEASURES, id),
  entityType: (id: string) => byId(ENTITY_TYPES, id),
  rectification: (id: string) => byId(RECTIFICATION_STATUSES, id),
  burningKind: (id: string) => byId(BURNING_KINDS, id),
  township: (data: Pick<EnforcementPageData, 'townships'>, id: string) => byId(data.townships, id),
};

/** Fen → yuan as a number (exact for whole yuan; two decimals otherwise). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

export const ENFORCEMENT_DOC = generatedDoc(GENERATED_FILE, enforcementPageDataSchema);
