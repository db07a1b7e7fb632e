/**
 * Published ranking positions as data: schemas for `DATA_DIR/ranking/rankings.csv` and
 * `DATA_DIR/ranking/ranking.json`, and `loadRanking(dataDir)`, which reads, validates and
 * cross-checks them. The files are curated by hand, so there are no "rejected rows": every bad
 * cell stops the build with one message per problem naming file, line, column and what was
 * expected. See data/ranking/README.md and domain.md §4.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import type { Bilingual } from '../i18n/text.ts';

// ---------------------------------------------------------------------------------------------
// Periods: YYYY-MM (monthly), YYYY-Www (ISO week) and YYYY (annual).

export const PERIOD_KINDS = ['month', 'week', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Number of ISO weeks in an ISO year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday; a calendar weekday, zone-free
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** The kind of a well-formed period label, or null when the label is not one of the three forms. */
export function periodKind(period: string): PeriodKind | null {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? 'month' : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(period);
  if (m) {
    const week = Number(m[2]);
    return week >= 1 && week <= isoWeeksInYear(Number(m[1])) ? 'week' : null;
  }
  return /^\d{4}$/.test(period) ? 'year' : null;
}

// ---------------------------------------------------------------------------------------------
// Cell schemas: every CSV cell arrives as a string and is validated, never coerced with +cell.

/** The basis a published figure is on: sand-dust deducted (扣除沙尘), not deducted, or not stated. */
export const RANKING_BASES = ['dust_excluded', 'raw', 'not_stated'] as const;
export type RankingBasis = (typeof RANKING_BASES)[number];

