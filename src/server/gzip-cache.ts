/**
 * Gzipped file bytes, compressed once per file version. Compressing per request made 200
 * concurrent gzip requests ~4× slower than identity ones; dist/ only changes on a rebuild.
 */
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

interface Entry {
  readonly version: string;
  readonly bytes: Promise<Buffer>;
  size: number;
}

export class GzipCache {
  readonly #entries = new Map<string, Entry>();
  #total = 0;

  readonly maxBytes: number;

  /** `maxBytes` bounds the compressed bytes kept; the least recently used files go first. */
  constructor(maxBytes = 64 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  /** The gzipped contents of `file`; a changed mtime or size compresses again. */
  get(file: string, stats: Stats): Promise<Buffer> {
    const version = `${stats.mtimeMs}:${stats.size}`;
    const hit = this.#entries.get(file);
    if (hit?.version === version) {
      // Re-insert so Map order is least-recently-used first.
      this.#entries.delete(file);
      this.#entries.set(file, hit);
      return hit.bytes;
    }
    if (hit) this.#drop(file, hit);
    // Concurrent first requests share one compression instead of starting 200.
    const entry: Entry = { version, bytes: readFile(file).then((b) => gzipAsync(b)), size: 0 };
    this.#entries.set(file, entry);
    entry.bytes.then(
      (buf) => {
        if (this.#entries.get(file) !== entry) return;
        entry.size = buf.length;
        this.#total += buf.length;
        this.#evict();
      },
      () => {
        // A failed read is not cached; the caller reports it.
        if (this.#entries.get(file) === entry) this.#entries.delete(file);
      },
    );
    return entry.bytes;
  }

  #drop(file: string, entry: Entry): void {
    this.#entries.delete(file);
    this.#total -= entry.size;
  }

  #evict(): void {
    for (const [file, entry] of this.#entries) {
      if (this.#total <= this.maxBytes) return;
      this.#drop(file, entry);
    }
  }
}
