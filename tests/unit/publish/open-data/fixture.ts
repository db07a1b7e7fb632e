// A small published /data/ folder made from the dataset catalogue: each CSV has its header and
// `rows` rows of values of the declared types, so the writer's checks pass on it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { datasetsFor } from '../../../../src/publish/open-data/catalogue.ts';
import { csvDocument, type Cell } from '../../../../src/publish/csv.ts';
import type { FieldSpec } from '../../../../src/publish/open-data/tables.ts';

const VALUE: Record<FieldSpec['type'], (i: number) => Cell> = {
  string: (i) => `text ${i}, "quoted"`,
  integer: (i) => i,
  number: (i) => i + 0.5,
  boolean: (i) => i % 2 === 0,
  date: (i) => `2024-01-${String(i + 1).padStart(2, '0')}`,
  datetime: (i) => `2024-01-01T${String(i + 1).padStart(2, '0')}:00:00+08:00`,
};

export function writeFixtureData(outDir: string, rows = 3): void {
  const pub = join(outDir, 'public', 'data');
  for (const spec of datasetsFor(['hourly-2024.csv'])) {
    const file = join(pub, spec.path);
    mkdirSync(dirname(file), { recursive: true });
    const csv = csvDocument(
      spec.fields.map((f) => f.name),
      Array.from({ length: rows }, (_, i) =>
        spec.fields.map((f) =>
          f.enum === undefined ? VALUE[f.type](i) : f.enum[i % f.enum.length],
        ),
      ),
    );
    if (spec.format === 'csv') writeFileSync(file, csv);
    else if (spec.format === 'csv.gz') writeFileSync(file, gzipSync(csv));
    else if (spec.format === 'json') writeFileSync(file, '{"sample":true}\n');
    else writeFileSync(file, '方案全文\n');
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
