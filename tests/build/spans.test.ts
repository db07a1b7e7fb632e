// Issue 20 "build from any span": a data folder covering any span of time builds, and says what is
// missing instead of failing. Each case is the bundled folder with its observations cut to a span
// (the bundled sample years, whole or filtered), run through the real data step into a temporary
// folder; the pages are then checked for the words a reader sees.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/publish/build.ts';

const DATA = 'data';
const OBS = join(DATA, 'observations');
const root = mkdtempSync(join(tmpdir(), 'xiping-spans-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The bundled rows of `year` whose time label passes `keep` (the header always stays). */
function rows(year: number, keep: (time: string) => boolean = () => true): string {
  const text = gunzipSync(readFileSync(join(OBS, `sample-${year}.csv.gz`))).toString('utf8');
  const [header, ...lines] = text.split('\n').filter((l) => l !== '');
  return [header, ...lines.filter((l) => keep(l.slice(0, l.indexOf(','))))].join('\n') + '\n';
}

interface Case {
  name: string;
  files: () => Record<string, string>;
  /** stations.csv edited (e.g. a station that stops mid-year). */
  stations?: (csv: string) => string;
  /** Whether the folder has a valid day of the plan's target year, 2025 (20 hours make a day). */
  has2025: boolean;
  /** Whether it has any 2025 row (the grade-II chart says "no data" only without one). */
  any2025?: boolean;
}

const CASES: Case[] = [
  {
    name: 'one year before the plan (2022)',
    files: () => ({ '2022': rows(2022) }),
    has2025: false,
  },
  {
    name: 'two years without 2025 (2023, 2024)',
    files: () => ({ '2023': rows(2023), '2024': rows(2024) }),
    has2025: false,
  },
  // 2026-01-01 00:00 closes 2025-12-31 (HJ 663 A.1), so this folder has one 2025 hour.
  { name: 'only 2026', files: () => ({ '2026': rows(2026) }), has2025: false, any2025: true },
  {
    name: 'a single day (2025-06-01)',
    files: () => ({ day: rows(2025, (t) => t.startsWith('2025-06-01T')) }),
    has2025: true,
  },
  {
    name: 'a single hour (2025-06-01 10:00)',
    files: () => ({ hour: rows(2025, (t) => t === '2025-06-01T10:00:00') }),
    has2025: false,
    any2025: true,
  },
  {
    name: 'a station that stops mid-year (June–July 2025, SAMPLE02 to 2025-06-30)',
    files: () => ({ '2025': rows(2025, (t) => t >= '2025-06' && t < '2025-08') }),
    stations: (csv) =>
      csv.replace(/^(SAMPLE02,(?:[^,]*,){7})[^,]*,/m, (_, head: string) => `${head}2025-06-30,`),
    has2025: true,
  },
];

function folderFor(c: Case, i: number): string {
  const dir = join(root, `case-${i}`);
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(OBS + '/') });
  for (const f of readdirSync(join(dir, 'observations'))) rmSync(join(dir, 'observations', f));
  for (const [name, text] of Object.entries(c.files()))
    writeFileSync(join(dir, 'observations', `${name}.csv.gz`), gzipSync(text));
  if (c.stations) {
    const p = join(dir, 'stations.csv');
    const before = readFileSync(p, 'utf8');
    const after = c.stations(before);
    expect(after).not.toBe(before);
    writeFileSync(p, after);
  }
  return dir;
}

interface Headline {
  year: string;
  hasValidDay: boolean;
  total: number;
  counts: { met: number; notMet: number; notAssessable: number };
}
interface ChartMeta {
  meta: { id: string; headline: { zh: string; en: string } };
}

describe.each(CASES.map((c, i) => [c.name, c, i] as const))('a folder with %s', (_, c, i) => {
  it('builds, and every 2025 target says whether it can be assessed', async () => {
    const out = join(root, `out-${i}`);
    await buildSiteData(folderFor(c, i), out, () => undefined);
    const progress = JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8')) as {
      headline: Headline[];
      scoreboard: { raw: { verdict: string } }[];
    };
    const h = progress.headline.find((x) => x.year === '2025');
    expect(h?.hasValidDay).toBe(c.has2025);
    if (!c.has2025) {
      expect(h?.counts).toEqual({ met: 0, notMet: 0, notAssessable: h?.total });
      expect(new Set(progress.scoreboard.map((s) => s.raw.verdict))).toEqual(
        new Set(['not_assessable']),
      );
    }
    const charts = JSON.parse(readFileSync(join(out, 'charts.json'), 'utf8')) as ChartMeta[];
    const grade = charts.find((x) => x.meta.id === 'grade-ii-2025');
    expect(grade).toBeDefined();
    if (!c.has2025)
      expect(grade?.meta.headline.en).toBe(
        c.any2025 === true
          ? 'Grade II in 2025 cannot be assessed: not enough valid data.'
          : 'No 2025 data: grade II in 2025 cannot be assessed.',
      );
  }, 300_000);
});
