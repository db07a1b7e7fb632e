/**
 * rankings.csv: parse the text row by row against the row schema, then the checks across cells of
 * one row; every problem names file, line, column and what was expected.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { RankingDataIssue } from './issues.ts';
import { periodKind } from './periods.ts';
import { RANKINGS_CSV_HEADER, RankingRowSchema, type PublishedPosition } from './schema.ts';
import { cellTooLong, shownValue } from '../limits.ts';

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
    delimiter: ',',
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
      const long = cellTooLong(cell);
      if (long !== null || /[\r\n]/.test(cell)) {
        issues.push({
          file: label,
          line,
          column: c + 1,
          columnName: name,
          value: shownValue(cell),
          expected: long ?? 'expected a cell without line breaks',
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
