/**
 * A small, deterministic ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end
 * record; deflate via node:zlib; no ZIP64). Every entry carries the same fixed timestamp, so the
 * same files give the same bytes.
 */
import { deflateRawSync } from 'node:zlib';

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
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** Path inside the archive, '/'-separated, no leading '/'. */
  readonly name: string;
  readonly data: Uint8Array;
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

/** The archive's bytes. Entries keep their order; names must be unique. */
export function zipFiles(entries: readonly ZipEntry[], isoDate: string): Buffer {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries exceed 65535 (no ZIP64)`);
  const seen = new Set<string>();
  const { date, time } = dosDateTime(isoDate);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (seen.has(e.name)) throw new Error(`zip: duplicate entry ${e.name}`);
    if (e.name === '' || e.name.startsWith('/') || e.name.split('/').includes('..')) throw new Error(`zip: unsafe entry name "${e.name}"`);
    seen.add(e.name);
    const name = Buffer.from(e.name, 'utf8');
    const deflated = deflateRawSync(e.data, { level: 9 });
    // Store when deflate does not help (already-compressed .gz files).
    const [method, body] = deflated.length < e.data.length ? [8, deflated] : [0, Buffer.from(e.data)];
    const crc = crc32(e.data);
    if (body.length >= LIMIT || e.data.length >= LIMIT || offset >= LIMIT) throw new Error(`zip: ${e.name} needs ZIP64`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // bit 11: names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // regular file, rw-r--r--
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBytes, end]);
}

/** Read back an archive written by zipFiles (central directory → entries), for verification. */
export function readZip(zip: Buffer): { name: string; method: number; crc: number; size: number; data: Buffer }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('zip: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; method: number; crc: number; size: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: bad central directory entry ${i}`);
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