/** What kind of page the source URL is: the publisher's own, a news outlet, or a copy elsewhere. */
export const SOURCE_KINDS = ['official', 'media', 'mirror'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected an ASCII slug such as "henan-counties-monthly"' });
const text = z.string().trim().min(1, { error: 'expected a non-empty text' });
const optionalText = z.string().trim();
const period = z.string().refine((s) => periodKind(s) !== null, {
  error: 'expected a period YYYY-MM, YYYY-Www (ISO week) or YYYY',
});
const optionalPositiveInt = z
  .string()
  .regex(/^([1-9]\d*)?$/, { error: 'expected a whole number ≥ 1 or an empty cell' })
  .transform((s) => (s === '' ? null : Number(s)));
const DECIMAL = /^-?\d+(\.\d+)?$/;
const optionalDecimal = z
  .string()
  .refine((s) => s === '' || DECIMAL.test(s), {
    error: 'expected a decimal number such as 4.26 or -3.5, or an empty cell',
  })
  .transform((s) => (s === '' ? null : Number(s)));
/** A published decimal whose number of decimals is kept: it says how far the source rounded. */
const optionalPublishedDecimal = z
  .string()
  .refine((s) => s === '' || DECIMAL.test(s), {
    error: 'expected a decimal number such as 4.26, or an empty cell',
  })
  .transform((s) =>
    s === '' ? null : { value: Number(s), decimals: (s.split('.')[1] ?? '').length },
  );
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' });

export const RANKINGS_CSV_HEADER = [
  'body',
  'period',
  'unit',
  'parent_city',
  'rank',
  'units_ranked',
  'position_text_zh',
  'position_text_en',
  'basis',
  'composite_index',
  'pm2_5',
  'pm10',
  'good_days_ratio',
  'yoy_change',
  'source_url',
  'source_kind',
  'note_zh',
  'note_en',
] as const;

export const RankingRowSchema = z.object({
  body: slug,
  period,
  unit: text,
  parent_city: optionalText,
  rank: optionalPositiveInt,
  units_ranked: optionalPositiveInt,
  position_text_zh: optionalText,
  position_text_en: optionalText,
  basis: z.enum(RANKING_BASES, { error: `expected one of ${RANKING_BASES.join(', ')}` }),
  composite_index: optionalPublishedDecimal,
  pm2_5: optionalDecimal,
  pm10: optionalDecimal,
  good_days_ratio: optionalDecimal,
  yoy_change: optionalDecimal,
  source_url: httpUrl,
  source_kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
  note_zh: optionalText,
  note_en: optionalText,
});

/**
 * Checks across cells of one row, run only once every cell is valid on its own (zod would run
 * an object refinement on half-parsed cells).
 */
function rowProblems(r: z.output<typeof RankingRowSchema>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const add = (path: string, message: string): void => {
    out.push({ path, message });
  };
  if ((r.position_text_zh === '') !== (r.position_text_en === ''))
    add(
      r.position_text_zh === '' ? 'position_text_zh' : 'position_text_en',
      'expected position_text_zh and position_text_en together',
    );
  if (r.rank === null && r.position_text_zh === '' && r.position_text_en === '')
    add('rank', 'expected a rank, or position_text_zh/en saying what the source gives instead');
  if (r.rank !== null && r.units_ranked !== null && r.rank > r.units_ranked)
    add('rank', `expected a rank ≤ units_ranked (${r.units_ranked})`);
  if ((r.note_zh === '') !== (r.note_en === ''))
    add(r.note_zh === '' ? 'note_zh' : 'note_en', 'expected note_zh and note_en together');
  if (r.good_days_ratio !== null && (r.good_days_ratio < 0 || r.good_days_ratio > 100))
    add('good_days_ratio', 'expected a percentage between 0 and 100');
  return out;
}

export type { Bilingual };

/** One published position of one unit in one ranking body's table for one period. */
export interface PublishedPosition {
  readonly body: string;
  readonly period: string;
  readonly periodKind: PeriodKind;
  readonly unit: string;
  readonly parentCity: string;
  readonly rank: number | null;
  readonly unitsRanked: number | null;
  /** What the source says when it gives no number (or adds to it), e.g. "last of the bottom 20". */
  readonly positionText: Bilingual | null;
  readonly basis: RankingBasis;
  readonly compositeIndex: { readonly value: number; readonly decimals: number } | null;
  readonly pm2_5: number | null;
  readonly pm10: number | null;
  /** Percent, 0–100. */
  readonly goodDaysRatio: number | null;
  /** Year-on-year change of the composite index, percent (negative = improvement). */
  readonly yoyChange: number | null;
  readonly sourceUrl: string;
  readonly sourceKind: SourceKind;
  readonly note: Bilingual | null;
  readonly line: number;
}

// ---------------------------------------------------------------------------------------------
// ranking.json: who ranks, by which rules, what it brings, the plan's target and its baseline.

export const bilingual = z.object({ zh: text, en: text });

export const sourceSchema = z.object({
  name: bilingual,
  url: httpUrl,
  kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
});
export type RankingSource = z.output<typeof sourceSchema>;

export const rankingBodySchema = z.object({
  id: slug,
  frequency: z.enum(PERIOD_KINDS, { error: `expected one of ${PERIOD_KINDS.join(', ')}` }),
  /** Short title, e.g. 河南省县（市、区）月排名. */
  name: bilingual,
  publisher: bilingual,
  /** Which units are ranked, e.g. all counties (cities, districts) of the province. */
  scope: bilingual,
  /** The noun for the units counted in "of N", e.g. 个县（市、区） / counties and districts. */
  unitNoun: bilingual,
  /** How the source says the table is ordered (e.g. air quality and year-on-year improvement). */
  method: bilingual,
  /** Ids of entries in `rules`. */
  rules: z.array(slug),
});
export type RankingBody = z.output<typeof rankingBodySchema>;

export const rankingBaselineSchema = z.union([
  z.literal('unknown'),
  z.object({
    body: slug,
    year: z.number().int().min(2000).max(2100),
    /** The county's rank in that body's table for the baseline year. */
    value: z.number().int().min(1),
    source: httpUrl,
  }),
]);
export type RankingBaseline = z.output<typeof rankingBaselineSchema>;

export const rankingConfigSchema = z
  .object({
    /** The unit name of the county exactly as rankings.csv spells it. */
    county: text,
    countyName: bilingual,
    bodies: z.array(rankingBodySchema).min(1),
    rules: z.array(z.object({ id: slug, name: bilingual, source: sourceSchema })),
    /** What a rank means, in plain words (which rules, what is combined). */
    meaning: bilingual,
    consequences: z.object({ text: bilingual, sources: z.array(sourceSchema).min(1) }),
    target: z.object({
      /** The plan's target, improve by placesMin…placesMax places (1 = best). */
      placesMin: z.number().int().min(1),
      placesMax: z.number().int().min(1),
      year: z.number().int().min(2000).max(2100),
      text: bilingual,
      /** The plan and clause the target comes from; a URL only where the plan is published. */
      source: z.object({ name: bilingual, clause: bilingual, url: httpUrl.optional() }),
    }),
    baseline: rankingBaselineSchema,
    /** Why the baseline is what it is (or why it is unknown). */
    baselineNote: bilingual,
  })
  .superRefine((c, ctx) => {
    if (c.target.placesMin > c.target.placesMax)
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'placesMax'],
        message: 'expected placesMax ≥ placesMin',
      });
    const ids = new Set<string>();
    c.bodies.forEach((b, i) => {
      if (ids.has(b.id))
        ctx.addIssue({
          code: 'custom',
          path: ['bodies', i, 'id'],
          message: `expected a unique body id, "${b.id}" is repeated`,
        });
      ids.add(b.id);
      b.rules.forEach((r, j) => {
        if (!c.rules.some((x) => x.id === r))
          ctx.addIssue({
            code: 'custom',
            path: ['bodies', i, 'rules', j],
            message: `expected the id of an entry in "rules", got "${r}"`,
          });
      });
    });
    if (c.baseline !== 'unknown' && !ids.has(c.baseline.body))
      ctx.addIssue({
        code: 'custom',
        path: ['baseline', 'body'],
        message: `expected the id of an entry in "bodies", got "${c.baseline.body}"`,
      });
  });
