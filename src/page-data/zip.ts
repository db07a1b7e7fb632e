/**
 * A small, deterministic ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end
 * record; deflate via node:zlib; no ZIP64). Every entry carries the same fixed timestamp, so the
 * same files give the same bytes. `zipFiles` builds an archive in memory from buffers;
 * `writeZipFile` writes the same bytes to a file reading each input as a stream, so a release of
 * every station's hourly files is never held in memory (docs/decisions/015).
 */
import {
  closeSync,
  createReadStream,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as ZIP and gzip use it). */
export function crc32(data: Uint8Array): number {
  return crc32Update(0, data);
}

/** CRC-32 continued over more data: `crc32Update(crc32(a), b) === crc32(a + b)`. */
export function crc32Update(crc: number, data: Uint8Array): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** Path inside the archive, '/'-separated, no leading '/'. */
  readonly name: string;
  readonly data: Uint8Array;
}

/** CRC-32 of a file read as a stream (to check an archive entry against its file). */
export async function crc32File(path: string): Promise<number> {
  let crc = 0;
  for await (const chunk of createReadStream(path)) crc = crc32Update(crc, chunk as Buffer);
  return crc;
}

/** MS-DOS date and time fields of a calendar date at 00:00 (the only timestamp used). */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) throw new Error(`zip: expected a date YYYY-MM-DD, got "${isoDate}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1980 || y > 2107) throw new Error(`zip: year ${y} outside the MS-DOS range 1980–2107`);
  return { date: ((y - 1980) << 9) | (mo << 5) | d, time: 0 };
}

const LIMIT = 0xffffffff;

/** Refuse an unsafe or repeated name; returns its UTF-8 bytes. */
function entryName(name: string, seen: Set<string>): Buffer {
  if (seen.has(name)) throw new Error(`zip: duplicate entry ${name}`);
  if (name === '' || name.startsWith('/') || name.split('/').includes('..'))
    throw new Error(`zip: unsafe entry name "${name}"`);
  seen.add(name);
  return Buffer.from(name, 'utf8');
}

interface EntryFacts {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly csize: number;
  readonly size: number;
  readonly offset: number;
}

/** Local header (30 bytes, then the name) and central directory record (46 bytes, then the name). */
function headers(
  e: EntryFacts,
  stamp: { date: number; time: number },
): { local: Buffer; cd: Buffer } {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  local.writeUInt16LE(0x0800, 6); // bit 11: names are UTF-8
  local.writeUInt16LE(e.method, 8);
  local.writeUInt16LE(stamp.time, 10);
  local.writeUInt16LE(stamp.date, 12);
  local.writeUInt32LE(e.crc, 14);
  local.writeUInt32LE(e.csize, 18);
  local.writeUInt32LE(e.size, 22);
  local.writeUInt16LE(e.name.length, 26);
  local.writeUInt16LE(0, 28);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(0x0800, 8);
  cd.writeUInt16LE(e.method, 10);
  cd.writeUInt16LE(stamp.time, 12);
  cd.writeUInt16LE(stamp.date, 14);
  cd.writeUInt32LE(e.crc, 16);
  cd.writeUInt32LE(e.csize, 20);
  cd.writeUInt32LE(e.size, 24);
  cd.writeUInt16LE(e.name.length, 28);
  cd.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
  cd.writeUInt32LE(e.offset, 42);
  return { local, cd };
}

/** End of central directory record. */
function endRecord(entries: number, cdBytes: number, cdOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(cdBytes, 12);
  end.writeUInt32LE(cdOffset, 16);
  return end;
}

/** The archive's bytes. Entries keep their order; names must be unique. */
export function zipFiles(entries: readonly ZipEntry[], isoDate: string): Buffer {
  if (entries.length > 0xffff)
    throw new Error(`zip: ${entries.length} entries exceed 65535 (no ZIP64)`);
  const seen = new Set<string>();
  const stamp = dosDateTime(isoDate);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = entryName(e.name, seen);
    const deflated = deflateRawSync(e.data, { level: 9 });
    // Store when deflate does not help (already-compressed .gz files).
    const [method, body] =
      deflated.length < e.data.length ? [8, deflated] : [0, Buffer.from(e.data)];
    const crc = crc32(e.data);
    if (body.length >= LIMIT || e.data.length >= LIMIT || offset >= LIMIT)
      throw new Error(`zip: ${e.name} needs ZIP64`);
    const { local, cd } = headers(
      { name, method, crc, csize: body.length, size: e.data.length, offset },
      stamp,
    );
    parts.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  return Buffer.concat([...parts, cdBytes, endRecord(entries.length, cdBytes.length, offset)]);
}

/** A file to put into an archive written by {@link writeZipFile}. */
export interface ZipFileEntry {
  /** Path inside the archive, '/'-separated, no leading '/'. */
  readonly name: string;
  /** The file on disk. */
  readonly path: string;
}

/**
 * Write the archive `zipFiles` would make of these files to `out`, reading each file as a
 * stream: the deflated data go straight to the output and the local header is filled in after
 * (CRC and sizes are known only then); an entry deflate does not shrink is written again stored.
 */
export async function writeZipFile(
  out: string,
  entries: readonly ZipFileEntry[],
  isoDate: string,
): Promise<void> {
  if (entries.length > 0xffff)
    throw new Error(`zip: ${entries.length} entries exceed 65535 (no ZIP64)`);
  const seen = new Set<string>();
  const stamp = dosDateTime(isoDate);
  const fd = openSync(out, 'w');
  const put = (data: Uint8Array, at: number): void => {
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done, at + done);
  };
  /** Stream `path` (deflated or not) to the output from `at`; returns input CRC, input size, bytes written. */
  const copy = async (
    path: string,
    at: number,
    deflate: boolean,
  ): Promise<{ crc: number; size: number; written: number }> => {
    let crc = 0;
    let size = 0;
    let written = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        crc = crc32Update(crc, chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
    const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
      for await (const chunk of source) {
        put(chunk, at + written);
        written += chunk.length;
      }
    };
    if (deflate)
      await pipeline(createReadStream(path), count, createDeflateRaw({ level: 9 }), sink);
    else await pipeline(createReadStream(path), count, sink);
    return { crc, size, written };
  };
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = entryName(e.name, seen);
      const dataAt = offset + 30 + name.length;
      let r = await copy(e.path, dataAt, true);
      let method = 8;
      if (r.written >= r.size) {
        // Store when deflate does not help (already-compressed .gz files), as zipFiles does.
        r = await copy(e.path, dataAt, false);
        method = 0;
      }
      if (r.written >= LIMIT || r.size >= LIMIT || offset >= LIMIT)
        throw new Error(`zip: ${e.name} needs ZIP64`);
      const { local, cd } = headers(
        { name, method, crc: r.crc, csize: r.written, size: r.size, offset },
        stamp,
      );
      put(Buffer.concat([local, name]), offset);
      central.push(cd, name);
      offset = dataAt + r.written;
    }
    const cdBytes = Buffer.concat(central);
    put(Buffer.concat([cdBytes, endRecord(entries.length, cdBytes.length, offset)]), offset);
    // A deflate attempt longer than the stored copy may have left bytes past the end.
    ftruncateSync(fd, offset + cdBytes.length + 22);
  } finally {
    closeSync(fd);
  }
}

/** An entry as the central directory describes it. */
export interface ZipDirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly csize: number;
}

/**
 * The central directory of an archive file, read from its end without loading the archive (for
 * verifying a release against its files). No archive comment is written, so the end record is the
 * last 22 bytes; anything else is refused.
 */
export function readZipDirectory(path: string): ZipDirectoryEntry[] {
  const fd = openSync(path, 'r');
  try {
    const read = (at: number, len: number): Buffer => {
      const b = Buffer.alloc(len);
      let got = 0;
      while (got < len) {
        const n = readSync(fd, b, got, len - got, at + got);
        if (n === 0)
          throw new Error(`zip: ${path} ends at ${at + got}, expected ${len - got} more bytes`);
        got += n;
      }
      return b;
    };
    const size = fstatSync(fd).size;
    if (size < 22) throw new Error('zip: no end-of-central-directory record');
    const end = read(size - 22, 22);
    if (end.readUInt32LE(0) !== 0x06054b50)
      throw new Error('zip: no end-of-central-directory record');
    const count = end.readUInt16LE(10);
    const cdSize = end.readUInt32LE(12);
    const cdAt = end.readUInt32LE(16);
    if (cdAt + cdSize > size - 22) throw new Error('zip: central directory outside the file');
    const cd = read(cdAt, cdSize);
    const out: ZipDirectoryEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
        throw new Error(`zip: bad central directory entry ${i}`);
      const nlen = cd.readUInt16LE(p + 28);
      out.push({
        name: cd.toString('utf8', p + 46, p + 46 + nlen),
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        csize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
      });
      p += 46 + nlen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Read back an archive written by zipFiles (central directory → entries), for verification. */
export function readZip(
  zip: Buffer,
): { name: string; method: number; crc: number; size: number; data: Buffer }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('zip: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; method: number; crc: number; size: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50)
      throw new Error(`zip: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nlen = zip.readUInt16LE(p + 28);
    const xlen = zip.readUInt16LE(p + 30);
    const clen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nlen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, method, crc, size, data: zip.subarray(start, start + csize) });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}
