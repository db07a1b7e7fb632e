import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  crc32File,
  crc32Update,
  dosDateTime,
  readZip,
  readZipDirectory,
  writeZipFile,
  zipFiles,
} from '../../../src/page-data/zip.ts';

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

describe('crc32Update', () => {
  it('continues a CRC over more data', () => {
    const text = Buffer.from('The quick brown fox jumps over the lazy dog');
    for (const cut of [0, 1, 20, text.length])
      expect(crc32Update(crc32(text.subarray(0, cut)), text.subarray(cut))).toBe(0x414fa339);
  });
  it('crc32File reads a file as a stream and gives crc32 of its bytes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crc-')), 'big');
    const data = Buffer.from('123456789'.repeat(100_000)); // 900 KB: several stream chunks
    writeFileSync(path, data);
    expect(await crc32File(path)).toBe(crc32(data));
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
    expect(
      execFileSync('/usr/bin/unzip', ['-t', join(dir, 't.zip')], { encoding: 'utf8' }),
    ).toMatch(/No errors detected/);
  });
});

describe('writeZipFile (streamed, for releases)', () => {
  // Deterministic pseudo-random CSV of ~3 MB: many stream chunks, deflate shrinks it.
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const csv = Buffer.from(
    Array.from(
      { length: 60_000 },
      () => `2025-01-01T01:00:00+08:00,S${rnd() % 90},${rnd() % 300},${rnd() % 999}\n`,
    ).join(''),
  );
  // Incompressible bytes: deflate output is longer, so the entry is stored, at the end and inside.
  const noise = Buffer.concat(
    Array.from({ length: 6_250 }, (_, i) => createHash('sha256').update(String(i)).digest()),
  );
  const sets: [string, { name: string; data: Buffer }[]][] = [
    ['small files', files],
    [
      'a 3 MB CSV, a gzip file and noise last',
      [
        { name: 'r/big.csv', data: csv },
        { name: 'r/x.csv.gz', data: gzipSync(csv) },
        { name: 'r/noise.bin', data: noise },
      ],
    ],
    [
      'noise first, then an empty file',
      [
        { name: 'r/noise.bin', data: noise },
        { name: 'r/empty', data: Buffer.alloc(0) },
      ],
    ],
    // The deflate attempt of 2 MB of noise overruns the stored copy by more than the central
    // directory and end record: the bytes past the archive's end must be cut off.
    [
      '2 MB of noise alone',
      [{ name: 'n', data: Buffer.concat(Array.from({ length: 10 }, () => noise)) }],
    ],
  ];

  it.each(sets)('gives the bytes zipFiles gives (%s)', async (_name, set) => {
    const dir = mkdtempSync(join(tmpdir(), 'zipfile-'));
    const entries = set.map((f, i) => {
      const path = join(dir, `in-${i}`);
      writeFileSync(path, f.data);
      return { name: f.name, path };
    });
    await writeZipFile(join(dir, 'out.zip'), entries, '2026-11-28');
    const want = zipFiles(set, '2026-11-28');
    const got = readFileSync(join(dir, 'out.zip'));
    expect(got.length).toBe(want.length);
    expect(got.equals(want)).toBe(true);
    expect(readZipDirectory(join(dir, 'out.zip'))).toEqual(
      readZip(want).map(({ name, method, crc, size, data }) => ({
        name,
        method,
        crc,
        size,
        csize: data.length,
      })),
    );
  });

  it('stores what deflate cannot shrink and deflates the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zipfile-'));
    writeFileSync(join(dir, 'a'), csv);
    writeFileSync(join(dir, 'b'), noise);
    await writeZipFile(
      join(dir, 'out.zip'),
      [
        { name: 'r/a', path: join(dir, 'a') },
        { name: 'r/b', path: join(dir, 'b') },
      ],
      '2026-11-28',
    );
    expect(readZipDirectory(join(dir, 'out.zip')).map((e) => `${e.name} ${e.method}`)).toEqual([
      'r/a 8',
      'r/b 0',
    ]);
  });

  it('refuses unsafe and duplicate names like zipFiles, and a file that is not an archive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zipfile-'));
    writeFileSync(join(dir, 'a'), 'x');
    await expect(
      writeZipFile(join(dir, 'o.zip'), [{ name: '../a', path: join(dir, 'a') }], '2026-11-28'),
    ).rejects.toThrow(/unsafe/);
    await expect(
      writeZipFile(
        join(dir, 'o.zip'),
        [
          { name: 'a', path: join(dir, 'a') },
          { name: 'a', path: join(dir, 'a') },
        ],
        '2026-11-28',
      ),
    ).rejects.toThrow(/duplicate/);
    expect(() => readZipDirectory(join(dir, 'a'))).toThrow(/no end-of-central-directory record/);
  });
});
