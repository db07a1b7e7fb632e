/**
 * `loadPlan(dataDir)`: reads data/plan/, validates every file and cross-checks them (unique ids,
 * references between files, source-document hashes, target clauses quoted word for word).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { readCsv, type CsvRow, type ObjectSchema } from './csv.ts';
import { PlanDataError, type PlanDataIssue } from './issues.ts';
import {
  DepartmentAliasSchema,
  DepartmentSchema,
  ExclusionSchema,
  MeasureBodySchema,
  MeasureSchema,
  ProgressSchema,
  SectionSchema,
  SourceMetaSchema,
  TargetSchema,
  type Department,
  type DepartmentAlias,
  type ExtractionExclusion,
  type Measure,
  type MeasureBody,
  type PlanSection,
  type ProgressItem,
  type SourceMeta,
  type Target,
} from './schema.ts';
import { joinedPlanText } from './text-extraction.ts';
import { assertWholeFileSize } from '../limits.ts';
import { readUtf8 } from '../decode.ts';

/** Everything the plan pages need, validated and cross-checked. */
export interface PlanData {
  readonly sections: readonly PlanSection[];
  readonly measures: readonly Measure[];
  readonly bodies: readonly MeasureBody[];
  readonly targets: readonly Target[];
  readonly departments: readonly Department[];
  readonly aliases: readonly DepartmentAlias[];
  readonly progress: readonly ProgressItem[];
  readonly exclusions: readonly ExtractionExclusion[];
  readonly source: SourceMeta;
  /** The text of the current source document, as stored (page-break splits not yet joined). */
  readonly sourceText: string;
}

export interface LoadPlanOptions {
  /** Read evidence from this file instead of `<dataDir>/plan/progress.csv` (tests use fixtures). */
  readonly progressFile?: string;
}

function duplicates<T>(
  rows: readonly CsvRow<T>[],
  key: (v: T) => string,
  label: string,
  column: string,
  columnIndex: number,
): PlanDataIssue[] {
  const seen = new Map<string, number>();
  const out: PlanDataIssue[] = [];
  for (const r of rows) {
    const k = key(r.value);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, r.line);
    else
      out.push({
        file: label,
        line: r.line,
        column: columnIndex,
        columnName: column,
        value: k,
        expected: `expected a unique ${column} (first used on line ${first})`,
      });
  }
  return out;
}

function missingRef<T>(
  rows: readonly CsvRow<T>[],
  get: (v: T) => string,
  known: ReadonlySet<string>,
  label: string,
  column: string,
  columnIndex: number,
  what: string,
): PlanDataIssue[] {
  const out: PlanDataIssue[] = rows
    .filter((r) => get(r.value) !== '' && !known.has(get(r.value)))
    .map((r) => ({
      file: label,
      line: r.line,
      column: columnIndex,
      columnName: column,
      value: get(r.value),
      expected: `expected ${what}`,
    }));
  // Many rows missing their referent usually means one missing or cut file, not many typos: name
  // the first few and count the rest, so the cause is not buried.
  if (out.length <= MAX_REFS_LISTED) return out;
  const rest = out.slice(MAX_REFS_LISTED);
  const values = [...new Set(rest.map((i) => i.value))];
  return [
    ...out.slice(0, MAX_REFS_LISTED),
    {
      file: label,
      line: (rest[0] as PlanDataIssue).line,
      column: columnIndex,
      columnName: column,
      value: values.slice(0, 5).join(', ') + (values.length > 5 ? ', …' : ''),
      expected: `expected ${what}; and ${rest.length} more rows to line ${(rest[rest.length - 1] as PlanDataIssue).line} (is the file they refer to complete?)`,
    },
  ];
}

/** Missing-reference problems listed one by one per file and column before they are counted. */
const MAX_REFS_LISTED = 5;

/**
 * Read and validate `<dataDir>/plan/`. Throws `PlanDataError` listing every problem (file, line,
 * column, expected) — the plan data is curated by hand, so nothing is set aside silently.
 */
