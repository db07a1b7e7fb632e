/**
 * Ingest benchmark (not a timed test): `npm run bench:ingest [-- --max-stations N --days D]`.
 *
 * Generates CNEMC daily wide files of growing size into a temporary folder (one station-year up
 * to one year of a ~1,900-station national network), then runs, each in its own child process so
 * that peak RSS is measured per run:
 *   - floor:  read the bytes, decode UTF-8, split lines — nothing else;
 *   - ingest: ingestObservations() with 5 stations in scope (the county's columns), the rest
 *             counted as out of scope, exactly as the build does.
 * Prints rows/s, MB/s and peak RSS for both, and the ingest/floor throughput ratio.
 * Options: --max-stations N (1900), --days D (365), --heap-cap MB (64; 0 = V8 default).
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestObservations } from '../src/records/ingest.ts';
import type { Station } from '../src/records/stations.ts';

const TYPES = [
  'AQI',
  'PM2.5',
  'PM2.5_24h',
  'PM10',
  'PM10_24h',
  'SO2',
  'SO2_24h',
  'NO2',
  'NO2_24h',
  'O3',
  'O3_24h',
  'O3_8h',
  'O3_8h_24h',
  'CO',
  'CO_24h',
];
const IN_SCOPE = 5;

const code = (i: number): string => `${1001 + i}A`;

/** Write `days` daily wide files for `stations` stations into dir/observations; returns bytes written. */
export function generate(dir: string, stations: number, days: number): number {
  mkdirSync(join(dir, 'observations'), { recursive: true });
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4_294_967_296;
  };
  // a pool of row bodies, so generation is cheap; ~3 % empty cells like the real archive
  const pool = Array.from({ length: 97 }, () =>
    Array.from({ length: stations }, () =>
      rand() < 0.03 ? '' : String(Math.floor(rand() * 150)),
    ).join(','),
  );
  const header = `date,hour,type,${Array.from({ length: stations }, (_, i) => code(i)).join(',')}\n`;
  let bytes = 0;
  let k = 0;
  const start = Date.UTC(2022, 0, 1);
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const parts: string[] = [header];
    for (let h = 0; h < 24; h++)
      for (const t of TYPES) parts.push(`${date},${h},${t},${pool[k++ % pool.length] as string}\n`);
    const text = parts.join('');
    writeFileSync(join(dir, 'observations', `china_sites_${date}.csv`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface Measure {
  ms: number;
  rows: number;
  maxRssMb: number;
}

async function floor(dir: string): Promise<Measure> {
  const t0 = performance.now();
  let rows = 0;
  const obs = join(dir, 'observations');
  for (const name of readdirSync(obs).sort()) {
    const decoder = new TextDecoder('utf-8');
    let rest = '';
    for await (const chunk of createReadStream(join(obs, name), { highWaterMark: 1 << 20 })) {
      const lines = (rest + decoder.decode(chunk as Buffer, { stream: true })).split('\n');
      rest = lines.pop() ?? '';
      rows += lines.length;
    }
    if (rest.length > 0) rows++;
  }
  return { ms: performance.now() - t0, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function ingest(dir: string, stations: number): Promise<Measure> {
  const list: Station[] = Array.from({ length: Math.min(IN_SCOPE, stations) }, (_, i) => ({
    code: code(i),
    name_zh: `基准站${i}（虚构）`,
    name_en: `Bench station ${i} (fictitious)`,
    lon: 114,
    lat: 33.4,
    kind: 'national',
    evaluated: true,
    active_from: '2000-01-01',
    active_to: null,
    city_zh: null,
    city_en: null,
    source: 'benchmark',
  }));
  let hours = 0;
  const t0 = performance.now();
  const report = await ingestObservations({
    dataDir: dir,
    stations: list,
    onHour: () => hours++,
    rejectionsPath: join(dir, 'rejections.csv.gz'),
  });
  const ms = performance.now() - t0;
  const rows = report.files.reduce((n, f) => n + f.rows + 1, 0); // + header line, like the floor
  if (hours === 0) throw new Error('benchmark ingest produced no hours');
  return { ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function worker(mode: string, dir: string, stations: number): Promise<void> {
  const m = mode === 'floor' ? await floor(dir) : await ingest(dir, stations);
  process.stdout.write(JSON.stringify(m));
}

function child(mode: string, dir: string, stations: number, heapCapMb: number): Measure {
  // A fixed old-space cap shows whether memory is bounded: V8 otherwise grows its heap lazily
  // with the allocation rate, so an uncapped peak RSS creeps up even when nothing is retained.
  const flags = heapCapMb > 0 ? [`--max-old-space-size=${heapCapMb}`] : [];
  const r = spawnSync(
    process.execPath,
    [...flags, fileURLToPath(import.meta.url), '--worker', mode, dir, String(stations)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`${mode} worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measure;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') return worker(args[1] ?? '', args[2] ?? '', Number(args[3]));
  const opt = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    return i === -1 ? dflt : Number(args[i + 1]);
  };
  const maxStations = opt('--max-stations', 1900);
  const days = opt('--days', 365);
  const heapCap = opt('--heap-cap', 64);
  // growing width at one year, then the widest input at growing length (memory must stay flat)
  const widths = [1, 10, 100, 500, maxStations].filter(
    (s, i, a) => s <= maxStations && a.indexOf(s) === i,
  );
  const sizes: [number, number][] = [
    ...widths.slice(0, -1).map((w): [number, number] => [w, days]),
    ...[Math.ceil(days / 12), Math.ceil(days / 3), days].map((d): [number, number] => [
      maxStations,
      d,
    ]),
  ];
  const base = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  console.log(
    `node ${process.version}, old-space cap ${heapCap > 0 ? `${heapCap} MB` : 'none'} (--heap-cap), inputs in ${base}`,
  );
  console.log(
    'stations | days | MB | rows | floor rows/s | floor MB/s | floor RSS MB | ingest rows/s | ingest MB/s | ingest RSS MB | ingest/floor',
  );
  console.log('---|---|---|---|---|---|---|---|---|---|---');
  try {
    for (const [stations, n] of sizes) {
      const dir = join(base, `${stations}x${n}`);
      const bytes = generate(dir, stations, n);
      const mb = bytes / 1e6;
      const f = child('floor', dir, stations, heapCap);
      const g = child('ingest', dir, stations, heapCap);
      const cells = [
        stations,
        n,
        mb.toFixed(1),
        g.rows,
        Math.round(f.rows / (f.ms / 1000)),
        (mb / (f.ms / 1000)).toFixed(1),
        f.maxRssMb.toFixed(0),
        Math.round(g.rows / (g.ms / 1000)),
        (mb / (g.ms / 1000)).toFixed(1),
        g.maxRssMb.toFixed(0),
        `${((f.ms / g.ms) * 100).toFixed(0)} %`,
      ];
      console.log(cells.join(' | '));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
