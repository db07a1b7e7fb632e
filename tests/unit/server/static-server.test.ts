// The static server against hostile and unusual requests, on a small temp dist/ (no build needed).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderHeadersFile } from '../../../src/security/headers.ts';
import { startStaticServer, type StaticServer } from '../../../src/server/static-server.ts';

// A read that fails (EIO) for broken.html: the way to reach the 500 path. (It used to be a
// symlink to /proc/self/mem; symlinks are now refused before any read.)
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const readFile = ((...args: Parameters<typeof actual.readFile>) =>
    typeof args[0] === 'string' && /[\\/]broken\.html$/.test(args[0])
      ? Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))
      : actual.readFile(...args)) as typeof actual.readFile;
  return { ...actual, readFile };
});

const PAGE = `<!doctype html><title>home</title>${'<p>air quality</p>'.repeat(200)}`;
const CSS = `body{color:#123}${'.a{margin:0}'.repeat(100)}`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let root: string;
let outside: string;
let site: StaticServer;
let port: number;
const logged: string[] = [];

function write(rel: string, body: string | Buffer): void {
  const file = join(root, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, body);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  write('_headers', renderHeadersFile());
  write('index.html', PAGE);
  write('en/index.html', '<!doctype html><title>en</title>');
  write('404.html', '<!doctype html><title>not found</title>');
  write('_astro/x.abc123.css', CSS);
  write('data/pm25.csv', 'date,pm25\n2024-01-01,35\n');
  write('og/home.png', PNG);
  write('charts/c1/index.html', '<!doctype html><title>chart</title>');
  write('charts/c1/c1.zh.png', PNG);
  write('charts/c1/c1.csv', 'date,pm25\n2024-01-01,35\n');
  write('data/all.csv.gz', Buffer.from('1f8b0800000000000003', 'hex'));
  write('.env', 'SECRET=1');
  write('.git/config', '[core]');
  write('broken.html', 'never read');
  // Symlinks: out of the root, a linked folder, links to files and folders inside the root.
  outside = mkdtempSync(join(tmpdir(), 'static-server-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'SECRET=outside');
  writeFileSync(join(outside, 'index.html'), 'SECRET outside page');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(outside, join(root, 'linked'));
  symlinkSync(join(root, '_astro/x.abc123.css'), join(root, 'alias.css'));
  symlinkSync(join(root, 'en'), join(root, 'en-alias'));
  symlinkSync('../index.html', join(root, 'data', 'index.html'));
  symlinkSync('/etc/passwd', join(root, 'passwd'));
  site = await startStaticServer(root, 0, { log: (m) => logged.push(m) });
  port = Number(new URL(site.url).port);
});

afterAll(async () => {
  await site.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The header lines as sent (a repeated header appears more than once here). */
  lines: string[];
  body: Buffer;
}

/** Send bytes as they are (fetch would normalise the request line) and read until close. */
function raw(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1]);
      resolve({ status, headers, lines: head.slice(1), body: all.subarray(split + 4) });
    });
  });
}

const get = (target: string, extra = ''): Promise<RawResponse> =>
  raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);

function expectSecurityHeaders(res: RawResponse): void {
  expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
}

