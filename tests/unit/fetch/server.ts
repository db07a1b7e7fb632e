/**
 * A local HTTP server on 127.0.0.1 (random port) whose routes inject faults, and the checks that
 * a data folder is consistent after a fetch run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { listObservationFiles } from '../../../src/records/ingest.ts';
import { loadState, sha256 } from '../../../src/fetch/state.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

export interface FaultServer {
  readonly base: string;
  /** Set or replace the handler of a path. */
  route(path: string, h: Handler): void;
  /** Requests seen per path, with their headers. */
  readonly seen: Map<string, IncomingMessage['headers'][]>;
  close(): Promise<void>;
}

export async function startServer(): Promise<FaultServer> {
  const routes = new Map<string, Handler>();
  const seen = new Map<string, IncomingMessage['headers'][]>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const list = seen.get(path) ?? [];
    list.push(req.headers);
    seen.set(path, list);
    const h = routes.get(path);
    if (h === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    h(req, res, list.length);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    route: (path, h) => routes.set(path, h),
    seen,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A 200 with a body, Content-Length and optional validators. */
export function serve(body: string | Uint8Array, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    res.writeHead(200, {
      'content-type': 'text/csv',
      'content-length': String(bytes.length),
      ...headers,
    });
    res.end(bytes);
  };
}

/** Like serve, but answers 304 when the request's If-None-Match equals `etag`. */
export function serveWithEtag(body: string | Uint8Array, etag: string): Handler {
  return (req, res, n) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    serve(body, { etag })(req, res, n);
  };
}

export function status(code: number, body = `<html><body>error ${code}</body></html>`): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/html' }).end(body);
  };
}

/** Headers promising the whole body, then the first `keep` bytes, then the connection is cut. */
export function dropMidBody(body: string, keep: number): Handler {
  return (_req, res) => {
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, keep), () => {
      res.socket?.destroy();
    });
  };
}

/** Never answers (the client's time limit must end the wait; close() drops the socket). */
export const hang: Handler = () => undefined;

/** Sends the headers and the first bytes, then stalls. */
export function stallAfterHeaders(body: string): Handler {
  return (_req, res) => {
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, 10));
  };
}

/** Handlers in turn: the n-th request gets the n-th handler, the last one repeats. */
export function sequence(...handlers: Handler[]): Handler {
  return (req, res, n) => (handlers[Math.min(n, handlers.length) - 1] as Handler)(req, res, n);
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fetch-test-'));
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * After any run: no temp file or lock left, the state file valid and true to the files it
 * describes, and the folder one the ingest accepts. `expected` maps paths under observations/
 * to the exact content they must have (good files never lost).
 */
export async function expectConsistent(
  dataDir: string,
  expected: Record<string, string | Uint8Array>,
): Promise<void> {
  const obs = join(dataDir, 'observations');
  const files = walk(obs).map((p) => p.slice(obs.length + 1));
  expect(files.filter((f) => /(^|\/)\.part-/.test(f))).toEqual([]);
  expect(files).not.toContain('.fetch.lock');
  const state = await loadState(obs);
  for (const [target, rec] of Object.entries(state.files)) {
    const bytes = readFileSync(join(obs, target));
    expect({ target, sha256: sha256(bytes), bytes: bytes.length }).toEqual({
      target,
      sha256: rec.sha256,
      bytes: rec.bytes,
    });
  }
  expect(() => listObservationFiles(obs)).not.toThrow();
  for (const [rel, content] of Object.entries(expected)) {
    const want = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    expect(
      readFileSync(join(obs, rel)).equals(want),
      `observations/${rel} holds the expected bytes`,
    ).toBe(true);
  }
}
