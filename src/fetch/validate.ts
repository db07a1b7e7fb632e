/**
 * Checks on a downloaded file before it may replace anything: the gzip stream is whole (for
 * .gz), every byte decodes in one encoding (UTF-8/BOM/GB18030, as the ingest reads it), the
 * header line is the configured format, and the last line is not a row cut short.
 */
import Papa from 'papaparse';
import { openText, type TextEncoding } from '../records/decode.ts';
import { detectFormat, type FormatId } from '../records/observations/index.ts';

export interface FileCheck {
  readonly encoding: TextEncoding;
  /** Bytes of the text (after gunzip for .gz). */
  readonly textBytes: number;
  /** Lines after the header (a last line without a line break counts). */
  readonly rows: number;
}

/** Thrown for a file that must not be kept; `message` is the reason for the log line. */
export class InvalidFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFileError';
  }
}

function parseLine(line: string): string[] {
  const r = Papa.parse<string[]>(line.replace(/\r$/, ''), { header: false });
  return (r.data[0] ?? []).map((c) => c.trim());
}

/**
 * Read the whole file at `path` (gzip by extension) and check it; throws InvalidFileError with
 * the reason. `label` names the file in messages.
 */
export async function checkFile(path: string, label: string, format: FormatId): Promise<FileCheck> {
  const { stream, close } = openText(path, label);
  let head = '';
  let headerDone = false;
  let tail = '';
  let newlines = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (!headerDone) {
        head += chunk;
        const nl = head.indexOf('\n');
        if (nl !== -1) headerDone = true;
        else if (head.length > 1 << 20)
          throw new InvalidFileError('no line break in the first MiB: expected a CSV header line');
      }
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) newlines++;
      const nl = chunk.lastIndexOf('\n');
      tail = nl === -1 ? tail + chunk : chunk.slice(nl + 1);
    }
  } catch (e) {
    if (e instanceof InvalidFileError) throw e;
    // IngestError messages already name the file
    throw new InvalidFileError((e as Error).message);
  } finally {
    close();
  }
  const sniffer = stream.sniffer;
  const headerLine = (head.split('\n')[0] ?? '').replace(/^\uFEFF/, '');
  if (headerLine.trim() === '')
    throw new InvalidFileError('empty body or empty first line: expected a CSV header line');
  const header = parseLine(headerLine);
  let found: FormatId;
  try {
    found = detectFormat(header, label);
  } catch (e) {
    throw new InvalidFileError((e as Error).message);
  }
  if (found !== format)
    throw new InvalidFileError(
      `the header is the ${found} format, expected ${format} as configured in site.json`,
    );
  // A last line without a line break and with fewer fields than the header is a row cut short
  // (a dropped connection that still looked complete, or a truncated upload at the publisher).
  const lastLine = tail.replace(/\r$/, '');
  if (!sniffer.endsWithNewline && newlines > 0 && lastLine !== '') {
    const fields = parseLine(lastLine).length;
    if (fields < header.length)
      throw new InvalidFileError(
        `truncated: the last line (line ${newlines + 1}) has ${fields} of ${header.length} fields and no line break: expected complete rows`,
      );
  }
  const rows = newlines - (sniffer.endsWithNewline ? 1 : 0);
  return { encoding: sniffer.encoding, textBytes: sniffer.bytes, rows: Math.max(0, rows) };
}
