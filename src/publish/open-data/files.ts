/**
 * The build's last data step: measure every published open-data file, check it against its
 * declared columns (a cell that does not fit its type stops the build, naming file, line and
 * column), then write the descriptors (datapackage.json, csv-metadata.json, SHA256SUMS), the
 * Excel-friendly copies (excel/<path>, UTF-8 with BOM), the releases' manifests and ZIPs found
 * in the release store, and the /data/ page data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Site } from '../../records/site.ts';
import { datasetsFor } from './catalogue.ts';
import {
  UTF8_BOM,
  buildCsvw,
  buildDataPackage,
  excelPath,
  sha256sums,
  type PackageContext,
  type ResourceFacts,
} from './descriptors.ts';
import { checkCsvFile, hashFile, listFiles, sha256 } from './measure.ts';
import { publishReleases } from '../release/published.ts';
import { parseChangelog } from '../../records/changelog.ts';
import {
  OPEN_DATA_DOC,
  openDataPageSchema,
  type DatasetView,
  type OpenDataPage,
} from '../../page-data/open-data/index.ts';
import { writeGenerated } from '../staging.ts';

export const DESCRIPTOR_FILES = {
  datapackage: 'datapackage.json',
  csvw: 'csv-metadata.json',
  sha256sums: 'SHA256SUMS',
} as const;
/** Folders under /data/ that hold copies or releases, not datasets. */
const DERIVED_DIRS = ['excel/', 'releases/', 'latest/'];

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
