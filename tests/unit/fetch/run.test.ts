import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchObservations, type FetchOptions, type FetchSummary } from '../../../src/fetch/run.ts';
import { STATE_FILE, loadState } from '../../../src/fetch/state.ts';
import type { FetchSourceConfig } from '../../../src/fetch/plan.ts';
import {
  dropMidBody,
  expectConsistent,
  hang,
  sequence,
  serve,
  serveWithEtag,
  stallAfterHeaders,
  startServer,
  status,
  tempDataDir,
  type FaultServer,
} from './server.ts';

const HEADER = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3\n';
const rows = (n: number, day = '2025-01-01'): string =>
  Array.from({ length: n }, (_, i) => `XP01,${day},${i + 1},${40 + i},80,9,30,0.9,20\n`).join('');
const GOOD1 = HEADER + rows(3);
const GOOD2 = HEADER + rows(3, '2025-01-02');

let server: FaultServer;
let dir: string;
let waits: number[];
let lines: string[];

beforeEach(async () => {
  server = await startServer();
  dir = tempDataDir();
  waits = [];
  lines = [];
});
afterEach(async () => {
  await server.close();
});

function daily(id = 'county'): FetchSourceConfig {
  return { id, format: 'county-hourly', url_template: `${server.base}/d/county_{YYYYMMDD}.csv` };
}

function run(
  sources: FetchSourceConfig[],
  extra: Partial<FetchOptions> = {},
): Promise<FetchSummary> {
  return fetchObservations({
    dataDir: dir,
    sources,
    until: '2025-01-02',
    from: '2025-01-01',
    timeoutMs: 2_000,
    attempts: 3,
    backoffMs: 10,
    requestGapMs: 0,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    log: (l) => lines.push(l),
    ...extra,
  });
}

function place(rel: string, content: string | Uint8Array): void {
  const p = join(dir, 'observations', rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
}

const statuses = (s: FetchSummary): string[] => s.results.map((r) => `${r.target} ${r.status}`);

describe('fetchObservations: new files', () => {
  it('downloads every planned file as new, logs one line per file and records validators', async () => {
    server.route('/d/county_20250101.csv', serve(GOOD1, { etag: '"a1"' }));
    server.route(
      '/d/county_20250102.csv',
      serve(GOOD2, { 'last-modified': 'Thu, 02 Jan 2025 16:00:00 GMT' }),
    );
    const s = await run([daily()]);
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv new',
      'county/county_20250102.csv new',
    ]);
    expect(s.failed).toBe(0);
    expect(lines).toEqual([
      `new       observations/county/county_20250101.csv (${GOOD1.length} bytes, ascii): 3 rows`,
      `new       observations/county/county_20250102.csv (${GOOD2.length} bytes, ascii): 3 rows`,
    ]);
    const state = await loadState(join(dir, 'observations'));
    expect(state.files['county/county_20250101.csv']?.etag).toBe('"a1"');
    expect(state.files['county/county_20250102.csv']?.last_modified).toBe(
      'Thu, 02 Jan 2025 16:00:00 GMT',
    );
    await expectConsistent(dir, {
      'county/county_20250101.csv': GOOD1,
      'county/county_20250102.csv': GOOD2,
    });
  });

  it('accepts a GBK/GB18030 file and reports its encoding', async () => {
    const header =
      'timepoint,stationcode,longitude,latitude,area,positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,pm2_5_24h,o3,o3_24h,o3_8h,o3_8h_24h,no2,no2_24h,so2,so2_24h,co,co_24h\n';
    // 西平县 and 示例站一（虚构） in GBK, a byte sequence that is not valid UTF-8
    const gbk = Buffer.concat([
      Buffer.from(header + '2025-01-01T00:00:00,SAMPLE01,114.02,33.38,', 'ascii'),
      Buffer.from('cef7c6bdcfd8', 'hex'),
      Buffer.from(',', 'ascii'),
      Buffer.from('cabec0fdd5bed2bba3a8d0e9b9b9a3a9', 'hex'),
      Buffer.from(',,,40,,30,,,,20,,,,,,0.9,\n', 'ascii'),
    ]);
    const src: FetchSourceConfig = {
      id: 'snap',
      format: 'cnemc-hourly-snapshot',
      urls: [`${server.base}/s/2025-01-01T00.csv`],
    };
    server.route('/s/2025-01-01T00.csv', serve(gbk));
    const s = await run([src]);
    expect(s.results[0]).toMatchObject({ status: 'new', encoding: 'gb18030' });
    await expectConsistent(dir, { 'snap/2025-01-01T00.csv': gbk });
  });

  it('accepts a complete .csv.gz file and rejects a cut gzip stream', async () => {
    const gz = gzipSync(Buffer.from(GOOD1));
    const src: FetchSourceConfig = {
      id: 'gz',
      format: 'county-hourly',
      urls: [`${server.base}/g/ok.csv.gz`, `${server.base}/g/cut.csv.gz`],
    };
    server.route('/g/ok.csv.gz', serve(gz));
    server.route('/g/cut.csv.gz', serve(gz.subarray(0, gz.length - 12)));
    const s = await run([src]);
    expect(s.results[0]?.detail).toBe('3 rows');
    expect(statuses(s)).toEqual(['gz/ok.csv.gz new', 'gz/cut.csv.gz failed']);
    expect(s.results[1]?.detail).toMatch(/^rejected: .*not a valid gzip file/);
    expect(waits).toEqual([]); // the publisher's bytes are wrong: retrying would not help
    await expectConsistent(dir, { 'gz/ok.csv.gz': gz });
  });
});

