/**
 * The releases under /data/: the repository's release manifests (`<dataDir>/releases/*.json`),
 * validated and ordered, published with the ZIPs the release store holds (hash checked).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareReleases,
  releaseManifestSchema,
  type ReleaseManifest,
} from '../../records/release-manifest.ts';
import type { ReleaseView } from '../../page-data/open-data/index.ts';
import { hashFile } from '../open-data/measure.ts';

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

/**
 * Publish the repository's release manifests at /data/releases/<name>.json, the newest also at
 * /data/latest/manifest.json, and each release's ZIP the store holds (hash checked against the
 * manifest; a mismatch stops the build). Returns the releases newest first.
 */
export async function publishReleases(
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
