/**
 * Every CSV the built site publishes follows the one CSV policy (src/publish/csv.ts), read the
 * way a spreadsheet or a script reads it: same width on every row, LF line ends only, no cell a
 * spreadsheet would run as a formula, and the chart downloads end with their `sample` column.
 * The formula check is tests/lib/csv-scan.ts, apart from the writer; the bundled data holds no
 * hostile cell, so tests/unit/publish/csv-guard.test.ts proves the writers guard one (and that
 * this check catches an unguarded one).
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUnguardedFormula } from '../lib/csv-scan.ts';
import { DIST, assertBuilt, distFiles } from '../lib/dist.ts';

beforeAll(assertBuilt);

const BOM = '\uFEFF';

function readCsv(file: string): string {
  const bytes = readFileSync(join(DIST, file));
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  // The Excel copies under data/excel/ start with a BOM (and only they do).
  if (file.startsWith('data/excel/')) {
    expect(text.startsWith(BOM), `${file} starts with a BOM`).toBe(true);
    return text.slice(1);
  }
  return text;
}

const files = distFiles().filter((f) => /\.csv(\.gz)?$/.test(f));

describe('the one CSV policy in dist/', () => {
  it('finds the CSVs (open data, Excel copies, chart downloads, rejections)', () => {
    expect(files.filter((f) => f.startsWith('charts/')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.startsWith('data/excel/')).length).toBeGreaterThan(5);
    expect(files).toContain('data/enforcement-cases.csv');
    expect(files).toContain('data/rejections.csv.gz');
  });

  it.each(files)('%s: one width, LF only, ends with LF, no runnable formula', (file) => {
    const text = readCsv(file);
    expect(text.endsWith('\n')).toBe(true);
    const { data, errors } = Papa.parse<string[]>(text.slice(0, -1), {
      delimiter: ',',
      newline: '\n',
    });
    expect(errors).toEqual([]);
    const width = data[0]?.length ?? 0;
    expect(width).toBeGreaterThan(0);
    const bad: string[] = [];
    data.forEach((row, i) => {
      if (row.length !== width) bad.push(`row ${i + 1}: ${row.length} cells, header has ${width}`);
      for (const [j, cell] of row.entries()) {
        // A CR outside quotes would show here as a cell ending in "\r" (the old chart CSVs did).
        if (/\r$/.test(cell)) bad.push(`row ${i + 1}, column ${j + 1}: ends with CR`);
        if (isUnguardedFormula(cell)) bad.push(`row ${i + 1}, column ${j + 1}: formula ${cell}`);
      }
    });
    expect(bad.slice(0, 5)).toEqual([]);
    if (file.startsWith('charts/')) {
      expect(data[0]?.at(-1)).toBe('sample');
      // One mark for the whole chart: true for charts of sample data, false for real records.
      const marks = [...new Set(data.slice(1).map((r) => r.at(-1)))];
      expect(marks.length === 1 && ['true', 'false'].includes(marks[0] ?? '')).toBe(true);
    }
  });
});
