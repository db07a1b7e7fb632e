/**
 * A table as the page-data stage hands it to the publish stage: a header and rows of cells.
 * Page data stays pure (no CSV text, no files); `src/publish/csv.ts` writes it with the one CSV
 * policy.
 */
export type Cell = string | number | boolean | null | undefined;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export const table = (header: readonly string[], rows: readonly (readonly Cell[])[]): CsvTable => ({
  header,
  rows,
});
