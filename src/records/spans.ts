/**
 * Day spans of observation files, found by a cheap first pass (decode and cut lines, no CSV
 * parser, no value checks), so that ingest can let go of every station-day no unread row can
 * still touch (docs/decisions/015-bounded-memory.md).
 *
 * The pass only has to be safe, not exact: every row the real pass may use must be counted here
 * with the same natural day. It may count more rows (ones the real pass rejects), which only
 * lowers `minDay` or clears `ordered` and so costs memory, never correctness. Whenever it cannot
 * be sure (a quote, an unknown format, a decoding error) it answers UNKNOWN_SPAN.
 */
import { isAscii } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { formatOfHeader } from './observations/index.ts';
import type { RowDay, SpanReader } from './observations/format.ts';
import { isGzip, openText } from './decode.ts';
import { MAX_LINE_BYTES, MAX_OBSERVATION_BYTES } from './limits.ts';

export interface FileSpan {
  /** Earliest natural day (YYYY-MM-DD) a row of the file may touch; '' when not known (any day). */
  readonly minDay: string;
  /** True when the days of the rows never go back within the file (so a passed day is final). */
  readonly ordered: boolean;
}

/** A span that holds back every day: what the pass answers when it cannot be sure. */
export const UNKNOWN_SPAN: FileSpan = { minDay: '', ordered: false };

/** The row reader for a header line, or null when this pass cannot cut the file at commas. */
function headerReader(line: string, label: string): SpanReader | null {
  // papaparse guesses the delimiter; this pass cuts at commas only
  if (/[\t;|\x1e\x1f]/.test(line)) return null;
  const parsed = Papa.parse<string[]>(line);
  if (parsed.meta.delimiter !== ',') return null;
  const header = (parsed.data[0] ?? []).map((h) => h.trim());
  // same key checks as the format's row handler, reduced to the day they yield
  return formatOfHeader(header, label).spanReader(header);
}

// Daily files repeat one header of ~1,900 columns: parsing it once per file made most of the
// span pass's garbage (docs/benchmarks.md, "After the byte-level span pass").
let lastHeader = '';
let lastReader: SpanReader | null = null;

/** headerReader, reusing the previous answer for the same header line (the reader is stateless). */
function cachedHeaderReader(line: string, label: string): SpanReader | null {
  if (lastReader !== null && line === lastHeader) return lastReader;
  const r = headerReader(line, label);
  lastHeader = line;
  lastReader = r;
  return r;
}

/** The span from decoded text: the fallback for files whose header is not plain ASCII. */
async function textDaySpan(path: string, label: string): Promise<FileSpan> {
  const { stream, close } = openText(path, label);
  try {
    let reader: RowDay | null = null;
    let timeColumns: number[] = [];
    let lastColumn = 0;
    let minDay: string | null = null;
    let prevDay = '';
    let ordered = true;
    // rows come grouped by hour: the same time cells give the same day
    let prevKey = '';
    let prevKeyDay: string | null = null;
    let carry = '';
    let headerDone = false;
    const cells: string[] = [];
    /** One line; false when the pass cannot be sure of it. */
    const onLine = (line: string): boolean => {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.includes('"')) return false; // a quoted field may hide a comma or a line break
      if (!headerDone) {
        headerDone = true;
        const r = headerReader(line, label);
        if (r === null) return false;
        reader = r.read;
        timeColumns = r.timeColumns;
        lastColumn = Math.max(...timeColumns);
        return true;
      }
      if (line === '' || reader === null) return true;
      // cut only the fields up to the last time column (wide rows have ~1,900)
      cells.length = 0;
      let start = 0;
      while (cells.length <= lastColumn) {
        const comma = line.indexOf(',', start);
        cells.push(comma === -1 ? line.slice(start) : line.slice(start, comma));
        if (comma === -1) break;
        start = comma + 1;
      }
      const key = timeColumns.map((j) => cells[j] ?? '').join('\u0000');
      const day = key === prevKey ? prevKeyDay : reader(cells);
      prevKey = key;
      prevKeyDay = day;
      if (day === null) return true; // the real pass rejects this row: it touches no day
      if (minDay === null || day < minDay) minDay = day;
      if (day < prevDay) ordered = false;
      prevDay = day;
      return true;
    };
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = carry + chunk;
      let from = 0;
      for (;;) {
        const nl = text.indexOf('\n', from);
        if (nl === -1) break;
        if (!onLine(text.slice(from, nl))) return UNKNOWN_SPAN;
        from = nl + 1;
      }
      carry = text.slice(from);
    }
    if (carry !== '' && !onLine(carry)) return UNKNOWN_SPAN;
    // a file with no usable row touches no day: it holds nothing back
    return { minDay: minDay ?? '9999-12-31', ordered };
  } catch {
    return UNKNOWN_SPAN;
  } finally {
    close();
  }
}

