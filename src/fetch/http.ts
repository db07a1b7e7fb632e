/**
 * One HTTP attempt for one file, against a hostile server: redirects followed by hand within
 * the allowed origins, a size limit enforced before and while reading, the whole attempt under
 * one deadline, Retry-After read. See docs/decisions/012-fetching.md.
 */
import { open } from 'node:fs/promises';
import type { FileRecord } from './state.ts';

/** A failed attempt; `transient` ones are retried in the run, after `retryAfterMs` when the server asked. */
export class Failure extends Error {
  readonly transient: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, transient: boolean, retryAfterMs?: number) {
    super(message);
    this.transient = transient;
    this.retryAfterMs = retryAfterMs;
  }
}

export interface AttemptPolicy {
  /** Deadline of the whole attempt: every hop, headers and body (a slow drip cannot outlast it). */
  readonly timeoutMs: number;
  /** Most bytes of body accepted (after any Content-Encoding the client decoded). */
  readonly maxBytes: number;
  /** Origins a redirect may lead to besides the configured URL's own. */
  readonly redirectOrigins: readonly string[];
  readonly maxRedirects: number;
  readonly log: (line: string) => void;
}

export interface Downloaded {
  readonly kind: 'body';
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  readonly bytes: number;
  /** The byte count matched a Content-Length on an unencoded response. */
  readonly lengthVerified: boolean;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export function describeError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `timed out: the whole download took longer than its limit of ${timeoutMs} ms`;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause === undefined ? err.message : `${err.message} (${cause})`;
}

/**
 * Retry-After in ms: delay-seconds, or an HTTP date measured against the response's own Date
 * header (the fetcher reads no wall clock); undefined when absent or unreadable.
 */
export function retryAfterMs(res: Response): number | undefined {
  const v = res.headers.get('retry-after')?.trim();
  if (v === undefined || v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  const date = Date.parse(res.headers.get('date') ?? '');
  if (Number.isNaN(at) || Number.isNaN(date)) return undefined;
  return Math.max(0, at - date);
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/** Follow redirects by hand: same origin (or an allowed one), no loops, a bounded number of hops. */
async function request(
  fetchFn: typeof globalThis.fetch,
  url0: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  p: AttemptPolicy,
): Promise<Response> {
  const allowed = new Set([
    new URL(url0).origin,
    ...p.redirectOrigins.map((o) => new URL(o).origin),
  ]);
  const visited = new Set([url0]);
  let url = url0;
  for (let hops = 0; ; hops++) {
    let res: Response;
    try {
      res = await fetchFn(url, { headers, signal, redirect: 'manual' });
    } catch (e) {
      // the log line names the configured URL; a hop's own URL is said here
      const at = url === url0 ? '' : `${url}: `;
      throw new Failure(`${at}${describeError(e, p.timeoutMs)}`, true);
    }
    if (!REDIRECT.has(res.status)) return res;
    await discard(res);
    const where = res.headers.get('location');
    if (where === null)
      throw new Failure(`HTTP ${res.status} redirect from ${url} without a Location header`, false);
    let next: string;
    try {
      next = new URL(where, url).href;
    } catch {
      throw new Failure(
        `HTTP ${res.status} redirect from ${url} to an invalid URL "${where}"`,
        false,
      );
    }
    const origin = new URL(next).origin;
    if (!allowed.has(origin))
      throw new Failure(
        `refused: HTTP ${res.status} redirect from ${url} to ${next}, another origin (${origin}): only ${[...allowed].join(', ')} allowed (site.json fetch source redirect_origins)`,
        false,
      );
    if (visited.has(next))
      throw new Failure(
        `refused: redirect loop: ${url} redirects to ${next}, already visited`,
        false,
      );
    if (hops + 1 > p.maxRedirects)
      throw new Failure(
        `refused: more than ${p.maxRedirects} redirects starting at ${url0} (the last to ${next})`,
        false,
      );
    p.log(`redirect  ${url} -> ${next} (HTTP ${res.status})`);
    visited.add(next);
    url = next;
  }
}

/** One attempt. Resolves with 304 or a complete body in `tmp`; throws Failure otherwise. */
export async function attempt(
  fetchFn: typeof globalThis.fetch,
  url: string,
  tmp: string,
  conditional: FileRecord | null,
  p: AttemptPolicy,
): Promise<Downloaded | { kind: 'not-modified' }> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (conditional?.etag !== undefined) headers['if-none-match'] = conditional.etag;
  if (conditional?.last_modified !== undefined)
    headers['if-modified-since'] = conditional.last_modified;
  const signal = AbortSignal.timeout(p.timeoutMs);
  const res = await request(fetchFn, url, headers, signal, p);
  if (res.status === 304) {
    await discard(res);
    if (conditional === null)
      throw new Failure('HTTP 304 to a request that was not conditional', false);
    return { kind: 'not-modified' };
  }
  if (res.status !== 200) {
    await discard(res);
    const transient = res.status >= 500 || res.status === 408 || res.status === 429;
    throw new Failure(
      `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
      transient,
      transient ? retryAfterMs(res) : undefined,
    );
  }
  const declared = res.headers.get('content-length');
  if (declared !== null && !/^\d+$/.test(declared.trim())) {
    await discard(res);
    throw new Failure(`invalid Content-Length "${declared}": expected a byte count`, false);
  }
  if (declared !== null && Number(declared) > p.maxBytes) {
    await discard(res);
    throw new Failure(
      `refused: Content-Length ${declared} is above the size limit of ${p.maxBytes} bytes (site.json fetch source max_bytes)`,
      false,
    );
  }
  const encoded = (res.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  const fh = await open(tmp, 'w');
  let bytes = 0;
  try {
    if (res.body !== null) {
      for await (const chunk of res.body) {
        bytes += chunk.length;
        // aborts mid-stream (leaving the loop cancels the body): a huge body never fills the disk
        if (bytes > p.maxBytes)
          throw new Failure(
            `refused: the body is larger than the size limit of ${p.maxBytes} bytes (site.json fetch source max_bytes; stopped reading)`,
            false,
          );
        await fh.write(chunk);
      }
    }
    await fh.sync();
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure(
      `connection lost after ${bytes} bytes: ${describeError(e, p.timeoutMs)}`,
      true,
    );
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
    lengthVerified: declared !== null && !encoded,
  };
}
