/**
 * The data-quality report of an ingest: where every value cell of every file went (used,
 * rejected and why, out of scope, reference only, empty, identical duplicate), per file, per
 * station and per station-month. Shown on the data-quality page.
 */
import type { TextEncoding } from '../decode.ts';
import type { Rejection, RejectionReason } from '../errors.ts';
import type { Pollutant } from '../types.ts';
import type { FormatId } from './index.ts';

export interface CellCounts {
  read: number;
  used: number;
  rejected: number;
  outOfScope: number;
  reference: number;
  empty: number;
  identicalDuplicates: number;
}

export interface FileQuality extends CellCounts {
  readonly file: string;
  readonly format: FormatId;
  encoding: TextEncoding;
  readonly gzip: boolean;
  rows: number;
  blankLines: number;
  /**
   * The last line has no line break. Its row is read if it has every field, but a cut inside its
   * last value would look the same, so the page names the file (docs/decisions/024).
   */
  endsWithoutLineBreak: boolean;
  /** Station codes that head more than one column of a daily wide file. */
  duplicateColumns: string[];
  /** Header columns the format does not use (reported, not read). */
  unknownColumns: string[];
}

export interface MonthCompleteness {
  readonly month: string;
  /** Hours the station was active in the month, within the span of the data. */
  readonly expectedHours: number;
  /** Hours with a used value, per pollutant. */
  readonly hours: Record<Pollutant, number>;
  /** Days with at least 20 hourly values (GB 3095-2012 Table 4 daily-mean rule), per pollutant. */
  readonly daysWith20Hours: Record<Pollutant, number>;
}

export interface StationQuality extends Omit<CellCounts, 'read' | 'outOfScope'> {
  readonly station: string;
  publishedReferences: number;
  months: MonthCompleteness[];
}

export interface ReasonSummary {
  readonly reason: RejectionReason;
  /** Rejected cells. */
  cells: number;
  /** Rejection records (one per cell, or one per row for row-level reasons). */
  records: number;
  readonly examples: Rejection[];
}

export interface QualityReport {
  readonly files: FileQuality[];
  readonly stations: StationQuality[];
  readonly reasons: ReasonSummary[];
  readonly totals: CellCounts;
  /** First and last hour label with a used value, or null when nothing was used. */
  readonly span: { readonly first: string; readonly last: string } | null;
  readonly hoursEmitted: number;
  readonly publishedReferences: number;
}

export function zeroCounts(): CellCounts {
  return {
    read: 0,
    used: 0,
    rejected: 0,
    outOfScope: 0,
    reference: 0,
    empty: 0,
    identicalDuplicates: 0,
  };
}

/** A file's record before its first row. */
export function zeroFile(file: string, format: FormatId, gzip: boolean): FileQuality {
  return {
    file,
    format,
    encoding: 'ascii',
    gzip,
    rows: 0,
    blankLines: 0,
    endsWithoutLineBreak: false,
    duplicateColumns: [],
    unknownColumns: [],
    ...zeroCounts(),
  };
}

/** A station's counters before its first cell. */
export function zeroStation(station: string): StationQuality {
  return {
    station,
    used: 0,
    rejected: 0,
    reference: 0,
    empty: 0,
    identicalDuplicates: 0,
    publishedReferences: 0,
    months: [],
  };
}
