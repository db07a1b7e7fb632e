/**
 * A small static server for `dist/` that behaves like the production host: it applies the shipped
 * `dist/_headers` file (so the tests check the headers readers actually get) and gzip-compresses
 * text responses. `astro preview` does neither. Used by `npm run serve` and the browser tests.
 *
 * Every response — redirects, 404, 405, 400 and 500 included — carries the security headers, and
 * no error text reaches a body (decision 022).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../security/headers.ts';
import { GzipCache } from './gzip-cache.ts';
import { requestPath, resolveFile } from './resolve-path.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.gz': 'application/gzip',
  '.zip': 'application/zip',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
/** Text types only: PNG, gzip, ZIP and WOFF2 are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|manifest\+json)|image\/svg)/;
const ALLOW = 'GET, HEAD';

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Where request failures are reported; defaults to stderr. */
  readonly log?: (message: string) => void;
}

interface Context {
  readonly root: string;
  readonly rules: readonly HeaderRule[];
  readonly gzip: GzipCache;
}

/** End a response with a short plain-text body (empty for HEAD and bodiless statuses). */
function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  text = '',
): void {
  const body = req.method === 'HEAD' ? '' : text;
  const out: Record<string, string> = { ...headers };
  // RFC 9110 §8.6: a 204 carries no Content-Length.
  if (status !== 204) out['Content-Length'] = String(Buffer.byteLength(text));
  if (text !== '') out['Content-Type'] = 'text/plain; charset=utf-8';
  res.writeHead(status, out).end(body);
}

/** OPTIONS: a CORS preflight answer where the rules allow other origins, else 405. */
function options(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  if (!headers['Access-Control-Allow-Origin']) {
    sendText(req, res, 405, { ...headers, Allow: ALLOW });
    return;
  }
  sendText(req, res, 204, {
    ...headers,
    Allow: ALLOW,
    'Access-Control-Allow-Methods': ALLOW,
    'Access-Control-Max-Age': '86400',
  });
}

/**
 * Take the year-long Cache-Control of hashed assets out of `headers`. It comes from `_headers` (one
 * value, one source) and is for the asset only: a 404, 301, 405 or 500 must not be cached.
 */
function takeImmutable(headers: Record<string, string>): string {
  const value = headers['Cache-Control'];
  if (value === undefined || !value.includes('immutable')) return '';
  delete headers['Cache-Control'];
  return value;
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = requestPath(req.url);
  if (path === null) {
    sendText(req, res, 400, headersForPath('/', ctx.rules), 'Bad request');
    return;
  }
  const headers = headersForPath(path, ctx.rules);
  const immutable = takeImmutable(headers);
  if (req.method === 'OPTIONS') {
    options(req, res, headers);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(req, res, 405, { ...headers, Allow: ALLOW });
    return;
  }
  let found = await resolveFile(ctx.root, path);
  // Directory URLs always end in "/" (the canonical form); redirect like static hosts do.
  if (found?.file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
    // One leading slash only: "//evil.example" must not become a protocol-relative Location.
    const target = `/${path.replace(/^\/+/, '')}/${new URL(req.url ?? '/', 'http://x').search}`;
    sendText(req, res, 301, { ...headers, Location: target });
    return;
  }
  let status = 200;
  if (!found) {
    status = 404;
    found = await resolveFile(ctx.root, '/404.html');
    if (!found) {
      sendText(req, res, 404, headers, 'Not found');
      return;
    }
  }
  const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
  headers['Content-Type'] = type;
  headers['Vary'] = 'Accept-Encoding';
  if (status === 200 && immutable) headers['Cache-Control'] = immutable;
  let body: Buffer;
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = await ctx.gzip.get(found.file, found.stats);
    headers['Content-Encoding'] = 'gzip';
  } else {
    body = await readFile(found.file);
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A malformed request (Node's parser rejected it): 400 with the security headers, then close. */
function clientError(rules: readonly HeaderRule[], err: NodeJS.ErrnoException, socket: Duplex) {
  if (err.code === 'ECONNRESET' || !socket.writable) return;
  const headers = { ...headersForPath('/', rules), 'Content-Length': '0', Connection: 'close' };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.end(`HTTP/1.1 400 Bad Request\r\n${lines.join('')}\r\n`);
}

/** Serve `root` on 127.0.0.1:`port` (0 = a free port). */
export async function startStaticServer(
  root: string,
  port = 0,
  opts: StaticServerOptions = {},
): Promise<StaticServer> {
  const absRoot = normalize(root);
  const log = opts.log ?? ((message: string) => console.error(message));
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(await readFile(join(absRoot, '_headers'), 'utf8'));
  } catch {
    throw new Error(`${join(absRoot, '_headers')} is missing: run "npm run build" first`);
  }
  const ctx: Context = { root: absRoot, rules, gzip: new GzipCache() };
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      // The reason goes to the log, never to the reader.
      log(
        `static-server: ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const headers = headersForPath(requestPath(req.url) ?? '/', rules);
      takeImmutable(headers);
      sendText(req, res, 500, headers, 'Internal server error');
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) =>
    clientError(rules, err, socket),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
