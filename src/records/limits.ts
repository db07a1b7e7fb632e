/**
 * Bounds on every input the data folder can hold (issue 21). Each is far above what a real file
 * of its kind needs (the bundled data's largest cell is 231 characters, its longest line 772
 * bytes, its widest table 24 columns; a national daily wide file has about 2,000 columns), and
 * low enough that no input the bounds let through can make the build run for hours or hold
 * gigabytes. Past a bound a file stops the build with one error naming file, line and column; an
 * over-long observation value is set aside as `too_long`. Documented in data/README.md.
 */
import { statSync } from 'node:fs';
import { IngestError } from './errors.ts';

/** The longest physical line of any text file, in bytes: a line feed must come at least this often. */
export const MAX_LINE_BYTES = 1 << 20;
/** The most an observation file may hold once decompressed (they are streamed, never held whole). */
export const MAX_OBSERVATION_BYTES = 1 << 30;
/** The most a file read whole (stations, plan, ranking, enforcement, JSON) may hold, decompressed. */
export const MAX_WHOLE_FILE_BYTES = 16 << 20;
/** Columns of a national daily wide file (one per station) and of every other table. */
export const MAX_WIDE_COLUMNS = 4096;
export const MAX_COLUMNS = 256;
/** The longest text cell of a hand-kept table (names, notes, sources, measure texts). */
export const MAX_CELL_CHARS = 4096;
/** The longest observation value cell: no number needs more; longer ones are set aside as too_long. */
export const MAX_VALUE_CHARS = 1024;
/** How much of a rejected value is published (data-quality page, quality.json, rejections.csv.gz). */
export const SHOWN_VALUE_CHARS = 80;

/** A value as published or quoted in a message: cut to SHOWN_VALUE_CHARS, with its full length. */
export function shownValue(value: string): string {
  const chars = [...value.slice(0, SHOWN_VALUE_CHARS * 2 + 2)];
  if (chars.length <= SHOWN_VALUE_CHARS) return value;
  const total = value.length < 10_000 ? [...value].length : value.length;
  return `${chars.slice(0, SHOWN_VALUE_CHARS).join('')}… (${total} characters)`;
}

/** Why a text cell is too long (without the value: some inputs withhold it), or null. */
export function cellTooLong(cell: string, max = MAX_CELL_CHARS): string | null {
  return cell.length > max ? `expected at most ${max} characters, found ${cell.length}` : null;
}

/** Refuse a header with more columns than `max`: one error on line 1 instead of a slow parse. */
export function assertColumnCount(label: string, columns: number, max = MAX_COLUMNS): void {
  if (columns > max)
    throw new IngestError(
      label,
      1,
      null,
      `the header has ${columns} columns; expected at most ${max} for this kind of file`,
    );
}

/** Refuse a file read whole that is larger on disk than `max` bytes. */
export function assertWholeFileSize(path: string, label: string, max = MAX_WHOLE_FILE_BYTES): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // the read that follows reports an unreadable file in its own words
  }
  if (size > max) throw tooLarge(label, max, size);
}

/** The error for a file past its size bound; `size` when known (a stream only knows it is past). */
export function tooLarge(label: string, max: number, size?: number): IngestError {
  const found = size === undefined ? 'more' : size.toLocaleString('en');
  return new IngestError(
    label,
    null,
    null,
    `holds ${found} bytes (decompressed); expected at most ${max.toLocaleString('en')} bytes for this kind of file (see "Bounds" in data/README.md)`,
  );
}
