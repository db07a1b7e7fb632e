/**
 * One station-day of candidate values, held by the ingest until no unread row can touch that day
 * (docs/decisions/015-bounded-memory.md): 24 hours × 6 pollutants in fixed typed arrays, with the
 * provenance a later duplicate, conflict or preferred source needs.
 */
import { POLLUTANTS, type Pollutant } from '../types.ts';

export const NP = POLLUTANTS.length;
const CELLS_PER_DAY = 24 * NP;
export const POLLUTANT_INDEX: Readonly<Record<Pollutant, number>> = Object.fromEntries(
  POLLUTANTS.map((p, i) => [p, i]),
) as Record<Pollutant, number>;
export const EMPTY_STATE = 0;
export const HAS_VALUE = 1;
export const CONFLICT = 2;

/** One station-day of candidate values with their provenance (file index, line, column index). */
export class DayBuffer {
  readonly station: string;
  readonly day: string;
  /** Creation order: stored conflicts are reported in this order, however early days are emitted. */
  readonly seq: number;
  readonly values = new Float64Array(CELLS_PER_DAY);
  readonly state = new Uint8Array(CELLS_PER_DAY);
  readonly prio = new Uint8Array(CELLS_PER_DAY);
  readonly file = new Uint16Array(CELLS_PER_DAY);
  readonly line = new Uint32Array(CELLS_PER_DAY);
  readonly col = new Uint16Array(CELLS_PER_DAY);
  constructor(station: string, day: string, seq: number) {
    this.station = station;
    this.day = day;
    this.seq = seq;
  }
}

/** A stored value still in conflict when its day is emitted (reported after all files). */
export interface StoredConflict {
  readonly seq: number;
  readonly i: number;
  readonly file: number;
  readonly line: number;
  readonly col: number;
  readonly value: number;
  readonly station: string;
}
