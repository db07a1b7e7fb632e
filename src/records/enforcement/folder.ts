/**
 * The enforcement folder (issue 9): reads the three files of `DATA_DIR/enforcement/` and returns
 * all their issues at once; the build refuses to publish while any remain.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBurningPoints } from './burning.ts';
import { parseCases } from './cases.ts';
import { formatIssue, type BurningPoint, type EnforcementCase, type Township } from './schema.ts';
import { parseTownships, TOWNSHIP_COLUMNS } from './townships.ts';
import { readCsv } from './csv.ts';
import { assertWholeFileSize } from '../limits.ts';

export interface EnforcementRecords {
  readonly townships: Township[];
  readonly cases: EnforcementCase[];
  readonly burning: BurningPoint[];
}

/**
 * Read `<dataDir>/enforcement/{townships,cases,burning-points}.csv`. Throws one error listing
 * every issue of every file (file:line:column (name): what was expected).
 */
export async function readEnforcementFolder(dataDir: string): Promise<EnforcementRecords> {
  const dir = join(dataDir, 'enforcement');
  const read = async (name: string): Promise<string> => {
    assertWholeFileSize(join(dir, name), `enforcement/${name}`);
    try {
      return await readFile(join(dir, name), 'utf8');
    } catch {
      throw new Error(
        `${join(dir, name)} is missing or unreadable; see data/enforcement/README.md`,
      );
    }
  };
  const townshipsFile = join(dir, 'townships.csv');
  const townshipsText = await read('townships.csv');
  const t = parseTownships(townshipsText, townshipsFile);
  // a township row with its own issue is still a township: references to it are not echoed
  const known = new Set(
    t.ok
      ? t.records.map((r) => r.id)
      : readCsv(townshipsText, townshipsFile, TOWNSHIP_COLUMNS).rows.map(
          (r) => r.cells['id'] ?? '',
        ),
  );
  const c = parseCases(await read('cases.csv'), join(dir, 'cases.csv'), known);
  const b = parseBurningPoints(
    await read('burning-points.csv'),
    join(dir, 'burning-points.csv'),
    known,
  );
  const issues = [...(t.ok ? [] : t.issues), ...(c.ok ? [] : c.issues), ...(b.ok ? [] : b.issues)];
  if (issues.length > 0 || !t.ok || !c.ok || !b.ok) {
    throw new Error(
      `enforcement data rejected (${issues.length} problem(s)):\n${issues.map(formatIssue).join('\n')}`,
    );
  }
  return { townships: t.records, cases: c.records, burning: b.records };
}