const NL = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const QUOTE = 0x22;

/** What a byte scan answers: a span, or null when the header is not plain ASCII (text pass decides). */
type ScanResult = FileSpan | null;

/**
 * A span scan over raw bytes, without decoding. Safe in UTF-8 and GB18030 alike: neither uses
 * the bytes 0x0A, 0x22 or 0x2C inside a multi-byte character, so lines, quotes and commas sit
 * where the decoded text has them, and a cell of ASCII bytes that starts at a line start or after
 * a comma reads as itself. A time cell with any other byte gives UNKNOWN_SPAN. The real pass
 * still reports bytes that do not decode; every line before them is the same here.
 */
class ByteScan {
  private readonly label: string;
  private read: RowDay | null = null;
  private timeColumns: number[] = [];
  private lastColumn = 0;
  private minDay: string | null = null;
  private prevDay = '';
  private ordered = true;
  // the time-cell bytes of the previous row (lengths per time column) and the day they gave
  private keyBytes = new Uint8Array(64);
  private readonly keyLengths: number[] = [];
  private prevKeyDay: string | null | undefined = undefined;
  private headerDone = false;
  private first = true;
  private readonly cells: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Set once the answer is known before the end of the file. */
  done: { result: ScanResult } | null = null;

  constructor(label: string) {
    this.label = label;
  }

  /**
   * Scan the complete lines of buf[0…length); returns where the unfinished last line starts.
   * `last` = nothing follows, so the tail is a line too.
   */
  feed(buf: Buffer, length: number, last: boolean): number {
    let from = 0;
    if (this.first && length >= 3) {
      this.first = false;
      // the decoder drops a UTF-8 byte order mark
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) from = 3;
    }
    const end = length;
    // a quoted field may hide a comma or a line break
    const quote = buf.indexOf(QUOTE, from);
    if (quote !== -1 && quote < end) return this.stop(UNKNOWN_SPAN, end);
    for (;;) {
      let nl = buf.indexOf(NL, from);
      if (nl === -1 || nl >= end) {
        if (!last || from >= end) return from;
        nl = end;
      }
      const ok = this.onLine(buf, from, nl);
      if (ok !== true) return this.stop(ok === null ? null : UNKNOWN_SPAN, end);
      from = nl + 1;
      if (from > end) return end;
    }
  }

  result(): ScanResult {
    if (this.done !== null) return this.done.result;
    // a file with no usable row touches no day: it holds nothing back
    return { minDay: this.minDay ?? '9999-12-31', ordered: this.ordered };
  }

  private stop(result: ScanResult, end: number): number {
    this.done = { result };
    return end;
  }

  /** Bytes start…end of buf (no newline) are a line; false when the pass cannot be sure of it. */
  private onLine(buf: Buffer, start: number, end: number): boolean | null {
    if (end > start && buf[end - 1] === CR) end--;
    if (!this.headerDone) {
      this.headerDone = true;
      const header = buf.subarray(start, end);
      if (!isAscii(header)) return null;
      const r = cachedHeaderReader(header.toString('latin1'), this.label);
      if (r === null) return false;
      this.read = r.read;
      this.timeColumns = r.timeColumns;
      this.lastColumn = Math.max(...r.timeColumns);
      return true;
    }
    if (end === start || this.read === null) return true;
    // find the fields up to the last time column (wide rows have ~1,900); no strings yet
    const starts = this.starts;
    const ends = this.ends;
    let n = 0;
    let from = start;
    while (n <= this.lastColumn) {
      let comma = buf.indexOf(COMMA, from);
      if (comma === -1 || comma > end) comma = end;
      starts[n] = from;
      ends[n] = comma;
      n++;
      if (comma === end) break;
      from = comma + 1;
    }
    // rows come grouped by hour: the same time-cell bytes give the same day, so the cells are
    // only turned into strings when they change (few allocations: see docs/benchmarks.md)
    let same = this.prevKeyDay !== undefined;
    let k = 0;
    for (let t = 0; t < this.timeColumns.length; t++) {
      const j = this.timeColumns[t] as number;
      const a = j < n ? (starts[j] as number) : 0;
      const b = j < n ? (ends[j] as number) : 0;
      if (same && this.keyLengths[t] !== b - a) same = false;
      this.keyLengths[t] = b - a;
      if (k + b - a > this.keyBytes.length) {
        const bigger = new Uint8Array(2 * (k + b - a));
        bigger.set(this.keyBytes);
        this.keyBytes = bigger;
      }
      for (let i = a; i < b; i++) {
        const byte = buf[i] as number;
        if (byte >= 0x80) return false;
        if (same && this.keyBytes[k] !== byte) same = false;
        this.keyBytes[k++] = byte;
      }
    }
    let day: string | null;
    if (same) day = this.prevKeyDay as string | null;
    else {
      const cells = this.cells;
      cells.length = 0;
      for (let j = 0; j < n; j++) cells.push(buf.toString('latin1', starts[j], ends[j]));
      day = this.read(cells);
      this.prevKeyDay = day;
    }
    if (day === null) return true; // the real pass rejects this row: it touches no day
    if (this.minDay === null || day < this.minDay) this.minDay = day;
    if (day < this.prevDay) this.ordered = false;
    this.prevDay = day;
    return true;
  }
}

