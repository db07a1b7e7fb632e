/**
 * `npm run fetch:data`: download new published observation files into
 * `<dataDir>/observations/<source id>/`, safely and idempotently. The rules (conditional
 * requests, temp file + atomic rename, what may replace a good file, retries, resumption) are
 * in docs/decisions/012-fetching.md.
 */
import { open, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TextEncoding } from '../records/decode.ts';
import { planFetch, type FetchItem, type FetchSourceConfig } from './plan.ts';
import { loadState, saveState, sha256, type FetchState, type FileRecord } from './state.ts';
import { InvalidFileError, checkFile } from './validate.ts';

export type FetchStatus = 'new' | 'replaced' | 'unchanged' | 'failed';

export interface FetchResult {
  readonly target: string;
  readonly url: string;
  readonly status: FetchStatus;
  /** Why it failed, or how it was found unchanged (`HTTP 304`, `same bytes`). */
  readonly detail: string;
  readonly attempts: number;
  readonly bytes?: number;
  readonly encoding?: TextEncoding;
}

export interface FetchOptions {
  readonly dataDir: string;
  readonly sources: readonly FetchSourceConfig[];
  readonly until: string;
  readonly from?: string | undefined;
  /** Time limit of one request, headers and body (default 60 s). */
  readonly timeoutMs?: number;
  /** Requests per file before giving up on a transient failure (default 4). */
  readonly attempts?: number;
  /** Wait before the first retry; doubled for each further retry (default 2 s). */
  readonly backoffMs?: number;
  /** Time limit of the whole run (default 30 min); files not reached fail and are retried next run. */
  readonly totalTimeMs?: number;
  /** Injected for tests; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Elapsed-time clock in ms (monotonic, not a date); default performance.now. */
  readonly now?: () => number;
  readonly fetch?: typeof globalThis.fetch;
  /** One line per file, plus a line for cleaned-up partial files. */
  readonly log?: (line: string) => void;
}

export interface FetchSummary {
  readonly results: FetchResult[];
  /** Partial temp files of an interrupted earlier run that were removed. */
  readonly cleaned: number;
  readonly failed: number;
}

/**
 * Temp files are dotfiles (skipped by the ingest) next to their target, so rename is atomic;
 * they end with the target's name so that a .gz is checked as gzip.
 */
export const PART = /^\.part-\d+-/;

class Failure extends Error {
  readonly transient: boolean;
  constructor(message: string, transient: boolean) {
    super(message);
    this.transient = transient;
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Remove partial files left by an interrupted run (in observations/ and the source folders). */
async function cleanPartials(obsDir: string, sourceIds: readonly string[]): Promise<number> {
  let n = 0;
  for (const dir of [obsDir, ...sourceIds.map((id) => join(obsDir, id))]) {
    for (const name of await listNames(dir)) {
      if (!PART.test(name)) continue;
      await rm(join(dir, name), { force: true });
      n++;
    }
  }
  return n;
}

function describeError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `timed out after ${timeoutMs} ms`;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause === undefined ? err.message : `${err.message} (${cause})`;
}

function rowsText(n: number): string {
  return `${n} ${n === 1 ? 'row' : 'rows'}`;
}

function textBytesOf(bytes: Buffer, gz: boolean): number {
  return gz ? gunzipSync(bytes).length : bytes.length;
}

interface Downloaded {
  readonly kind: 'body';
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  readonly bytes: number;
}

/** One request. Resolves with 304 or a complete body in `tmp`; throws Failure otherwise. */
async function attempt(
  fetchFn: typeof globalThis.fetch,
  item: FetchItem,
  tmp: string,
  conditional: FileRecord | null,
  timeoutMs: number,
): Promise<Downloaded | { kind: 'not-modified' }> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (conditional?.etag !== undefined) headers['if-none-match'] = conditional.etag;
  if (conditional?.last_modified !== undefined)
    headers['if-modified-since'] = conditional.last_modified;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetchFn(item.url, { headers, signal, redirect: 'follow' });
  } catch (e) {
    throw new Failure(describeError(e, timeoutMs), true);
  }
  if (res.status === 304) {
    await res.body?.cancel();
    if (conditional === null)
      throw new Failure('HTTP 304 to a request that was not conditional', false);
    return { kind: 'not-modified' };
  }
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => undefined);
    const transient = res.status >= 500 || res.status === 408 || res.status === 429;
    throw new Failure(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, transient);
  }
  const declared = res.headers.get('content-length');
  const encoded = (res.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  const fh = await open(tmp, 'w');
  let bytes = 0;
  try {
    if (res.body !== null) {
      for await (const chunk of res.body) {
        await fh.write(chunk);
        bytes += chunk.length;
      }
    }
    await fh.sync();
  } catch (e) {
    throw new Failure(`connection lost after ${bytes} bytes: ${describeError(e, timeoutMs)}`, true);
  } finally {
    await fh.close();
  }
  // Content-Length counts the bytes on the wire: only comparable when nothing was decoded.
  if (declared !== null && !encoded && Number(declared) !== bytes)
    throw new Failure(`incomplete body: ${bytes} of ${declared} bytes`, true);
  return {
    kind: 'body',
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
    bytes,
  };
}

