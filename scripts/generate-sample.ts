/**
 * Deterministic sample data for the embedded default site: fictitious stations inside Xiping
 * county, hourly values 2022-01-01 01:00 … 2026-11-28 00:00 (+08:00) in the CNEMC hourly
 * snapshot format, one gzip file per year, plus the matching dust-day list.
 *
 *   npm run generate:sample            # writes into data/
 *   npm run generate:sample -- /tmp/x  # writes into /tmp/x (observations/ and dust-days.csv)
 *   npm run check:sample               # exit 1 unless data/ holds exactly the bytes this code generates
 *   npm run generate:sample -- /tmp/x --stations 20   # 20 synthetic stations (benchmarks), with stations.csv
 *
 * Seeded PRNG only: never Math.random, never the clock. Same code + same Node (zlib) → same bytes.
 * See docs/decisions/009-sample-data.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { epochToLabel } from '../src/records/time.ts';
import { SNAPSHOT_COLUMNS } from '../src/records/observations/index.ts';

export const SAMPLE_SEED = 20_220_101;
const HOUR = 3_600_000;
const FIRST = Date.parse('2022-01-01T01:00:00+08:00');
const LAST = Date.parse('2026-11-28T00:00:00+08:00');
const YEAR_MS = 365.25 * 24 * HOUR;

export interface SampleStation {
  code: string;
  name: string;
  lon: string;
  lat: string;
  factor: number;
  activeFrom: string; // stations.csv active_from; the file also carries some rows before it
}

/** Must match data/stations.csv. */
export const SAMPLE_STATIONS: readonly SampleStation[] = [
  {
    code: 'SAMPLE01',
    name: '示例站一（虚构）',
    lon: '114.0210',
    lat: '33.3830',
    factor: 1.0,
    activeFrom: '2021-01-01',
  },
  {
    code: 'SAMPLE02',
    name: '示例站二（虚构）',
    lon: '113.9850',
    lat: '33.4020',
    factor: 1.07,
    activeFrom: '2021-01-01',
  },
  {
    code: 'SAMPLE03',
    name: '示例站三（虚构）',
    lon: '114.0640',
    lat: '33.3610',
    factor: 0.95,
    activeFrom: '2021-01-01',
  },
  {
    code: 'SAMPLE04',
    name: '示例对照站（虚构）',
    lon: '113.9000',
    lat: '33.4600',
    factor: 0.82,
    activeFrom: '2023-03-01',
  },
];

/**
 * `n` synthetic stations for scale benchmarks (never the bundled data): codes SYN001…, spread
 * over a small grid near the county, factors between 0.8 and 1.2, all active for the whole span.
 */
export function syntheticStations(n: number): SampleStation[] {
  if (!Number.isInteger(n) || n < 1 || n > 999)
    throw new Error(`--stations: expected an integer 1…999, got ${n}`);
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(3, '0');
    return {
      code: `SYN${k}`,
      name: `合成站${k}（虚构）`,
      lon: (113.9 + (i % 10) * 0.02).toFixed(4),
      lat: (33.3 + Math.floor(i / 10) * 0.02).toFixed(4),
      factor: 0.8 + ((i * 37) % 41) / 100,
      activeFrom: '2021-01-01',
    };
  });
}

/** data/stations.csv for a station list (same columns as the bundled file). */
export function stationsCsv(stations: readonly SampleStation[]): string {
  const rows = stations.map((s) =>
    [
      s.code,
      s.name,
      `Synthetic station ${s.code.slice(3)} (fictitious)`,
      s.lon,
      s.lat,
      'county',
      'yes',
      s.activeFrom,
      '',
      '合成数据（虚构）/ synthetic data (fictitious): scripts/generate-sample.ts --stations',
    ].join(','),
  );
  return `code,name_zh,name_en,lon,lat,kind,evaluated,active_from,active_to,source\n${rows.join('\n')}\n`;
}

/** mulberry32: small, fast, good enough for synthetic data, fully reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gaussian(rand: () => number): () => number {
  return () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

const cos = (x: number): number => Math.cos(2 * Math.PI * x);

/** Natural day (YYYY-MM-DD) of an hour label instant: labels D 01:00 … D+1 00:00 belong to D. */
function dayOf(ms: number): string {
  return epochToLabel(ms - HOUR).slice(0, 10);
}

