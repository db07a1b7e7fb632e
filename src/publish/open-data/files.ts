/**
 * The build's last data step: measure every published open-data file, check it against its
 * declared columns (a cell that does not fit its type stops the build, naming file, line and
 * column), then write the descriptors (datapackage.json, csv-metadata.json, SHA256SUMS), the
 * Excel-friendly copies (excel/<path>, UTF-8 with BOM), the releases' manifests and ZIPs found
 * in the release store, and the /data/ page data.
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import type { Site } from '../../records/site.ts';
import { isCalendarDate } from '../../records/table.ts';
import { datasetsFor, type DatasetSpec } from './catalogue.ts';
import {
  UTF8_BOM,
  buildCsvw,
  buildDataPackage,
  excelPath,
  sha256sums,
  type PackageContext,
  type ResourceFacts,
} from './descriptors.ts';
import type { FieldSpec } from './tables.ts';
import { parseChangelog } from '../../records/changelog.ts';
import {
  compareReleases,
  releaseManifestSchema,
  type ReleaseManifest,
} from '../../records/release-manifest.ts';
import {
  OPEN_DATA_DOC,
  openDataPageSchema,
  type DatasetView,
  type OpenDataPage,
  type ReleaseView,
} from '../../page-data/open-data/index.ts';
import { writeGenerated } from '../staging.ts';

export const DESCRIPTOR_FILES = {
  datapackage: 'datapackage.json',
  csvw: 'csv-metadata.json',
  sha256sums: 'SHA256SUMS',
} as const;
/** Folders under /data/ that hold copies or releases, not datasets. */
const DERIVED_DIRS = ['excel/', 'releases/', 'latest/'];

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Files under `dir`, '/'-separated relative paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const CELL: Readonly<Record<FieldSpec['type'], (v: string) => boolean>> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  date: isCalendarDate,
  datetime: (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(v) && isCalendarDate(v.slice(0, 10)),
};

export interface CsvCheck {
  readonly rows: number;
  readonly period: { readonly first: string; readonly last: string } | null;
}

/**
 * Row-by-row check of a CSV against its columns: header equal to the field names, every
 * non-empty cell of its type (and in its enum). Fed one record at a time, so a file is never held
 * whole; `line` is the 1-based line the record starts on. One empty record at the end (the final
 * newline) is not a row; anywhere else it is a short row.
 */
function createCsvChecker(
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
): { record(cells: readonly string[], line: number): void; result(): CsvCheck } {
  const names = spec.fields.map((f) => f.name);
  const pIndex = spec.periodField === undefined ? -1 : names.indexOf(spec.periodField);
  let seenHeader = false;
  let rows = 0;
  let blankAt: number | null = null;
  let first: string | null = null;
  let last: string | null = null;
  const check = (row: readonly string[], line: number): void => {
    if (row.length !== names.length)
      throw new Error(`${file}:${line}: expected ${names.length} cells, got ${row.length}`);
    spec.fields.forEach((fs, c) => {
      const v = row[c] ?? '';
      if (v === '') return;
      if (!CELL[fs.type](v))
        throw new Error(
          `${file}:${line}: column ${fs.name}: expected ${fs.type}, got "${v.slice(0, 40)}"`,
        );
      if (fs.enum !== undefined && !fs.enum.includes(v))
        throw new Error(
          `${file}:${line}: column ${fs.name}: expected one of ${fs.enum.join(', ')}, got "${v.slice(0, 40)}"`,
        );
    });
    const p = pIndex < 0 ? '' : (row[pIndex] ?? '');
    if (p !== '') {
      if (first === null || p < first) first = p;
      if (last === null || p > last) last = p;
    }
    rows++;
  };
  return {
    record(cells, line) {
      if (blankAt !== null) {
        check([''], blankAt);
        blankAt = null;
      }
      if (!seenHeader) {
        seenHeader = true;
        if (cells.join(',') !== names.join(','))
          throw new Error(
            `${file}:1: expected the header "${names.join(',')}" (src/publish/open-data/catalogue.ts), got "${cells.join(',')}"`,
          );
        return;
      }
      if (cells.length === 1 && cells[0] === '') {
        blankAt = line;
        return;
      }
      check(cells, line);
    },
    result() {
      if (!seenHeader)
        throw new Error(
          `${file}:1: expected the header "${names.join(',')}" (src/publish/open-data/catalogue.ts), got ""`,
        );
      return { rows, period: first === null || last === null ? null : { first, last } };
    },
  };
}

