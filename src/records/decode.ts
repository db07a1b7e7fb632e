/**
 * Byte → text decoding with encoding detection (UTF-8 with or without BOM, or GB18030/GBK).
 *
 * The encoding is decided by the first non-ASCII bytes of the file: if the first 4 KiB from the
 * first non-ASCII byte on are valid UTF-8 the file is UTF-8, otherwise it must be valid GB18030
 * (a superset of GBK). Chinese text in GBK is practically never valid UTF-8 over that length.
 * After the decision every later byte must decode without error in that encoding; a file that
 * does not is a structural error naming the byte offset — never a silent replacement character.
 */
import { isAscii } from 'node:buffer';
import { createReadStream, readFileSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { IngestError } from './errors.ts';
import {
  assertWholeFileSize,
  MAX_LINE_BYTES,
  MAX_OBSERVATION_BYTES,
  MAX_WHOLE_FILE_BYTES,
  tooLarge,
} from './limits.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'ascii';

const SNIFF_BYTES = 4096;

function firstNonAscii(buf: Uint8Array): number {
  if (isAscii(buf)) return -1; // native check: most files are pure ASCII for long stretches
  for (let i = 0; i < buf.length; i++) if ((buf[i] as number) >= 0x80) return i;
  return -1;
}

/** Line feeds in a byte range: 0x0A is never part of a multi-byte character in UTF-8 or GB18030. */
function lineFeeds(buf: Uint8Array): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** The offset of the first byte `encoding` cannot decode in `bytes` (a fresh decoder; binary search). */
function firstBadByte(bytes: Uint8Array, encoding: string): number {
  let start = 0;
  // a character begun in the previous chunk: its continuation bytes are not this chunk's error
  if (encoding.startsWith('utf-8'))
    while (start < 3 && start < bytes.length && ((bytes[start] as number) & 0xc0) === 0x80) start++;
  const fails = (end: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start, end), {
        stream: true,
      });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length; // only the end is incomplete
  let lo = start;
  let hi = bytes.length; // fails(hi) is true
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** Decide the encoding from a sample that starts at a non-ASCII byte. `complete` = the sample reaches end of file. */
function sniff(sample: Uint8Array, complete: boolean): 'utf-8' | 'gb18030' | null {
  try {
    // stream:true tolerates a multi-byte sequence cut at the end of the sample
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(sample, { stream: !complete });
      return 'gb18030';
    } catch {
      return null;
    }
  }
}

/** Incremental decoder: feed byte chunks, get strings; `encoding` is known once non-ASCII bytes appear. */
export class SniffingDecoder {
  encoding: TextEncoding = 'ascii';
  endsWithNewline = false;
  bytes = 0;
  private readonly file: string;
  private decoder: TextDecoder | null = null;
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private started = false;
  private lastChar = '';
  /** Line feeds in the bytes decoded so far: an encoding error names its line. */
  private lines = 0;
  /** Bytes since the last line feed: a line longer than MAX_LINE_BYTES stops the file. */
  private sinceFeed = 0;
  private readonly maxBytes: number;

  constructor(file: string, maxBytes = MAX_OBSERVATION_BYTES) {
    this.file = file;
    this.maxBytes = maxBytes;
  }

  /** Count the line feeds of decoded bytes, refusing a line past MAX_LINE_BYTES. */
  private countLines(buf: Uint8Array): void {
    let prev = -1;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) {
      if ((prev === -1 ? this.sinceFeed + i : i - prev - 1) > MAX_LINE_BYTES) this.longLine();
      this.lines++;
      prev = i;
    }
    this.sinceFeed = prev === -1 ? this.sinceFeed + buf.length : buf.length - prev - 1;
    if (this.sinceFeed > MAX_LINE_BYTES) this.longLine();
  }

  private longLine(): never {
    throw new IngestError(
      this.file,
      this.lines + 1,
      null,
      `the line is longer than ${MAX_LINE_BYTES.toLocaleString('en')} bytes; expected a line break at least that often (is this a text file of the expected kind?)`,
    );
  }

  /** Decode the next chunk; `last` flushes (an incomplete multi-byte sequence at the end is an error). */
  write(chunk: Buffer, last: boolean): string {
    const out = this.feed(chunk, last);
    if (out.length > 0) this.lastChar = out[out.length - 1] as string;
    if (last) this.endsWithNewline = this.lastChar === '\n';
    return out;
  }

  private feed(chunk: Buffer, last: boolean): string {
    const chunkStart = this.bytes;
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw tooLarge(this.file, this.maxBytes);
    if (this.decoder === null) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      const buf =
        this.pending.length === 1 ? chunk : Buffer.concat(this.pending, this.pendingLength);
      const bufStart = this.bytes - buf.length;
      let body = buf;
      if (!this.started) {
        if (buf.length < 3 && !last) return '';
        this.started = true;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          this.encoding = 'utf-8-bom';
          this.decoder = new TextDecoder('utf-8', { fatal: true });
        }
      }
      if (this.decoder === null) {
        const at = firstNonAscii(buf);
        if (at === -1) {
          // pure ASCII so far: identical in every candidate encoding, emit it and keep watching
          this.pending = [];
          this.pendingLength = 0;
          this.countLines(buf);
          return buf.toString('latin1');
        }
        if (buf.length - at < SNIFF_BYTES && !last) return ''; // wait for a fuller sample
        const decided = sniff(
          buf.subarray(at, at + SNIFF_BYTES),
          last && buf.length - at <= SNIFF_BYTES,
        );
        if (decided === null) {
          throw new IngestError(
            this.file,
            this.lines + lineFeeds(buf.subarray(0, at)) + 1,
            null,
            `cannot be decoded: the bytes at offset ${bufStart + at} are neither UTF-8 nor GB18030 (expected a UTF-8 or GBK/GB18030 text file)`,
          );
        }
        this.encoding = decided;
        this.decoder = new TextDecoder(decided, { fatal: true });
      }
      this.pending = [];
      this.pendingLength = 0;
      body = buf;
      return this.decode(body, last, bufStart);
    }
    return this.decode(chunk, last, chunkStart);
  }

  private decode(bytes: Buffer, last: boolean, start: number): string {
    try {
      const text = (this.decoder as TextDecoder).decode(bytes, { stream: !last });
      this.countLines(bytes);
      return text;
    } catch {
      const encoding = this.encoding === 'utf-8-bom' ? 'utf-8' : this.encoding;
      const bad = firstBadByte(bytes, encoding);
      const what =
        bad < bytes.length
          ? `invalid byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')} at offset ${start + bad}`
          : `a character cut short at the end (offset ${start + bytes.length})`;
      throw new IngestError(
        this.file,
        this.lines + lineFeeds(bytes.subarray(0, bad)) + 1,
        null,
        `cannot be decoded as ${this.encoding}: ${what} (expected the whole file in one encoding)`,
      );
    }
  }
}

