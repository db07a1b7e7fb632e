/**
 * The fetch state file `observations/.fetch-state.json`: per fetched file the HTTP validators
 * (ETag, Last-Modified) for conditional requests and the bytes/sha256 of the file they belong
 * to, plus the items that failed and must be retried. A dotfile, so the ingest skips it
 * (`listObservationFiles` ignores dotfiles). It holds no timestamps of its own, so two runs that
 * see the same responses write the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FetchPlanError } from './plan.ts';

export const STATE_FILE = '.fetch-state.json';

const FileRecordSchema = z.strictObject({
  url: z.string(),
  etag: z.string().optional(),
  last_modified: z.string().optional(),
  /** Bytes of the file as stored (compressed for .gz). */
  bytes: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileRecord = z.output<typeof FileRecordSchema>;

const FailedRecordSchema = z.strictObject({ url: z.string(), key: z.string(), reason: z.string() });
export type FailedRecord = z.output<typeof FailedRecordSchema>;

export const FetchStateSchema = z.strictObject({
  version: z.literal(1),
  /** Keyed by the path under observations/ (`<source id>/<file name>`). */
  files: z.record(z.string(), FileRecordSchema),
  failed: z.record(z.string(), FailedRecordSchema),
});
export type FetchState = z.output<typeof FetchStateSchema>;

export function emptyState(): FetchState {
  return { version: 1, files: {}, failed: {} };
}

/** Read the state file of an observations folder; a missing file is an empty state, a broken one an error naming the field. */
export async function loadState(obsDir: string): Promise<FetchState> {
  const label = `observations/${STATE_FILE}`;
  let text: string;
  try {
    text = await readFile(join(obsDir, STATE_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new Error(`${label}: cannot be read: ${(e as Error).message}`);
  }
  const fix = `(delete it to start over: only the conditional-request validators and the retry list are lost)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // a configuration problem (exit 2): the run must not start and overwrite it
    throw new FetchPlanError(`${label}: expected valid JSON: ${(e as Error).message} ${fix}`);
  }
  const r = FetchStateSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new FetchPlanError(
      `${label}: field "${path || '(root)'}": ${issue?.message ?? 'invalid'} ${fix}`,
    );
  }
  return r.data;
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The state file's text: keys sorted, so equal states are equal bytes. */
export function stateText(state: FetchState): string {
  return `${JSON.stringify({ version: 1, files: sortedRecord(state.files), failed: sortedRecord(state.failed) }, null, 1)}\n`;
}

/** Write the state atomically (temp file, then rename), so a crash leaves the old or the new state, never half of one. */
export async function saveState(obsDir: string, state: FetchState): Promise<void> {
  const path = join(obsDir, STATE_FILE);
  const tmp = join(obsDir, `.part-${process.pid}-${STATE_FILE}`);
  try {
    await writeFile(tmp, stateText(state));
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
