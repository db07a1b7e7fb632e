/**
 * The manifest of a frozen data release: kept in the release folder and, the same bytes, in the
 * repository at data/releases/<name>.json so that a clean clone can verify a published release.
 */
import { z } from 'zod';
import { RELEASE_NAME } from './changelog.ts';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
export const releaseFileSchema = z.strictObject({
  path: z.string().min(1),
  bytes: z.int().nonnegative(),
  sha256: sha,
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

export const releaseManifestSchema = z.strictObject({
  name: z.string().regex(RELEASE_NAME, 'expected a release name YYYY-MM-DD.N'),
  /** The data's as_of label; the release's date is its calendar date. */
  as_of: z.string(),
  sequence: z.int().positive(),
  /** SHA-256 of the SHA256SUMS lines of the dataset files alone: equal digests = same data. */
  data_sha256: sha,
  sample: z.boolean(),
  /** Every file of the release folder except manifest.json and the ZIP. */
  files: z.array(releaseFileSchema).min(1),
  zip: releaseFileSchema,
});
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

/** Manifest bytes as written: stable key order, two-space indent, final newline. */
export function manifestText(m: ReleaseManifest): string {
  return `${JSON.stringify(releaseManifestSchema.parse(m), null, 2)}\n`;
}

/** Order releases oldest first: by date, then sequence. */
export function compareReleases(a: { name: string }, b: { name: string }): number {
  const [, da = '', sa = '0'] = RELEASE_NAME.exec(a.name) ?? [];
  const [, db = '', sb = '0'] = RELEASE_NAME.exec(b.name) ?? [];
  return da < db ? -1 : da > db ? 1 : Number(sa) - Number(sb);
}