export function loadPlan(dataDir: string, options: LoadPlanOptions = {}): PlanData {
  const dir = join(dataDir, 'plan');
  const issues: PlanDataIssue[] = [];
  // rows set aside, by file: a reference to one of them is an echo of its own issue, not another
  const invalid = new Map<string, Record<string, string>[]>();
  const read = <S extends ObjectSchema>(name: string, schema: S): CsvRow<z.output<S>>[] => {
    const rejected: Record<string, string>[] = [];
    invalid.set(name, rejected);
    return readCsv(join(dir, name), `plan/${name}`, schema, issues, rejected);
  };
  const rawIds = (name: string, column: string): string[] =>
    (invalid.get(name) ?? []).map((r) => (r[column] ?? '').trim());

  const sections = read('sections.csv', SectionSchema);
  const measures = read('measures.csv', MeasureSchema);
  const departments = read('departments.csv', DepartmentSchema);
  const aliases = read('department_aliases.csv', DepartmentAliasSchema);
  const bodies = read('measure_bodies.csv', MeasureBodySchema);
  const targets = read('targets.csv', TargetSchema);
  const exclusions = read('extraction-exclusions.csv', ExclusionSchema);
  const progressPath = options.progressFile ?? join(dir, 'progress.csv');
  const progressLabel = options.progressFile ?? 'plan/progress.csv';
  const progress = readCsv(progressPath, progressLabel, ProgressSchema, issues);

  // A file with a wrong header, no content or broken CSV (a truncated file's open quote) would
  // make every reference to it look broken: report the structural problem alone (issue 21: one
  // message, not 61).
  const structural = issues.filter((i) => i.line === 0 || i.structural === true);
  if (structural.length > 0) throw new PlanDataError(structural);

  // Source document metadata and text.
  let source: SourceMeta | null = null;
  let sourceText = '';
  const metaLabel = 'plan/source/meta.json';
  try {
    const parsed = SourceMetaSchema.safeParse(
      JSON.parse(readUtf8(join(dir, 'source', 'meta.json'), metaLabel)),
    );
    if (parsed.success) source = parsed.data;
    else
      for (const i of parsed.error.issues)
        issues.push({
          file: metaLabel,
          line: 0,
          column: 0,
          columnName: i.path.join('.'),
          value: '',
          expected: i.message,
        });
  } catch (e) {
    issues.push({
      file: metaLabel,
      line: 0,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected readable JSON (${String(e)})`,
    });
  }
  for (const doc of source?.documents ?? []) {
    const label = `plan/source/${doc.file}`;
    assertWholeFileSize(join(dir, 'source', doc.file), label);
    try {
      const body = readFileSync(join(dir, 'source', doc.file), 'utf8');
      const sha = createHash('sha256').update(body).digest('hex');
      if (sha !== doc.sha256)
        issues.push({
          file: label,
          line: 0,
          column: 0,
          columnName: '',
          value: '',
          expected: `expected SHA-256 ${doc.sha256} as recorded in meta.json, got ${sha}`,
        });
      if (doc.id === source?.current) sourceText = body;
    } catch {
      issues.push({
        file: label,
        line: 0,
        column: 0,
        columnName: '',
        value: '',
        expected: 'expected a readable file named in meta.json',
      });
    }
  }

  // Uniqueness and cross references.
  issues.push(
    ...duplicates(sections, (s) => String(s.section), 'plan/sections.csv', 'section', 1),
    ...duplicates(measures, (m) => m.id, 'plan/measures.csv', 'id', 1),
    ...duplicates(departments, (d) => d.id, 'plan/departments.csv', 'id', 1),
    ...duplicates(aliases, (a) => a.alias, 'plan/department_aliases.csv', 'alias', 1),
    ...duplicates(
      bodies,
      (b) => `${b.measure_id}/${b.department_id}`,
      'plan/measure_bodies.csv',
      'measure_id',
      1,
    ),
    ...duplicates(targets, (t) => t.id, 'plan/targets.csv', 'id', 1),
    ...duplicates(
      targets.filter((t) => t.value.computed_as !== ''),
      (t) => t.computed_as,
      'plan/targets.csv',
      'computed_as',
      16,
    ),
  );
  for (const m of measures) {
    if (m.value.id !== `${m.value.section}.${m.value.item}`)
      issues.push({
        file: 'plan/measures.csv',
        line: m.line,
        column: 1,
        columnName: 'id',
        value: m.value.id,
        expected: `expected "${m.value.section}.${m.value.item}" (section.item)`,
      });
  }
  const sectionIds = new Set([
    ...sections.map((s) => String(s.value.section)),
    ...rawIds('sections.csv', 'section'),
  ]);
  const measureIds = new Set([...measures.map((m) => m.value.id), ...rawIds('measures.csv', 'id')]);
  const deptIds = new Set([
    ...departments.map((d) => d.value.id),
    ...rawIds('departments.csv', 'id'),
  ]);
  const targetById = new Map(targets.map((t) => [t.value.id, t.value]));
  const targetIds = new Set([...targetById.keys(), ...rawIds('targets.csv', 'id')]);
  issues.push(
    ...missingRef(
      measures,
      (m) => String(m.section),
      sectionIds,
      'plan/measures.csv',
      'section',
      2,
      'a section listed in sections.csv',
    ),
    ...missingRef(
      aliases,
      (a) => a.department_id,
      deptIds,
      'plan/department_aliases.csv',
      'department_id',
      2,
      'a department id from departments.csv',
    ),
    ...missingRef(
      bodies,
      (b) => b.measure_id,
      measureIds,
      'plan/measure_bodies.csv',
      'measure_id',
      1,
      'a measure id from measures.csv',
    ),
    ...missingRef(
      bodies,
      (b) => b.department_id,
      deptIds,
      'plan/measure_bodies.csv',
      'department_id',
      2,
      'a department id from departments.csv',
    ),
    ...missingRef(
      targets,
      (t) => t.measure_id,
      measureIds,
      'plan/targets.csv',
      'measure_id',
      2,
      'a measure id from measures.csv',
    ),
    ...missingRef(
      progress,
      (p) => p.target_id,
      targetIds,
      progressLabel,
      'target_id',
      2,
      'a target id from targets.csv',
    ),
    ...missingRef(
      progress,
      (p) => p.measure_id,
      measureIds,
      progressLabel,
      'measure_id',
      3,
      'a measure id from measures.csv',
    ),
  );
  for (const p of progress) {
    const t = targetById.get(p.value.target_id);
    if (t !== undefined && p.value.measure_id !== '' && p.value.measure_id !== t.measure_id)
      issues.push({
        file: progressLabel,
        line: p.line,
        column: 3,
        columnName: 'measure_id',
        value: p.value.measure_id,
        expected: `expected "${t.measure_id}" (the measure of target ${t.id}) or empty`,
      });
  }
  const sourceJoined = joinedPlanText(sourceText);
  for (const t of targets) {
    // Clauses are quoted word for word; page-break splits are joined before comparing.
    if (sourceText !== '' && !sourceJoined.includes(t.value.clause))
      issues.push({
        file: 'plan/targets.csv',
        line: t.line,
        column: 15,
        columnName: 'clause',
        value: t.value.clause,
        expected: 'expected the exact words of the plan text',
      });
  }

  if (issues.length > 0 || source === null) throw new PlanDataError(issues);
  return {
    sections: sections.map((r) => r.value),
    measures: measures.map((r) => r.value),
    bodies: bodies.map((r) => r.value),
    targets: targets.map((r) => r.value),
    departments: departments.map((r) => r.value),
    aliases: aliases.map((r) => r.value),
    progress: progress.map((r) => ({ ...r.value, file: progressLabel, line: r.line })),
    exclusions: exclusions.map((r) => r.value),
    source,
    sourceText,
  };
}
