/**
 * The one CSV writer of the site (docs/decisions/016-one-csv-policy.md). Every CSV the site
 * publishes — open data, chart downloads, plan, ranking and enforcement tables, the ingest's
 * rejections — goes through here, so they share one policy:
 *
 * - RFC 4180 fields on papaparse's `unparse`: comma, `"` doubled inside quotes, a field quoted
 *   only when it must be (comma, quote, CR/LF, leading or trailing space);
 * - one line end, LF, after every row including the last (RFC 4180 allows a bare LF; the
 *   descriptors say `lineTerminator: "\n"`, and the open-data files have always used it);
 * - the formula guard: a text cell starting with = + - @ TAB or CR, also after leading spaces or
 *   line breaks (importers that trim would run ` =1+1`), is written as `'…` (quoted), so a
 *   spreadsheet shows it as text instead of running it (OWASP "CSV injection"). Not guarded,
 *   because a spreadsheet cannot run them and the apostrophe would change the data: numbers and
 *   booleans, text that is a plain number ("-1", a rejected raw value, spaces around allowed) and
 *   a lone "=" (the plan targets' comparison sign);
 * - missing is an empty field (null/undefined), never 0; a number must be finite.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

export const CSV_LINE_END = '\n';

/** Text cells a spreadsheet would run as a formula: papaparse's default set of first characters,
 * after any leading spaces or LFs, less plain numbers and a lone "=" (see above). */
export const FORMULA_START =
  /^(?! *[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)? *$|=$)[ \n]*[=+\-@\t\r]/;

const CONFIG: Papa.UnparseConfig = {
  delimiter: ',',
  newline: CSV_LINE_END,
  quoteChar: '"',
  escapeChar: '"',
  quotes: false,
  header: false,
  skipEmptyLines: false,
  escapeFormulae: FORMULA_START,
};

function checkRow(cells: readonly Cell[], where: string): void {
  for (const [j, v] of cells.entries()) {
    if (typeof v === 'number' && !Number.isFinite(v))
      throw new Error(`CSV ${where}, column ${j + 1}: expected a finite number or empty, got ${v}`);
  }
}

/** Rows as CSV text, each row ended by LF. An empty list gives an empty string. */
export function csvRows(rows: readonly (readonly Cell[])[], firstRow = 1): string {
  if (rows.length === 0) return '';
  rows.forEach((r, i) => checkRow(r, `row ${firstRow + i}`));
  // papaparse reads a one-cell row [''] as an empty line and keeps it: that is what we want.
  return Papa.unparse(rows as Cell[][], CONFIG) + CSV_LINE_END;
}

/** One row as a CSV line (with its LF), for writers that stream row by row. */
export function csvLine(cells: readonly Cell[]): string {
  return csvRows([cells]);
}

/** A whole CSV document: the header row, then the rows (errors count the header as row 1). */
export function csvDocument(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return csvLine(header) + csvRows([...rows], 2);
}
