/** The CSV behind a chart, built from its data table so table and download cannot disagree. */
import type { Bilingual, Cell } from './types.ts';

function field(v: Cell): string {
  if (v === null) return ''; // missing stays empty, never 0
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with CRLF line ends; header cells are `中文 (English)`. Numbers are written as
 * JavaScript prints them, so the CSV carries full precision even where the chart rounds.
 */
export function tableToCsv(table: {
  readonly columns: readonly Bilingual[];
  readonly rows: readonly (readonly Cell[])[];
}): string {
  const width = table.columns.length;
  const lines = [table.columns.map((c) => field(`${c.zh} (${c.en})`)).join(',')];
  table.rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new Error(
        `table row ${i + 1}: expected ${width} cells (one per column), got ${row.length}`,
      );
    }
    for (const [j, v] of row.entries()) {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new Error(
          `table row ${i + 1}, column ${j + 1}: expected a finite number or null, got ${v}`,
        );
      }
    }
    lines.push(row.map(field).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
