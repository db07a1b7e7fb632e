/**
 * Frozen data releases (`npm run release`). A release is cut on purpose from the last build's
 * /data/ files, named `<as_of date>.<n>`, written once into the release store (env RELEASE_STORE,
 * default ../releases beside the repository) and never changed: the folder is assembled under a
 * temporary name and renamed into place, its files made read-only. Its manifest also goes into the
 * repository (data/releases/<name>.json) so that a clean clone can verify a published copy.
 */
import { siteDataSchema, type Bilingual } from '../../page-data/site/index.ts';
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RELEASE_NAME } from '../../records/changelog.ts';
import { sha256sums } from '../open-data/descriptors.ts';
import { DESCRIPTOR_FILES } from '../open-data/files.ts';
import { hashFile, listFiles, sha256 } from '../open-data/measure.ts';
import { readReleaseManifests } from './published.ts';
import { OPEN_DATA_DOC, type OpenDataPage } from '../../page-data/open-data/index.ts';
import {
  manifestText,
  releaseManifestSchema,
  type ReleaseFile,
  type ReleaseManifest,
} from '../../records/release-manifest.ts';
import { crc32File, readZipDirectory, writeZipFile } from './zip.ts';

/** The release store: $RELEASE_STORE, else `../releases` relative to the working directory. */
export function defaultReleaseStore(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  return resolve(cwd, env['RELEASE_STORE'] ?? '../releases');
}

/** The next name for a release of data as of `date`: sequence 1 + the highest used that date. */
export function nextReleaseName(
  date: string,
  existing: readonly string[],
): { name: string; sequence: number } {
  const used = existing
    .map((n) => RELEASE_NAME.exec(n))
    .filter((m) => m !== null && m[1] === date)
    .map((m) => Number(m?.[2]));
  const sequence = used.length === 0 ? 1 : Math.max(...used) + 1;
  return { name: `${date}.${sequence}`, sequence };
}

/** The digest that identifies a release's data: SHA-256 of the dataset files' SHA256SUMS lines. */
export function dataDigest(files: readonly { path: string; sha256: string }[]): string {
  return sha256(Buffer.from(sha256sums(files)));
}

export class DuplicateReleaseError extends Error {}

function readPage(generatedDir: string): OpenDataPage {
  const file = join(generatedDir, OPEN_DATA_DOC.file);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run "npm run build:data" before "npm run release"`);
  const parsed = OPEN_DATA_DOC.schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

function readme(name: string, page: OpenDataPage, asOf: string, site: Bilingual): string {
  const rows = page.datasets.map((d) => {
    const rowsText = d.rows === null ? '' : `, ${d.rows} rows / 行`;
    const period = d.period === null ? '' : `, ${d.period.first} … ${d.period.last}`;
    return `- \`data/${d.path}\` — ${d.title.zh} / ${d.title.en}${rowsText}${period}${d.sample ? ' — 样例数据（虚构）/ SAMPLE DATA (fictitious)' : ''}`;
  });
  const sample = page.datasets.some((d) => d.sample);
  return [
    `# ${site.zh}：数据发布 ${name} / ${site.en}: data release ${name}`,
    '',
    `数据截至 / Data as of: ${asOf}`,
    '',
    ...(sample
      ? [
          '**注意：标明“样例数据”的文件由程序生成，是虚构数据，不是真实观测或真实案例。**',
          '**Note: files marked SAMPLE DATA are generated, fictitious data, not real observations or cases.**',
          '',
        ]
      : []),
    '## 内容 / Contents',
    '',
    ...rows,
    '',
    '- `data/excel/` — 带 BOM 的 UTF-8 副本，便于 Excel 直接打开 / UTF-8 copies with a byte-order mark that Excel opens directly',
    '- `data/datapackage.json` — Frictionless Data Package v2 描述 / descriptor',
    '- `data/csv-metadata.json` — CSV on the Web (CSVW) 元数据 / metadata',
    '- `data/SHA256SUMS` — 校验和 / checksums: `cd data && sha256sum -c SHA256SUMS`',
    '- `CHANGELOG.md` — 数据与方法更新日志 / changes to data and methods',
    '- `LICENSE.txt` — 许可 / licence',
    '',
    '## 格式 / Format',
    '',
    'UTF-8，逗号分隔，首行为列名，空单元格表示缺失；浓度单位 µg/m³（CO 为 mg/m³）；时间为 ISO 8601，带 +08:00，标注小时结束时刻。',
    'UTF-8, comma-separated, header row, empty cell = missing; concentrations in µg/m³ (CO in mg/m³); times ISO 8601 with +08:00, labelling the end of the hour.',
    '',
    '## 本发布不会再改变 / This release never changes',
    '',
    `此发布的清单（每个文件的字节数和 SHA-256）保存在代码仓库的 \`data/releases/${name}.json\`；用 \`npm run release -- --verify <目录>\` 核对。`,
    `Its manifest (bytes and SHA-256 of every file) is kept in the repository at \`data/releases/${name}.json\`; check a copy with \`npm run release -- --verify <dir>\`.`,
    '',
  ].join('\n');
}