describe('fetchObservations: faults', () => {
  it('retries HTTP 500 with exponential backoff and then succeeds', async () => {
    server.route('/d/county_20250101.csv', sequence(status(500), status(503), serve(GOOD1)));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(s.results[0]).toMatchObject({ status: 'new', attempts: 3 });
    expect(waits).toEqual([10, 20]);
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('fails after the last attempt on persistent 500s, keeps the good file, and retries the failure on the next run', async () => {
    place('county/county_20250101.csv', GOOD1);
    server.route('/d/county_20250101.csv', status(500));
    server.route('/d/county_20250102.csv', status(500));
    const s = await run([daily()]);
    expect(s.failed).toBe(2);
    expect(s.results[0]?.detail).toBe('HTTP 500 Internal Server Error (after 3 attempts)');
    expect(lines[1]).toBe(
      `failed    observations/county/county_20250102.csv: HTTP 500 Internal Server Error (after 3 attempts) (${server.base}/d/county_20250102.csv)`,
    );
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
    const state = await loadState(join(dir, 'observations'));
    expect(Object.keys(state.failed)).toEqual([
      'county/county_20250101.csv',
      'county/county_20250102.csv',
    ]);

    // next run: the publisher is back; without --from it resumes and retries what failed
    server.route('/d/county_20250102.csv', serve(GOOD2));
    server.route('/d/county_20250103.csv', serve(HEADER + rows(2, '2025-01-03')));
    server.route('/d/county_20250101.csv', serve(GOOD1));
    const again = await run([daily()], { from: undefined, until: '2025-01-03' });
    expect(statuses(again)).toEqual([
      'county/county_20250101.csv unchanged',
      'county/county_20250102.csv new',
      'county/county_20250103.csv new',
    ]);
    expect((await loadState(join(dir, 'observations'))).failed).toEqual({});
    await expectConsistent(dir, {
      'county/county_20250101.csv': GOOD1,
      'county/county_20250102.csv': GOOD2,
    });
  });

  it('fails a 404 at once, without retries, and keeps going with the other files', async () => {
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv failed',
      'county/county_20250102.csv new',
    ]);
    expect(s.results[0]).toMatchObject({ detail: 'HTTP 404 Not Found', attempts: 1 });
    expect(waits).toEqual([]);
    await expectConsistent(dir, { 'county/county_20250102.csv': GOOD2 });
  });

  it('gives up on a server that does not answer within the time limit', async () => {
    place('county/county_20250101.csv', GOOD1);
    server.route('/d/county_20250101.csv', hang);
    server.route('/d/county_20250102.csv', stallAfterHeaders(GOOD2));
    const started = performance.now();
    const s = await run([daily()], { timeoutMs: 150, attempts: 2 });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(s.results.map((r) => r.detail)).toEqual([
      `timed out: the whole download took longer than its limit of 150 ms (after 2 attempts)`,
      expect.stringMatching(
        /^connection lost after 10 bytes: timed out: the whole download took longer than its limit of 150 ms \(after 2 attempts\)$/,
      ),
    ]);
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('retries a connection dropped mid-body and never keeps the partial body', async () => {
    place('county/county_20250102.csv', GOOD2);
    const longer = GOOD1 + rows(5).slice(0, 0) + 'XP01,2025-01-01,4,43,80,9,30,0.9,20\n';
    server.route('/d/county_20250101.csv', sequence(dropMidBody(longer, 30), serve(longer)));
    server.route('/d/county_20250102.csv', dropMidBody(GOOD2 + rows(1, '2025-01-02'), 50));
    const s = await run([daily()]);
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv new',
      'county/county_20250102.csv failed',
    ]);
    expect(s.results[1]?.detail).toMatch(
      /^connection lost after \d+ bytes: .*\(after 3 attempts\)$/,
    );
    await expectConsistent(dir, {
      'county/county_20250101.csv': longer,
      'county/county_20250102.csv': GOOD2,
    });
  });

  it('treats a body shorter than its Content-Length as incomplete and retries it', async () => {
    const short = (): Promise<Response> =>
      Promise.resolve(
        new Response(GOOD1, { headers: { 'content-length': String(GOOD1.length + 40) } }),
      );
    const s = await run([daily()], { fetch: short, until: '2025-01-01' });
    expect(s.results[0]).toMatchObject({
      status: 'failed',
      detail: `incomplete body: ${GOOD1.length} of ${GOOD1.length + 40} bytes (after 3 attempts)`,
    });
    expect(waits).toEqual([10, 20]);
    await expectConsistent(dir, {});
  });

  it('rejects a truncated CSV (a row cut short at the end) and keeps the longer good file', async () => {
    place('county/county_20250101.csv', GOOD1);
    const cut = GOOD1 + 'XP01,2025-01-01,4,4';
    server.route('/d/county_20250101.csv', serve(cut, { etag: '"new"' }));
    server.route('/d/county_20250102.csv', serve(GOOD2.slice(0, GOOD2.length - 25)));
    const s = await run([daily()]);
    expect(s.results.map((r) => r.detail)).toEqual([
      'rejected: truncated: the last line (line 5) has no line break: expected a body ending in a line break (a last line without one is accepted only with allow_unterminated and a matching Content-Length)',
      'rejected: truncated: the last line (line 4) has no line break: expected a body ending in a line break (a last line without one is accepted only with allow_unterminated and a matching Content-Length)',
    ]);
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('accepts a last row without a line break only when the source allows it and Content-Length vouches for it', async () => {
    server.route('/d/county_20250101.csv', serve(GOOD1.trimEnd()));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    expect((await run([daily()])).results[0]?.status).toBe('failed');
    const s = await run([{ ...daily(), allow_unterminated: true }]);
    expect(s.results[0]).toMatchObject({ status: 'new', detail: '3 rows' });
    // without a Content-Length nothing vouches for the length
    server.route('/d/county_20250103.csv', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(GOOD1.trimEnd());
    });
    const t = await run([{ ...daily(), allow_unterminated: true }], {
      from: '2025-01-03',
      until: '2025-01-03',
    });
    expect(t.results[0]?.detail).toMatch(
      /^rejected: truncated: .*has no line break: expected a body ending/,
    );
  });

  it('rejects a body cut inside its last field (the field count still matches)', async () => {
    place('county/county_20250101.csv', GOOD1);
    const cut = GOOD1.slice(0, -2); // "…,20\n" → "…,2": still 9 fields
    server.route('/d/county_20250101.csv', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(cut);
    });
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(s.results[0]?.detail).toMatch(
      /^rejected: truncated: the last line \(line 4\) has no line break/,
    );
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it.each([
    [
      'an HTML error page served with 200',
      '<!DOCTYPE html>\n<html><body>系统维护中</body></html>\n',
      /unknown format/,
    ],
    ['an empty body', '', /empty body/],
    [
      'a file of another format',
      'date,hour,type,1001A\n20250101,1,PM2.5,30\n',
      /cnemc-daily-wide format, expected county-hourly/,
    ],
  ])('rejects %s and keeps the good file', async (_what, body, reason) => {
    place('county/county_20250101.csv', GOOD1);
    server.route('/d/county_20250101.csv', serve(body));
    server.route('/d/county_20250102.csv', serve(body));
    const s = await run([daily()]);
    expect(s.results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(s.results[0]?.detail).toMatch(reason);
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('stops at the time limit of the run and leaves the rest for the next run', async () => {
    server.route('/d/county_20250101.csv', serve(GOOD1));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    let t = 0;
    const s = await run([daily()], { totalTimeMs: 1_000, now: () => (t += 600) });
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv new',
      'county/county_20250102.csv failed',
    ]);
    expect(s.results[1]?.detail).toBe(
      'time limit of the run reached before this file was requested (rerun to continue)',
    );
    expect(server.seen.get('/d/county_20250102.csv')).toBeUndefined();
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });
});

describe('fetchObservations: changes and conditional requests', () => {
  it('sends If-None-Match and leaves the file untouched on 304', async () => {
    server.route('/d/county_20250101.csv', serveWithEtag(GOOD1, '"v1"'));
    server.route('/d/county_20250102.csv', serveWithEtag(GOOD2, '"w1"'));
    await run([daily()]);
    const path = join(dir, 'observations/county/county_20250101.csv');
    const before = statSync(path).mtimeMs;
    const stateBefore = readFileSync(join(dir, 'observations', STATE_FILE), 'utf8');
    const s = await run([daily()]);
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv unchanged',
      'county/county_20250102.csv unchanged',
    ]);
    expect(s.results[0]?.detail).toBe('HTTP 304 not modified');
    expect(server.seen.get('/d/county_20250101.csv')?.[1]?.['if-none-match']).toBe('"v1"');
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'observations', STATE_FILE), 'utf8')).toBe(stateBefore);
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('replaces a file whose ETag changed, with the new bytes', async () => {
    server.route('/d/county_20250101.csv', serveWithEtag(GOOD1, '"v1"'));
    server.route('/d/county_20250102.csv', serveWithEtag(GOOD2, '"w1"'));
    await run([daily()]);
    const more = GOOD1 + 'XP01,2025-01-01,4,50,80,9,30,0.9,20\n';
    server.route('/d/county_20250101.csv', serveWithEtag(more, '"v2"'));
    const s = await run([daily()]);
    expect(s.results[0]).toMatchObject({
      status: 'replaced',
      detail: '4 rows, different from the file on disk',
    });
    expect(
      (await loadState(join(dir, 'observations'))).files['county/county_20250101.csv']?.etag,
    ).toBe('"v2"');
    await expectConsistent(dir, { 'county/county_20250101.csv': more });
  });

  it('never replaces a file with one of fewer rows, whatever the ETag says', async () => {
    server.route('/d/county_20250101.csv', serveWithEtag(GOOD1, '"v1"'));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    await run([daily()]);
    const corrected = HEADER + rows(2);
    server.route('/d/county_20250101.csv', serveWithEtag(corrected, '"v2"'));
    server.route('/d/county_20250102.csv', serve(HEADER + rows(1, '2025-01-02')));
    const s = await run([daily()]);
    expect(statuses(s)).toEqual([
      'county/county_20250101.csv failed',
      'county/county_20250102.csv failed',
    ]);
    expect(s.results[0]?.detail).toMatch(
      /^refused: the new body has 2 rows, fewer than the 3 of the file on disk \(whatever its ETag/,
    );
    await expectConsistent(dir, {
      'county/county_20250101.csv': GOOD1,
      'county/county_20250102.csv': GOOD2,
    });
    // the validators still belong to the good file on disk
    expect(
      (await loadState(join(dir, 'observations'))).files['county/county_20250101.csv']?.etag,
    ).toBe('"v1"');
  });

  it('never replaces a file with one that lost a station, even with as many rows', async () => {
    const two = HEADER + rows(2) + 'XP02,2025-01-01,1,50,80,9,30,0.9,20\n';
    place('county/county_20250101.csv', two);
    server.route('/d/county_20250101.csv', serve(HEADER + rows(3), { etag: '"churn"' }));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(s.results[0]?.detail).toMatch(/^refused: the new body lacks 1 station\(s\) .*\(XP02;/);
    await expectConsistent(dir, { 'county/county_20250101.csv': two });
  });

  it('sends no conditional request for a file edited since its validators were recorded', async () => {
    server.route('/d/county_20250101.csv', serveWithEtag(GOOD1, '"v1"'));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    await run([daily()]);
    place('county/county_20250101.csv', HEADER + rows(1));
    const s = await run([daily()]);
    expect(server.seen.get('/d/county_20250101.csv')?.[1]?.['if-none-match']).toBeUndefined();
    expect(s.results[0]?.status).toBe('replaced');
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });
});

describe('fetchObservations: limits by default', () => {
  it('waits a polite second between requests when not told otherwise', async () => {
    server.route('/d/county_20250101.csv', serve(GOOD1));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()], { requestGapMs: undefined, now: () => 0 });
    expect(s.failed).toBe(0);
    expect(waits).toEqual([1_000]);
  });

  it('refuses a body above the format default size limit without Content-Length (8 MiB for county-hourly)', async () => {
    place('county/county_20250101.csv', GOOD1);
    server.route('/d/county_20250101.csv', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write(HEADER);
      const chunk = rows(1).repeat(20_000);
      let sent = 0;
      const more = (): void => {
        // stop once the client has gone (it must abort mid-stream)
        while (sent < 400 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', more);
            return;
          }
        }
        res.end();
      };
      more();
    });
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(s.results[0]?.detail).toBe(
      'refused: the body is larger than the size limit of 8388608 bytes (site.json fetch source max_bytes; stopped reading)',
    );
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });
});

