import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../../src/records/site.ts';
import { siteDataFrom } from '../../../../src/publish/build.ts';
import { writeOpenDataDescriptors } from '../../../../src/publish/open-data/files.ts';
import {
  DuplicateReleaseError,
  cutRelease,
  defaultReleaseStore,
  nextReleaseName,
  verifyRelease,
} from '../../../../src/publish/release/release.ts';
import { OPEN_DATA_DOC, openDataPageSchema } from '../../../../src/page-data/open-data/index.ts';
import { releaseManifestSchema } from '../../../../src/records/release-manifest.ts';
import { crc32File, readZipDirectory } from '../../../../src/publish/release/zip.ts';
import { tempDir, writeFixtureData } from '../open-data/fixture.ts';

const site = loadSite('data');
const AS_OF = '2024-01-01T03:00:00+08:00';

async function setup(): Promise<{ gen: string; dataDir: string; store: string }> {
  const root = tempDir('rel-');
  const gen = join(root, 'gen');
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  copyFileSync('data/CHANGELOG.md', join(dataDir, 'CHANGELOG.md'));
  writeFixtureData(gen);
  // The release README and licence name the site as the build's site.json does.
  writeFileSync(
    join(gen, 'site.json'),
    JSON.stringify(siteDataFrom(site, AS_OF, { zh: '示例方案', en: 'Sample plan' })),
  );
  await writeOpenDataDescriptors(gen, site, AS_OF, { dataDir });
  return { gen, dataDir, store: join(root, 'store') };
}

describe('nextReleaseName', () => {
  it.each([
    ['2026-11-28', [], '2026-11-28.1'],
    ['2026-11-28', ['2026-11-27.1', '2026-11-27.2'], '2026-11-28.1'],
    ['2026-11-28', ['2026-11-28.1', '2026-11-28.3'], '2026-11-28.4'],
    ['2026-11-28', ['2026-11-28.9', '2026-11-28.10'], '2026-11-28.11'],
  ])('nextReleaseName(%s, %j) is %s', (date, existing, want) => {
    expect(nextReleaseName(date, existing).name).toBe(want);
  });
});

describe('defaultReleaseStore', () => {
  it('is ../releases beside the working directory unless RELEASE_STORE names another', () => {
    expect(defaultReleaseStore({}, '/w/repo')).toBe('/w/releases');
    expect(defaultReleaseStore({ RELEASE_STORE: '/srv/rel' }, '/w/repo')).toBe('/srv/rel');
  });
});

