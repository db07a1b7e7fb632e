/**
 * Measuring a published open-data file: list the files under /data/, check a CSV against its
 * declared columns (a cell that does not fit its type stops the build, naming file, line and
 * column), held as text or streamed, and take its bytes and SHA-256 (writing the Excel copy on the
 * way).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { isCalendarDate } from '../../records/table.ts';
import type { DatasetSpec } from './catalogue.ts';
import type { FieldSpec } from './tables.ts';

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Files under `dir`, '/'-separated relative paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const CELL: Readonly<Record<FieldSpec['type'], (v: string) => boolean>> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  date: isCalendarDate,
  datetime: (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(v) && isCalendarDate(v.slice(0, 10)),
};

export interface CsvCheck {
  readonly rows: number;
  readonly period: { readonly first: string; readonly last: string } | null;
}

/**
 * Row-by-row check of a CSV against its columns: header equal to the field names, every
 * non-empty cell of its type (and in its enum). Fed one record at a time, so a file is never held
 * whole; `line` is the 1-based line the record starts on. One empty record at the end (the final
 * newline) is not a row; anywhere else it is a short row.
 */
function createCsvChecker(
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
): { record(cells: readonly string[], line: number): void; result(): CsvCheck } {
  const names = spec.fields.map((f) => f.name);
  const pIndex = spec.periodField === undefined ? -1 : names.indexOf(spec.periodField);
  let seenHeader = false;
  let rows = 0;
  let blankAt: number | null = null;
  let first: string | null = null;
  let last: string | null = null;
  const check = (row: readonly string[], line: number): void => {
    if (row.length !== names.length)
      throw new Error(`${file}:${line}: expected ${names.length} cells, got ${row.length}`);
    spec.fields.forEach((fs, c) => {
      const v = row[c] ?? '';
      if (v === '') return;
      if (!CELL[fs.type](v))
        throw new Error(
          `${file}:${line}: column ${fs.name}: expected ${fs.type}, got "${v.slice(0, 40)}"`,
        );
      if (fs.enum !== undefined && !fs.enum.includes(v))
        throw new Error(
          `${file}:${line}: column ${fs.name}: expected one of ${fs.enum.join(', ')}, got "${v.slice(0, 40)}"`,
        );
    });
    const p = pIndex < 0 ? '' : (row[pIndex] ?? '');
    if (p !== '') {
      if (first === null || p < first) first = p;
      if (last === null || p > last) last = p;
    }
    rows++;
  };
  return {
    record(cells, line) {
      if (blankAt !== null) {
        check([''], blankAt);
        blankAt = null;
      }
      if (!seenHeader) {
        seenHeader = true;
        if (cells.join(',') !== names.join(','))
          throw new Error(
            `${file}:1: expected the header "${names.join(',')}" (src/publish/open-data/catalogue.ts), got "${cells.join(',')}"`,
          );
        return;
      }
      if (cells.length === 1 && cells[0] === '') {
        blankAt = line;
        return;
      }
      check(cells, line);
    },
    result() {
      if (!seenHeader)
        throw new Error(
          `${file}:1: expected the header "${names.join(',')}" (src/publish/open-data/catalogue.ts), got ""`,
        );
      return { rows, period: first === null || last === null ? null : { first, last } };
    },
  };
}

/** Check a CSV held as text (small files and tests); see {@link checkCsvFile} for the build's files. */
export function checkCsv(
  text: string,
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
): CsvCheck {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
  });
  const firstError = parsed.errors[0];
  if (firstError !== undefined)
    throw new Error(`${file}:${(firstError.row ?? 0) + 1}: ${firstError.message}`);
  const checker = createCsvChecker(file, spec);
  parsed.data.forEach((cells, r) => checker.record(cells, r + 1));
  return checker.result();
}

/**
 * Check a CSV file (gzip when `gz`) as a stream: an hourly file of a hundred stations is
 * hundreds of MB as parsed cells, and no build step holds all stations' hours at once
 * (docs/decisions/015). Also reports the line terminator; a byte-order mark stops the build.
 */
export async function checkCsvFile(
  path: string,
  file: string,
  spec: Pick<DatasetSpec, 'fields' | 'periodField'>,
  gz: boolean,
): Promise<CsvCheck & { lineTerminator: '\n' | '\r\n' }> {
  const checker = createCsvChecker(file, spec);
  let crlf = false;
  async function* text(): AsyncGenerator<string> {
    const decoder = new StringDecoder('utf8');
    const source = createReadStream(path);
    let firstChunk = true;
    let endsWithCr = false;
    for await (const chunk of gz ? source.pipe(createGunzip()) : source) {
      const t = decoder.write(chunk as Buffer);
      if (t === '') continue;
      if (firstChunk && t.startsWith('\uFEFF'))
        throw new Error(
          `${file}:1: expected UTF-8 without a byte-order mark (the BOM copy goes under excel/)`,
        );
      firstChunk = false;
      if (t.includes('\r\n') || (endsWithCr && t.startsWith('\n'))) crlf = true;
      endsWithCr = t.endsWith('\r');
      yield t;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
  let line = 1;
  await new Promise<void>((resolve, reject) => {
    let failure: Error | null = null;
    Papa.parse<string[]>(Readable.from(text()) as unknown as File, {
      header: false,
      skipEmptyLines: false,
      delimiter: ',',
      chunk: (results, parser) => {
        if (failure !== null) return;
        try {
          const firstError = results.errors[0];
          if (firstError !== undefined)
            throw new Error(`${file}:${line + (firstError.row ?? 0)}: ${firstError.message}`);
          for (const cells of results.data) {
            checker.record(cells, line);
            line += 1;
            for (const c of cells)
              for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line += 1;
          }
        } catch (e) {
          failure = e instanceof Error ? e : new Error(String(e));
          parser.abort();
        }
      },
      complete: () => (failure === null ? resolve() : reject(failure)),
      error: (e: Error) => reject(e),
    });
  });
  return { ...checker.result(), lineTerminator: crlf ? '\r\n' : '\n' };
}

/** Bytes and SHA-256 of a file read as a stream; with `copyTo`, also writes `prefix` + the file there. */
export async function hashFile(
  path: string,
  copyTo?: { path: string; prefix: Uint8Array },
): Promise<{ bytes: number; sha256: string; copy: { bytes: number; sha256: string } | null }> {
  const hash = createHash('sha256');
  const copyHash = createHash('sha256');
  let bytes = 0;
  const out = copyTo === undefined ? null : createWriteStream(copyTo.path);
  if (copyTo !== undefined && out !== null) {
    out.write(copyTo.prefix);
    copyHash.update(copyTo.prefix);
  }
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
    if (out !== null) {
      copyHash.update(b);
      if (!out.write(b)) await once(out, 'drain');
    }
  }
  if (out !== null) {
    out.end();
    await once(out, 'finish');
  }
  return {
    bytes,
    sha256: hash.digest('hex'),
    copy:
      copyTo === undefined
        ? null
        : { bytes: bytes + copyTo.prefix.length, sha256: copyHash.digest('hex') },
  };
}
