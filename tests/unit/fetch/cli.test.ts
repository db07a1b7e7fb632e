import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, startServer, tempDataDir, type FaultServer } from './server.ts';

const SCRIPT = join(import.meta.dirname, '../../../scripts/fetch-data.ts');
const GOOD = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3\nXP01,2025-01-01,1,45,80,9,30,0.9,20\n';

let server: FaultServer;
let dir: string;

beforeEach(async () => {
  server = await startServer();
  dir = tempDataDir();
  // the bundled site.json with one fetch source pointing at the local server
  const site = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../data/site.json'), 'utf8'),
  ) as {
    fetch: { sources: unknown[] };
  };
  site.fetch.sources = [
    {
      id: 'county',
      format: 'county-hourly',
      url_template: `${server.base}/c/county_{YYYYMMDD}.csv`,
    },
  ];
  writeFileSync(join(dir, 'site.json'), JSON.stringify(site));
});
afterEach(async () => {
  await server.close();
});

/** Runs the CLI asynchronously (a synchronous spawn would block the in-process server). */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, ...args],
      { env: { ...process.env, DATA_DIR: dir }, timeout: 20_000 },
      (err, stdout, stderr) => {
        resolve({
          code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe('npm run fetch:data', () => {
  it('exits 0 when every file is fine and prints one line per file and a summary', async () => {
    server.route('/c/county_20250101.csv', serve(GOOD));
    const r = await cli('--from', '2025-01-01', '--until', '2025-01-01');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim().split('\n')).toEqual([
      `fetch:data: new       observations/county/county_20250101.csv (${GOOD.length} bytes, ascii): 1 row`,
      'fetch:data: 1 files: 1 new, 0 replaced, 0 unchanged, 0 failed',
    ]);
  });

  it('exits 1 when a file failed', async () => {
    server.route('/c/county_20250101.csv', serve(GOOD));
    const r = await cli('--from', '2025-01-01', '--until', '2025-01-02');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'failed    observations/county/county_20250102.csv: HTTP 404 Not Found',
    );
  });

  it.each([
    [['--until', '2025-13-01', '--from', '2025-01-01'], /--until "2025-13-01" is not a date/],
    [
      ['--until', '2025-01-01'],
      /no file yet under observations\/county\/ to resume from: pass --from/,
    ],
    [['--bogus'], /Unknown option '--bogus'/],
    [
      ['--until', '2025-01-01', '--from', '2025-01-01', '--timeout', '0'],
      /--timeout "0": expected a positive whole number/,
    ],
  ])('exits 2 for bad arguments or configuration: %j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['a missing site.json', (): void => rmSync(join(dir, 'site.json'))],
    ['a site.json that is not JSON', (): void => writeFileSync(join(dir, 'site.json'), '{')],
    [
      'a fetch source with a negative max_bytes',
      (): void => {
        const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as {
          fetch: { sources: Record<string, unknown>[] };
        };
        (site.fetch.sources[0] as Record<string, unknown>).max_bytes = -1;
        writeFileSync(join(dir, 'site.json'), JSON.stringify(site));
      },
    ],
    [
      'a broken state file',
      (): void => {
        mkdirSync(join(dir, 'observations'), { recursive: true });
        writeFileSync(join(dir, 'observations/.fetch-state.json'), '{"version":2}');
      },
    ],
  ])('exits 2 (not 1) for a configuration error: %s', async (_what, breakIt) => {
    breakIt();
    const r = await cli('--from', '2025-01-01', '--until', '2025-01-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fetch:data failed: .*(site\.json|fetch-state\.json)/);
  });

  it('says which date it takes when --until is not given', async () => {
    const r = await cli('--from', '2099-01-01');
    expect(r.stdout).toMatch(/--until not given: using today's date in Beijing, \d{4}-\d{2}-\d{2}/);
    expect(r.code).toBe(2); // --from lies after today
  });
});
