import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpool, type Spool } from '../../../src/indicators/spool.ts';

const root = mkdtempSync(join(tmpdir(), 'spool-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Records of varied lengths (1…40 bytes, one larger than a chunk) under three keys. */
function records(): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  for (let i = 0; i < 500; i++) {
    const len = i === 250 ? 100 : 1 + (i % 40);
    out.push([
      ['a', 'b', 'c'][i % 3] as string,
      Uint8Array.from({ length: len }, (_, k) => (i + k) % 256),
    ]);
  }
  return out;
}

function readAll(spool: Spool, key: string): { chunks: Uint8Array[]; bytes: number[] } {
  const chunks = [...spool.chunks(key)];
  return { chunks, bytes: chunks.flatMap((c) => [...c]) };
}

describe('createSpool', () => {
  it.each([
    ['in memory', false],
    ['in a scratch file', true],
  ])('gives back each key’s records in append order, whole, %s', (_name, onDisk) => {
    const spool = createSpool({ chunkBytes: 64, ...(onDisk ? { dir: root } : {}) });
    const input = records();
    for (const [k, r] of input) spool.append(k, r);
    expect(spool.bytes).toBe(input.reduce((n, [, r]) => n + r.length, 0));
    for (const key of ['a', 'b', 'c']) {
      const want = input.filter(([k]) => k === key).map(([, r]) => r);
      const { chunks, bytes } = readAll(spool, key);
      expect(bytes).toEqual(want.flatMap((r) => [...r]));
      // No record is cut by a chunk boundary: chunk ends fall on record ends.
      const ends = new Set<number>();
      let at = 0;
      for (const r of want) ends.add((at += r.length));
      at = 0;
      for (const c of chunks) expect(ends.has((at += c.length))).toBe(true);
      expect(chunks.length).toBeGreaterThan(1);
    }
    expect([...spool.chunks('unknown')]).toEqual([]);
    // Reading twice gives the same bytes, and appending after a read still works.
    expect(readAll(spool, 'a').bytes).toEqual(readAll(spool, 'a').bytes);
    spool.append('a', Uint8Array.of(7));
    expect(readAll(spool, 'a').bytes.at(-1)).toBe(7);
    spool.close();
  });

  it('writes the records to one scratch file, keeping only a chunk per key in memory, and removes it on close', () => {
    const dir = mkdtempSync(join(root, 'close-'));
    const spool = createSpool({ dir, chunkBytes: 1024 });
    for (let i = 0; i < 1000; i++) spool.append(`k${i % 10}`, new Uint8Array(100).fill(i % 256));
    const [folder] = readdirSync(dir);
    expect(folder).toMatch(/^spool-/);
    expect(readdirSync(join(dir, folder as string))).toEqual(['records.bin']);
    // All but the last partial chunk of each of the 10 keys is in the file.
    const size = statSync(join(dir, folder as string, 'records.bin')).size;
    expect(size).toBeGreaterThan(100_000 - 10 * 1024);
    expect(size).toBeLessThanOrEqual(100_000);
    const bytes = readAll(spool, 'k3').bytes;
    expect(bytes.length).toBe(100 * 100);
    expect(bytes.slice(0, 100).every((b) => b === 3)).toBe(true);
    spool.close();
    expect(readdirSync(dir)).toEqual([]);
    expect(() => spool.append('k1', Uint8Array.of(1))).toThrow(/after close/);
    expect(() => [...spool.chunks('k1')]).toThrow(/after close/);
  });
});
