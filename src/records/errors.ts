/**
 * Errors of the ingest stage. Structural problems (a file that cannot be read as a whole) throw
 * one `IngestError`; problems with single cells or rows become `Rejection` values.
 */

/** A structural error: stops the build. The message names file, line, column and what was expected. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly expected: string;

  constructor(file: string, line: number | null, column: string | null, expected: string) {
    const where = [
      file,
      line === null ? null : `line ${line}`,
      column === null ? null : `column ${column}`,
    ]
      .filter((p) => p !== null)
      .join(', ');
    super(`${where}: ${expected}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.expected = expected;
  }
}

/**
 * Why a cell (or a whole row of cells) was set aside. Bounds and rules are documented in
 * data/README.md and docs/decisions/002-data-folder-and-formats.md.
 */
export const REJECTION_REASONS = [
  'not_a_number',
  'negative',
  'implausible',
  'unknown_station',
  'outside_active_period',
  'hour_out_of_range',
  'bad_timestamp',
  'unknown_unit',
  'unknown_type',
  'duplicate_column',
  'conflict',
  'superseded',
  'wrong_field_count',
  'truncated_last_line',
  'too_long',
  'later_than_window',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** One rejected cell, or one rejected row standing for `cells` cells. `line` is 1-based; the header is line 1. */
export interface Rejection {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: RejectionReason;
  readonly cells: number;
}