export type RankingConfig = z.output<typeof rankingConfigSchema>;

export interface RankingRecords {
  readonly config: RankingConfig;
  readonly positions: readonly PublishedPosition[];
}

// ---------------------------------------------------------------------------------------------
// Reading.

/** One problem in the ranking data. `line`/`column` are 1-based; 0 means the whole file or row. */
export interface RankingDataIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly expected: string;
}

export function formatRankingIssue(i: RankingDataIssue): string {
  const col = i.columnName === '' ? '' : ` (${i.columnName})`;
  const got = i.line === 0 && i.value === '' ? '' : `, got "${i.value}"`;
  return `${i.file}:${i.line}:${i.column}${col}: ${i.expected}${got}`;
}

export class RankingDataError extends Error {
  readonly issues: readonly RankingDataIssue[];
  constructor(issues: readonly RankingDataIssue[]) {
    const n = issues.length;
    super(
      `ranking data is invalid (${n} problem${n === 1 ? '' : 's'}):\n${issues.map(formatRankingIssue).join('\n')}`,
    );
    this.name = 'RankingDataError';
    this.issues = issues;
  }
}

/** Parse rankings.csv text. `label` names the file in messages. Problems go to `issues`. */
export function parseRankingsCsv(
  raw: string,
  label: string,
  issues: RankingDataIssue[],
): PublishedPosition[] {
  const fileIssue = (expected: string, value = ''): [] => {
    issues.push({ file: label, line: 0, column: 0, columnName: '', value, expected });
    return [];
  };
  const parsed = Papa.parse<string[]>(raw.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
  });
  for (const e of parsed.errors)
    issues.push({
      file: label,
      line: (e.row ?? 0) + 1,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected well-formed CSV (${e.message})`,
    });
  const rows = parsed.data;
  const header = rows[0];
  if (header === undefined || header.join(',') !== RANKINGS_CSV_HEADER.join(','))
    return fileIssue(
      `expected the header ${RANKINGS_CSV_HEADER.join(',')}`,
      header?.join(',') ?? '',
    );

  const out: PublishedPosition[] = [];
  rows.slice(1).forEach((cells, i) => {
    // Rows are physical lines: a newline inside a cell is refused below, so line = index + 2.
    const line = i + 2;
    if (cells.length === 1 && cells[0] === '') return; // blank line (e.g. the final newline)
    if (cells.length !== RANKINGS_CSV_HEADER.length) {
      issues.push({
        file: label,
        line,
        column: 0,
        columnName: '',
        value: cells.join(','),
        expected: `expected ${RANKINGS_CSV_HEADER.length} cells, got ${cells.length}`,
      });
      return;
    }
    const record: Record<string, string> = {};
    let bad = false;
    RANKINGS_CSV_HEADER.forEach((name, c) => {
      const cell = cells[c] ?? '';
      if (/[\r\n]/.test(cell)) {
        issues.push({
          file: label,
          line,
          column: c + 1,
          columnName: name,
          value: cell,
          expected: 'expected a cell without line breaks',
        });
        bad = true;
      }
      record[name] = cell;
    });
    if (bad) return;
    const result = RankingRowSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const name = String(issue.path[0] ?? '');
        const c = RANKINGS_CSV_HEADER.indexOf(name as (typeof RANKINGS_CSV_HEADER)[number]);
        issues.push({
          file: label,
          line,
          column: c + 1,
          columnName: name,
          value: record[name] ?? '',
          expected: issue.message,
        });
      }
      return;
    }
    const r = result.data;
    const problems = rowProblems(r);
    for (const pr of problems) {
      const c = RANKINGS_CSV_HEADER.indexOf(pr.path as (typeof RANKINGS_CSV_HEADER)[number]);
      issues.push({
        file: label,
        line,
        column: c + 1,
        columnName: pr.path,
        value: record[pr.path] ?? '',
        expected: pr.message,
      });
    }
    if (problems.length > 0) return;
    out.push({
      body: r.body,
      period: r.period,
      periodKind: periodKind(r.period) ?? 'year',
      unit: r.unit,
      parentCity: r.parent_city,
      rank: r.rank,
      unitsRanked: r.units_ranked,
      positionText:
        r.position_text_zh === '' ? null : { zh: r.position_text_zh, en: r.position_text_en },
      basis: r.basis,
      compositeIndex: r.composite_index,
      pm2_5: r.pm2_5,
      pm10: r.pm10,
      goodDaysRatio: r.good_days_ratio,
      yoyChange: r.yoy_change,
      sourceUrl: r.source_url,
      sourceKind: r.source_kind,
      note: r.note_zh === '' ? null : { zh: r.note_zh, en: r.note_en },
      line,
    });
  });
  return out;
}

/** Parse ranking.json text; zod paths name the field, since JSON has no columns. */
export function parseRankingConfig(
  raw: string,
  label: string,
  issues: RankingDataIssue[],
): RankingConfig | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    issues.push({
      file: label,
      line: 0,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected valid JSON (${err instanceof Error ? err.message : String(err)})`,
    });
    return null;
  }
  const result = rankingConfigSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    issues.push({
      file: label,
      line: 0,
      column: 0,
      columnName: path,
      value: '',
      expected: issue.message,
    });
  }
  return null;
}

