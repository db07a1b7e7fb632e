import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { crc32, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  crc32File,
  crc32Stream,
  readZipDirectory,
  writeZipFile,
  zipDate,
} from '../../../../src/publish/release/zip.ts';

const files = [
  { name: 'r/a.csv', data: Buffer.from('a,b\n1,2\n'.repeat(200)) },
  { name: 'r/数据/说明.txt', data: Buffer.from('西平县\n') },
  { name: 'r/empty.txt', data: Buffer.alloc(0) },
];

// Deterministic pseudo-random CSV of ~3 MB (many stream chunks), its gzip, and incompressible bytes.
let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const csv = Buffer.from(
  Array.from(
    { length: 60_000 },
    () => `2025-01-01T01:00:00+08:00,S${rnd() % 90},${rnd() % 300},${rnd() % 999}\n`,
  ).join(''),
);
const noise = Buffer.concat(
  Array.from({ length: 6_250 }, (_, i) => createHash('sha256').update(String(i)).digest()),
);
const big = [
  { name: 'r/big.csv', data: csv },
  { name: 'r/x.csv.gz', data: gzipSync(csv) },
  { name: 'r/noise.bin', data: noise },
  ...files,
];

const python = spawnSync('python3', ['-c', 'import zipfile']).status === 0;
const unzip = spawnSync('unzip', ['-v']).status === 0;

/** Write `set` to an archive in a new folder; returns its path. */
async function zipOf(set: { name: string; data: Buffer }[], date = '2026-11-28'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zip-'));
  const entries = set.map((f, i) => {
    writeFileSync(join(dir, `in-${i}`), f.data);
    return { name: f.name, path: join(dir, `in-${i}`) };
  });
  await writeZipFile(join(dir, 'out.zip'), entries, date);
  return join(dir, 'out.zip');
}

describe('crc32File and crc32Stream (node:zlib crc32)', () => {
  it.each([
    ['', 0x00000000],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('the CRC-32 of %j is the ISO 3309 check value', async (text, want) => {
    const path = join(mkdtempSync(join(tmpdir(), 'crc-')), 'f');
    writeFileSync(path, text);
    expect(await crc32File(path)).toBe(want);
    const cut = Math.floor(text.length / 2);
    const chunks = [text.slice(0, cut), text.slice(cut)].map((s) => Buffer.from(s));
    expect(await crc32Stream(Readable.from(chunks))).toBe(want);
  });

  it('reads a file of several stream chunks and gives the CRC-32 of all its bytes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crc-')), 'big');
    const data = Buffer.from('123456789'.repeat(100_000)); // 900 KB
    writeFileSync(path, data);
    expect(await crc32File(path)).toBe(crc32(data));
  });
});

describe('zipDate', () => {
  it.each(['1980-01-01', '2026-11-28', '2107-12-31', '2024-03-10', '2024-02-29'])(
    'zipDate(%s) is that date at 00:00 in local components',
    (d) => {
      const t = zipDate(d);
      const [y, m, day] = d.split('-').map(Number);
      expect([
        t.getFullYear(),
        t.getMonth() + 1,
        t.getDate(),
        t.getHours(),
        t.getMinutes(),
      ]).toEqual([y, m, day, 0, 0]);
    },
  );
  it.each(['1979-12-31', '2108-01-01', '2026-11-28T00:00', '2026-02-30', '2026-13-01', ''])(
    'zipDate(%j) is refused',
    (d) => {
      expect(() => zipDate(d)).toThrow(/zip:/);
    },
  );
});