/** Check a CSV held as text (small files and tests); see {@link checkCsvFile} for the build's files. */
export function checkCsv(
  text: string,
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
): CsvCheck {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
  });
  const firstError = parsed.errors[0];
  if (firstError !== undefined)
    throw new Error(`${file}:${(firstError.row ?? 0) + 1}: ${firstError.message}`);
  const checker = createCsvChecker(file, spec);
  parsed.data.forEach((cells, r) => checker.record(cells, r + 1));
  return checker.result();
}

/**
 * Check a CSV file (gzip when `gz`) as a stream: an hourly file of a hundred stations is
 * hundreds of MB as parsed cells, and no build step holds all stations' hours at once
 * (docs/decisions/015). Also reports the line terminator; a byte-order mark stops the build.
 */
export async function checkCsvFile(
  path: string,
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
  gz: boolean,
): Promise<CsvCheck & { lineTerminator: '\n' | '\r\n' }> {
  const checker = createCsvChecker(file, spec);
  let crlf = false;
  async function* text(): AsyncGenerator<string> {
    const decoder = new StringDecoder('utf8');
    const source = createReadStream(path);
    let firstChunk = true;
    let endsWithCr = false;
    for await (const chunk of gz ? source.pipe(createGunzip()) : source) {
      const t = decoder.write(chunk as Buffer);
      if (t === '') continue;
      if (firstChunk && t.startsWith('\uFEFF'))
        throw new Error(
          `${file}:1: expected UTF-8 without a byte-order mark (the BOM copy goes under excel/)`,
        );
      firstChunk = false;
      if (t.includes('\r\n') || (endsWithCr && t.startsWith('\n'))) crlf = true;
      endsWithCr = t.endsWith('\r');
      yield t;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
  let line = 1;
  await new Promise<void>((resolve, reject) => {
    let failure: Error | null = null;
    Papa.parse<string[]>(Readable.from(text()) as unknown as File, {
      header: false,
      skipEmptyLines: false,
      delimiter: ',',
      chunk: (results, parser) => {
        if (failure !== null) return;
        try {
          const firstError = results.errors[0];
          if (firstError !== undefined)
            throw new Error(`${file}:${line + (firstError.row ?? 0)}: ${firstError.message}`);
          for (const cells of results.data) {
            checker.record(cells, line);
            line += 1;
            for (const c of cells)
              for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line += 1;
          }
        } catch (e) {
          failure = e instanceof Error ? e : new Error(String(e));
          parser.abort();
        }
      },
      complete: () => (failure === null ? resolve() : reject(failure)),
      error: (e: Error) => reject(e),
    });
  });
  return { ...checker.result(), lineTerminator: crlf ? '\r\n' : '\n' };
}

/** Bytes and SHA-256 of a file read as a stream; with `copyTo`, also writes `prefix` + the file there. */
export async function hashFile(
  path: string,
  copyTo?: { path: string; prefix: Uint8Array },
): Promise<{ bytes: number; sha256: string; copy: { bytes: number; sha256: string } | null }> {
  const hash = createHash('sha256');
  const copyHash = createHash('sha256');
  let bytes = 0;
  const out = copyTo === undefined ? null : createWriteStream(copyTo.path);
  if (copyTo !== undefined && out !== null) {
    out.write(copyTo.prefix);
    copyHash.update(copyTo.prefix);
  }
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
    if (out !== null) {
      copyHash.update(b);
      if (!out.write(b)) await once(out, 'drain');
    }
  }
  if (out !== null) {
    out.end();
    await once(out, 'finish');
  }
  return {
    bytes,
    sha256: hash.digest('hex'),
    copy:
      copyTo === undefined
        ? null
        : { bytes: bytes + copyTo.prefix.length, sha256: copyHash.digest('hex') },
  };
}

/** The repository's release manifests (`<dataDir>/releases/*.json`), oldest first. */
export function readReleaseManifests(dataDir: string): ReleaseManifest[] {
  const dir = join(dataDir, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const file = join(dir, n);
      const parsed = releaseManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success)
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      if (`${parsed.data.name}.json` !== n)
        throw new Error(`${file}: expected the file name ${parsed.data.name}.json`);
      return parsed.data;
    })
    .sort(compareReleases);
}

