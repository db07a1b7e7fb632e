// Scratch folders do not outlive a killed build (issue 21, decision 015): a child process makes
// a spool and a reference store in its own TMPDIR, is stopped, and must leave that folder empty.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpool } from '../../../src/indicators/spool.ts';
import { createReferenceStore } from '../../../src/indicators/aqi-cross-check.ts';
import { liveScratchDirs } from '../../../src/lib/scratch.ts';

const root = mkdtempSync(join(tmpdir(), 'spool-signals-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const url = (rel: string): string => pathToFileURL(resolve(rel)).href;

/** The child: scratch in os.tmpdir() (= its TMPDIR), "ready" once it exists, then `then`. */
function childCode(then: string): string {
  return `
    import { tmpdir } from 'node:os';
    const { createSpool } = await import(${JSON.stringify(url('src/indicators/spool.ts'))});
    const { createReferenceStore } = await import(
      ${JSON.stringify(url('src/indicators/aqi-cross-check.ts'))}
    );
    const spool = createSpool({ dir: tmpdir(), chunkBytes: 64 });
    for (let i = 0; i < 100; i++) spool.append('a', new Uint8Array(50).fill(i));
    const refs = createReferenceStore({ dir: tmpdir() });
    refs.add({ station: 's1', time: '2024-01-01T00', aqi: 50 });
    process.stdout.write('ready\\n');
    ${then}
  `;
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  before: string[];
  after: string[];
}

/**
 * Run the child in a fresh TMPDIR; on "ready", list the folder, then send `signal` or, without
 * one, a line on stdin (so a child that exits by itself cannot beat the listing).
 */
function run(then: string, signal?: NodeJS.Signals): Promise<Ended> {
  const dir = mkdtempSync(join(root, 'tmp-'));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', childCode(then)], {
      env: { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let before: string[] = [];
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      if (!c.toString().includes('ready')) return;
      before = readdirSync(dir);
      if (signal) child.kill(signal);
      else child.stdin.write('go\n');
    });
    child.on('error', fail);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      if (before.length === 0) fail(new Error(`child made no scratch: ${stderr}`));
      else done({ code, signal: sig, before, after: readdirSync(dir) });
    });
  });
}

const WAIT = 'setInterval(() => {}, 1000);';

describe('scratch folders on SIGINT, SIGTERM and exit', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: the child dies of the signal and its TMPDIR is empty',
    async (signal) => {
      const r = await run(WAIT, signal);
      expect(r.before).toHaveLength(2);
      expect(r.before.every((n) => n.startsWith('spool-'))).toBe(true);
      expect(r.signal).toBe(signal);
      expect(r.code).toBeNull();
      expect(r.after).toEqual([]);
    },
  );

  it('process.exit() without closing removes them too, keeping the exit code', async () => {
    const r = await run("process.stdin.once('data', () => process.exit(3));");
    expect(r.code).toBe(3);
    expect(r.after).toEqual([]);
  });

  it('a listener of the program itself keeps the say over the signal', async () => {
    const r = await run(
      `process.on('SIGTERM', () => { process.stdout.write('mine\\n'); process.exit(7); }); ${WAIT}`,
      'SIGTERM',
    );
    expect(r.code).toBe(7);
    expect(r.after).toEqual([]);
  });
});

describe('listeners', () => {
  it('are installed once while scratch is live and removed by a normal close', () => {
    const dir = mkdtempSync(join(root, 'inproc-'));
    const counts = () =>
      ['SIGINT', 'SIGTERM', 'exit'].map((e) => process.listenerCount(e as NodeJS.Signals));
    const idle = counts();
    const a = createSpool({ dir });
    const refs = createReferenceStore({ dir });
    expect(counts()).toEqual(idle.map((n) => n + 1));
    expect(liveScratchDirs()).toBe(2);
    a.close();
    expect(counts()).toEqual(idle.map((n) => n + 1));
    refs[Symbol.dispose]();
    expect(counts()).toEqual(idle);
    expect(liveScratchDirs()).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an in-memory spool makes no scratch and installs nothing', () => {
    const before = process.listenerCount('SIGTERM');
    const s = createSpool();
    expect(process.listenerCount('SIGTERM')).toBe(before);
    s.close();
  });
});
