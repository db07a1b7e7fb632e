/** Minimal RFC 4180 CSV writing: quote only when needed, LF line ends, empty = missing. */

export type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export function csvDocument(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  let out = csvLine(header);
  for (const r of rows) out += csvLine(r);
  return out;
}
