/**
 * The release ZIP, written with yazl and read with yauzl; CRC-32 from node:zlib. Pinned here, for
 * the same bytes from the same files in the same order: one DOS timestamp, the release date 00:00
 * from local components (yazl encodes local time; no UTC "UT" extra field, so TZ does not matter);
 * mode 0644; level-9 deflate; no forced ZIP64. Files are streamed, never held in memory (015).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import { openPromise } from 'yauzl';
import { ZipFile } from 'yazl';

/** CRC-32 of a stream of bytes, e.g. a file's read stream or an archive entry's. */
export async function crc32Stream(stream: AsyncIterable<Buffer>): Promise<number> {
  let crc = 0;
  for await (const chunk of stream) crc = crc32(chunk, crc);
  return crc;
}
export const crc32File = (path: string): Promise<number> => crc32Stream(createReadStream(path));

/** `YYYY-MM-DD` at 00:00 local time, which yazl writes as that date, 00:00, in any TZ. */
export function zipDate(isoDate: string): Date {
  const t = new Date(`${isoDate}T00:00:00`); // no offset: local time
  const ok = /^(19[89]\d|20\d\d|210[0-7])-\d\d-\d\d$/.test(isoDate) && t.getHours() === 0;
  if (!ok || t.getDate() !== Number(isoDate.slice(8)))
    throw new Error(`zip: expected a date YYYY-MM-DD in 1980–2107, got "${isoDate}"`);
  return t;
}

export type ZipInput = Readonly<{ name: string; path: string }>;
const WRITE = { mode: 0o100644, compress: true, compressionLevel: 9, forceDosTimestamp: true };

/** Write each file `path` as entry `name`, in this order, to `out` (yazl refuses unsafe names). */
export async function writeZipFile(out: string, files: readonly ZipInput[], date: string) {
  if (new Set(files.map((f) => f.name)).size < files.length) throw new Error('zip: duplicates');
  const zip = new ZipFile();
  zip.on('error', (err: Error) => (zip.outputStream as Readable).destroy(err));
  for (const f of files)
    zip.addFile(f.path, f.name, { ...WRITE, mtime: zipDate(date), forceZip64Format: false });
  zip.end({ forceZip64Format: false, comment: '' });
  await pipeline(zip.outputStream, createWriteStream(out));
}

export type ZipEntry = Readonly<{ name: string; size: number; crc: number }>;

/** The central directory; with `inflate`, each entry must inflate to its size (yauzl) and CRC. */
export async function readZipDirectory(path: string, inflate = false): Promise<ZipEntry[]> {
  const zip = await openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    return await Array.fromAsync(zip.eachEntry(), async (e): Promise<ZipEntry> => {
      if (inflate && (await crc32Stream(await zip.openReadStreamPromise(e))) !== e.crc32)
        throw new Error(`zip: ${e.fileName} does not inflate to its CRC-32`);
      return { name: e.fileName, size: e.uncompressedSize, crc: e.crc32 };
    });
  } finally {
    zip.close();
  }
}