describe('security headers on every response', () => {
  it('a 200 page', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
  });

  it('a 301 directory redirect, which keeps one leading slash', async () => {
    const res = await get('/en?x=1');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/en/?x=1');
    expectSecurityHeaders(res);
    // "/.//en" parses to the path "//en", which must not become the open redirect "//en/".
    expect((await get('/.//en')).headers['location']).toBe('/en/');
  });

  it('a 404, with the 404 page', async () => {
    const res = await get('/nowhere/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('not found');
    expectSecurityHeaders(res);
  });

  it('a request line with the unparsable target http://[::1 is a 400, not a 500 with the exception', async () => {
    const res = await get('http://[::1');
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    expect(res.body.toString()).not.toMatch(/Invalid|TypeError|URL/);
  });

  it('a Host header of [::1 does not matter', async () => {
    const res = await raw('GET / HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
  });

  it('a request Node cannot parse is a 400 with the headers', async () => {
    const res = await raw('NOT AN HTTP REQUEST\r\n\r\n');
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
  });

  it('a 500 keeps the headers and logs the error instead of sending it', async () => {
    const res = await get('/broken.html');
    expect(res.status).toBe(500);
    expectSecurityHeaders(res);
    expect(res.body.toString()).toBe('Internal server error');
    expect(logged.some((m) => m.includes('/broken.html') && /EIO/.test(m))).toBe(true);
  });
});

describe('hidden files', () => {
  it.each(['/_headers', '/%5Fheaders', '/_redirects', '/.env', '/.git/config', '/data/.hidden'])(
    '%s is a 404',
    async (target) => {
      const res = await get(target);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('Content-Security-Policy:');
      expect(res.body.toString()).not.toContain('SECRET');
    },
  );
});

describe('symlinks are never followed', () => {
  it.each([
    ['a link to a file outside the root', '/leak.txt'],
    ['a link to /etc/passwd', '/passwd'],
    ['a file in a linked folder', '/linked/secret.txt'],
    ['a linked folder’s index', '/linked/'],
    ['a linked folder without the slash (no redirect either)', '/linked'],
    ['a link to a file inside the root', '/alias.css'],
    ['a link to a folder inside the root', '/en-alias/'],
    ['a linked index.html', '/data/'],
  ])('%s (%s) is a 404 like a missing file', async (_what, target) => {
    const res = await get(target);
    expect(res.status).toBe(404);
    expect(res.headers['location']).toBeUndefined();
    expect(res.body.toString()).toContain('not found');
    expect(res.body.toString()).not.toMatch(/SECRET|root:|color/);
    expectSecurityHeaders(res);
  });

  it('the files behind the links are still served by their own paths', async () => {
    expect((await get('/_astro/x.abc123.css')).status).toBe(200);
    expect((await get('/en/')).status).toBe(200);
    expect((await get('/data/pm25.csv')).status).toBe(200);
  });
});

describe('path traversal stays refused', () => {
  it.each([
    '/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/data/..%2f..%2f.env',
    '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/index.html%00.png',
    '/%00',
    '/%E0%A4%A',
  ])('%s', async (target) => {
    const res = await get(target);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toMatch(/root:|SECRET/);
    expectSecurityHeaders(res);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is a 405 with Allow and no body', async (m) => {
    const res = await raw(
      `${m} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi`,
    );
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
    expect(res.body.length).toBe(0);
    expectSecurityHeaders(res);
  });

  it('OPTIONS where CORS applies (/data/*) is a 204 preflight answer', async () => {
    const res = await raw(
      'OPTIONS /data/pm25.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://news.example\r\n' +
        'Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n',
    );
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.body.length).toBe(0);
    expectSecurityHeaders(res);
  });

  it.each(['/charts/c1/c1.zh.png', '/charts/c1/c1.csv'])(
    'a chart download %s is cross-origin, with one CORP header line and CORS',
    async (target) => {
      const res = await get(target);
      expect(res.status).toBe(200);
      const corp = res.lines.filter((l) => /^cross-origin-resource-policy:/i.test(l));
      expect(corp).toEqual(['Cross-Origin-Resource-Policy: cross-origin']);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expectSecurityHeaders(res);
    },
  );

  it('the chart page itself stays same-origin', async () => {
    const res = await get('/charts/c1/');
    expect(res.status).toBe(200);
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('OPTIONS elsewhere is a 405', async () => {
    const res = await raw('OPTIONS / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.body.length).toBe(0);
  });

  it.each(['/', '/nowhere/', '/en'])('HEAD %s sends the headers and no body', async (target) => {
    const res = await raw(
      `HEAD ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`,
    );
    expect([200, 301, 404]).toContain(res.status);
    expectSecurityHeaders(res);
    expect(res.body.length).toBe(0);
  });
});

describe('caching', () => {
  it('hashed /_astro/ assets are cached for a year', async () => {
    const res = await get('/_astro/x.abc123.css');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res);
  });

  it('the value is the one from _headers, sent once (not joined with a second one)', async () => {
    const res = await get('/_astro/x.abc123.css');
    const sent = res.lines.filter((l) => /^cache-control:/i.test(l));
    expect(sent).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });

  it('pages and a missing /_astro/ file are not', async () => {
    expect((await get('/')).headers['cache-control']).toBeUndefined();
    const missing = await get('/_astro/gone.abc123.css');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    const post = await raw(
      'POST /_astro/x.abc123.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(post.status).toBe(405);
    expect(post.headers['cache-control']).toBeUndefined();
  });

  it('the report pages keep their no-store', async () => {
    write('report/index.html', '<!doctype html><title>report</title>');
    expect((await get('/report/')).headers['cache-control']).toBe('no-store');
  });
});

describe('compression', () => {
  const gz = 'Accept-Encoding: gzip, br\r\n';

  it('gzips text with Vary: Accept-Encoding and an exact Content-Length', async () => {
    const res = await get('/', gz);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(gunzipSync(res.body).toString()).toBe(PAGE);
  });

  it('sends identity bytes without Accept-Encoding', async () => {
    const res = await get('/');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(PAGE);
  });

  it.each(['/og/home.png', '/data/all.csv.gz'])('does not gzip %s again', async (target) => {
    const res = await get(target, gz);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses a changed file again (the cache is keyed by mtime and size)', async () => {
    expect(gunzipSync((await get('/_astro/x.abc123.css', gz)).body).toString()).toBe(CSS);
    const file = join(root, '_astro/x.abc123.css');
    writeFileSync(file, 'body{color:red}');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(gunzipSync((await get('/_astro/x.abc123.css', gz)).body).toString()).toBe(
      'body{color:red}',
    );
  });

  it('answers 50 concurrent gzip requests with the same bytes', async () => {
    const bodies = await Promise.all(Array.from({ length: 50 }, () => get('/', gz)));
    for (const res of bodies) expect(gunzipSync(res.body).toString()).toBe(PAGE);
  });
});