// one read buffer for plain files: their scan is synchronous, so calls never share it at once
let plainBuffer = Buffer.allocUnsafe(1 << 20);

/** Scan a plain file with synchronous reads into one reused buffer (no garbage per chunk). */
function scanPlain(path: string, scan: ByteScan): void {
  const fd = openSync(path, 'r');
  try {
    let kept = 0; // bytes of an unfinished line moved to the front of the buffer
    let total = 0;
    for (;;) {
      // past a bound the real pass stops the build with the file's line; this pass just gives up
      if (kept > MAX_LINE_BYTES || total > MAX_OBSERVATION_BYTES) {
        scan.done = { result: UNKNOWN_SPAN };
        return;
      }
      if (kept === plainBuffer.length) {
        const bigger = Buffer.allocUnsafe(plainBuffer.length * 2);
        plainBuffer.copy(bigger, 0, 0, kept);
        plainBuffer = bigger;
      }
      const n = readSync(fd, plainBuffer, kept, plainBuffer.length - kept, null);
      total += n;
      const length = kept + n;
      const rest = scan.feed(plainBuffer, length, n === 0);
      if (scan.done !== null || n === 0) return;
      plainBuffer.copy(plainBuffer, 0, rest, length);
      kept = length - rest;
    }
  } finally {
    closeSync(fd);
  }
}

/** Scan a gzip file through a stream. */
async function scanGzip(path: string, scan: ByteScan): Promise<void> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  try {
    let carry: Buffer = Buffer.alloc(0);
    let total = 0;
    for await (const piece of raw.pipe(gunzip) as AsyncIterable<Buffer>) {
      total += piece.length;
      if (carry.length > MAX_LINE_BYTES || total > MAX_OBSERVATION_BYTES) {
        scan.done = { result: UNKNOWN_SPAN };
        return;
      }
      const buf = carry.length === 0 ? piece : Buffer.concat([carry, piece]);
      const rest = scan.feed(buf, buf.length, false);
      if (scan.done !== null) return;
      carry = buf.subarray(rest);
    }
    scan.feed(carry, carry.length, true);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

/**
 * The day span of one observation file. Never throws: structural errors are the real pass's to
 * report, in file order, so any trouble here gives UNKNOWN_SPAN.
 */
export async function fileDaySpan(path: string, label: string): Promise<FileSpan> {
  const scan = new ByteScan(label);
  try {
    if (isGzip(path)) await scanGzip(path, scan);
    else scanPlain(path, scan);
  } catch {
    return UNKNOWN_SPAN;
  }
  return scan.result() ?? textDaySpan(path, label);
}
