/**
 * Fault scenarios: a good file is on disk with its validators recorded, then the server
 * misbehaves in one way. Each scenario checks the run's status, that the good file is
 * byte-identical, that the state's record of it is unchanged when the file failed, and that the
 * log line names the URL and what was wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchObservations, type FetchOptions } from '../../../src/fetch/run.ts';
import { loadState } from '../../../src/fetch/state.ts';
import type { FetchSourceConfig } from '../../../src/fetch/plan.ts';
import {
  dropMidBody,
  expectConsistent,
  hang,
  sequence,
  serve,
  startServer,
  status,
  tempDataDir,
  type FaultServer,
  type Handler,
} from './server.ts';

const HEADER = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3\n';
const row = (st: string, h: number): string => `${st},2025-01-01,${h},${40 + h},80,9,30,0.7,52\n`;
const rowsOf = (stations: string[], hours: number): string =>
  stations.flatMap((st) => Array.from({ length: hours }, (_, i) => row(st, i + 1))).join('');
/** The good file: 2 stations × 3 hours. */
const GOOD = HEADER + rowsOf(['XP01', 'XP02'], 3);
/** A better version (more rows), what a hostile redirect would like to plant. */
const MORE = HEADER + rowsOf(['XP01', 'XP02'], 4);
const LIMIT = 64 * 1024;
const SNAPSHOT_HEADER =
  'timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n';

let server: FaultServer;
let other: FaultServer;
beforeAll(async () => {
  server = await startServer();
  other = await startServer();
  other.route('/evil/county_20250101.csv', serve(MORE));
});
afterAll(async () => {
  await server.close();
  await other.close();
});

/** A 200 without Content-Length (chunked): nothing vouches for the length. */
function chunked(body: string | Uint8Array, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv', ...headers });
    res.end(body);
  };
}

/** Raw bytes on the socket, for responses node's http module refuses to write. */
function raw(head: string, body: string | Uint8Array = ''): Handler {
  return (req) => {
    req.socket.write(
      Buffer.concat([Buffer.from(head.replace(/\n/g, '\r\n') + '\r\n'), Buffer.from(body)]),
    );
    req.socket.end();
  };
}

function redirect(code: number, to: string): Handler {
  return (_req, res) => {
    res.writeHead(code, { location: to }).end();
  };
}

function drip(body: string, everyMs: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    let i = 0;
    const t = setInterval(() => {
      if (i < body.length) res.write(body[i++]);
    }, everyMs);
    res.on('close', () => clearInterval(t));
  };
}

interface Scenario {
  readonly name: string;
  /** `p` is this scenario's path prefix on `server` (the configured URL is `${p}/county_20250101.csv[.gz]`). */
  readonly handler: (p: string) => Handler;
  /** Extra routes on `server`, by path under the prefix. */
  readonly routes?: (p: string) => Record<string, Handler>;
  readonly status?: 'failed' | 'unchanged' | 'replaced';
  /** What the failure line must say (after the file name). */
  readonly message: RegExp;
  readonly source?: Partial<FetchSourceConfig>;
  readonly opts?: Partial<FetchOptions>;
  readonly gz?: boolean;
  /** Content expected on disk after the run (default: the good file, untouched). */
  readonly disk?: string;
  readonly waits?: number[];
  /** Requests the configured URL must have received in the faulty run. */
  readonly requests?: number;
}

const NAME = 'county_20250101.csv';
const cutLastField = GOOD.slice(0, -2); // "…,0.7,52\n" → "…,0.7,5": every field still there

