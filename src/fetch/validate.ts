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
  /** Station codes the file holds values for (the station column, or a wide file's header). */
  readonly stations: ReadonlySet<string>;
}

export interface CheckOptions {
  /**
   * The body's length was checked against a Content-Length on an unencoded response. Only then
   * may the text end without a line break: otherwise a cut inside the last field (`…,52` →
   * `…,5`) would look like a complete file.
   */
  readonly lengthVerified: boolean;
  /** Most bytes of text allowed (bounds a gzip bomb's decompressed size). */
  readonly maxTextBytes: number;
}

/** Thrown for a file that must not be kept; `message` is the reason for the log line. */
export class InvalidFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFileError';
  }
}

/** Column holding the station code, per long format (the wide format names stations in its header). */
const STATION_COLUMN: Partial<Record<FormatId, string>> = {
  'county-hourly': 'station',
  'cnemc-hourly-snapshot': 'stationcode',
  'openaq-archive': 'location_id',
};

function parseLine(line: string): string[] {
  const r = Papa.parse<string[]>(line.replace(/\r$/, ''), { header: false });
  return (r.data[0] ?? []).map((c) => c.trim());
}

function cell(line: string, i: number): string {
  // most lines have no quotes: a split is far cheaper than a CSV parse per row
  if (!line.includes('"')) return (line.split(',')[i] ?? '').trim();
  return parseLine(line)[i] ?? '';
}

/**
 * Read the whole file at `path` (gzip by extension) and check it; throws InvalidFileError with
 * the reason. `label` names the file in messages.
 */
export async function checkFile(
  path: string,
  label: string,
  format: FormatId,
  opts: CheckOptions,
): Promise<FileCheck> {
  const { stream, close } = openText(path, label);
  let header: string[] | null = null;
  let stationAt = -1;
  const stations = new Set<string>();
  let carry = '';
  let newlines = 0;
  let chars = 0;
  const onHeader = (line: string): void => {
    const headerLine = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (headerLine.trim() === '')
      throw new InvalidFileError('empty body or empty first line: expected a CSV header line');
    header = parseLine(headerLine);
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
    const col = STATION_COLUMN[format];
    if (col === undefined) for (const c of header.slice(3)) stations.add(c);
    else stationAt = header.indexOf(col);
  };
  const onRow = (line: string): void => {
    if (stationAt < 0 || line.trim() === '') return;
    const code = cell(line.replace(/\r$/, ''), stationAt);
    if (code !== '') stations.add(code);
  };
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      chars += chunk.length;
      if (chars > opts.maxTextBytes)
        throw new InvalidFileError(
          `too large: more than ${opts.maxTextBytes} bytes of text (the size limit of this source)`,
        );
      carry += chunk;
      let from = 0;
      for (let nl = carry.indexOf('\n'); nl !== -1; nl = carry.indexOf('\n', from)) {
        const line = carry.slice(from, nl);
        from = nl + 1;
        if (header === null) onHeader(line);
        else onRow(line);
        newlines++;
      }
      carry = carry.slice(from);
      if (header === null && carry.length > 1 << 20)
        throw new InvalidFileError('no line break in the first MiB: expected a CSV header line');
    }
  } catch (e) {
    if (e instanceof InvalidFileError) throw e;
    // IngestError messages already name the file
    throw new InvalidFileError((e as Error).message);
  } finally {
    close();
  }
  const sniffer = stream.sniffer;
  if (header === null) {
    onHeader(carry);
    throw new InvalidFileError(
      'no line break after the header: a header without rows, or a body cut short',
    );
  }
  const fields = (header as string[]).length;
  const lastLine = carry.replace(/\r$/, '');
  if (lastLine !== '') {
    // Completeness does not rest on counting fields (a cut inside the last field keeps the
    // count): a complete body ends with a line break, unless its length was verified.
    if (!opts.lengthVerified)
      throw new InvalidFileError(
        `truncated: the last line (line ${newlines + 1}) has no line break: expected a body ending in a line break (a last line without one is accepted only with allow_unterminated and a matching Content-Length)`,
      );
    const got = parseLine(lastLine).length;
    if (got < fields)
      throw new InvalidFileError(
        `truncated: the last line (line ${newlines + 1}) has ${got} of ${fields} fields and no line break: expected complete rows`,
      );
    onRow(lastLine);
  }
  const rows = newlines - 1 + (lastLine === '' ? 0 : 1);
  return {
    encoding: sniffer.encoding,
    textBytes: sniffer.bytes,
    rows: Math.max(0, rows),
    stations,
  };
}