function licenceText(page: OpenDataPage, site: Bilingual): string {
  return [
    `数据许可 / Data licence: ${page.licence.name}`,
    page.licence.url,
    '',
    `本发布中的数据以 ${page.licence.name} 许可发布，法律文本见上面的网址。引用时请注明“${site.zh}”和发布名称。`,
    `The data in this release are published under ${page.licence.name}; the legal code is at the address above. Please credit “${site.en}” and the release name.`,
    '',
  ].join('\n');
}

export interface CutOptions {
  /** The build's staging folder (.generated). */
  readonly generatedDir: string;
  /** The data folder: its releases/ receives the manifest; its CHANGELOG.md goes into the release. */
  readonly dataDir: string;
  readonly store: string;
}

/** Cut a release from the last build. Refuses data identical to the latest release. */
export async function cutRelease(opts: CutOptions): Promise<ReleaseManifest> {
  const page = readPage(opts.generatedDir);
  if (page.asOf === null) throw new Error('no observations: a release needs an as_of date');
  const pub = join(opts.generatedDir, 'public', 'data');
  // The files must still be what the build measured: a stale or edited file stops the cut.
  const wanted = [
    ...page.datasets.flatMap((d) => [d, ...(d.excel === null ? [] : [d.excel])]),
    ...page.descriptors,
  ];
  for (const f of wanted) {
    const file = join(pub, f.path);
    const got = existsSync(file) ? (await hashFile(file)).sha256 : 'missing';
    if (got !== f.sha256)
      throw new Error(
        `${file}: ${got === 'missing' ? 'missing' : `SHA-256 ${got} differs from the build's ${f.sha256}`}; run "npm run build:data" again`,
      );
  }
  const digest = dataDigest(page.datasets);
  const previous = readReleaseManifests(opts.dataDir);
  const latest = previous.at(-1);
  if (latest !== undefined && latest.data_sha256 === digest)
    throw new DuplicateReleaseError(
      `release refused: the data are identical to release ${latest.name} (data digest ${digest})`,
    );

  const inStore = existsSync(opts.store)
    ? readdirSync(opts.store).filter((n) => RELEASE_NAME.test(n))
    : [];
  const date = page.asOf.slice(0, 10);
  const { name, sequence } = nextReleaseName(date, [...previous.map((m) => m.name), ...inStore]);
  const target = join(opts.store, name);
  const repoManifest = join(opts.dataDir, 'releases', `${name}.json`);
  if (existsSync(target)) throw new Error(`${target} already exists: a release is never modified`);
  if (existsSync(repoManifest))
    throw new Error(`${repoManifest} already exists: a release is never modified`);

  const tmp = join(opts.store, `.tmp-${name}`);
  await rm(tmp, { recursive: true, force: true });
  for (const f of wanted) {
    await mkdir(dirname(join(tmp, 'data', f.path)), { recursive: true });
    await copyFile(join(pub, f.path), join(tmp, 'data', f.path));
  }
  const siteName = siteDataSchema.parse(
    JSON.parse(readFileSync(join(opts.generatedDir, 'site.json'), 'utf8')),
  ).name;
  await writeFile(join(tmp, 'README.md'), readme(name, page, page.asOf, siteName));
  await writeFile(join(tmp, 'LICENSE.txt'), licenceText(page, siteName));
  const changelog = join(opts.dataDir, 'CHANGELOG.md');
  if (existsSync(changelog)) await copyFile(changelog, join(tmp, 'CHANGELOG.md'));

  const paths = listFiles(tmp);
  const files: ReleaseFile[] = [];
  for (const p of paths) {
    const f = await hashFile(join(tmp, p));
    files.push({ path: p, bytes: f.bytes, sha256: f.sha256 });
  }
  const zipName = `${name}.zip`;
  await writeZipFile(
    join(tmp, zipName),
    paths.map((p) => ({ name: `${name}/${p}`, path: join(tmp, p) })),
    date,
  );
  const zip = await hashFile(join(tmp, zipName));
  const manifest: ReleaseManifest = releaseManifestSchema.parse({
    name,
    as_of: page.asOf,
    sequence,
    data_sha256: digest,
    sample: page.datasets.some((d) => d.sample),
    files,
    zip: { path: zipName, bytes: zip.bytes, sha256: zip.sha256 },
  });
  const text = manifestText(manifest);
  await writeFile(join(tmp, 'manifest.json'), text);
  for (const p of [...paths, zipName, 'manifest.json']) await chmod(join(tmp, p), 0o444);
  await rename(tmp, target);
  await mkdir(dirname(repoManifest), { recursive: true });
  await writeFile(repoManifest, text, { flag: 'wx' });
  return manifest;
}

