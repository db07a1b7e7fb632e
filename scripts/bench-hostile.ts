// bench:hostile — whole-build runs of build:data on copies of the bundled data folder, each with
// one hostile input (issue 21): every case must end (stopped with a message naming the file, or
// built with the bad cells set aside) within 2× the normal build's time, and its peak memory is
// printed beside the normal build's. A benchmark to rerun on a quiet machine, not a timed test.
//
//   npm run bench:hostile            all cases
//   npm run bench:hostile -- --keep  keep the scratch folders (printed) for a closer look
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSiteData } from '../src/publish/build.ts';

const COUNTY = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';

interface Case {
  readonly id: string;
  /** What a careful reader expects: 'stops' (exit 1, message naming `names`) or 'builds'. */
  readonly expect: 'stops' | 'builds';
  readonly names?: string;
  readonly make: (dir: string) => void;
}

const CASES: Case[] = [
  { id: 'normal (the bundled folder)', expect: 'builds', make: () => undefined },
  {
    id: '200 MB file without a line break',
    expect: 'stops',
    names: 'observations/garbage.csv, line 1',
    make: (dir) => {
      const chunk = Buffer.alloc(1 << 20, 0x78);
      const path = join(dir, 'observations', 'garbage.csv');
      writeFileSync(path, '');
      for (let i = 0; i < 200; i++) appendFileSync(path, chunk);
    },
  },
  {
    id: 'station name of 64 KiB',
    expect: 'stops',
    names: 'stations.csv, line 2, column name_zh',
    make: (dir) => {
      const path = join(dir, 'stations.csv');
      const lines = readFileSync(path, 'utf8').split('\n');
      const cells = (lines[1] as string).split(',');
      cells[1] = '站'.repeat(64 << 10);
      lines[1] = cells.join(',');
      writeFileSync(path, lines.join('\n'));
    },
  },
  {
    id: '100 value cells of 1 MB each (set aside as too_long)',
    expect: 'builds',
    make: (dir) => {
      const rows = Array.from(
        { length: 100 },
        (_, h) => `SAMPLE01,2026-03-01,${(h % 24) + 1},${'x'.repeat(1_000_000)},1,1,1,1,1\n`,
      );
      writeFileSync(
        join(dir, 'observations', 'county-2026-extra.csv'),
        `${COUNTY}\n${rows.join('')}`,
      );
    },
  },
  {
    id: 'one row dated 2028 (set aside as later_than_window)',
    expect: 'builds',
    make: (dir) =>
      writeFileSync(
        join(dir, 'observations', 'county-2026-extra.csv'),
        `${COUNTY}\nSAMPLE01,2028-07-01,1,30,50,8,20,0.6,60\n`,
      ),
  },
  {
    id: 'one row dated 2031 inside the window',
    expect: 'stops',
    names: 'observations/county-2031.csv, line 2, column date',
    make: (dir) =>
      writeFileSync(
        join(dir, 'observations', 'county-2031.csv'),
        `${COUNTY}\nSAMPLE01,2031-03-01,1,30,50,8,20,0.6,60\n`,
      ),
  },
];

// A child run: build one folder, print peak RSS, exit 1 with the message on a structural error.
if (process.argv[2] === '--child') {
  const [dataDir, outDir] = process.argv.slice(3) as [string, string];
  let code = 0;
  try {
    await buildSiteData(dataDir, outDir, () => undefined);
  } catch (e) {
    console.log(`ERROR ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    code = 1;
  }
  console.log(`RSS ${process.resourceUsage().maxRSS}`);
  process.exit(code);
}

const keep = process.argv.includes('--keep');
const root = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const rows: string[] = [];
let normal = 0;
let failures = 0;
for (const [i, c] of CASES.entries()) {
  const dir = join(root, String(i));
  cpSync('data', dir, { recursive: true });
  c.make(dir);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [resolve('scripts/bench-hostile.ts'), '--child', dir, join(root, `out-${i}`)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const secs = (performance.now() - started) / 1000;
  if (i === 0) normal = secs;
  const rss = Number(/RSS (\d+)/.exec(r.stdout)?.[1] ?? 0) / 1024;
  const error = /ERROR (.*)/.exec(r.stdout)?.[1] ?? '';
  const stopped = r.status === 1 && error !== '';
  const ok =
    (c.expect === 'stops'
      ? stopped && error.includes(c.names ?? '')
      : r.status === 0 && error === '') && secs <= 2 * normal;
  if (!ok) failures++;
  rows.push(
    `| ${c.id} | ${stopped ? 'stopped' : r.status === 0 ? 'built' : `exit ${r.status}`} | ${secs.toFixed(1)} s | ${(secs / normal).toFixed(2)}× | ${rss.toFixed(0)} MB | ${ok ? 'ok' : 'FAIL'} | ${error.slice(0, 90)} |`,
  );
  console.log(rows[rows.length - 1]);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
console.log(
  [
    '',
    '| case | outcome | time | vs normal | peak RSS | verdict | message |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
if (keep) console.log(`scratch folders: ${root}`);
else rmSync(root, { recursive: true, force: true });
process.exit(failures === 0 ? 0 : 1);