const LOCK = '.fetch.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One run at a time per data folder (a second run would delete the first one's partial files). */
async function lock(obsDir: string): Promise<() => Promise<void>> {
  const path = join(obsDir, LOCK);
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readIfExists(path))?.toString('utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new Error(
          `observations/${LOCK}: another fetch:data (process ${pid}) is running on this data folder`,
        );
      await rm(path, { force: true }); // left by a run that died
    }
  }
  throw new Error(`observations/${LOCK}: cannot take the lock`);
}

/** Fetch every planned file; never throws for a file's failure (it is a result), only for configuration errors. */
export async function fetchObservations(opts: FetchOptions): Promise<FetchSummary> {
  const obsDir = join(opts.dataDir, 'observations');
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxAttempts = opts.attempts ?? 4;
  const backoffMs = opts.backoffMs ?? 2_000;
  const sleep = opts.sleep ?? defaultSleep;
  const now = opts.now ?? ((): number => performance.now());
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const log = opts.log ?? ((): void => undefined);
  const deadline = now() + (opts.totalTimeMs ?? 30 * 60_000);

  await mkdir(obsDir, { recursive: true });
  const unlock = await lock(obsDir);
  try {
    return await run();
  } finally {
    await unlock();
  }

  async function run(): Promise<FetchSummary> {
    const state: FetchState = await loadState(obsDir);
    const existing = new Map<string, string[]>();
    const failed = new Map<string, string[]>();
    for (const s of opts.sources)
      existing.set(
        s.id,
        (await listNames(join(obsDir, s.id))).filter((n) => !n.startsWith('.')),
      );
    for (const [target, f] of Object.entries(state.failed)) {
      const id = target.split('/')[0] as string;
      failed.set(id, [...(failed.get(id) ?? []), f.key]);
    }
    const items = planFetch(opts.sources, { from: opts.from, until: opts.until, existing, failed });

    const cleaned = await cleanPartials(
      obsDir,
      opts.sources.map((s) => s.id),
    );
    if (cleaned > 0) log(`removed ${cleaned} partial file(s) left by an interrupted run`);

    const results: FetchResult[] = [];
    for (const item of items) {
      const r = await fetchOne(item, state);
      results.push(r);
      if (r.status === 'failed')
        state.failed[item.target] = { url: item.url, key: item.key, reason: r.detail };
      else delete state.failed[item.target];
      // saved after every file, so an interrupted run resumes from here
      await saveState(obsDir, state);
      const extra =
        r.bytes === undefined
          ? ''
          : ` (${r.bytes} bytes${r.encoding === undefined ? '' : `, ${r.encoding}`})`;
      log(`${r.status.padEnd(9)} observations/${r.target}${extra}: ${r.detail}`);
    }
    return { results, cleaned, failed: results.filter((r) => r.status === 'failed').length };
  }

  async function fetchOne(item: FetchItem, state: FetchState): Promise<FetchResult> {
    const dir = join(obsDir, item.source);
    await mkdir(dir, { recursive: true });
    const name = item.target.slice(item.source.length + 1);
    const path = join(dir, name);
    const tmp = join(dir, `.part-${process.pid}-${name}`);
    const gz = name.endsWith('.gz');
    const old = await readIfExists(path);
    const oldSha = old === null ? null : sha256(old);
    const rec = state.files[item.target];
    // Validators are only trusted for the exact bytes they were recorded with.
    const conditional =
      old !== null && rec !== undefined && rec.url === item.url && rec.sha256 === oldSha
        ? rec
        : null;
    const fail = (detail: string, attempts: number): FetchResult => ({
      target: item.target,
      url: item.url,
      status: 'failed',
      detail,
      attempts,
    });

    let n = 0;
    for (;;) {
      n++;
      const left = deadline - now();
      if (left <= 0)
        return fail(
          `time limit of the run reached${n > 1 ? ` after ${n - 1} attempt(s)` : ' before this file was requested'} (rerun to continue)`,
          n - 1,
        );
      let got: Downloaded | { kind: 'not-modified' };
      try {
        got = await attempt(fetchFn, item, tmp, conditional, Math.min(timeoutMs, left));
      } catch (e) {
        await rm(tmp, { force: true });
        const f = e instanceof Failure ? e : new Failure((e as Error).message, false);
        if (!f.transient) return fail(f.message, n);
        if (n >= maxAttempts) return fail(`${f.message} (after ${n} attempts)`, n);
        const wait = backoffMs * 2 ** (n - 1);
        if (now() + wait >= deadline)
          return fail(`${f.message} (time limit of the run reached after ${n} attempt(s))`, n);
        await sleep(wait);
        continue;
      }
      if (got.kind === 'not-modified')
        return {
          target: item.target,
          url: item.url,
          status: 'unchanged',
          detail: 'HTTP 304 not modified',
          attempts: n,
        };
      try {
        return await accept(got, n);
      } finally {
        await rm(tmp, { force: true });
      }
    }

    async function accept(got: Downloaded, n: number): Promise<FetchResult> {
      let check;
      try {
        check = await checkFile(tmp, `observations/${item.target}`, item.format);
      } catch (e) {
        if (e instanceof InvalidFileError) return fail(`rejected: ${e.message}`, n);
        throw e;
      }
      const body = await readFile(tmp);
      const record: FileRecord = {
        url: item.url,
        ...(got.etag === undefined ? {} : { etag: got.etag }),
        ...(got.lastModified === undefined ? {} : { last_modified: got.lastModified }),
        bytes: body.length,
        sha256: sha256(body),
      };
      const done = (status: FetchStatus, detail: string): FetchResult => {
        state.files[item.target] = record;
        return {
          target: item.target,
          url: item.url,
          status,
          detail,
          attempts: n,
          bytes: body.length,
          encoding: check.encoding,
        };
      };
      if (old !== null && record.sha256 === oldSha)
        return done('unchanged', 'same bytes as the file on disk');
      if (old !== null) {
        const oldText = textBytesOf(old, gz);
        if (check.textBytes < oldText) {
          // Shorter is only believed when the publisher says this is a new version of the file.
          const saysChanged =
            conditional !== null &&
            (got.etag !== undefined || got.lastModified !== undefined) &&
            (got.etag !== conditional.etag || got.lastModified !== conditional.last_modified);
          if (!saysChanged)
            return fail(
              `refused: the new body (${check.textBytes} bytes of text) is shorter than the file on disk (${oldText}) and the server gave no new ETag/Last-Modified for it`,
              n,
            );
        }
      }
      await rename(tmp, path);
      return old === null
        ? done('new', rowsText(check.rows))
        : done('replaced', `${rowsText(check.rows)}, different from the file on disk`);
    }
  }
}
