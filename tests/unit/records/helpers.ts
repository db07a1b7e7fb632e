import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import {
  ingestObservations,
  type PublishedReference,
  type QualityReport,
} from '../../../src/records/ingest.ts';
import type { Station } from '../../../src/records/stations.ts';
import type { StationHour } from '../../../src/records/types.ts';

export const STATIONS_HEADER =
  'code,name_zh,name_en,lon,lat,kind,evaluated,active_from,active_to,source';

export function station(code: string, extra: Partial<Station> = {}): Station {
  return {
    code,
    name_zh: `测试站${code}（虚构）`,
    name_en: `Test station ${code} (fictitious)`,
    lon: 114,
    lat: 33.4,
    kind: 'county',
    evaluated: true,
    active_from: '2020-01-01',
    active_to: null,
    source: 'test',
    city_zh: null,
    city_en: null,
    ...extra,
  };
}

/** A fresh data folder holding the given files (paths relative to it). */
export function dataDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  mkdirSync(join(dir, 'observations'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

export interface RunResult {
  report: QualityReport;
  hours: StationHour[];
  refs: PublishedReference[];
  rejections: Record<string, string>[];
}

export async function run(
  files: Record<string, string | Uint8Array>,
  stations: Station[],
): Promise<RunResult> {
  const dir = dataDir(files);
  const hours: StationHour[] = [];
  const refs: PublishedReference[] = [];
  const rejectionsPath = join(dir, 'rejections.csv.gz');
  const report = await ingestObservations({
    dataDir: dir,
    stations,
    onHour: (h) => hours.push(h),
    onReference: (r) => refs.push(r),
    rejectionsPath,
  });
  const text = gunzipSync(readFileSync(rejectionsPath)).toString('utf8');
  const rejections = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return { report, hours, refs, rejections };
}

/** The hour record for a station and label, or undefined. */
export function hourAt(
  hours: StationHour[],
  station: string,
  time: string,
): StationHour | undefined {
  return hours.find((h) => h.station === station && h.time === time);
}

/** Sum of the accounted categories of a file, to compare with `read`. */
export function accounted(f: {
  used: number;
  rejected: number;
  outOfScope: number;
  reference: number;
  empty: number;
  identicalDuplicates: number;
}): number {
  return f.used + f.rejected + f.outOfScope + f.reference + f.empty + f.identicalDuplicates;
}
