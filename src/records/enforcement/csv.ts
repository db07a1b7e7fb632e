/**
 * CSV reading for the enforcement files (issue 9): every cell arrives as a string (papaparse, no
 * dynamic typing), is scanned for privacy problems, and is read through `RowReader`, whose
 * accessors record an `EnforcementIssue` and return null on bad input.
 */
import Papa from 'papaparse';
import { isCreditCode, privacyProblem, validCalendarDate } from './privacy.ts';
import type { EnforcementIssue } from './schema.ts';
import { cellTooLong } from '../limits.ts';

export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parse CSV text into rows keyed by header, with the line each row starts on. Structural
 * problems (missing or unknown columns, wrong cell counts) are issues; every cell of every row
 * is scanned for privacy problems here, so no file can slip past it.
 */
export function readCsv(
  text: string,
  file: string,
  columns: readonly string[],
  optional: readonly string[] = [],
): { rows: CsvRow[]; header: string[]; issues: EnforcementIssue[] } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const issues: EnforcementIssue[] = [];
  const raw: { line: number; cells: string[] }[] = [];
  let cursor = 0;
  let lines = 1;
  Papa.parse<string[]>(src, {
    delimiter: ',',
    skipEmptyLines: false,
    step(result) {
      const start = cursor;
      const line = lines;
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (src.charCodeAt(i) === 10) lines++;
      cursor = end;
      for (const e of result.errors) {
        issues.push({
          file,
          line,
          column: 0,
          columnName: '',
          value: '',
          reason: `CSV syntax: ${e.message}`,
        });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      raw.push({ line, cells });
    },
  });
  const head = raw.shift();
  if (!head) {
    return {
      rows: [],
      header: [],
      issues: [
        {
          file,
          line: 1,
          column: 0,
          columnName: '',
          value: '',
          reason: `empty file; expected the header ${columns.join(',')}`,
        },
      ],
    };
  }
  const header = head.cells.map((c) => c.trim());
  for (const [i, name] of header.entries()) {
    if (!columns.includes(name) && !optional.includes(name)) {
      issues.push({
        file,
        line: head.line,
        column: i + 1,
        columnName: name,
        value: name,
        reason: `unknown column; expected one of ${[...columns, ...optional].join(', ')}`,
      });
    }
  }
  for (const name of columns) {
    if (!header.includes(name)) {
      issues.push({
        file,
        line: head.line,
        column: 0,
        columnName: name,
        value: '',
        reason: `missing required column "${name}"`,
      });
    }
  }
  if (issues.length > 0) return { rows: [], header, issues };
  const rows: CsvRow[] = [];
  for (const r of raw) {
    if (r.cells.length !== header.length) {
      issues.push({
        file,
        line: r.line,
        column: 0,
        columnName: '',
        value: '',
        reason: `expected ${header.length} cells, found ${r.cells.length}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [i, name] of header.entries()) {
      const value = r.cells[i] ?? '';
      cells[name] = value;
      // a long cell is not scanned (the scan's regexes would be slow over it); either way the
      // value itself is withheld like any other problem cell: it may hold personal data
      const exempt = name === 'credit_code' && isCreditCode(value);
      const problem = cellTooLong(value) ?? (exempt ? null : privacyProblem(value));
      if (problem)
        issues.push({
          file,
          line: r.line,
          column: i + 1,
          columnName: name,
          value: '(withheld)',
          reason: problem,
        });
    }
    rows.push({ line: r.line, cells });
  }
  return { rows, header, issues };
}

/** Cell accessors that record an issue and return null on bad input. */
export class RowReader {
  readonly issues: EnforcementIssue[] = [];
  readonly #file: string;
  readonly #header: readonly string[];
  constructor(file: string, header: readonly string[]) {
    this.#file = file;
    this.#header = header;
  }
  fail(row: CsvRow, column: string, reason: string, value?: string): null {
    this.issues.push({
      file: this.#file,
      line: row.line,
      column: this.#header.indexOf(column) + 1,
      columnName: column,
      value: value ?? row.cells[column] ?? '',
      reason,
    });
    return null;
  }
  text(row: CsvRow, column: string, required: boolean): string | null {
    const v = row.cells[column] ?? '';
    if (v !== v.trim()) return this.fail(row, column, 'expected no leading or trailing spaces');
    if (required && v === '')
      return this.fail(row, column, 'expected a value (this column is required)');
    return v;
  }
  date(row: CsvRow, column: string, required: boolean): string | null | undefined {
    const v = row.cells[column] ?? '';
    if (v === '' && !required) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m || !validCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      this.fail(row, column, 'expected a calendar date YYYY-MM-DD (Beijing date)');
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T | null {
    const v = row.cells[column] ?? '';
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(row, column, `expected one of ${allowed.join(', ')}`);
  }
  bool(row: CsvRow, column: string): boolean | null {
    const v = row.cells[column] ?? '';
    if (v === 'true') return true;
    if (v === 'false') return false;
    return this.fail(row, column, 'expected true or false');
  }
  integer(row: CsvRow, column: string, required: boolean): number | null | undefined {
    const v = row.cells[column] ?? '';
    if (v === '' && !required) return null;
    if (!/^\d{1,15}$/.test(v)) {
      this.fail(row, column, 'expected a whole number without separators (digits only)');
      return undefined;
    }
    return Number(v);
  }
}