describe('cutRelease', () => {
  it('cuts a release, verifies it, refuses unchanged data and numbers a changed release .2', async () => {
    const { gen, dataDir, store } = await setup();
    const first = await cutRelease({ generatedDir: gen, dataDir, store });
    expect(first.name).toBe('2024-01-01.1');
    const dir = join(store, first.name);
    for (const f of [
      'README.md',
      'LICENSE.txt',
      'CHANGELOG.md',
      'manifest.json',
      'data/datapackage.json',
      'data/csv-metadata.json',
      'data/SHA256SUMS',
      'data/daily.csv',
      'data/excel/daily.csv',
      first.zip.path,
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dataDir, 'releases', `${first.name}.json`), 'utf8')).toBe(
      readFileSync(join(dir, 'manifest.json'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/样例数据（虚构）\/ SAMPLE DATA/);
    expect(statSync(join(dir, 'data', 'daily.csv')).mode & 0o222).toBe(0);
    expect(await verifyRelease(dir, dataDir)).toEqual([]);

    await expect(cutRelease({ generatedDir: gen, dataDir, store })).rejects.toThrow(
      DuplicateReleaseError,
    );

    appendFileSync(
      join(gen, 'public', 'data', 'daily.csv'),
      readFileSync(join(gen, 'public', 'data', 'daily.csv'), 'utf8').split('\n')[1] + '\n',
    );
    await writeOpenDataDescriptors(gen, site, AS_OF, { dataDir });
    const second = await cutRelease({ generatedDir: gen, dataDir, store });
    expect(second.name).toBe('2024-01-01.2');
    expect(second.data_sha256).not.toBe(first.data_sha256);
    expect(await verifyRelease(join(store, second.name), dataDir)).toEqual([]);
    expect(await verifyRelease(dir, dataDir)).toEqual([]);
  });

  it('refuses to cut when a published file changed after the build measured it', async () => {
    const { gen, dataDir, store } = await setup();
    appendFileSync(join(gen, 'public', 'data', 'annual.csv'), 'x\n');
    await expect(cutRelease({ generatedDir: gen, dataDir, store })).rejects.toThrow(
      /annual\.csv: SHA-256 .* differs from the build's/,
    );
  });

  it('writes a ZIP whose entries are the release files (name, size, CRC-32), the same bytes on every cut, readable by unzip when it is installed', async () => {
    const { gen, dataDir, store } = await setup();
    const m = await cutRelease({ generatedDir: gen, dataDir, store });
    const dir = join(store, m.name);
    const zip = join(dir, m.zip.path);
    const want = await Promise.all(
      m.files.map(async (f) => ({
        name: `${m.name}/${f.path}`,
        size: f.bytes,
        crc: await crc32File(join(dir, f.path)),
      })),
    );
    expect(await readZipDirectory(zip, true)).toEqual(want);
    // The same build cut again (another store, the same name) gives the same ZIP bytes.
    rmSync(join(dataDir, 'releases'), { recursive: true });
    const again = await cutRelease({ generatedDir: gen, dataDir, store: `${store}-again` });
    expect(again).toEqual(m);
    expect(readFileSync(join(`${store}-again`, m.name, m.zip.path)).equals(readFileSync(zip))).toBe(
      true,
    );
    if (existsSync('/usr/bin/unzip'))
      expect(execFileSync('/usr/bin/unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(
        /No errors detected/,
      );
  });
});

describe('verifyRelease', () => {
  it.each([
    [
      'a changed file',
      (dir: string) => writeFileSync(join(dir, 'data', 'daily.csv'), 'changed\n'),
      /daily\.csv: .*bytes, manifest says/,
    ],
    [
      'a missing file',
      (dir: string) => execFileSync('rm', [join(dir, 'LICENSE.txt')]),
      /LICENSE\.txt: missing/,
    ],
    [
      'an extra file',
      (dir: string) => writeFileSync(join(dir, 'extra.txt'), 'x'),
      /extra\.txt: not in the manifest/,
    ],
  ])('reports %s', async (_what, tamper, message) => {
    const { gen, dataDir, store } = await setup();
    const m = await cutRelease({ generatedDir: gen, dataDir, store });
    const dir = join(store, m.name);
    chmodSync(join(dir, 'data', 'daily.csv'), 0o644);
    tamper(dir);
    const problems = await verifyRelease(dir, dataDir);
    expect(problems.join('\n')).toMatch(message);
  });

  it('reports a folder without a manifest in the repository', async () => {
    const { dataDir } = await setup();
    expect(await verifyRelease('/tmp/2020-01-01.1', dataDir)).toEqual([
      expect.stringMatching(/no manifest for release "2020-01-01.1"/),
    ]);
  });
});

describe('the build with releases', () => {
  it('publishes the manifests, the newest as latest, and the ZIP the store holds', async () => {
    const { gen, dataDir, store } = await setup();
    const m = await cutRelease({ generatedDir: gen, dataDir, store });
    const page = await writeOpenDataDescriptors(gen, site, AS_OF, { dataDir, releaseStore: store });
    const pub = join(gen, 'public', 'data');
    expect(page.releases.map((r) => r.manifest.name)).toEqual([m.name]);
    expect(page.releases[0]?.zipPath).toBe(`/data/releases/${m.name}/${m.zip.path}`);
    expect(readFileSync(join(pub, 'latest', 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(dataDir, 'releases', `${m.name}.json`), 'utf8'),
    );
    expect(existsSync(join(pub, 'releases', m.name, m.zip.path))).toBe(true);
    const without = await writeOpenDataDescriptors(gen, site, AS_OF, {
      dataDir,
      releaseStore: join(store, 'nowhere'),
    });
    expect(without.releases[0]?.zipPath).toBeNull();
  });

  it('stops when the store’s ZIP is not the one the manifest names', async () => {
    const { gen, dataDir, store } = await setup();
    const m = await cutRelease({ generatedDir: gen, dataDir, store });
    const zip = join(store, m.name, m.zip.path);
    chmodSync(zip, 0o644);
    appendFileSync(zip, 'x');
    await expect(
      writeOpenDataDescriptors(gen, site, AS_OF, { dataDir, releaseStore: store }),
    ).rejects.toThrow(
      new RegExp(
        `${m.zip.path.replace(/\./g, '\\.')}: SHA-256 [0-9a-f]{64} differs from ${m.zip.sha256} in .*${m.name}\\.json`,
      ),
    );
  });
});

// The committed release, re-cut from a build of the same data folder (npm run build:data first;
// skipped when .generated/ holds another as_of). Every file is the manifest's byte for byte except
// the enforcement tables, which the one CSV policy rewrote after the release (decision 016: CRLF
// → LF, quotes only where needed; no value changed). The ZIP is not the committed one either:
// 2026-11-28.1.zip (sha256 91b444d6…) was written by the hand-made writer before yazl; yazl
// streams each entry with a data descriptor (flag bit 3 set, CRC and sizes 0 in the local header,
// 16 bytes after the data) and writes "version made by" 6.3 instead of 2.0. The published ZIP
// stays the one the manifest names; a release is never rewritten.
const CHANGED_BY_CSV_POLICY = [
  'data/SHA256SUMS', // lists the hashes of the four tables
  'data/burning-points.csv',
  'data/csv-metadata.json', // their bytes and line terminator
  'data/datapackage.json',
  'data/enforcement-cases.csv',
  'data/excel/burning-points.csv',
  'data/excel/enforcement-cases.csv',
];
describe('the committed release 2026-11-28.1, cut again from the build', () => {
  const committed = releaseManifestSchema.parse(
    JSON.parse(readFileSync('data/releases/2026-11-28.1.json', 'utf8')),
  );
  const pageFile = join('.generated', OPEN_DATA_DOC.file);
  const page = existsSync(pageFile)
    ? openDataPageSchema.parse(JSON.parse(readFileSync(pageFile, 'utf8')))
    : null;
  const same = page !== null && page.asOf === committed.as_of;

  it.runIf(same)(
    'gives the manifest’s files (but the tables the one CSV policy rewrote) in a ZIP that unzip and yauzl verify',
    async () => {
      const root = tempDir('rel-committed-');
      const dataDir = join(root, 'data');
      mkdirSync(dataDir);
      copyFileSync('data/CHANGELOG.md', join(dataDir, 'CHANGELOG.md'));
      const m = await cutRelease({
        generatedDir: '.generated',
        dataDir,
        store: join(root, 'store'),
      });
      const sha = new Map(m.files.map((f) => [f.path, f.sha256]));
      expect(m.files.map((f) => f.path)).toEqual(committed.files.map((f) => f.path));
      const differ = committed.files.filter((f) => sha.get(f.path) !== f.sha256).map((f) => f.path);
      expect(differ.filter((p) => p !== 'data/quality.json').sort()).toEqual(CHANGED_BY_CSV_POLICY);
      // quality.json gained two fields after the release (data_window, decision 023; each file's
      // endsWithoutLineBreak, decision 024): without them it is the released file byte for byte
      const quality = JSON.parse(
        readFileSync(join(root, 'store', m.name, 'data', 'quality.json'), 'utf8'),
      ) as { data_window?: unknown; files: { endsWithoutLineBreak?: unknown }[] };
      delete quality.data_window;
      for (const f of quality.files) delete f.endsWithoutLineBreak;
      expect(
        createHash('sha256')
          .update(`${JSON.stringify(quality, null, 1)}\n`)
          .digest('hex'),
      ).toBe(committed.files.find((f) => f.path === 'data/quality.json')?.sha256);
      const dir = join(root, 'store', m.name);
      const zip = join(dir, m.zip.path);
      const want = m.files.map((f) => ({ name: `${m.name}/${f.path}`, size: f.bytes }));
      const got = await readZipDirectory(zip, true);
      expect(got.map(({ name, size }) => ({ name, size }))).toEqual(want);
      for (const [i, f] of m.files.entries())
        expect(got[i]?.crc, f.path).toBe(await crc32File(join(dir, f.path)));
      if (existsSync('/usr/bin/unzip'))
        expect(execFileSync('/usr/bin/unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(
          /No errors detected/,
        );
    },
  );
});
