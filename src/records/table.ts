/**
 * Small hand-maintained CSV tables (stations.csv, dust-days.csv, published/*.csv): read whole,
 * header checked, every row validated with a zod schema. A bad row in these files is a
 * structural error: they are short, edited by hand, and every later number depends on them.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { IngestError } from './errors.ts';
import { readText } from './decode.ts';
import { assertColumnCount, cellTooLong, shownValue } from './limits.ts';

export interface TableRow<T> {
  readonly line: number;
  readonly value: T;
}

/** Read a CSV file whose header must contain `columns`; validate each row (an object keyed by header) with `schema`. */
export function readTable<S extends z.ZodType>(
  path: string,
  label: string,
  columns: readonly string[],
  schema: S,
): TableRow<z.output<S>>[] {
  const { text } = readText(path, label);
  if (text.trim().length === 0)
    throw new IngestError(
      label,
      1,
      null,
      `the file is empty; expected a header line: ${columns.join(',')}`,
    );
  assertCommaSeparated(label, text);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: CSV_DELIMITER });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  assertColumnCount(label, header.length);
  for (const c of columns) {
    if (!header.includes(c))
      throw new IngestError(
        label,
        1,
        c,
        `missing required column "${c}"; expected the header to contain: ${columns.join(',')}`,
      );
  }
  const out: TableRow<z.output<S>>[] = [];
  let line = 2;
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as string[];
    const thisLine = line;
    line += 1 + cells.reduce((n, c) => n + countNewlines(c), 0);
    if (cells.length === 1 && cells[0] === '') continue; // blank line (or the final newline)
    if (cells.length !== header.length) {
      throw new IngestError(
        label,
        thisLine,
        null,
        `expected ${header.length} fields (${header.join(',')}), found ${cells.length}`,
      );
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      const cell = cells[j] as string;
      // checked before the schema: a regex over a megabyte-long cell is slow
      const long = cellTooLong(cell);
      if (long !== null) throw new IngestError(label, thisLine, h, `${long} (${shownValue(cell)})`);
      record[h] = cell.trim();
    });
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = issue?.path.map(String).join('.') ?? null;
      const raw =
        column !== null && column in record
          ? ` (found "${shownValue(record[column] as string)}")`
          : '';
      throw new IngestError(label, thisLine, column, `${issue?.message ?? 'invalid row'}${raw}`);
    }
    out.push({ line: thisLine, value: result.data });
  }
  return out;
}

/** The one delimiter every CSV in the data folder uses: papaparse is told, never left to guess. */
export const CSV_DELIMITER = ',';

/**
 * Refuse a header whose fields are separated by semicolons or tabs (a European spreadsheet export,
 * a TSV): parsed with commas, every row would be set aside one by one as "wrong field count".
 */
export function assertCommaSeparated(label: string, text: string): void {
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text.slice(0, 4096) : text.slice(0, Math.min(end, 4096));
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
    else if (ch === '\t') tabs++;
  }
  const other =
    semicolons >= tabs ? { n: semicolons, name: 'semicolons (";")' } : { n: tabs, name: 'tabs' };
  if (other.n > 0 && other.n >= commas)
    throw new IngestError(
      label,
      1,
      null,
      `the header is separated by ${other.name}, not commas; expected a comma-separated CSV file (save it as "CSV UTF-8, comma-separated", with a point as the decimal mark)`,
    );
}

export function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** zod helpers shared by the table schemas. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (no machine time zone involved). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
}
