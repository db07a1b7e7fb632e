/**
 * The files of the plan, ranking and enforcement families: each builder's page data validated
 * and written to `.generated/`, and its open-data tables written with the one CSV policy.
 * The builders themselves are pure (src/page-data/<family>/build.ts); the writing is here.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readEnforcementFolder } from '../records/enforcement/index.ts';
import { loadPlan, type PlanData } from '../records/plan/index.ts';
import { loadRanking } from '../records/ranking/index.ts';
import type { CsvTable } from '../lib/table.ts';
import {
  BURNING_CSV,
  CASES_CSV,
  ENFORCEMENT_DOC,
  burningTable,
  casesTable,
  enforcementPageData,
  enforcementPageDataSchema,
  resolveAsOf,
  type EnforcementPageData,
} from '../page-data/enforcement/index.ts';
import {
  buildPlanPages,
  departmentsTable,
  measuresTable,
  statusDateOf,
  targetsTable,
  type PlanPagesData,
  PLAN_DOC,
} from '../page-data/plan/index.ts';
import {
  comparisonTable,
  positionsTable,
  rankingPageData,
  rankingPageDataSchema,
  type ComputedCompositeIndex,
  type RankingPageData,
  RANKING_DOC,
} from '../page-data/ranking/index.ts';
import { csvDocument } from './csv.ts';
import { writeGenerated } from './staging.ts';

const csvOf = (t: CsvTable): string => csvDocument(t.header, t.rows);

export const casesCsv = (d: EnforcementPageData): string => csvOf(casesTable(d));
export const burningCsv = (d: EnforcementPageData): string => csvOf(burningTable(d));
export const positionsCsv = (d: RankingPageData): string => csvOf(positionsTable(d));
export const comparisonCsv = (d: RankingPageData): string => csvOf(comparisonTable(d));
export const measuresCsv = (p: PlanPagesData): string => csvOf(measuresTable(p));
export const targetsCsv = (plan: PlanData, p: PlanPagesData): string =>
  csvOf(targetsTable(plan, p));
export const departmentsCsv = (p: PlanPagesData): string => csvOf(departmentsTable(p));

/**
 * Validate `<dataDir>/enforcement/`, apply the publicity rules at `asOf` (the site's as-of
 * label, or null), write `<outDir>/enforcement.json` and the open-data CSVs under
 * `<outDir>/public/data/`.
 */
export async function buildEnforcementData(
  dataDir: string,
  outDir: string,
  asOf: string | null,
): Promise<EnforcementPageData> {
  const records = await readEnforcementFolder(dataDir);
  const data = enforcementPageDataSchema.parse(
    enforcementPageData(records, resolveAsOf(asOf, records)),
  );
  await mkdir(join(outDir, 'public', 'data'), { recursive: true });
  await writeGenerated(outDir, ENFORCEMENT_DOC, data);
  await writeFile(join(outDir, 'public', CASES_CSV), casesCsv(data));
  await writeFile(join(outDir, 'public', BURNING_CSV), burningCsv(data));
  return data;
}

/**
 * Read `<dataDir>/ranking/`, build the page data and write `<outDir>/ranking.json` plus the two
 * open-data CSVs under `<outDir>/public/data/ranking/`. `computed` is our composite index for
 * the county from the indicators stage; `computedIsSample` says it comes from sample data.
 */
export async function buildRankingData(
  dataDir: string,
  outDir: string,
  computed: readonly ComputedCompositeIndex[],
  computedIsSample: boolean,
): Promise<RankingPageData> {
  const data = rankingPageDataSchema.parse(
    rankingPageData(loadRanking(dataDir), computed, computedIsSample),
  );
  const pub = join(outDir, 'public', 'data', 'ranking');
  await mkdir(pub, { recursive: true });
  await writeGenerated(outDir, RANKING_DOC, data);
  await writeFile(join(pub, 'rankings.csv'), positionsCsv(data));
  await writeFile(join(pub, 'composite-index.csv'), comparisonCsv(data));
  return data;
}

/**
 * Read `<dataDir>/plan/`, write `<outDir>/plan.json` (read back by the pages with
 * `readGenerated(PLAN_DOC)`), the open-data CSVs under `<outDir>/public/data/`
 * and the plan's text under `<outDir>/public/data/plan/`. `asOf`: the site's asOf (hour label or
 * YYYY-MM-DD) or null (statuses not assessable). Returns the page data it wrote (the build makes
 * the milestone chart from it).
 */
export async function buildPlanData(
  dataDir: string,
  outDir: string,
  asOf: string | null,
): Promise<PlanPagesData> {
  const plan = loadPlan(dataDir);
  const pages = buildPlanPages(plan, statusDateOf(asOf));
  const pub = join(outDir, 'public', 'data');
  await mkdir(join(pub, 'plan'), { recursive: true });
  await writeGenerated(outDir, PLAN_DOC, pages);
  await writeFile(join(pub, 'plan-measures.csv'), measuresCsv(pages));
  await writeFile(join(pub, 'plan-targets.csv'), targetsCsv(plan, pages));
  await writeFile(join(pub, 'plan-departments.csv'), departmentsCsv(pages));
  for (const doc of plan.source.documents)
    await copyFile(join(dataDir, 'plan', 'source', doc.file), join(pub, 'plan', doc.file));
  return pages;
}