export interface DescriptorOptions {
  /** The data folder (for releases/ and CHANGELOG.md); default: no releases, no changelog. */
  readonly dataDir?: string;
  /** The release store; its ZIPs of the releases in `<dataDir>/releases/` are published. */
  readonly releaseStore?: string;
}

/**
 * Measure and describe `<outDir>/public/data/`; write the descriptors, Excel copies, release
 * files and `<outDir>/open-data.json`. Call it last: every file under /data/ must be written.
 */
export async function writeOpenDataDescriptors(
  outDir: string,
  site: Site,
  asOf: string | null,
  opts: DescriptorOptions = {},
): Promise<OpenDataPage> {
  const pub = join(outDir, 'public', 'data');
  const present = listFiles(pub).filter(
    (p) =>
      !DERIVED_DIRS.some((d) => p.startsWith(d)) &&
      !Object.values(DESCRIPTOR_FILES).includes(p as never),
  );
  const specs = datasetsFor(present);
  const known = new Set(specs.map((s) => s.path));
  const unknown = present.filter((p) => !known.has(p));
  if (unknown.length > 0)
    throw new Error(
      `${join(pub, unknown[0] ?? '')}: published under /data/ but has no entry in src/publish/open-data/catalogue.ts (add its columns there)`,
    );

  const facts: ResourceFacts[] = [];
  const views: DatasetView[] = [];
  for (const spec of specs) {
    const file = join(pub, spec.path);
    if (!existsSync(file))
      throw new Error(
        `${file}: expected by src/publish/open-data/catalogue.ts but not written by the build`,
      );
    const sample = spec.sampleKey === null ? false : (site.sample[spec.sampleKey] ?? false);
    let rows: number | null = null;
    let period: ResourceFacts['period'] = null;
    let lineTerminator: ResourceFacts['lineTerminator'] = '\n';
    let excel: DatasetView['excel'] = null;
    // Streamed, never read whole: the hourly files grow with stations × hours.
    if (spec.format === 'csv' || spec.format === 'csv.gz')
      ({ rows, period, lineTerminator } = await checkCsvFile(
        file,
        file,
        spec,
        spec.format === 'csv.gz',
      ));
    const copyPath = spec.format === 'csv' ? excelPath(spec.path) : null;
    if (copyPath !== null) await mkdir(dirname(join(pub, copyPath)), { recursive: true });
    const measured = await hashFile(
      file,
      copyPath === null ? undefined : { path: join(pub, copyPath), prefix: UTF8_BOM },
    );
    if (copyPath !== null && measured.copy !== null) excel = { path: copyPath, ...measured.copy };
    const f: ResourceFacts = {
      spec,
      bytes: measured.bytes,
      sha256: measured.sha256,
      rows,
      period,
      lineTerminator,
      sample,
    };
    facts.push(f);
    views.push({
      name: spec.name,
      path: spec.path,
      group: spec.group,
      format: spec.format,
      title: spec.title,
      description: spec.description,
      fields: spec.fields.map((x) => ({
        name: x.name,
        type: x.type,
        unit: x.unit ?? null,
        description: x.description,
        enum: x.enum === undefined ? null : [...x.enum],
      })),
      bytes: f.bytes,
      sha256: f.sha256,
      rows,
      period,
      sample,
      excel,
    });
  }

  const ctx: PackageContext = {
    county: site.county,
    publicUrl: site.public_url,
    licence: site.licence,
    sources: site.sources,
    asOf,
  };
  const dp = Buffer.from(`${JSON.stringify(buildDataPackage(ctx, facts), null, 2)}\n`);
  const csvw = Buffer.from(`${JSON.stringify(buildCsvw(ctx, facts), null, 2)}\n`);
  await writeFile(join(pub, DESCRIPTOR_FILES.datapackage), dp);
  await writeFile(join(pub, DESCRIPTOR_FILES.csvw), csvw);
  const summed = [
    ...views.flatMap((v) => [
      { path: v.path, sha256: v.sha256 },
      ...(v.excel === null ? [] : [{ path: v.excel.path, sha256: v.excel.sha256 }]),
    ]),
    { path: DESCRIPTOR_FILES.datapackage, sha256: sha256(dp) },
    { path: DESCRIPTOR_FILES.csvw, sha256: sha256(csvw) },
  ];
  const sums = Buffer.from(sha256sums(summed));
  await writeFile(join(pub, DESCRIPTOR_FILES.sha256sums), sums);

  const releases =
    opts.dataDir === undefined ? [] : await publishReleases(opts.dataDir, pub, opts.releaseStore);
  const changelogFile = opts.dataDir === undefined ? null : join(opts.dataDir, 'CHANGELOG.md');
  const changelog =
    changelogFile !== null && existsSync(changelogFile)
      ? parseChangelog(readFileSync(changelogFile, 'utf8'), changelogFile)
      : [];

  const page = openDataPageSchema.parse({
    asOf,
    licence: site.licence,
    datasets: views,
    descriptors: [
      {
        kind: 'datapackage',
        path: DESCRIPTOR_FILES.datapackage,
        bytes: dp.length,
        sha256: sha256(dp),
      },
      { kind: 'csvw', path: DESCRIPTOR_FILES.csvw, bytes: csvw.length, sha256: sha256(csvw) },
      {
        kind: 'sha256sums',
        path: DESCRIPTOR_FILES.sha256sums,
        bytes: sums.length,
        sha256: sha256(sums),
      },
    ],
    releases,
    changelog,
  } satisfies OpenDataPage);
  await writeGenerated(outDir, OPEN_DATA_DOC, page);
  return page;
}

