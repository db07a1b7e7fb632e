/**
 * `npm run fetch:data`: download new published observation files into
 * `<dataDir>/observations/<source id>/`, safely and idempotently. The rules (conditional
 * requests, temp file + atomic rename, what may replace a good file, retries, resumption) are
 * in docs/decisions/012-fetching.md.
 */
import { open, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextEncoding } from '../records/decode.ts';
import { attempt, Failure, type Downloaded } from './http.ts';
import { DEFAULT_MAX_BYTES, planFetch, type FetchItem, type FetchSourceConfig } from './plan.ts';
import { loadState, saveState, sha256, type FetchState, type FileRecord } from './state.ts';
import { InvalidFileError, checkFile, type FileCheck } from './validate.ts';

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
  /** Redirect hops followed per request, within the allowed origins (default 5). */
  readonly maxRedirects?: number;
  /** Longest Retry-After honoured (default 60 s); a longer one gives up on that file. */
  readonly maxRetryAfterMs?: number;
  /** Least time between the starts of two requests, to be polite (default 1 s). */
  readonly requestGapMs?: number | undefined;
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

function rowsText(n: number): string {
  return `${n} ${n === 1 ? 'row' : 'rows'}`;
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
  const maxRedirects = opts.maxRedirects ?? 5;
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 60_000;
  const gapMs = opts.requestGapMs ?? 1_000;
  let lastRequest = Number.NEGATIVE_INFINITY;
  const bySource = new Map(opts.sources.map((s) => [s.id, s]));

  /** A polite pause between requests, whatever the server says. */
  async function politeGap(): Promise<void> {
    const wait = lastRequest + gapMs - now();
    if (wait > 0) await sleep(wait);
    lastRequest = now();
  }

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
      // a failure names the URL asked for, so the log says whom to blame
      const from = r.status === 'failed' ? ` (${r.url})` : '';
      log(`${r.status.padEnd(9)} observations/${r.target}${extra}: ${r.detail}${from}`);
    }
    return { results, cleaned, failed: results.filter((r) => r.status === 'failed').length };
  }

  async function fetchOne(item: FetchItem, state: FetchState): Promise<FetchResult> {
    const dir = join(obsDir, item.source);
    await mkdir(dir, { recursive: true });
    const name = item.target.slice(item.source.length + 1);
    const path = join(dir, name);
    const tmp = join(dir, `.part-${process.pid}-${name}`);
    const source = bySource.get(item.source);
    const maxBytes = source?.max_bytes ?? DEFAULT_MAX_BYTES[item.format];
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
        await politeGap();
        got = await attempt(fetchFn, item.url, tmp, conditional, {
          timeoutMs: Math.min(timeoutMs, left),
          maxBytes,
          redirectOrigins: source?.redirect_origins ?? [],
          maxRedirects,
          log,
        });
      } catch (e) {
        await rm(tmp, { force: true });
        const f = e instanceof Failure ? e : new Failure((e as Error).message, false);
        if (!f.transient) return fail(f.message, n);
        if (f.retryAfterMs !== undefined && f.retryAfterMs > maxRetryAfterMs)
          return fail(
            `${f.message}: the server asked to retry after ${Math.ceil(f.retryAfterMs / 1000)} s, longer than the limit of ${maxRetryAfterMs / 1000} s: gave up on this file (rerun later)`,
            n,
          );
        if (n >= maxAttempts) return fail(`${f.message} (after ${n} attempts)`, n);
        // Retry-After is honoured (within its bound), never waited less than the backoff
        const wait = Math.max(backoffMs * 2 ** (n - 1), f.retryAfterMs ?? 0);
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
      const label = `observations/${item.target}`;
      let check: FileCheck;
      try {
        check = await checkFile(tmp, label, item.format, {
          lengthVerified: got.lengthVerified && source?.allow_unterminated === true,
          maxTextBytes: maxBytes,
        });
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
        const worse = await worseThanDisk(check, label);
        if (worse !== null) return fail(`refused: ${worse}`, n);
      }
      await rename(tmp, path);
      return old === null
        ? done('new', rowsText(check.rows))
        : done('replaced', `${rowsText(check.rows)}, different from the file on disk`);
    }

    /**
     * Why the new body is worse than the good file on disk (rows or stations lost), or null.
     * Keyed to content, not to validators: a server can send a new ETag on every response.
     */
    async function worseThanDisk(check: FileCheck, label: string): Promise<string | null> {
      let disk: FileCheck;
      try {
        disk = await checkFile(path, label, item.format, {
          lengthVerified: true,
          maxTextBytes: Number.POSITIVE_INFINITY,
        });
      } catch (e) {
        if (e instanceof InvalidFileError) return null; // not a good file: nothing to protect
        throw e;
      }
      if (check.rows < disk.rows)
        return `the new body has ${rowsText(check.rows)}, fewer than the ${disk.rows} of the file on disk (whatever its ETag/Last-Modified says; delete the file to accept a shorter version)`;
      const lost = [...disk.stations].filter((st) => !check.stations.has(st));
      if (lost.length > 0)
        return `the new body lacks ${lost.length} station(s) of the file on disk (${lost.slice(0, 3).join(', ')}${lost.length > 3 ? ', …' : ''}; delete the file to accept it)`;
      return null;
    }
  }
}