export interface SampleOutput {
  /** Relative path (under the data folder) → file bytes. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** Generate every sample file in memory (the bundled stations unless a list is given). */
export function generateSample(stations: readonly SampleStation[] = SAMPLE_STATIONS): SampleOutput {
  const rand = prng(SAMPLE_SEED);
  const norm = gaussian(rand);

  // Dust episodes: two or three per spring, 1–2 natural days each, chosen by the PRNG.
  const dustDays = new Set<string>();
  for (let year = 2022; year <= 2026; year++) {
    const episodes = 2 + Math.floor(rand() * 2);
    for (let e = 0; e < episodes; e++) {
      const start =
        Date.parse(`${year}-03-01T12:00:00+08:00`) + Math.floor(rand() * 75) * 24 * HOUR;
      const length = 1 + Math.floor(rand() * 2);
      for (let d = 0; d < length; d++)
        dustDays.add(epochToLabel(start + d * 24 * HOUR).slice(0, 10));
    }
  }

  // Whole-day outages (row absent): ~0.8 % of station-days, plus a long one so that one month
  // has fewer than 27 valid days (SAMPLE02, 2024-07-10 … 07-15).
  const outage = (code: string, day: string): boolean =>
    code === 'SAMPLE02' && day >= '2024-07-10' && day <= '2024-07-15';
  const randomOutages = new Set<string>();
  for (let ms = FIRST; ms <= LAST; ms += 24 * HOUR) {
    for (const s of stations) if (rand() < 0.008) randomOutages.add(`${s.code}|${dayOf(ms)}`);
  }

  const regional = { pm: 0, o3: 0 };
  const local = stations.map(() => ({ pm: 0, gas: 0, coarse: 0 }));
  const perYear = new Map<string, string[]>();
  const headerLine = SNAPSHOT_COLUMNS.join(',');

  for (let ms = FIRST; ms <= LAST; ms += HOUR) {
    const label = epochToLabel(ms);
    const day = dayOf(ms);
    const hour = Number(label.slice(11, 13));
    const years = (ms - FIRST) / YEAR_MS;
    const doy = (ms - Date.parse(`${day.slice(0, 4)}-01-01T00:00:00+08:00`)) / (24 * HOUR) / 365.25;
    // shared weather: slow AR(1) in log space (stationary sd ≈ 0.35 for PM)
    regional.pm = 0.985 * regional.pm + 0.06 * norm();
    regional.o3 = 0.97 * regional.o3 + 0.05 * norm();
    const dust = dustDays.has(day);
    const season = cos(doy - 0.03); // +1 mid-January, −1 mid-July
    const sun = Math.max(0, cos((hour - 15) / 24)) ** 1.5;
    const lines = perYear.get(label.slice(0, 4)) ?? [];
    perYear.set(label.slice(0, 4), lines);

    stations.forEach((s, k) => {
      const loc = local[k] as { pm: number; gas: number; coarse: number };
      loc.pm = 0.9 * loc.pm + 0.08 * norm();
      loc.gas = 0.9 * loc.gas + 0.1 * norm();
      loc.coarse = 0.8 * loc.coarse + 0.1 * norm();
      if (randomOutages.has(`${s.code}|${day}`) || outage(s.code, day)) return;
      if (s.code === 'SAMPLE04' && day < '2023-02-20') return; // the control station starts reporting early 2023

      const trend = 1 - 0.075 * years; // slow improvement: 2025 about a quarter below 2022
      let pm25 =
        50 *
        s.factor *
        trend *
        (1 + 0.5 * season) *
        (1 + 0.12 * cos((hour - 23) / 24)) *
        Math.exp(regional.pm + loc.pm - 0.08);
      let pm10 = pm25 * (1.6 + 0.25 * Math.max(0, cos(doy - 0.3))) * Math.exp(loc.coarse);
      if (dust) {
        pm10 *= 4 + 2 * rand();
        pm25 *= 1.6;
      }
      const o3Amp = 35 + 125 * Math.max(0, Math.sin((Math.PI * (doy - 0.17)) / 0.6));
      const o3 = Math.max(
        0,
        (o3Amp * sun + 18 - 7 * (1 - sun) * (1 + season)) *
          Math.exp(regional.o3) *
          (1 + 0.012 * years),
      );
      const no2 =
        27 *
        s.factor *
        (1 + 0.3 * season) *
        (1 + 0.2 * cos((hour - 8) / 12)) *
        (1 - 0.35 * sun) *
        (1 - 0.03 * years) *
        Math.exp(loc.gas);
      const so2 = Math.max(
        2,
        9 * (1 + 0.4 * season) * (1 - 0.05 * years) * Math.exp(0.5 * loc.gas),
      );
      const co = Math.max(0.1, 0.75 * (1 + 0.4 * season) * Math.exp(0.3 * (regional.pm + loc.pm)));

      const cell = (v: number, decimals = 0): string => (rand() < 0.01 ? '' : v.toFixed(decimals));
      let values = {
        pm10: cell(pm10),
        pm2_5: cell(pm25),
        o3: cell(o3),
        no2: cell(no2),
        so2: cell(so2),
        co: cell(co, 1),
      };
      if (s.code === 'SAMPLE03' && day >= '2023-08-02' && day <= '2023-08-04')
        values = { ...values, o3: '' }; // O3 analyser fault

      const row = (time: string, v: typeof values, code = s.code): string =>
        [
          time,
          code,
          s.lon,
          s.lat,
          '驻马店市',
          s.name,
          '',
          '',
          v.pm10,
          '',
          v.pm2_5,
          '',
          '',
          v.o3,
          '',
          '',
          v.no2,
          '',
          v.so2,
          '',
          v.co,
          '',
        ].join(',');
      const time = label.slice(0, 19); // the snapshot's timepoint: Beijing time without offset
      lines.push(row(time, values));

      // A small number of bad rows, so the data-quality page has something real to show.
      const r = rand();
      const kind = Math.floor(r / 0.00005); // nine kinds of bad row, each with probability 0.005 %
      if (kind === 0) lines.push(row(time, { ...values, pm2_5: '-99' }));
      else if (kind === 1)
        lines.push(row(time, { ...values, pm2_5: String(Number(values.pm2_5 || '40') + 7) })); // conflict
      else if (kind === 2)
        lines.push(row(time, values)); // identical duplicate
      else if (kind === 3) lines[lines.length - 1] = row(time, { ...values, pm10: '—' });
      else if (kind === 4) lines[lines.length - 1] = row(time, { ...values, pm10: '9999' });
      else if (kind === 5)
        lines[lines.length - 1] = row(time, values).split(',').slice(0, -2).join(',');
      else if (kind === 6) lines.push(row(`${time.slice(0, 11)}25:00:00`, values));
      else if (kind === 7)
        lines.push(row(`${time.slice(0, 5)}13${time.slice(7)}`, values)); // month 13
      else if (kind === 8) lines.push(row(time, values, 'SAMPLE99')); // a station not in stations.csv: out of scope
    });
  }

  const files = new Map<string, Buffer>();
  for (const [year, lines] of [...perYear.entries()].sort()) {
    const text = `${headerLine}\n${lines.join('\n')}\n`;
    files.set(
      `observations/sample-${year}.csv.gz`,
      gzipSync(Buffer.from(text, 'utf8'), { level: 9 }),
    );
  }
  const dust = [...dustDays]
    .sort()
    .map((d) => `${d},示例数据（虚构）/ sample data (fictitious): scripts/generate-sample.ts`);
  files.set('dust-days.csv', Buffer.from(`date,source\n${dust.join('\n')}\n`, 'utf8'));
  return { files };
}

/** Write the sample into `dataDir` (observations/sample-YYYY.csv.gz and dust-days.csv). */
export function writeSample(dataDir: string, stations?: readonly SampleStation[]): string[] {
  const { files } = generateSample(stations);
  mkdirSync(join(dataDir, 'observations'), { recursive: true });
  for (const [rel, bytes] of files) writeFileSync(join(dataDir, rel), bytes);
  return [...files.keys()];
}

/** Paths (relative to dataDir) whose committed bytes differ from a fresh generation. */
export function diffSample(dataDir: string): string[] {
  const differ: string[] = [];
  for (const [rel, bytes] of generateSample().files) {
    let current: Buffer | null = null;
    try {
      current = readFileSync(join(dataDir, rel));
    } catch {
      current = null;
    }
    if (current === null || !current.equals(bytes)) differ.push(rel);
  }
  return differ;
}

if (import.meta.main) {
  if (process.argv[2] === '--check') {
    const dir = process.argv[3] ?? 'data';
    const differ = diffSample(dir);
    if (differ.length > 0) {
      console.error(
        `sample data differs from the generator's output: ${differ.join(', ')} (run npm run generate:sample)`,
      );
      process.exit(1);
    }
    console.log('sample data matches the generator byte for byte');
  } else {
    const dir = process.argv[2] ?? 'data';
    const at = process.argv.indexOf('--stations');
    if (at < 0) {
      for (const f of writeSample(dir)) console.log(`wrote ${join(dir, f)}`);
    } else {
      // Synthetic stations also need their own stations.csv; the bundled one is never touched.
      if (dir === 'data')
        throw new Error('--stations writes a synthetic data set: give a folder other than data/');
      const stations = syntheticStations(Number(process.argv[at + 1]));
      for (const f of writeSample(dir, stations)) console.log(`wrote ${join(dir, f)}`);
      writeFileSync(join(dir, 'stations.csv'), stationsCsv(stations));
      console.log(`wrote ${join(dir, 'stations.csv')}`);
    }
  }
}