describe('fetchObservations: interrupted runs', () => {
  it('removes partial files left by an interrupted run and a stale lock', async () => {
    place('county/.part-999999-county_20250101.csv', 'station,da');
    place('.part-999999-.fetch-state.json', '{');
    place('.fetch.lock', '999999999\n');
    server.route('/d/county_20250101.csv', serve(GOOD1));
    server.route('/d/county_20250102.csv', serve(GOOD2));
    const s = await run([daily()]);
    expect(s.cleaned).toBe(2);
    expect(lines[0]).toBe('removed 2 partial file(s) left by an interrupted run');
    await expectConsistent(dir, { 'county/county_20250101.csv': GOOD1 });
  });

  it('refuses to run while another fetch holds the lock', async () => {
    place('.fetch.lock', `${process.pid}\n`);
    await expect(run([daily()])).rejects.toThrow(/another fetch:data \(process \d+\) is running/);
  });

  it('refuses a broken state file, naming it, instead of dropping what it records', async () => {
    place(STATE_FILE, '{"version":1,"files":{"a/b.csv":{"url":"x"}},"failed":{}}');
    await expect(run([daily()])).rejects.toThrow(
      /observations\/\.fetch-state\.json: field "files\.a\/b\.csv\.bytes"/,
    );
  });
});
