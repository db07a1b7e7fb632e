// The formula guard as a reader checks it, written apart from src/publish/csv.ts so a weakened
// writer cannot weaken its own test: a text cell a spreadsheet would run (OWASP "CSV injection":
// = + - @ TAB CR first, also after leading spaces or LFs) must start with the apostrophe the
// writer adds. Plain numbers and a lone "=" run nothing and stay as they are (decision 016).
import Papa from 'papaparse';

const TRIGGER = /^[ \n]*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^ *[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)? *$/;

/** True for a cell as read back from a CSV that a spreadsheet would run as a formula. */
export function isUnguardedFormula(cell: string): boolean {
  return TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell) && cell !== '=';
}

/** Every runnable cell of a CSV text, as "row r, column c: value" (rows count the header). */
export function unguardedFormulaCells(text: string): string[] {
  const { data } = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' });
  return data.flatMap((row, i) =>
    row.flatMap((cell, j) =>
      isUnguardedFormula(cell) ? [`row ${i + 1}, column ${j + 1}: ${cell}`] : [],
    ),
  );
}