/**
 * Check a release folder against the repository's manifest of the same name: every file present
 * with its bytes and SHA-256, nothing extra, the ZIP's entries matching the files. Returns the
 * problems found (empty = verified).
 */
export async function verifyRelease(dir: string, dataDir: string): Promise<string[]> {
  const name = basename(resolve(dir));
  const manifestFile = join(dataDir, 'releases', `${name}.json`);
  if (!existsSync(manifestFile))
    return [`${manifestFile}: no manifest for release "${name}" in the repository`];
  const text = readFileSync(manifestFile, 'utf8');
  const m = releaseManifestSchema.parse(JSON.parse(text));
  const problems: string[] = [];
  const expected = new Map<string, ReleaseFile>([...m.files, m.zip].map((f) => [f.path, f]));
  const present = listFiles(dir);
  for (const p of present) {
    if (p === 'manifest.json') {
      if (readFileSync(join(dir, p), 'utf8') !== text)
        problems.push(`${join(dir, p)}: differs from ${manifestFile}`);
    } else if (!expected.has(p)) problems.push(`${join(dir, p)}: not in the manifest`);
  }
  for (const f of expected.values()) {
    const file = join(dir, f.path);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const got = await hashFile(file);
    if (got.bytes !== f.bytes)
      problems.push(`${file}: ${got.bytes} bytes, manifest says ${f.bytes}`);
    if (got.sha256 !== f.sha256)
      problems.push(`${file}: SHA-256 ${got.sha256}, manifest says ${f.sha256}`);
  }
  const zipFile = join(dir, m.zip.path);
  if (existsSync(zipFile)) {
    try {
      const entries = new Map((await readZipDirectory(zipFile, true)).map((e) => [e.name, e]));
      for (const f of m.files) {
        const e = entries.get(`${name}/${f.path}`);
        const file = join(dir, f.path);
        if (e === undefined) problems.push(`${zipFile}: no entry ${name}/${f.path}`);
        else if (existsSync(file) && (e.size !== f.bytes || e.crc !== (await crc32File(file))))
          problems.push(`${zipFile}: entry ${name}/${f.path} differs from the file`);
      }
      if (entries.size !== m.files.length)
        problems.push(
          `${zipFile}: ${entries.size} entries, manifest lists ${m.files.length} files`,
        );
    } catch (err) {
      problems.push(`${zipFile}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return problems;
}

export { DESCRIPTOR_FILES };
