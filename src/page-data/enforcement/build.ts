/**
 * Enforcement disclosures (issue 9): validated records → the data of every enforcement page.
 *
 * Pure functions; `buildEnforcementData` in src/publish/feature-files.ts reads DATA_DIR/enforcement/
 * and writes .generated/enforcement.json and the open-data CSVs from them.
 * Publicity policy (revoked and expired decisions): docs/decisions/011-enforcement-publicity.md.
 */
import {
  BURNING_KINDS,
  ENTITY_TYPES,
  MEASURES,
  RECTIFICATION_STATUSES,
  VIOLATION_CATEGORIES,
  type BurningPoint,
  type EnforcementCase,
  type EnforcementRecords,
  type Township,
} from '../../records/enforcement/index.ts';
import { beijingDate, labelToEpoch } from '../../records/time.ts';
import { type Bilingual } from '../../i18n/text.ts';
import {
  type BurningView,
  type CaseView,
  type ChartData,
  type EnforcementPageData,
  type EntityView,
  type WithdrawnCase,
  caseViewSchema,
} from './schema.ts';
import { MONTH_ABBR_EN } from '../../i18n/format.ts';

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

export function monthLabel(month: string): Bilingual {
  const [y, m] = month.split('-');
  const mi = Number(m);
  return { zh: `${y}年${mi}月`, en: `${MONTH_ABBR_EN[mi - 1] ?? m} ${y}` };
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
        noteEn: state === 'revoked' ? c.revocationNoteEn : null,
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