const scenarios: Scenario[] = [
  // completeness
  {
    name: 'truncated inside the last field, chunked',
    handler: () => chunked(cutLastField),
    message: /^rejected: truncated: the last line \(line 7\) has no line break/,
  },
  {
    name: 'truncated inside the last field, Content-Length agrees with the cut',
    handler: () => serve(cutLastField),
    message: /^rejected: truncated: .*no line break/,
  },
  {
    name: 'truncated inside the last field, source allows unterminated lines but no Content-Length',
    source: { allow_unterminated: true },
    handler: () => chunked(cutLastField),
    message: /has no line break: expected a body ending in a line break/,
  },
  {
    name: 'truncated mid-row',
    handler: () => chunked(GOOD + 'XP01,2025-01-01,4,4'),
    message: /^rejected: truncated: the last line \(line 8\)/,
  },
  {
    name: 'complete rows but no trailing newline (default refuses)',
    handler: () => chunked(MORE.trimEnd()),
    message: /^rejected: truncated: the last line \(line 9\) has no line break/,
  },
  {
    name: 'header only',
    handler: () => serve(HEADER, { etag: '"new"' }),
    message: /^refused: the new body has 0 rows, fewer than the 6 of the file on disk/,
  },
  {
    name: 'header without a line break',
    handler: () => serve(HEADER.trimEnd()),
    message: /^rejected: no line break after the header/,
  },
  // content-keyed shrink rule
  {
    name: 'ETag churn with fewer rows',
    handler: () => serve(HEADER + rowsOf(['XP01', 'XP02'], 2), { etag: `"${Math.random()}"` }),
    message: /^refused: the new body has 4 rows, fewer than the 6 .*whatever its ETag/,
  },
  {
    name: 'Last-Modified churn with fewer rows',
    handler: () =>
      serve(HEADER + rowsOf(['XP01', 'XP02'], 1), {
        'last-modified': 'Fri, 03 Jan 2025 00:00:00 GMT',
      }),
    message: /^refused: the new body has 2 rows, fewer than the 6/,
  },
  {
    name: 'ETag churn with fewer stations (same row count)',
    handler: () => serve(HEADER + rowsOf(['XP01'], 6), { etag: '"churn"' }),
    message: /^refused: the new body lacks 1 station\(s\) of the file on disk \(XP02;/,
  },
  // redirects
  {
    name: 'cross-origin redirect (other port)',
    handler: () => redirect(302, `${other.base}/evil/${NAME}`),
    message:
      /^refused: HTTP 302 redirect from http:\/\/127\.0\.0\.1:\d+\/.* to http:\/\/127\.0\.0\.1:\d+\/evil\/county_20250101\.csv, another origin/,
  },
  {
    name: 'cross-origin redirect (localhost vs 127.0.0.1)',
    handler: (p) => redirect(301, `${server.base.replace('127.0.0.1', 'localhost')}${p}/more.csv`),
    routes: () => ({ 'more.csv': serve(MORE) }),
    message: /another origin \(http:\/\/localhost:\d+\)/,
  },
  {
    name: 'redirect to another scheme',
    handler: () => redirect(307, 'ftp://127.0.0.1/x.csv'),
    message: /another origin/,
  },
  {
    name: 'redirect loop a → b → a',
    handler: (p) => redirect(302, `${p}/b.csv`),
    routes: (p) => ({ 'b.csv': redirect(302, `${p}/${NAME}`) }),
    message:
      /^refused: redirect loop: .*b\.csv redirects to .*county_20250101\.csv, already visited/,
  },
  {
    name: 'redirect to itself',
    handler: (p) => redirect(308, `${p}/${NAME}`),
    message: /^refused: redirect loop/,
  },
  {
    name: 'too many hops',
    handler: (p) => redirect(302, `${p}/h1.csv`),
    routes: (p) =>
      Object.fromEntries(
        Array.from({ length: 8 }, (_, i) => [`h${i + 1}.csv`, redirect(302, `${p}/h${i + 2}.csv`)]),
      ),
    message: /^refused: more than 5 redirects starting at /,
  },
  {
    name: 'redirect without Location',
    handler: () => (_req, res) => res.writeHead(302).end(),
    message: /^HTTP 302 redirect from .* without a Location header/,
  },
  {
    name: 'same-origin redirect to a worse file',
    handler: (p) => redirect(302, `${p}/less.csv`),
    routes: () => ({ 'less.csv': serve(HEADER + row('XP01', 1)) }),
    message: /^refused: the new body has 1 row, fewer/,
  },
  {
    name: 'cross-origin redirect to an allowed origin (followed)',
    source: { redirect_origins: ['OTHER'] },
    handler: () => redirect(302, `${other.base}/evil/${NAME}`),
    status: 'replaced',
    message: /4 rows|8 rows/,
    disk: MORE,
  },
  // size limits
  {
    name: 'oversized with Content-Length (refused before reading)',
    handler: () => serve(GOOD + rowsOf(['XP03'], 2000)),
    message: /^refused: Content-Length \d+ is above the size limit of 65536 bytes/,
  },
  {
    name: 'oversized without Content-Length (aborted mid-stream)',
    handler: () => chunked(GOOD + rowsOf(['XP03'], 2000)),
    message: /^refused: the body is larger than the size limit of 65536 bytes .*stopped reading/,
  },
  {
    name: 'Content-Length larger than the body (connection closed)',
    handler: () => dropMidBody(MORE, 100),
    message: /^connection lost after \d+ bytes.*\(after 2 attempts\)/,
    requests: 2,
  },
  {
    name: 'Content-Length smaller than the body',
    handler: () =>
      raw(
        `HTTP/1.1 200 OK\nContent-Type: text/csv\nContent-Length: ${MORE.length - 10}\nConnection: close\n`,
        MORE,
      ),
    message: /^rejected: truncated: .*no line break/,
  },
  {
    name: 'gzip bomb (Content-Encoding: gzip)',
    handler: () =>
      serve(gzipSync(Buffer.from(GOOD + 'x'.repeat(20 << 20))), { 'content-encoding': 'gzip' }),
    message: /^refused: the body is larger than the size limit of 65536 bytes/,
  },
  {
    name: 'gzip bomb (.csv.gz file)',
    gz: true,
    handler: () => serve(gzipSync(Buffer.from(HEADER + row('XP09', 1).repeat(300_000)))),
    message: /^rejected: too large: more than 65536 bytes of text/,
  },
  {
    name: 'cut gzip stream (.csv.gz file)',
    gz: true,
    handler: () => serve(gzipSync(Buffer.from(MORE)).subarray(0, 60)),
    message: /^rejected: /,
  },
  {
    name: 'slow drip (bounded by the whole-download deadline)',
    handler: () => drip(MORE, 15),
    opts: { timeoutMs: 250 },
    message:
      /timed out: the whole download took longer than its limit of 250 ms \(after 2 attempts\)/,
  },
  {
    name: 'no answer at all',
    handler: () => hang,
    opts: { timeoutMs: 150 },
    message: /timed out: the whole download took longer than its limit of 150 ms/,
  },
  // statuses and Retry-After
  {
    name: '429 with a small Retry-After, then the same file',
    handler: () =>
      sequence(
        raw(
          'HTTP/1.1 429 Too Many Requests\nRetry-After: 3\nContent-Length: 0\nConnection: close\n',
        ),
        serve(GOOD, { etag: '"good"' }),
      ),
    status: 'unchanged',
    message: /same bytes/,
    waits: [3000],
    requests: 2,
  },
  {
    name: '429 with a huge Retry-After',
    handler: () =>
      raw(
        'HTTP/1.1 429 Too Many Requests\nRetry-After: 3600\nContent-Length: 0\nConnection: close\n',
      ),
    message:
      /^HTTP 429 Too Many Requests: the server asked to retry after 3600 s, longer than the limit of 60 s: gave up/,
    waits: [],
    requests: 1,
  },
  {
    name: '503 with a small Retry-After, persistently',
    handler: () =>
      raw(
        'HTTP/1.1 503 Service Unavailable\nRetry-After: 2\nContent-Length: 0\nConnection: close\n',
      ),
    message: /^HTTP 503 Service Unavailable \(after 2 attempts\)/,
    waits: [2000],
    requests: 2,
  },
  {
    name: '503 with a Retry-After date far ahead of the Date header',
    handler: () =>
      raw(
        'HTTP/1.1 503 Service Unavailable\nDate: Wed, 01 Jan 2025 00:00:00 GMT\nRetry-After: Wed, 01 Jan 2025 01:00:00 GMT\nContent-Length: 0\nConnection: close\n',
      ),
    message: /retry after 3600 s, longer than the limit/,
    requests: 1,
  },
  {
    name: '500',
    handler: () => status(500),
    message: /^HTTP 500 Internal Server Error \(after 2 attempts\)/,
    waits: [1],
    requests: 2,
  },
  { name: '404', handler: () => status(404), message: /^HTTP 404 Not Found$/, requests: 1 },
  { name: '403', handler: () => status(403), message: /^HTTP 403 Forbidden$/, requests: 1 },
  // bodies that are not the file
  {
    name: 'empty body with 200',
    handler: () => serve(''),
    message: /^rejected: no line break after the header|^rejected: empty body/,
  },
  {
    name: 'HTML error page with 200',
    handler: () =>
      serve('<!DOCTYPE html>\n<html><body>维护中</body></html>\n', { 'content-type': 'text/html' }),
    message: /^rejected: .*unknown format/,
  },
  {
    name: 'another format (wrong header)',
    handler: () => serve(SNAPSHOT_HEADER + '2025-01-01T00:00:00,XP01' + ',1'.repeat(20) + '\n'),
    message: /^rejected: the header is the cnemc-hourly-snapshot format, expected county-hourly/,
  },
  {
    name: 'bytes in no encoding',
    handler: () => serve(Buffer.concat([Buffer.from(GOOD), Buffer.from([0xff, 0xfe, 0xff, 0x0a])])),
    message: /^rejected: .*cannot be decoded/,
  },
  // transport
  {
    name: 'connection reset mid-body',
    handler: () => (req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(MORE.length) });
      res.write(MORE.slice(0, 50), () => req.socket.resetAndDestroy());
    },
    message: /^connection lost after \d+ bytes.*\(after 2 attempts\)/,
  },
  {
    name: 'two different Content-Length headers',
    handler: () =>
      raw(
        `HTTP/1.1 200 OK\nContent-Length: ${MORE.length}\nContent-Length: 5\nConnection: close\n`,
        MORE,
      ),
    message: /\(after 2 attempts\)/,
  },
  {
    name: 'a Content-Length that is not a number',
    handler: () => raw('HTTP/1.1 200 OK\nContent-Length: lots\nConnection: close\n', MORE),
    message: /./,
  },
];

