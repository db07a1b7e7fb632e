/**
 * Reading observation files: the folder's file list in a fixed order, and one file's header
 * (which picks the format), rows and line numbers, handed to the format's row handler. Rows of
 * the wrong length are set aside here; what the cells mean is the format's (format.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { openText, type DecodeStream, type TextEncoding } from '../decode.ts';
import { IngestError } from '../errors.ts';
import { assertColumnCount, MAX_COLUMNS, MAX_WIDE_COLUMNS } from '../limits.ts';
import { assertCommaSeparated, countNewlines, CSV_DELIMITER } from '../table.ts';
import type { ObservationFormat, RowHandler } from './format.ts';
import { formatOfHeader, type FormatId } from './index.ts';

/** The per-file counters the reader keeps (the rest belong to the ingest's accounting). */
export interface ReadTally {
  rows: number;
  read: number;
  blankLines: number;
  endsWithoutLineBreak: boolean;
  encoding: TextEncoding;
}

/** What the ingest answers once the header has named the format. */
export interface OpenedFile {
  readonly handler: RowHandler;
  readonly tally: ReadTally;
}

/** List observation files (.csv, .csv.gz) under dir, sorted by relative path for a deterministic order. */
export function listObservationFiles(dir: string): string[] {
  const out: string[] = [];
  const shown = (p: string): string =>
    ['observations', ...relative(dir, p).split(sep)].filter((x) => x !== '').join('/');
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch (e) {
      throw new IngestError(
        shown(d),
        null,
        null,
        `cannot be read as a folder: ${(e as Error).message}`,
      );
    }
    for (const name of names) {
      if (name.startsWith('.') || /^readme(\.md|\.txt)?$/i.test(name)) continue;
      const p = join(d, name);
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch (e) {
        throw new IngestError(shown(p), null, null, `cannot be read: ${(e as Error).message}`);
      }
      if (isDir) walk(p);
      else if (name.endsWith('.csv') || name.endsWith('.csv.gz')) out.push(p);
      else
        throw new IngestError(
          shown(p),
          null,
          null,
          'unexpected file: expected only .csv or .csv.gz files in observations/',
        );
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Read one observation file: decode it, let its header pick the format, and pass every row to the
 * handler that `open` returns. Throws IngestError on a structural error (empty file, unknown
 * format, missing column, undecodable bytes).
 */
export async function readObservationFile(
  path: string,
  label: string,
  open: (header: string[], format: ObservationFormat<FormatId>) => OpenedFile,
): Promise<void> {
  const { stream, close } = openText(path, label);
  try {
    await readRows(stream, label, open);
  } finally {
    close();
  }
}

async function readRows(
  stream: DecodeStream,
  label: string,
  open: (header: string[], format: ObservationFormat<FormatId>) => OpenedFile,
): Promise<void> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  // The header line decides the format (a header never spans lines).
  let head = '';
  let exhausted = false;
  while (!head.includes('\n')) {
    const r = await chunks.next();
    if (r.done === true) {
      exhausted = true;
      break;
    }
    head += r.value;
  }
  const nl = head.indexOf('\n');
  const headerText = (nl === -1 ? head : head.slice(0, nl)).replace(/\r$/, '');
  const rest = nl === -1 ? '' : head.slice(nl + 1);
  if (headerText.trim() === '')
    throw new IngestError(
      label,
      1,
      null,
      'the file is empty; expected a header line naming a supported format',
    );
  assertCommaSeparated(label, headerText);
  const header = (Papa.parse<string[]>(headerText, { delimiter: CSV_DELIMITER }).data[0] ?? []).map(
    (h) => h.trim(),
  );
  const format = formatOfHeader(header, label);
  assertColumnCount(
    label,
    header.length,
    format.id === 'cnemc-daily-wide' ? MAX_WIDE_COLUMNS : MAX_COLUMNS,
  );
  const { handler, tally } = open(header, format);
  async function* remaining(): AsyncGenerator<string> {
    if (rest !== '') yield rest;
    if (exhausted) return;
    for (;;) {
      const r = await chunks.next();
      if (r.done === true) return;
      yield r.value;
    }
  }

  // A short row is held back one row: only the file's last row can be a truncated last line.
  let pendingShort: { cells: string[]; fields: number; line: number } | null = null;
  const flushPending = (truncated: boolean): void => {
    if (pendingShort === null) return;
    const { cells, fields, line } = pendingShort;
    pendingShort = null;
    handler.rejectRow(
      cells,
      line,
      truncated ? 'truncated_last_line' : 'wrong_field_count',
      `expected ${handler.fields} fields, found ${fields}`,
    );
  };
  const processRow = (cells: string[], fields: number, line: number): void => {
    flushPending(false);
    tally.rows += 1;
    tally.read += handler.cellsPerRow;
    if (fields === handler.fields) handler.row(cells, line);
    else if (fields < handler.fields)
      pendingShort = { cells: cells.slice(0, fields), fields, line };
    else
      handler.rejectRow(
        cells,
        line,
        'wrong_field_count',
        `expected ${handler.fields} fields, found ${fields}`,
      );
  };

  let line = 2;
  if (format.readRows !== undefined) {
    const target = { blankLine: () => void (tally.blankLines += 1), row: processRow };
    await format.readRows(remaining(), header.length, handler.columnsNeeded ?? [], line, target);
  } else {
    await new Promise<void>((resolve, reject) => {
      const source = Readable.from(remaining());
      Papa.parse<string[]>(source as unknown as File, {
        delimiter: CSV_DELIMITER,
        chunk: (results, parser) => {
          try {
            for (const cells of results.data) {
              const thisLine = line;
              line += 1;
              for (const c of cells) if (c.includes('\n')) line += countNewlines(c);
              if (cells.length === 1 && cells[0] === '') tally.blankLines += 1;
              else processRow(cells, cells.length, thisLine);
            }
          } catch (e) {
            // A row handler's stop (an IngestError of the data window): reject with it before
            // abort() completes the parse; the source then sees the file closed under it, which is
            // not a second error (unhandled, it killed the build before the message was shown).
            reject(e instanceof Error ? e : new Error(String(e)));
            source.on('error', () => undefined);
            parser.abort();
          }
        },
        complete: () => resolve(),
        error: (e: Error) => reject(e),
      });
    });
  }
  const ended = stream.sniffer;
  // papaparse yields one empty row for the newline that ends the file: not a blank line
  if (format.readRows === undefined && ended.endsWithNewline && tally.blankLines > 0)
    tally.blankLines -= 1;
  flushPending(!ended.endsWithNewline);
  tally.endsWithoutLineBreak = !ended.endsWithNewline && tally.rows > 0;
  tally.encoding = ended.encoding;
}