/**
 * Publish the repository's release manifests at /data/releases/<name>.json, the newest also at
 * /data/latest/manifest.json, and each release's ZIP the store holds (hash checked against the
 * manifest; a mismatch stops the build). Returns the releases newest first.
 */
async function publishReleases(
  dataDir: string,
  pub: string,
  store: string | undefined,
): Promise<ReleaseView[]> {
  const manifests = readReleaseManifests(dataDir);
  const views: ReleaseView[] = [];
  for (const m of manifests) {
    // The repository's bytes, so a reader can compare them with a clone.
    await mkdir(join(pub, 'releases'), { recursive: true });
    await copyFile(
      join(dataDir, 'releases', `${m.name}.json`),
      join(pub, 'releases', `${m.name}.json`),
    );
    let zipPath: string | null = null;
    const zip = store === undefined ? null : join(store, m.name, m.zip.path);
    if (zip !== null && existsSync(zip)) {
      const got = (await hashFile(zip)).sha256;
      if (got !== m.zip.sha256)
        throw new Error(
          `${zip}: SHA-256 ${got} differs from ${m.zip.sha256} in ${join(dataDir, 'releases', `${m.name}.json`)}`,
        );
      await mkdir(join(pub, 'releases', m.name), { recursive: true });
      await copyFile(zip, join(pub, 'releases', m.name, m.zip.path));
      zipPath = `/data/releases/${m.name}/${m.zip.path}`;
    }
    views.push({ manifest: m, manifestPath: `/data/releases/${m.name}.json`, zipPath });
  }
  const newest = manifests.at(-1);
  if (newest !== undefined) {
    await mkdir(join(pub, 'latest'), { recursive: true });
    await copyFile(
      join(dataDir, 'releases', `${newest.name}.json`),
      join(pub, 'latest', 'manifest.json'),
    );
  }
  return views.reverse();
}
