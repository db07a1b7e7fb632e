/**
 * A small static server for `dist/` that behaves like the production host: it applies the shipped
 * `dist/_headers` file (so the tests check the headers readers actually get) and gzip-compresses
 * text responses. `astro preview` does neither. Used by `npm run serve` and the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../security/headers.ts';

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
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|manifest\+json)|image\/svg)/;

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Serve `root` on 127.0.0.1:`port` (0 = a free port). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const absRoot = normalize(root);
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(await readFile(join(absRoot, '_headers'), 'utf8'));
  } catch {
    throw new Error(`${join(absRoot, '_headers')} is missing: run "npm run build" first`);
  }
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = url.pathname;
      let file = await resolveFile(absRoot, path);
      // Directory URLs always end in "/" (the canonical form); redirect like static hosts do.
      if (file?.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        path = '/404.html';
        file = await resolveFile(absRoot, path);
      }
      const headers: Record<string, string> = headersForPath(url.pathname, rules);
      if (!file) {
        res
          .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Not found');
        return;
      }
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      headers['Content-Type'] = type;
      headers['Vary'] = 'Accept-Encoding';
      if (
        COMPRESSIBLE.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      ) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
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