describe('writeZipFile and readZipDirectory', () => {
  it('writes every file, in order, so that the directory and the inflated entries give them back', async () => {
    const zip = await zipOf(big);
    expect(await readZipDirectory(zip, true)).toEqual(
      big.map((f) => ({ name: f.name, size: f.data.length, crc: crc32(f.data) })),
    );
  });

  it('gives the same bytes for the same files and date, and other bytes for another date', async () => {
    const a = readFileSync(await zipOf(big));
    expect(a.equals(readFileSync(await zipOf(big)))).toBe(true);
    expect(a.equals(readFileSync(await zipOf(big, '2026-11-29')))).toBe(false);
  });

  it('gives the same bytes whatever the time zone (TZ=UTC, Asia/Shanghai, America/New_York, Pacific/Kiritimati)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-tz-'));
    writeFileSync(join(dir, 'a'), files[0]?.data ?? '');
    const module = resolve('src/publish/release/zip.ts');
    const script = `import { writeZipFile } from ${JSON.stringify(module)};
      await writeZipFile(process.argv[1], [{ name: 'r/a.csv', path: ${JSON.stringify(join(dir, 'a'))} }], '2026-11-28');`;
    const out = (tz: string): Buffer => {
      const path = join(dir, `${tz.replace('/', '-')}.zip`);
      execFileSync(process.execPath, ['--input-type=module', '-e', script, path], {
        env: { ...process.env, TZ: tz },
      });
      return readFileSync(path);
    };
    const utc = out('UTC');
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'])
      expect(out(tz).equals(utc), tz).toBe(true);
    // DOS date 2026-11-28, time 00:00, in the local header (offsets 10 and 12).
    expect([utc.readUInt16LE(10), utc.readUInt16LE(12)]).toEqual([0, (46 << 9) | (11 << 5) | 28]);
  });

  it.runIf(python)(
    'is read by Python’s zipfile: contents, date, mode, deflate, no extra fields',
    async () => {
      const zip = await zipOf(big);
      const py = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps([[i.filename, z.read(i).hex(), list(i.date_time), i.external_attr >> 16,
                       i.compress_type, i.extra.hex()] for i in z.infolist()]))`;
      const got = JSON.parse(
        execFileSync('python3', ['-c', py, zip], { encoding: 'utf8', maxBuffer: 64 << 20 }),
      ) as [string, string, number[], number, number, string][];
      expect(got).toEqual(
        big.map((f) => [f.name, f.data.toString('hex'), [2026, 11, 28, 0, 0, 0], 0o100644, 8, '']),
      );
    },
  );

  it.runIf(unzip)('passes unzip -t', async () => {
    expect(execFileSync('unzip', ['-t', await zipOf(big)], { encoding: 'utf8' })).toMatch(
      /No errors detected/,
    );
  });

  it.each([['../evil.txt'], ['/abs.txt'], ['']])(
    'refuses the unsafe entry name %j',
    async (name) => {
      await expect(zipOf([{ name, data: Buffer.from('x') }])).rejects.toThrow(
        /absolute path|invalid relative path|empty metadataPath/,
      );
    },
  );

  it('refuses duplicate names, and fails (not hangs) on a missing input file', async () => {
    await expect(zipOf([files[0]!, files[0]!])).rejects.toThrow(/duplicates/);
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    await expect(
      writeZipFile(join(dir, 'o.zip'), [{ name: 'a', path: join(dir, 'missing') }], '2026-11-28'),
    ).rejects.toThrow(/ENOENT/);
  });

  it('reports an entry that does not inflate to its CRC-32 or size, and a file that is not a ZIP', async () => {
    const zip = await zipOf(files);
    const bytes = readFileSync(zip);
    const cd = bytes.readUInt32LE(bytes.length - 6); // the first central directory record
    const tampered = (at: number): string => {
      const b = Buffer.from(bytes);
      b.writeUInt32LE((b.readUInt32LE(at) ^ 1) >>> 0, at);
      const path = `${zip}.${at}`;
      writeFileSync(path, b);
      return path;
    };
    await expect(readZipDirectory(tampered(cd + 16), true)).rejects.toThrow(/CRC-32/);
    await expect(readZipDirectory(tampered(cd + 24), true)).rejects.toThrow(
      /too many bytes|not enough bytes/,
    );
    expect(await readZipDirectory(tampered(cd + 16))).toHaveLength(files.length); // not inflated
    writeFileSync(`${zip}.txt`, 'not a zip');
    await expect(readZipDirectory(`${zip}.txt`)).rejects.toThrow(/end of central directory/i);
  });

  it('reads an archive written by the hand-made writer this replaced (release 2026-11-28.1)', async () => {
    // zipFiles() of three files at 2026-11-28, from src/publish/release/zip.ts before yazl.
    const old =
      'UEsDBBQAAAgIAAAAfF0zNJesDQAAAKAAAAAHAAAAci9hLmNzdkvUSeIy1DHiShykNABQSwMEFAAACAAAAAB8XXtD4tQKAAAACgAAAAwAAAByL+aVsOaNri50eHTopb/lubPljr8KUEsDBBQAAAgAAAAAfF0AAAAAAAAAAAAAAAALAAAAci9lbXB0eS50eHRQSwECFAMUAAAICAAAAHxdMzSXrA0AAACgAAAABwAAAAAAAAAAAAAApIEAAAAAci9hLmNzdlBLAQIUAxQAAAgAAAAAfF17Q+LUCgAAAAoAAAAMAAAAAAAAAAAAAACkgTIAAAByL+aVsOaNri50eHRQSwECFAMUAAAIAAAAAHxdAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAApIFmAAAAci9lbXB0eS50eHRQSwUGAAAAAAMAAwCoAAAAjwAAAAAA';
    const path = join(mkdtempSync(join(tmpdir(), 'zip-old-')), 'old.zip');
    writeFileSync(path, Buffer.from(old, 'base64'));
    const want = [
      Buffer.from('a,b\n1,2\n'.repeat(20)),
      Buffer.from('西平县\n'),
      Buffer.alloc(0),
    ].map((d, i) => ({
      name: ['r/a.csv', 'r/数据.txt', 'r/empty.txt'][i],
      size: d.length,
      crc: crc32(d),
    }));
    expect(await readZipDirectory(path, true)).toEqual(want);
  });
});
