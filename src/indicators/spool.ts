/**
 * An append-only store of byte records grouped by key (an area), read back key by key in append
 * order. It is what lets the build hold one area's hours at a time instead of every station's:
 * records are gathered in a small buffer per key and, with a `dir`, written to one scratch file
 * in chunks, so memory holds the buffers and a list of chunk positions, not the records
 * (docs/decisions/015). Without a `dir` the chunks stay in memory (small data, tests); both
 * backends give the same records in the same order.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchDir, removeScratchDir } from '../lib/scratch.ts';

export interface SpoolOptions {
  /**
   * Folder for the scratch file: a fresh `spool-*` subfolder is made in it and removed by
   * `close()`, or when the process exits or gets SIGINT/SIGTERM (src/lib/scratch.ts).
   */
  readonly dir?: string;
  /** Bytes gathered per key before they go to the file (default 16 KiB). */
  readonly chunkBytes?: number;
}

export interface Spool {
  /** Append one record; a record is never split across chunks. */
  append(key: string, record: Uint8Array): void;
  /** The key's chunks in append order; each holds whole records. The chunk is the caller's. */
  chunks(key: string): Generator<Uint8Array>;
  /** Bytes appended so far (all keys). */
  readonly bytes: number;
  /** Close and delete the scratch file; the spool cannot be used afterwards. */
  close(): void;
}

interface KeyState {
  buf: Uint8Array;
  used: number;
  /** Flushed chunks: file positions (file backend) or the chunks themselves (memory backend). */
  readonly flushed: ({ readonly pos: number; readonly len: number } | Uint8Array)[];
}

export function createSpool(opts: SpoolOptions = {}): Spool {
  const chunkBytes = opts.chunkBytes ?? 16_384;
  const folder = opts.dir === undefined ? null : makeScratchDir(opts.dir, 'spool-');
  const fd = folder === null ? null : openSync(join(folder, 'records.bin'), 'w+');
  let fileEnd = 0;
  let bytes = 0;
  let closed = false;
  const keys = new Map<string, KeyState>();

  function write(st: KeyState, data: Uint8Array): void {
    if (data.length === 0) return;
    if (fd === null) {
      st.flushed.push(data.slice());
      return;
    }
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off, fileEnd + off);
    st.flushed.push({ pos: fileEnd, len: data.length });
    fileEnd += data.length;
  }

  function flush(st: KeyState): void {
    write(st, st.buf.subarray(0, st.used));
    st.used = 0;
  }

  return {
    append(key, record) {
      if (closed) throw new Error('spool: append after close()');
      let st = keys.get(key);
      if (st === undefined) {
        st = { buf: new Uint8Array(chunkBytes), used: 0, flushed: [] };
        keys.set(key, st);
      }
      bytes += record.length;
      if (st.used + record.length > chunkBytes) flush(st);
      if (record.length > chunkBytes) {
        write(st, record);
        return;
      }
      st.buf.set(record, st.used);
      st.used += record.length;
    },
    *chunks(key) {
      if (closed) throw new Error('spool: read after close()');
      const st = keys.get(key);
      if (st === undefined) return;
      for (const c of st.flushed) {
        if (c instanceof Uint8Array) {
          yield c.slice();
          continue;
        }
        if (fd === null) throw new Error('spool: file chunk without a file');
        const out = new Uint8Array(c.len);
        let off = 0;
        while (off < c.len) {
          const n = readSync(fd, out, off, c.len - off, c.pos + off);
          if (n === 0)
            throw new Error(
              `spool: scratch file ended at ${c.pos + off}, expected ${c.len - off} more bytes`,
            );
          off += n;
        }
        yield out;
      }
      if (st.used > 0) yield st.buf.slice(0, st.used);
    },
    get bytes() {
      return bytes;
    },
    close() {
      if (closed) return;
      closed = true;
      keys.clear();
      if (fd !== null) closeSync(fd);
      if (folder !== null) removeScratchDir(folder);
    },
  };
}