describe('fetch fault scenarios', () => {
  it('has at least 30 distinct scenarios', () => {
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });

  it.each(scenarios.map((s, i) => [s.name, s, i] as const))('%s', async (_n, sc, i) => {
    const dir = tempDataDir();
    const p = `/f${i}`;
    const name = sc.gz === true ? `${NAME}.gz` : NAME;
    const good = sc.gz === true ? gzipSync(Buffer.from(GOOD)) : Buffer.from(GOOD);
    const url = `${server.base}${p}/${name}`;
    const source: FetchSourceConfig = {
      id: 'county',
      format: 'county-hourly',
      url_template: `${server.base}${p}/county_{YYYYMMDD}.csv${sc.gz === true ? '.gz' : ''}`,
      max_bytes: LIMIT,
      ...sc.source,
      ...(sc.source?.redirect_origins === undefined ? {} : { redirect_origins: [other.base] }),
    };
    const waits: number[] = [];
    const lines: string[] = [];
    const run = (): ReturnType<typeof fetchObservations> =>
      fetchObservations({
        dataDir: dir,
        sources: [source],
        from: '2025-01-01',
        until: '2025-01-01',
        timeoutMs: 2_000,
        attempts: 2,
        backoffMs: 1,
        requestGapMs: 0,
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
        log: (l) => lines.push(l),
        ...sc.opts,
      });
    // the good file and its validators, as a clean earlier run left them
    server.route(`${p}/${name}`, serve(good, { etag: '"good"' }));
    expect((await run()).results[0]?.status).toBe('new');
    const obs = join(dir, 'observations');
    const before = (await loadState(obs)).files;
    for (const [path, h] of Object.entries(sc.routes?.(p) ?? {})) server.route(`${p}/${path}`, h);
    const h = sc.handler(p);
    let k = 0; // the faulty handler counts its own requests (sequence)
    server.route(`${p}/${name}`, (req, res) => h(req, res, ++k));
    const seenBefore = server.seen.get(`${p}/${name}`)?.length ?? 0;
    waits.length = 0;
    lines.length = 0;

    const s = await run();
    const r = s.results[0];
    const want = sc.status ?? 'failed';
    expect({ status: r?.status, detail: r?.detail }).toMatchObject({ status: want });
    expect(r?.detail).toMatch(sc.message);
    const rel = `county/${name}`;
    await expectConsistent(dir, { [rel]: sc.disk ?? good });
    const after = await loadState(obs);
    if (want === 'failed') {
      expect(s.failed).toBe(1);
      expect(after.files, 'the state still describes the good file').toEqual(before);
      expect(after.failed[rel]?.url).toBe(url);
      const line = lines.find((l) => l.startsWith('failed'));
      expect(line).toContain(`observations/${rel}`);
      expect(line).toContain(`(${url})`);
    } else expect(s.failed).toBe(0);
    if (sc.waits !== undefined) expect(waits).toEqual(sc.waits);
    if (sc.requests !== undefined)
      expect((server.seen.get(`${p}/${name}`)?.length ?? 0) - seenBefore).toBe(sc.requests);
    if (sc.name.includes('redirect') && !sc.name.includes('without'))
      expect(lines.some((l) => l.startsWith('redirect ')) || want === 'failed').toBe(true);
    expect(readFileSync(join(obs, rel)).equals(Buffer.from(sc.disk ?? good))).toBe(true);
  });
});

