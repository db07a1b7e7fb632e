// The hostile-input corpus (issue 21): generated malformed cells, rows and files of every input
// kind, each run through the loader the build uses, on a copy of the bundled data folder. Every
// case must end in its class — stopped with file/line/column, set aside and accounted, or
// accepted as valid — with no crash, no hang, no silently accepted malformed value, and no
// markup or formula in what is published of it.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/records/errors.ts';
import { checkDataFolder } from '../../../../src/records/folder.ts';
import { dataWindow } from '../../../../src/records/window.ts';
import { ingestObservations, type QualityReport } from '../../../../src/records/ingest.ts';
import { loadDustDays } from '../../../../src/records/dust.ts';
import { loadPublished } from '../../../../src/records/published.ts';
import { loadSite } from '../../../../src/records/site.ts';
import { loadStations } from '../../../../src/records/stations.ts';
import { loadPlan, PlanDataError } from '../../../../src/records/plan/index.ts';
import { loadRanking, RankingDataError } from '../../../../src/records/ranking/index.ts';
import { readEnforcementFolder } from '../../../../src/records/enforcement/folder.ts';
import type { StationHour } from '../../../../src/records/types.ts';
import { unguardedFormulaCells } from '../../../lib/csv-scan.ts';
import { accounted, station } from '../helpers.ts';
import type { Case, Edit, InputKind } from './corpus-kinds.ts';
import { OBSERVATION_CASES } from './corpus-observations.ts';
import { TABLE_CASES } from './corpus-tables.ts';

const CASES: Case[] = [...OBSERVATION_CASES, ...TABLE_CASES];
const STATIONS = ['A', '1001A', '1002A', '2178'].map((c) => station(c));

interface Where {
  file: string;
  line: number | null;
  column: string | null;
}

interface Ran {
  error: unknown;
  report: QualityReport | null;
  hours: StationHour[];
  rejectionsCsv: string;
  ms: number;
}

const root = mkdtempSync(join(tmpdir(), 'hostile-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the bundled data folder without its observations, with the case's changes. */
function folderFor(c: Case, n: number): string {
  const dir = join(root, String(n));
  cpSync('data', dir, {
    recursive: true,
    filter: (src) => !relative('data', src).startsWith('observations/'),
  });
  for (const [rel, body] of Object.entries(c.files ?? {})) write(dir, rel, body);
  for (const e of c.edits ?? []) apply(dir, e);
  return dir;
}

function write(dir: string, rel: string, body: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), body);
}

function apply(dir: string, e: Edit): void {
  if ('cell' in e) {
    const path = join(dir, e.cell);
    const text = readFileSync(path, 'utf8');
    const rows = Papa.parse<string[]>(text, { delimiter: ',' }).data;
    const header = rows[0] as string[];
    const j = header.indexOf(e.column);
    const row = rows[e.line - 1];
    if (j === -1 || row === undefined) throw new Error(`corpus: no ${e.column} on line ${e.line}`);
    row[j] = e.value;
    writeFileSync(
      path,
      `${Papa.unparse(
        rows.filter((r) => r.join('') !== ''),
        { newline: '\n' },
      )}\n`,
    );
  } else if ('text' in e) write(dir, e.text, e.change(readFileSync(join(dir, e.text), 'utf8')));
  else if ('write' in e) write(dir, e.write, e.body);
  else if ('symlink' in e) symlinkSync(e.target, join(dir, e.symlink));
  else execFileSync('mkfifo', [join(dir, e.fifo)]);
}

const LOADERS: Record<Exclude<InputKind, 'observations'>, (dir: string) => unknown> = {
  stations: loadStations,
  site: loadSite,
  'dust-days': loadDustDays,
  published: loadPublished,
  plan: loadPlan,
  ranking: loadRanking,
  enforcement: readEnforcementFolder,
  folder: checkDataFolder,
};

async function runCase(c: Case, dir: string): Promise<Ran> {
  const started = performance.now();
  const hours: StationHour[] = [];
  let report: QualityReport | null = null;
  let error: unknown = null;
  let rejectionsCsv = '';
  const rejectionsPath = join(dir, 'rejections.csv.gz');
  try {
    // the build checks the folder before any loader reads it
    checkDataFolder(dir);
    if (c.kind === 'observations') {
      // the window as the build derives it (no data_until in the bundled site.json)
      const bound = dataWindow(dir, undefined);
      report = await ingestObservations({
        dataDir: dir,
        stations: STATIONS,
        onHour: (h) => hours.push(h),
        rejectionsPath,
        ...(bound.until === null ? {} : { dataUntil: bound.until }),
      });
    } else await LOADERS[c.kind](dir);
  } catch (e) {
    error = e;
  }
  if (report !== null) rejectionsCsv = gunzipSync(readFileSync(rejectionsPath)).toString('utf8');
  return { error, report, hours, rejectionsCsv, ms: performance.now() - started };
}

