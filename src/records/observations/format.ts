/**
 * What an observation file format is to the ingest: one descriptor per format (detection,
 * required columns, source priority, span reader, row handler) and the sink its row handler
 * writes to. The ingest (../ingest.ts) owns the day buffers and the accounting; a format only
 * says what its cells mean. How to add one: src/records/README.md.
 */
import type { RejectionReason } from '../errors.ts';
import type { Station } from '../stations.ts';
import type { Pollutant } from '../types.ts';

/** A publisher-computed AQI (and primary pollutant) as published, for cross-checks only. */
export interface PublishedReference {
  readonly station: string;
  readonly time: string;
  readonly aqi: number | null;
  /** Primary pollutant(s) as published (Chinese names), empty when none was given. */
  readonly primary: readonly string[];
  readonly file: string;
  readonly line: number;
}

/** The natural day of a row from its time cells, or null when the real pass rejects that row. */
export type RowDay = (cells: readonly string[]) => string | null;

/** What the span pass (../spans.ts) needs of a format: the time columns and the day they give. */
export interface SpanReader {
  readonly timeColumns: number[];
  readonly read: RowDay;
}

/** Reads the rows of one file of a known header. */
export interface RowHandler {
  /** Fields a complete row has. */
  readonly fields: number;
  /** Columns the handler reads (wide files only; others get every cell). */
  readonly columnsNeeded?: readonly number[];
  /** Value cells one row holds: what `read` grows by per row. */
  readonly cellsPerRow: number;
  row(cells: string[], line: number): void;
  /** A row of the wrong length: set its cells aside with the reason. */
  rejectRow(cells: string[], line: number, reason: RejectionReason, detail: string): void;
}

/**
 * Where a row handler puts every cell it reads, bound to one file. Each cell must end in exactly
 * one place (used or offered, rejected, out of scope, reference, empty, identical duplicate):
 * the ingest checks the sum per file.
 */
export interface FileSink {
  /** The file as shown to readers (path under the data folder). */
  readonly file: string;
  /** The county's stations by code: cells of other stations are out of scope. */
  readonly stations: ReadonlyMap<string, Station>;
  /** Header columns the format does not use (reported, not read). */
  unknownColumns(names: string[]): void;
  /** Station codes that head more than one column. */
  duplicateColumns(codes: string[]): void;
  outOfScope(cells: number): void;
  empty(station: string): void;
  /** Publisher-computed cells kept for cross-checks only. */
  reference(station: string, cells: number): void;
  /** A cell identical to another of the same file and station-hour. */
  duplicate(station: string): void;
  reject(
    line: number,
    column: string,
    value: string,
    reason: RejectionReason,
    cells: number,
    station: string | null,
  ): void;
  /**
   * Whether a value of the station at the hour label may be read: null if so, otherwise why it is
   * set aside — `later_than_window` (its natural day is after the data window, checked first) or
   * `outside_active_period`. Throws IngestError naming `line` and the time cell (`column`,
   * `value`) for a day of GB 3095—2026's final phase inside the window (docs/decisions/023).
   */
  checkDay(
    station: Station,
    label: string,
    line: number,
    column: string,
    value: string,
  ): 'later_than_window' | 'outside_active_period' | null;
  /** A raw value cell of a known, in-period station: counted empty, rejected or offered. */
  take(
    station: string,
    label: string,
    pollutant: Pollutant,
    raw: string,
    line: number,
    col: number,
  ): void;
  /** A value already checked and converted to the site's unit. */
  offer(
    station: string,
    label: string,
    pollutant: Pollutant,
    value: number,
    line: number,
    col: number,
    raw: string,
  ): void;
  published(ref: PublishedReference): void;
}

/** Where a reader of its own sends rows and blank lines. */
export interface RowTarget {
  blankLine(): void;
  row(cells: string[], fields: number, line: number): void;
}

/**
 * A reader of the rows after the header, for a format papaparse is too slow for; returns the
 * number of the line after the last one read.
 */
export type RowReader = (
  chunks: AsyncIterable<string>,
  fields: number,
  needed: readonly number[],
  firstLine: number,
  target: RowTarget,
) => Promise<number>;

export interface ObservationFormat<Id extends string = string> {
  readonly id: Id;
  /** The header in words, for the error that lists the supported formats. */
  readonly description: string;
  /** Which source wins when two formats give the same station-hour-pollutant (higher wins). */
  readonly priority: number;
  /** Whether a header (trimmed cells) is this format's; formats are tried in registry order. */
  detect(header: readonly string[]): boolean;
  /** The first required column the header lacks, or undefined. */
  missing(header: readonly string[]): string | undefined;
  spanReader(header: readonly string[]): SpanReader;
  handler(header: string[], sink: FileSink): RowHandler;
  /** The format's own row reader; without one, papaparse reads the rows. */
  readonly readRows?: RowReader;
}
