/** The CSV behind a chart, built from its data table so table and download cannot disagree. */
import { csvDocument, type Cell as CsvCell } from '../../publish/csv.ts';
import type { Bilingual, Cell } from './types.ts';

/**
 * The one CSV policy (src/publish/csv.ts); header cells are `中文 (English)`, then any `extra`
 * columns (the `sample` mark) with one value for every row. Numbers are written as JavaScript
 * prints them, so the CSV carries full precision even where the chart rounds.
 */
export function tableToCsv(
  table: {
    readonly columns: readonly Bilingual[];
    readonly rows: readonly (readonly Cell[])[];
  },
  extra: readonly { readonly header: string; readonly value: CsvCell }[] = [],
): string {
  const width = table.columns.length;
  table.rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new Error(
        `table row ${i + 1}: expected ${width} cells (one per column), got ${row.length}`,
      );
    }
  });
  return csvDocument(
    [...table.columns.map((c) => `${c.zh} (${c.en})`), ...extra.map((e) => e.header)],
    table.rows.map((row) => [...row, ...extra.map((e) => e.value)]),
  );
}