/** Where an error says the problem is, in each loader's own error type; null for a crash. */
function whereOf(e: unknown, dir: string): Where[] | null {
  if (e instanceof IngestError) return [{ file: e.file, line: e.line, column: e.column }];
  if (e instanceof PlanDataError || e instanceof RankingDataError)
    return e.issues.map((i) => ({
      file: i.file,
      line: i.line > 0 ? i.line : null,
      column: i.columnName === '' ? null : i.columnName,
    }));
  if (e instanceof Error && e.message.startsWith('enforcement data rejected'))
    return e.message
      .split('\n')
      .slice(1)
      .map((l) => {
        const m = /^(.*?):(\d+)(?::\d+ \(([^)]*)\))?: /.exec(l);
        if (m === null) return { file: l, line: null, column: null };
        return {
          file: relative(dir, m[1] as string),
          line: Number(m[2]),
          column: m[3] ?? null,
        };
      });
  return null;
}

const tally = { stopped: 0, 'set-aside': 0, accepted: 0 };
let slowest = 0;

describe(`hostile-input corpus (${CASES.length} cases)`, () => {
  it('has at least 100 cases, in every input kind and class', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(CASES.map((c) => c.kind));
    expect(kinds.size).toBe(9);
    expect(new Set(CASES.map((c) => c.outcome.class)).size).toBe(3);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  CASES.forEach((c, n) => {
    it(`${c.kind} · ${c.id} → ${c.outcome.class}`, async () => {
      const dir = folderFor(c, n);
      const r = await runCase(c, dir);
      slowest = Math.max(slowest, r.ms);
      // no hang: a case is a few files; the whole bundled build takes about a minute
      expect(r.ms).toBeLessThan(20_000);
      const o = c.outcome;
      if (o.class === 'stopped') {
        expect(r.error, 'expected the input to stop the build').not.toBeNull();
        const where = whereOf(r.error, dir);
        expect(where, `a crash, not an error naming the file: ${String(r.error)}`).not.toBeNull();
        expect(where).toContainEqual({ file: o.file, line: o.line, column: o.column ?? null });
        // one clear error, not a cascade: other issues only on the same row (another cell of it)
        const others = (where ?? []).slice(1).filter((w) => w.file !== o.file || w.line !== o.line);
        expect(others).toHaveLength(o.consequences ?? 0);
        expect((r.error as Error).message).toContain(o.file);
        if (o.mentions !== undefined) expect((r.error as Error).message).toContain(o.mentions);
        // the message quotes a value short (a 64 KiB name is not echoed)
        expect((r.error as Error).message.length).toBeLessThan(1000);
      } else {
        expect(r.error, String(r.error)).toBeNull();
        if (c.kind === 'observations') {
          const report = r.report as QualityReport;
          for (const f of report.files) expect(accounted(f)).toBe(f.read);
          const rejected = Papa.parse<Record<string, string>>(r.rejectionsCsv, {
            header: true,
            skipEmptyLines: true,
          }).data;
          for (const x of rejected) expect(x.value?.length ?? 0).toBeLessThanOrEqual(120);
          expect(unguardedFormulaCells(r.rejectionsCsv)).toEqual([]);
          const got = rejected.map((x) => ({
            file: x.file,
            line: Number(x.line),
            column: x.column,
            reason: x.reason,
          }));
          if (o.class === 'accepted') {
            expect(got).toEqual([]);
            expect(report.files.some((f) => f.endsWithoutLineBreak)).toBe(
              o.unterminated === true || /no final line break/.test(c.id),
            );
            if (o.value !== undefined) {
              const h = r.hours.find(
                (x) => x.station === o.value?.station && x.time === o.value.time,
              );
              expect(h?.values[o.value.pollutant]).toBe(o.value.value);
            }
          } else if (o.approximate === true)
            expect(got).toEqual(expect.arrayContaining(o.rejected));
          else expect(got).toEqual(o.rejected);
        } else expect(o.class).toBe('accepted');
      }
      tally[o.class]++;
    });
  });

  it('every case ended in its class', () => {
    expect(tally.stopped + tally['set-aside'] + tally.accepted).toBe(CASES.length);
    // the figures for the closing note
    console.log(
      `hostile corpus: ${CASES.length} cases — ${tally.stopped} stopped with file/line/column, ${tally['set-aside']} set aside and shown, ${tally.accepted} accepted as valid; slowest ${Math.round(slowest)} ms`,
    );
    expect(readdirSync(root).length).toBe(CASES.length);
  });
});