/** A Transform from bytes to decoded strings; read `sniffer` after 'end' for encoding and final newline. */
export class DecodeStream extends Transform {
  readonly sniffer: SniffingDecoder;
  ended = false;

  constructor(file: string) {
    super({ readableObjectMode: true });
    this.sniffer = new SniffingDecoder(file);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      const s = this.sniffer.write(chunk, false);
      if (s.length > 0) this.push(s);
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    try {
      const s = this.sniffer.write(Buffer.alloc(0), true);
      this.ended = true;
      if (s.length > 0) this.push(s);
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }
}

/** True when the path names a gzip file (by extension; the bytes are then checked by zlib). */
export function isGzip(path: string): boolean {
  return path.endsWith('.gz');
}

/** Open a (possibly gzip) file as a stream of decoded strings. `label` names the file in errors; `close` releases everything. */
export function openText(path: string, label: string): { stream: DecodeStream; close: () => void } {
  const decoder = new DecodeStream(label);
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = isGzip(path) ? createGunzip() : null;
  const close = (): void => {
    raw.destroy();
    gunzip?.destroy();
    decoder.destroy();
  };
  const fail = (e: IngestError): void => {
    raw.destroy();
    gunzip?.destroy();
    decoder.destroy(e);
  };
  raw.on('error', (e) => fail(new IngestError(label, null, null, `cannot be read: ${e.message}`)));
  if (gunzip !== null) {
    gunzip.on('error', (e) =>
      fail(new IngestError(label, null, null, `is not a valid gzip file (${e.message})`)),
    );
    raw.pipe(gunzip).pipe(decoder);
  } else {
    raw.pipe(decoder);
  }
  return { stream: decoder, close };
}

/** Read a whole small file (possibly gzip) as text, with the same detection. */
export function readText(path: string, label: string): { text: string; encoding: TextEncoding } {
  let bytes: Buffer;
  assertWholeFileSize(path, label);
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new IngestError(label, null, null, `cannot be read: ${(e as Error).message}`);
  }
  if (isGzip(path)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_WHOLE_FILE_BYTES });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLarge(label, MAX_WHOLE_FILE_BYTES);
      throw new IngestError(
        label,
        null,
        null,
        `is not a valid gzip file (${(e as Error).message})`,
      );
    }
  }
  const d = new SniffingDecoder(label, MAX_WHOLE_FILE_BYTES);
  const text = d.write(bytes, true);
  return { text, encoding: d.encoding };
}

/**
 * Read a whole small UTF-8 file (JSON, plan and ranking tables) as text: bounded in size, a BOM
 * dropped, and a byte that is not UTF-8 an error naming its line — never a silent U+FFFD.
 */
export function readUtf8(path: string, label: string): string {
  assertWholeFileSize(path, label);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new IngestError(label, null, null, `cannot be read: ${(e as Error).message}`);
  }
  try {
    // a TextDecoder drops a leading byte order mark unless told otherwise
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes, 'utf-8');
    throw new IngestError(
      label,
      lineFeeds(bytes.subarray(0, bad)) + 1,
      null,
      `cannot be decoded as UTF-8: invalid byte at offset ${bad} (expected a UTF-8 text file)`,
    );
  }
}

/** Why a readUtf8 failed, for a loader's own "expected a readable file" issue ('' if missing). */
export function unreadable(e: unknown): string {
  if (!(e instanceof IngestError)) return ` (${String(e)})`;
  return /ENOENT/.test(e.expected) ? '' : ` (${e.message})`;
}
