import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, dosDateTime, readZip, zipFiles } from '../../../src/page-data/zip.ts';

const files = [
  { name: 'r/a.csv', data: Buffer.from('a,b\n1,2\n'.repeat(200)) },
  { name: 'r/数据/说明.txt', data: Buffer.from('西平县\n') },
  { name: 'r/empty.txt', data: Buffer.alloc(0) },
];

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) is the ISO 3309 check value', (text, want) => {
    expect(crc32(Buffer.from(text))).toBe(want);
  });
});

describe('dosDateTime', () => {
  it.each([
    ['1980-01-01', (0 << 9) | (1 << 5) | 1],
    ['2026-11-28', (46 << 9) | (11 << 5) | 28],
    ['2107-12-31', (127 << 9) | (12 << 5) | 31],
  ])('dosDateTime(%s) packs year−1980, month and day', (d, want) => {
    expect(dosDateTime(d)).toEqual({ date: want, time: 0 });
  });
  it.each(['1979-12-31', '2108-01-01', '2026-11-28T00:00'])('dosDateTime(%s) is refused', (d) => {
    expect(() => dosDateTime(d)).toThrow(/zip:/);
  });
});

describe('zipFiles', () => {
  it('writes every entry so that reading the central directory and inflating gives the files back', () => {
    const zip = zipFiles(files, '2026-11-28');
    const back = readZip(zip);
    expect(back.map((e) => e.name)).toEqual(files.map((f) => f.name));
    for (const [i, e] of back.entries()) {
      const data = e.method === 8 ? inflateRawSync(e.data) : e.data;
      expect(Buffer.compare(data, files[i]?.data ?? Buffer.alloc(1))).toBe(0);
      expect(e.crc).toBe(crc32(data));
    }
    expect(back[0]?.method).toBe(8);
  });

  it('gives the same bytes for the same files and date, and different bytes for another date', () => {
    expect(zipFiles(files, '2026-11-28').equals(zipFiles(files, '2026-11-28'))).toBe(true);
    expect(zipFiles(files, '2026-11-28').equals(zipFiles(files, '2026-11-29'))).toBe(false);
  });

  it.each([['../evil.txt'], ['/abs.txt'], ['']])('refuses the unsafe entry name %j', (name) => {
    expect(() => zipFiles([{ name, data: Buffer.from('x') }], '2026-11-28')).toThrow(/unsafe/);
  });

  it('refuses duplicate names', () => {
    expect(() => zipFiles([files[0]!, files[0]!], '2026-11-28')).toThrow(/duplicate/);
  });

  it.runIf(existsSync('/usr/bin/unzip'))('passes unzip -t', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 't.zip'), zipFiles(files, '2026-11-28'));
    expect(execFileSync('/usr/bin/unzip', ['-t', join(dir, 't.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