/**
 * Cross-checks between the two files: every row's body exists and its period has the body's
 * frequency; a unit appears once per body and period; all rows of one table agree on how many
 * units were ranked.
 */
export function crossCheckRanking(
  config: RankingConfig,
  positions: readonly PublishedPosition[],
  label: string,
  issues: RankingDataIssue[],
): void {
  const col = (name: (typeof RANKINGS_CSV_HEADER)[number]): number =>
    RANKINGS_CSV_HEADER.indexOf(name) + 1;
  const seen = new Map<string, number>();
  const units = new Map<string, { n: number; line: number }>();
  for (const p of positions) {
    const body = config.bodies.find((b) => b.id === p.body);
    if (body === undefined) {
      issues.push({
        file: label,
        line: p.line,
        column: col('body'),
        columnName: 'body',
        value: p.body,
        expected: `expected one of the body ids in ranking.json (${config.bodies.map((b) => b.id).join(', ')})`,
      });
      continue;
    }
    if (p.periodKind !== body.frequency)
      issues.push({
        file: label,
        line: p.line,
        column: col('period'),
        columnName: 'period',
        value: p.period,
        expected: `expected a ${body.frequency} period for body "${body.id}"`,
      });
    const key = `${p.body}\u0000${p.period}\u0000${p.unit}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        file: label,
        line: p.line,
        column: col('unit'),
        columnName: 'unit',
        value: p.unit,
        expected: `expected one row per body, period and unit (first seen on line ${first})`,
      });
    else seen.set(key, p.line);
    if (p.unitsRanked !== null) {
      const tableKey = `${p.body}\u0000${p.period}`;
      const prior = units.get(tableKey);
      if (prior === undefined) units.set(tableKey, { n: p.unitsRanked, line: p.line });
      else if (prior.n !== p.unitsRanked)
        issues.push({
          file: label,
          line: p.line,
          column: col('units_ranked'),
          columnName: 'units_ranked',
          value: String(p.unitsRanked),
          expected: `expected the same number of units as line ${prior.line} of the same table (${prior.n})`,
        });
    }
  }
}

/** Read and validate `<dataDir>/ranking/`; throws one RankingDataError listing every problem. */
/**
 * The baseline rank lives once, in site.json → `baselines.ranking` (with the other baselines);
 * ranking.json describes the bodies, rules and target. Returns ranking.json's text with the
 * baseline merged in, or null (with an issue) when either file says it wrong.
 */
function withSiteBaseline(
  rankingJson: string,
  dataDir: string,
  issues: RankingDataIssue[],
): string | null {
  const issue = (file: string, expected: string): null => {
    issues.push({ file, line: 0, column: 0, columnName: '', value: '', expected });
    return null;
  };
  let config: unknown;
  try {
    config = JSON.parse(rankingJson);
  } catch {
    return rankingJson; // parseRankingConfig reports the JSON error with its position
  }
  if (typeof config !== 'object' || config === null) return rankingJson;
  if ('baseline' in config)
    return issue(
      'ranking/ranking.json',
      'expected no "baseline" here: the baseline rank is read from site.json → baselines.ranking',
    );
  let site: unknown;
  try {
    site = JSON.parse(readFileSync(join(dataDir, 'site.json'), 'utf8'));
  } catch {
    return issue(
      'site.json',
      'expected a readable site.json with baselines.ranking ("unknown" or {body, year, value, source})',
    );
  }
  const baselines =
    typeof site === 'object' && site !== null && 'baselines' in site ? site.baselines : undefined;
  const baseline =
    typeof baselines === 'object' && baselines !== null && 'ranking' in baselines
      ? baselines.ranking
      : undefined;
  if (baseline === undefined)
    return issue(
      'site.json',
      'expected baselines.ranking ("unknown" or {body, year, value, source})',
    );
  return JSON.stringify({ ...config, baseline });
}

export function loadRanking(dataDir: string): RankingRecords {
  const issues: RankingDataIssue[] = [];
  const read = (name: string): string | null => {
    try {
      return readFileSync(join(dataDir, 'ranking', name), 'utf8');
    } catch {
      issues.push({
        file: `ranking/${name}`,
        line: 0,
        column: 0,
        columnName: '',
        value: '',
        expected: `expected a readable file at ${join(dataDir, 'ranking', name)}`,
      });
      return null;
    }
  };
  const csv = read('rankings.csv');
  const json = read('ranking.json');
  const positions = csv === null ? [] : parseRankingsCsv(csv, 'ranking/rankings.csv', issues);
  const merged = json === null ? null : withSiteBaseline(json, dataDir, issues);
  const config =
    merged === null ? null : parseRankingConfig(merged, 'ranking/ranking.json', issues);
  if (config !== null) crossCheckRanking(config, positions, 'ranking/rankings.csv', issues);
  if (issues.length > 0 || config === null) throw new RankingDataError(issues);
  return { config, positions };
}
