/**
 * The /data/ page data (`.generated/open-data.json`): every published file with what the writer
 * measured of it, the descriptors, the releases and the changelog. Same schema for writer and pages.
 */
import { z } from 'zod';
import { bilingualSchema as bilingual } from '../../i18n/text.ts';
import { changelogEntrySchema } from '../../records/changelog.ts';
import { releaseManifestSchema } from '../../records/release-manifest.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

const fileFacts = z.object({
  path: z.string(),
  bytes: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileFacts = z.infer<typeof fileFacts>;

export const fieldViewSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'datetime']),
  unit: z.string().nullable(),
  description: z.string(),
  enum: z.array(z.string()).nullable(),
});

export const datasetViewSchema = fileFacts.extend({
  name: z.string(),
  group: z.enum(['observations', 'indicators', 'plan', 'enforcement', 'ranking', 'quality']),
  format: z.enum(['csv', 'json', 'txt', 'csv.gz']),
  title: bilingual,
  description: bilingual,
  fields: z.array(fieldViewSchema),
  rows: z.int().nonnegative().nullable(),
  period: z.object({ first: z.string(), last: z.string() }).nullable(),
  sample: z.boolean(),
  excel: fileFacts.nullable(),
});
export type DatasetView = z.infer<typeof datasetViewSchema>;

export const releaseViewSchema = z.object({
  manifest: releaseManifestSchema,
  /** /data/releases/<name>.json, always published. */
  manifestPath: z.string(),
  /** /data/releases/<name>/<name>.zip when the release store held it at build time, else null. */
  zipPath: z.string().nullable(),
});
export type ReleaseView = z.infer<typeof releaseViewSchema>;

export const openDataPageSchema = z.object({
  asOf: z.string().nullable(),
  licence: z.object({ name: z.string(), url: z.string() }),
  datasets: z.array(datasetViewSchema),
  /** datapackage.json, csv-metadata.json and SHA256SUMS. */
  descriptors: z.array(fileFacts.extend({ kind: z.enum(['datapackage', 'csvw', 'sha256sums']) })),
  /** Newest first. */
  releases: z.array(releaseViewSchema),
  changelog: z.array(changelogEntrySchema),
});
export type OpenDataPage = z.infer<typeof openDataPageSchema>;

export const OPEN_DATA_DOC = generatedDoc('open-data.json', openDataPageSchema);
