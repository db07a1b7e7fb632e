/**
 * Reading one plan CSV file against a row schema whose keys are the expected header: problems are
 * collected as `PlanDataIssue`s, valid rows are returned with their line numbers.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { PlanDataIssue } from './issues.ts';
import { readUtf8, unreadable } from '../decode.ts';
import { cellTooLong, shownValue } from '../limits.ts';

export interface CsvRow<T> {
  readonly line: number;
  readonly value: T;
}

export type ObjectSchema = z.ZodType<unknown, Record<string, string>> & {
  readonly shape: Record<string, unknown>;
};

/**
 * Parse one CSV file against a row schema whose keys are the expected header, in order. Problems
 * are appended to `issues`; valid rows are returned with their line numbers.
 */
export function readCsv<S extends ObjectSchema>(
  path: string,
  label: string,
  schema: S,
  issues: PlanDataIssue[],
  /** Filled with the raw cells of every row set aside, so references to it are not echoed. */
  invalid: Record<string, string>[] = [],
): CsvRow<z.output<S>>[] {
  const fileIssue = (expected: string): [] => {
    issues.push({ file: label, line: 0, column: 0, columnName: '', value: '', expected });
    return [];
  };
  let raw: string;
  try {
    raw = readUtf8(path, label);
  } catch (e) {
    return fileIssue(`expected a readable file${unreadable(e)}`);
  }
  const parsed = Papa.parse<string[]>(raw, {
    header: false,
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data;
  const expectedHeader = Object.keys(schema.shape);
  const header = rows[0];
  if (header === undefined) return fileIssue(`expected a header row: ${expectedHeader.join(',')}`);
  if (header.join(',') !== expectedHeader.join(','))
    return fileIssue(`expected the header ${expectedHeader.join(',')}, got ${header.join(',')}`);
  for (const e of parsed.errors) {
    issues.push({
      file: label,
      line: (e.row ?? 0) + 1,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected well-formed CSV (${e.message})`,
      structural: true,
    });
  }
  const out: CsvRow<z.output<S>>[] = [];
  rows.slice(1).forEach((cells, i) => {
    // Line numbers count physical lines; a newline inside a cell would shift them, so it is refused.
    const line = i + 2;
    if (cells.length !== expectedHeader.length) {
      issues.push({
        file: label,
        line,
        column: 0,
        columnName: '',
        value: cells.join(','),
        expected: `expected ${expectedHeader.length} cells, got ${cells.length}`,
      });
      return;
    }
    const record: Record<string, string> = {};
    let multiline = false;
    expectedHeader.forEach((name, c) => {
      const cell = cells[c] ?? '';
      const long = cellTooLong(cell);
      if (long !== null || /[\r\n]/.test(cell)) {
        multiline = true;
        issues.push({
          file: label,
          line,
          column: c + 1,
          columnName: name,
          value: shownValue(cell),
          expected: long ?? 'expected a single-line value',
        });
      }
      record[name] = cell;
    });
    if (multiline) {
      invalid.push(record);
      return;
    }
    const result = schema.safeParse(record);
    if (result.success) {
      out.push({ line, value: result.data });
      return;
    }
    invalid.push(record);
    for (const issue of result.error.issues) {
      const name = typeof issue.path[0] === 'string' ? issue.path[0] : '';
      const column = expectedHeader.indexOf(name) + 1;
      issues.push({
        file: label,
        line,
        column,
        columnName: name,
        value: record[name] ?? '',
        expected: issue.message,
      });
    }
  });
  return out;
}