it('logs every redirect hop', async () => {
  const dir = tempDataDir();
  server.route('/hop/county_20250101.csv', redirect(302, '/hop/a.csv'));
  server.route('/hop/a.csv', redirect(307, `${server.base}/hop/b.csv`));
  server.route('/hop/b.csv', serve(GOOD));
  const lines: string[] = [];
  mkdirSync(join(dir, 'observations'), { recursive: true });
  writeFileSync(join(dir, 'observations', '.keep'), '');
  const s = await fetchObservations({
    dataDir: dir,
    sources: [
      {
        id: 'county',
        format: 'county-hourly',
        url_template: `${server.base}/hop/county_{YYYYMMDD}.csv`,
      },
    ],
    from: '2025-01-01',
    until: '2025-01-01',
    requestGapMs: 0,
    log: (l) => lines.push(l),
  });
  expect(s.results[0]?.status).toBe('new');
  expect(lines.slice(0, 2)).toEqual([
    `redirect  ${server.base}/hop/county_20250101.csv -> ${server.base}/hop/a.csv (HTTP 302)`,
    `redirect  ${server.base}/hop/a.csv -> ${server.base}/hop/b.csv (HTTP 307)`,
  ]);
  // the state pairs the configured URL with the validators of the file actually kept
  expect(
    (await loadState(join(dir, 'observations'))).files['county/county_20250101.csv']?.url,
  ).toBe(`${server.base}/hop/county_20250101.csv`);
});
