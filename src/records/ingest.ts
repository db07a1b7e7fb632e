/**
 * Observation ingest: every file under `<dataDir>/observations/` in, validated and merged
 * `StationHour` records out, every value cell accounted for.
 *
 * Per file: cells read = used + rejected + out of scope + reference only + empty + identical
 * duplicates (checked before returning; a mismatch is a bug and throws).
 *
 * State: values of in-scope stations are held per station-day in fixed typed arrays (144 cells)
 * until no unread row can touch that day any more, because a later row or file may duplicate,
 * contradict or supersede an earlier one. A first cheap pass gives each file the earliest day it
 * touches and whether its days only go forward (spans.ts); a station-day is emitted and dropped
 * once it is before every day still to come. With files in time order the live state is a day
 * or two of the county's stations; it never grows with the number of rows, files or out-of-scope
 * columns. Rejections stream to a gzip CSV. See docs/decisions/015-bounded-memory.md.
 */
import { createWriteStream, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import Papa from 'papaparse';
import { IngestError, type Rejection, type RejectionReason } from './errors.ts';
import { openText, type DecodeStream, type TextEncoding } from './decode.ts';
import {
  COUNTY_COLUMNS,
  CountyKeySchema,
  FORMAT_PRIORITY,
  OPENAQ_PARAMETERS,
  OpenAqKeySchema,
  SNAPSHOT_REFERENCE_COLUMNS,
  SNAPSHOT_VALUE_COLUMNS,
  SnapshotKeySchema,
  WIDE_REFERENCE_TYPES,
  WIDE_VALUE_TYPES,
  WideKeySchema,
  detectFormat,
  parseValue,
  toSiteUnit,
  type FormatId,
} from './formats.ts';
import { countNewlines } from './table.ts';
import { fileDaySpan, UNKNOWN_SPAN, type FileSpan } from './spans.ts';
import { dayOfLabel, epochToLabel, hourOfDay, labelOfDateHour } from './time.ts';
import { POLLUTANTS, type Pollutant, type StationHour } from './types.ts';
import type { Station } from './stations.ts';
import { csvLine } from '../publish/csv.ts';

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

export interface IngestOptions {
  readonly dataDir: string;
  readonly stations: readonly Station[];
  readonly onHour: (h: StationHour) => void;
  readonly onReference?: (r: PublishedReference) => void;
  /**
   * Every hour of every natural day before `date` (YYYY-MM-DD) has been passed to `onHour`;
   * none will follow. Lets the consumer finish those days and drop them (docs/decisions/015).
   * Not called for what is left after the last file: the consumer's own end covers that.
   */
  readonly onSettled?: (date: string) => void;
  /** Where the full rejection list is written, gzip CSV (file,line,column,value,reason,cells). */
  readonly rejectionsPath: string;
  /** Examples kept per rejection reason in the report (default 5). */
  readonly examplesPerReason?: number;
  /**
   * Emit station-days as soon as no unread row can touch them (default true). False holds every
   * station-day until all files are read: the reference the bounded path is tested against.
   */
  readonly boundedMemory?: boolean;
  /** Filled in while ingesting: how many station-day buffers were alive (for tests and benchmarks). */
  readonly probe?: IngestProbe;
}

/** Counters of the station-day buffers ingest holds. */
export interface IngestProbe {
  liveDayBuffers: number;
  peakLiveDayBuffers: number;
  /** Station-day buffers emitted before the last file was read. */
  earlyFlushed: number;
}

const NP = POLLUTANTS.length;
const CELLS_PER_DAY = 24 * NP;
const POLLUTANT_INDEX: Readonly<Record<Pollutant, number>> = Object.fromEntries(
  POLLUTANTS.map((p, i) => [p, i]),
) as Record<Pollutant, number>;
const EMPTY_STATE = 0;
const HAS_VALUE = 1;
const CONFLICT = 2;

/** One station-day of candidate values with their provenance (file index, line, column index). */
class DayBuffer {
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

function zeroCounts(): CellCounts {
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

/** Ingest every observation file under `<dataDir>/observations/`. Throws IngestError on structural errors. */
export async function ingestObservations(opts: IngestOptions): Promise<QualityReport> {
  const examplesPerReason = opts.examplesPerReason ?? 5;
  const stationsByCode = new Map(opts.stations.map((s) => [s.code, s]));
  const files: FileQuality[] = [];
  // Column names kept per file for rejection records: only the columns that are read (a national
  // wide header has ~1,900 names; keeping them all for every file would grow with the input).
  const columnNames: Map<number, string>[] = [];
  const columnName = (fileIdx: number, col: number): string => columnNames[fileIdx]?.get(col) ?? '';
  const stationStats = new Map<string, StationQuality>();
  const reasons = new Map<RejectionReason, ReasonSummary>();
  const buffers = new Map<string, DayBuffer>();
  // the same buffers by day, to emit whole days at once
  const byDay = new Map<string, DayBuffer[]>();
  let created = 0;
  /** Every day before this one has been emitted; a value for such a day is a bug of the span pass. */
  let flushedBefore = '';
  let publishedReferences = 0;
  const bounded = opts.boundedMemory ?? true;
  const probe = opts.probe;

  // list first: a missing folder fails before any output is opened
  const paths = listObservationFiles(join(opts.dataDir, 'observations'));
  const spans: FileSpan[] = [];
  for (const path of paths)
    spans.push(
      bounded
        ? await fileDaySpan(path, relative(opts.dataDir, path).split(sep).join('/'))
        : UNKNOWN_SPAN,
    );
  // restMin[k]: earliest day files k, k+1, … may touch ('~' sorts after every date)
  const restMin: string[] = new Array<string>(paths.length + 1).fill('~');
  for (let k = paths.length - 1; k >= 0; k--)
    restMin[k] = minString((spans[k] as FileSpan).minDay, restMin[k + 1] as string);
  let currentFile = -1;
  let currentOrdered = false;
  let lastOfferDay = '';
  const gzip = createGzip();
  const out = createWriteStream(opts.rejectionsPath);
  gzip.pipe(out);
  gzip.write('file,line,column,value,reason,cells\n');

  const stationStat = (code: string): StationQuality => {
    let s = stationStats.get(code);
    if (s === undefined) {
      s = {
        station: code,
        used: 0,
        rejected: 0,
        reference: 0,
        empty: 0,
        identicalDuplicates: 0,
        publishedReferences: 0,
        months: [],
      };
      stationStats.set(code, s);
    }
    return s;
  };

  const reject = (
    fileIdx: number,
    line: number,
    column: string,
    value: string,
    reason: RejectionReason,
    cells: number,
    station: string | null,
  ): void => {
    const fq = files[fileIdx] as FileQuality;
    fq.rejected += cells;
    if (station !== null && stationsByCode.has(station)) stationStat(station).rejected += cells;
    const r: Rejection = { file: fq.file, line, column, value, reason, cells };
    let sum = reasons.get(reason);
    if (sum === undefined) {
      sum = { reason, cells: 0, records: 0, examples: [] };
      reasons.set(reason, sum);
    }
    sum.cells += cells;
    sum.records += 1;
    if (sum.examples.length < examplesPerReason) sum.examples.push(r);
    gzip.write(csvLine([r.file, line, column, value, reason, cells]));
  };

  const rejectStored = (b: DayBuffer, i: number, reason: RejectionReason): void => {
    const f = b.file[i] as number;
    reject(
      f,
      b.line[i] as number,
      columnName(f, b.col[i] as number),
      String(b.values[i]),
      reason,
      1,
      b.station,
    );
  };

  const countDuplicate = (fileIdx: number, station: string): void => {
    (files[fileIdx] as FileQuality).identicalDuplicates += 1;
    stationStat(station).identicalDuplicates += 1;
  };

  // Rows arrive grouped by hour, so one remembered label saves the date arithmetic per cell.
  let memoLabel = '';
  let memoDay = '';
  let memoHourIdx = 0;
  const labelInfo = (label: string): void => {
    if (label === memoLabel) return;
    memoLabel = label;
    memoDay = dayOfLabel(label);
    memoHourIdx = hourOfDay(label) - 1;
  };

  /** Offer one validated value; resolves duplicates, conflicts and format preference. */
  const offer = (
    station: string,
    label: string,
    pollutant: Pollutant,
    value: number,
    fileIdx: number,
    line: number,
    colIdx: number,
    raw: string,
  ): void => {
    labelInfo(label);
    const day = memoDay;
    if (day !== lastOfferDay) {
      lastOfferDay = day;
      if (day < flushedBefore)
        throw new Error(
          `bounded ingest: ${(files[fileIdx] as FileQuality).file} line ${line} touches ${day}, already emitted (span pass missed it)`,
        );
      // the rest of an ordered file has no earlier day
      if (currentOrdered && bounded)
        flushBefore(minString(day, restMin[currentFile + 1] as string));
    }
    const key = `${station}\u0000${day}`;
    let b = buffers.get(key);
    if (b === undefined) {
      b = new DayBuffer(station, day, created++);
      buffers.set(key, b);
      let list = byDay.get(day);
      if (list === undefined) {
        list = [];
        byDay.set(day, list);
      }
      list.push(b);
      if (probe !== undefined) {
        probe.liveDayBuffers = buffers.size;
        probe.peakLiveDayBuffers = Math.max(probe.peakLiveDayBuffers, buffers.size);
      }
    }
    const i = memoHourIdx * NP + POLLUTANT_INDEX[pollutant];
    const prio = FORMAT_PRIORITY[(files[fileIdx] as FileQuality).format];
    const store = (): void => {
      b.values[i] = value;
      b.state[i] = HAS_VALUE;
      b.prio[i] = prio;
      b.file[i] = fileIdx;
      b.line[i] = line;
      b.col[i] = colIdx;
    };
    const state = b.state[i] as number;
    const storedPrio = b.prio[i] as number;
    const column = columnName(fileIdx, colIdx);
    if (state === EMPTY_STATE) {
      store();
    } else if (state === HAS_VALUE && b.values[i] === value) {
      // identical duplicate: provenance goes to the preferred format
      if (prio > storedPrio) {
        countDuplicate(b.file[i] as number, station);
        store();
      } else countDuplicate(fileIdx, station);
    } else if (prio < storedPrio) {
      reject(fileIdx, line, column, raw, 'superseded', 1, station);
    } else if (prio > storedPrio) {
      rejectStored(b, i, state === CONFLICT ? 'conflict' : 'superseded');
      store();
    } else {
      reject(fileIdx, line, column, raw, 'conflict', 1, station);
      b.state[i] = CONFLICT;
    }
  };

  // Emitting merged hours: the accounting of each station-day is final once it is emitted.
  let hoursEmitted = 0;
  let first: string | null = null;
  let last: string | null = null;
  const monthly = new Map<string, { hours: number[]; days20: number[] }>();
  // Stored values still in conflict at emission, reported after all files in creation order
  // (the order the all-in-memory path wrote them) whenever their day was emitted.
  const conflicts: {
    seq: number;
    i: number;
    file: number;
    line: number;
    col: number;
    value: number;
    station: string;
  }[] = [];
  const emit = (b: DayBuffer): void => {
    const st = stationStat(b.station);
    const perDay = new Array<number>(NP).fill(0);
    for (let h = 0; h < 24; h++) {
      const values: Partial<Record<Pollutant, number>> = {};
      let any = false;
      for (let p = 0; p < NP; p++) {
        const i = h * NP + p;
        const s = b.state[i];
        if (s === HAS_VALUE) {
          values[POLLUTANTS[p] as Pollutant] = b.values[i] as number;
          (files[b.file[i] as number] as FileQuality).used += 1;
          st.used += 1;
          perDay[p] = (perDay[p] as number) + 1;
          any = true;
        } else if (s === CONFLICT) {
          conflicts.push({
            seq: b.seq,
            i,
            file: b.file[i] as number,
            line: b.line[i] as number,
            col: b.col[i] as number,
            value: b.values[i] as number,
            station: b.station,
          });
        }
      }
      if (any) {
        const time = labelOfDateHour(b.day, h + 1) as string;
        if (first === null || time < first) first = time;
        if (last === null || time > last) last = time;
        opts.onHour({ station: b.station, time, values });
        hoursEmitted++;
      }
    }
    const mkey = `${b.station}\u0000${b.day.slice(0, 7)}`;
    let m = monthly.get(mkey);
    if (m === undefined) {
      m = { hours: new Array<number>(NP).fill(0), days20: new Array<number>(NP).fill(0) };
      monthly.set(mkey, m);
    }
    for (let p = 0; p < NP; p++) {
      m.hours[p] = (m.hours[p] as number) + (perDay[p] as number);
      if ((perDay[p] as number) >= 20) m.days20[p] = (m.days20[p] as number) + 1;
    }
    buffers.delete(`${b.station}\u0000${b.day}`);
  };
  /** Emit and drop every station-day before `day`. */
  function flushBefore(day: string): void {
    if (day <= flushedBefore) return;
    flushedBefore = day;
    for (const [d, list] of byDay) {
      if (d >= day) continue;
      for (const b of list) emit(b);
      byDay.delete(d);
      if (probe !== undefined) probe.earlyFlushed += list.length;
    }
    if (probe !== undefined) probe.liveDayBuffers = buffers.size;
    // '~' (no later file touches any day) is a bound, not a date: the end settles everything.
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) opts.onSettled?.(day);
  }

  try {
    for (const [k, path] of paths.entries()) {
      const label = relative(opts.dataDir, path).split(sep).join('/');
      currentFile = k;
      currentOrdered = (spans[k] as FileSpan).ordered;
      lastOfferDay = '';
      if (bounded) flushBefore(restMin[k] as string);
      await ingestFile(path, label);
    }
  } catch (e) {
    // close the rejections file cleanly (it holds what was found before the structural error)
    gzip.end();
    await once(out, 'finish');
    throw e;
  }
  // everything left, in creation order as before
  for (const b of [...buffers.values()]) emit(b);
  buffers.clear();
  byDay.clear();
  if (probe !== undefined) probe.liveDayBuffers = 0;
  conflicts.sort((a, b) => a.seq - b.seq || a.i - b.i);
  for (const c of conflicts)
    reject(c.file, c.line, columnName(c.file, c.col), String(c.value), 'conflict', 1, c.station);

  gzip.end();
  await once(out, 'finish');

  // Completeness per station-month over the span of the data and the station's active period.
  const stationsOut: StationQuality[] = [];
  for (const station of opts.stations) {
    const st = stationStat(station.code);
    if (first !== null && last !== null) {
      const from = maxString(dayOfLabel(first), station.active_from);
      const to =
        station.active_to === null
          ? dayOfLabel(last)
          : minString(dayOfLabel(last), station.active_to);
      for (const month of monthsBetween(from, to)) {
        const m = monthly.get(`${station.code}\u0000${month}`);
        const days = activeDaysInMonth(month, from, to);
        const rec = (arr: number[] | undefined): Record<Pollutant, number> =>
          Object.fromEntries(POLLUTANTS.map((p, i) => [p, arr?.[i] ?? 0])) as Record<
            Pollutant,
            number
          >;
        st.months.push({
          month,
          expectedHours: days * 24,
          hours: rec(m?.hours),
          daysWith20Hours: rec(m?.days20),
        });
      }
    }
    stationsOut.push(st);
  }

  const totals = zeroCounts();
  for (const f of files) {
    const accounted =
      f.used + f.rejected + f.outOfScope + f.reference + f.empty + f.identicalDuplicates;
    if (accounted !== f.read) {
      throw new Error(
        `accounting invariant broken for ${f.file}: read ${f.read} ≠ accounted ${accounted} (${JSON.stringify(f)})`,
      );
    }
    for (const k of Object.keys(totals) as (keyof CellCounts)[]) totals[k] += f[k];
  }

  return {
    files,
    stations: stationsOut,
    reasons: [...reasons.values()].sort((a, b) => (a.reason < b.reason ? -1 : 1)),
    totals,
    span: first !== null && last !== null ? { first, last } : null,
    hoursEmitted,
    publishedReferences,
  };

  // ---- one file ----------------------------------------------------------------------------

  async function ingestFile(path: string, label: string): Promise<void> {
    const { stream, close } = openText(path, label);
    try {
      await readFile(stream, path, label);
    } finally {
      close();
    }
  }

  async function readFile(stream: DecodeStream, path: string, label: string): Promise<void> {
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
    const header = (Papa.parse<string[]>(headerText).data[0] ?? []).map((h) => h.trim());
    const format = detectFormat(header, label);
    const fileIdx = files.length;
    const fq: FileQuality = {
      file: label,
      format,
      encoding: 'ascii',
      gzip: path.endsWith('.gz'),
      rows: 0,
      blankLines: 0,
      duplicateColumns: [],
      unknownColumns: [],
      ...zeroCounts(),
    };
    files.push(fq);
    const handler = makeHandler(format, header, fileIdx, fq);
    const kept = handler.columnsNeeded ?? header.map((_, j) => j);
    columnNames.push(new Map(kept.map((j) => [j, header[j] ?? ''])));
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
      fq.rows += 1;
      fq.read += handler.cellsPerRow;
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
    if (format === 'cnemc-daily-wide') {
      line = await readWide(
        remaining(),
        header.length,
        handler.columnsNeeded ?? [],
        line,
        fq,
        processRow,
      );
    } else {
      await new Promise<void>((resolve, reject) => {
        Papa.parse<string[]>(Readable.from(remaining()) as unknown as File, {
          chunk: (results) => {
            for (const cells of results.data) {
              const thisLine = line;
              line += 1;
              for (const c of cells) if (c.includes('\n')) line += countNewlines(c);
              if (cells.length === 1 && cells[0] === '') fq.blankLines += 1;
              else processRow(cells, cells.length, thisLine);
            }
          },
          complete: () => resolve(),
          error: (e: Error) => reject(e),
        });
      });
    }
    const ended = stream.sniffer;
    // papaparse yields one empty row for the newline that ends the file: not a blank line
    if (format !== 'cnemc-daily-wide' && ended.endsWithNewline && fq.blankLines > 0)
      fq.blankLines -= 1;
    flushPending(!ended.endsWithNewline);
    fq.encoding = ended.encoding;
  }

  /**
   * Daily wide files are ~1,900 columns wide and the county needs a handful: unquoted rows are cut
   * at the needed columns only (fields are still counted); a row with a quote goes to papaparse.
   */
  async function readWide(
    chunks: AsyncIterable<string>,
    fields: number,
    needed: readonly number[],
    firstLine: number,
    fq: FileQuality,
    processRow: (cells: string[], fields: number, line: number) => void,
  ): Promise<number> {
    let line = firstLine;
    const cells = new Array<string>(fields).fill('');
    const want = new Uint8Array(fields + 1);
    for (const j of [0, 1, 2, ...needed]) want[j] = 1;

    /** A record that holds a quote: papaparse reads it (it may span lines). */
    const quoted = (record: string): void => {
      const thisLine = line;
      line += 1 + countNewlines(record);
      const row =
        Papa.parse<string[]>(record.endsWith('\r') ? record.slice(0, -1) : record).data[0] ?? [];
      processRow(row, row.length, thisLine);
    };

    /**
     * One pass over text[from, end): cut the wanted fields and count all of them. Returns false,
     * touching nothing, when the line holds a quote.
     */
    const plain = (text: string, from: number, end: number): boolean => {
      if (end > from && text.charCodeAt(end - 1) === 13) end--;
      if (end === from) {
        line++;
        fq.blankLines += 1;
        return true;
      }
      let j = 0;
      let start = from;
      for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 44) {
          if (want[j] === 1 && j < fields) cells[j] = text.slice(start, i);
          j++;
          start = i + 1;
        } else if (c === 34) return false;
      }
      if (want[j] === 1 && j < fields) cells[j] = text.slice(start, end);
      j++;
      processRow(j === fields ? cells : cells.slice(0, Math.min(j, fields)), j, line++);
      return true;
    };

    /** Read the complete records of text from `from` on; returns where the unread rest starts. */
    const scan = (text: string, from: number): number => {
      for (;;) {
        const nl = text.indexOf('\n', from);
        if (nl === -1) return from;
        if (plain(text, from, nl)) {
          from = nl + 1;
          continue;
        }
        // a quoted field may hold a line break: the record ends where the quotes balance
        const close = findBalancedEnd(text, from);
        if (close === -1) return from;
        quoted(text.slice(from, close));
        from = close + 1;
      }
    };

    // Chunks are scanned in place: only the line cut by a chunk boundary is joined (a scan over
    // one large concatenated string runs at half speed).
    let carry = '';
    for await (const chunk of chunks) {
      let from = 0;
      if (carry !== '') {
        const nl = chunk.indexOf('\n');
        if (nl === -1) {
          carry += chunk;
          continue;
        }
        const joined = carry + chunk.slice(0, nl + 1);
        if (scan(joined, 0) === joined.length) {
          from = nl + 1;
        } else {
          // an open quoted record: fall back to scanning the joined text
          const text = carry + chunk;
          carry = text.slice(scan(text, 0));
          continue;
        }
      }
      carry = chunk.slice(scan(chunk, from));
    }
    if (carry !== '' && !plain(carry, 0, carry.length)) quoted(carry);
    return line;
  }

  // ---- formats -----------------------------------------------------------------------------

  interface RowHandler {
    readonly fields: number;
    /** Columns the handler reads (wide files only; others get every cell). */
    readonly columnsNeeded?: readonly number[];
    readonly cellsPerRow: number;
    row(cells: string[], line: number): void;
    rejectRow(cells: string[], line: number, reason: RejectionReason, detail: string): void;
  }

  function inPeriod(station: Station, label: string): boolean {
    labelInfo(label);
    const day = memoDay;
    return day >= station.active_from && (station.active_to === null || day <= station.active_to);
  }

  function emitReference(ref: PublishedReference): void {
    publishedReferences++;
    stationStat(ref.station).publishedReferences += 1;
    opts.onReference?.(ref);
  }

  function makeHandler(
    format: FormatId,
    header: string[],
    fileIdx: number,
    fq: FileQuality,
  ): RowHandler {
    if (format === 'cnemc-daily-wide') return wideHandler(header, fileIdx, fq);
    if (format === 'cnemc-hourly-snapshot') return snapshotHandler(header, fileIdx, fq);
    if (format === 'openaq-archive') return openAqHandler(header, fileIdx, fq);
    return countyHandler(header, fileIdx, fq);
  }

  /** Handle value cells of one known, in-period station row: empty, invalid or offered. */
  function takeValue(
    station: string,
    label: string,
    pollutant: Pollutant,
    raw: string,
    fileIdx: number,
    line: number,
    colIdx: number,
    fq: FileQuality,
  ): void {
    if (raw === '' || raw.trim() === '') {
      fq.empty += 1;
      stationStat(station).empty += 1;
      return;
    }
    const v = parseValue(raw, pollutant);
    if (!v.ok) reject(fileIdx, line, columnName(fileIdx, colIdx), raw, v.reason, 1, station);
    else offer(station, label, pollutant, v.value, fileIdx, line, colIdx, raw);
  }

  function wideHandler(header: string[], fileIdx: number, fq: FileQuality): RowHandler {
    const codes = header.slice(3);
    const firstCol = new Map<string, number>();
    const dupGroups = new Map<string, number[]>();
    codes.forEach((code, k) => {
      const j = k + 3;
      const seen = firstCol.get(code);
      if (seen === undefined) firstCol.set(code, j);
      else {
        const g = dupGroups.get(code) ?? [seen];
        g.push(j);
        dupGroups.set(code, g);
      }
    });
    fq.duplicateColumns = [...dupGroups.keys()];
    // in-scope columns: [column index, station]; only these are inspected
    const inScope: [number, Station][] = [];
    for (let j = 3; j < header.length; j++) {
      const st = stationsByCode.get(header[j] as string);
      if (st !== undefined) inScope.push([j, st]);
    }
    const outCount = codes.length - inScope.length;
    // the 15 type rows of one hour share date and hour: validate that pair once
    let lastDate = '';
    let lastHour = '';
    let lastLabel: string | null = null;
    /** Copies of one station's column: used once when they agree, all rejected when they differ. */
    const duplicateGroup = (
      code: string,
      group: number[],
      cells: string[],
      label: string,
      pollutant: Pollutant,
      line: number,
    ): void => {
      const distinct = new Set(
        group.map((c) => (cells[c] as string).trim()).filter((v) => v !== ''),
      );
      if (distinct.size > 1) {
        for (const c of group)
          reject(fileIdx, line, code, cells[c] as string, 'duplicate_column', 1, code);
        return;
      }
      let carrier = -1;
      for (const c of group) {
        if ((cells[c] as string).trim() === '') {
          fq.empty += 1;
          stationStat(code).empty += 1;
        } else if (carrier === -1) carrier = c;
        else countDuplicate(fileIdx, code);
      }
      if (carrier !== -1)
        takeValue(code, label, pollutant, cells[carrier] as string, fileIdx, line, carrier, fq);
    };
    const rejectInScope = (
      line: number,
      column: string,
      value: string,
      reason: RejectionReason,
    ): void => {
      // one record per in-scope station so per-station counts stay right
      for (const [, st] of inScope) reject(fileIdx, line, column, value, reason, 1, st.code);
    };
    return {
      fields: header.length,
      columnsNeeded: [...new Set([...inScope.map(([j]) => j), ...[...dupGroups.values()].flat()])],
      cellsPerRow: codes.length,
      rejectRow(cells, line, reason, detail) {
        fq.outOfScope += outCount;
        if (inScope.length > 0)
          reject(
            fileIdx,
            line,
            '',
            `${detail}: ${cells.slice(0, 3).join(',')}`,
            reason,
            inScope.length,
            null,
          );
      },
      row(cells, line) {
        fq.outOfScope += outCount;
        if (inScope.length === 0) return;
        if (cells[0] === lastDate && cells[1] === lastHour && lastLabel !== null)
          return cellsOf(cells, line, lastLabel, cells[2] as string);
        const key = WideKeySchema.safeParse({ date: cells[0], hour: cells[1], type: cells[2] });
        if (!key.success) {
          const bad = String(key.error.issues[0]?.path[0] ?? 'date');
          rejectInScope(
            line,
            bad,
            cells[bad === 'date' ? 0 : bad === 'hour' ? 1 : 2] ?? '',
            bad === 'hour' ? 'hour_out_of_range' : 'bad_timestamp',
          );
          return;
        }
        const { date, hour, type } = key.data;
        const h = Number(hour);
        if (h < 0 || h > 24) return rejectInScope(line, 'hour', hour, 'hour_out_of_range');
        const label = labelOfDateHour(
          `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
          h,
        );
        if (label === null) return rejectInScope(line, 'date', date, 'bad_timestamp');
        lastDate = date;
        lastHour = hour;
        lastLabel = label;
        cellsOf(cells, line, label, type);
      },
    };
    function cellsOf(cells: string[], line: number, label: string, type: string): void {
      const pollutant = WIDE_VALUE_TYPES[type];
      const isRef = WIDE_REFERENCE_TYPES.has(type);
      if (pollutant === undefined && !isRef)
        return rejectInScope(line, 'type', type, 'unknown_type');
      for (const [j, st] of inScope) {
        const code = st.code;
        const raw = cells[j] as string;
        if (!inPeriod(st, label)) {
          reject(fileIdx, line, code, raw, 'outside_active_period', 1, code);
          continue;
        }
        if (isRef) {
          fq.reference += 1;
          stationStat(code).reference += 1;
          if (type === 'AQI' && raw !== '') {
            const aqi = parseValue(raw, 'pm10');
            emitReference({
              station: code,
              time: label,
              aqi: aqi.ok ? aqi.value : null,
              primary: [],
              file: fq.file,
              line,
            });
          }
          continue;
        }
        const group = dupGroups.get(code);
        if (group !== undefined) {
          if (j === group[0])
            duplicateGroup(code, group, cells, label, pollutant as Pollutant, line);
          continue; // the other copies are handled with the first
        }
        takeValue(code, label, pollutant as Pollutant, raw, fileIdx, line, j, fq);
      }
    }
  }

  function snapshotHandler(header: string[], fileIdx: number, fq: FileQuality): RowHandler {
    const col = (name: string): number => header.indexOf(name);
    const iTime = col('timepoint');
    const iCode = col('stationcode');
    const iAqi = col('aqi');
    const iPrimary = col('primarypollutant');
    const valueCols = Object.entries(SNAPSHOT_VALUE_COLUMNS).map(([c, p]) => [col(c), p] as const);
    const refCount = SNAPSHOT_REFERENCE_COLUMNS.filter((c) => col(c) !== -1).length;
    const known = new Set<string>([
      ...Object.keys(SNAPSHOT_VALUE_COLUMNS),
      ...SNAPSHOT_REFERENCE_COLUMNS,
      'timepoint',
      'stationcode',
      'longitude',
      'latitude',
      'area',
      'positionname',
    ]);
    fq.unknownColumns = header.filter((h) => !known.has(h));
    const perRow = valueCols.length + refCount;
    return {
      fields: header.length,
      cellsPerRow: perRow,
      rejectRow(cells, line, reason, detail) {
        const code = (cells[iCode] ?? '').trim();
        if (cells.length > iCode && !stationsByCode.has(code)) {
          fq.outOfScope += perRow;
          return;
        }
        reject(
          fileIdx,
          line,
          '',
          `${detail}: ${cells.slice(0, 2).join(',')}`,
          reason,
          perRow,
          code,
        );
      },
      row(cells, line) {
        const code = (cells[iCode] as string).trim();
        const st = stationsByCode.get(code);
        if (st === undefined) {
          fq.outOfScope += perRow;
          return;
        }
        const rawTime = (cells[iTime] as string).trim();
        const key = SnapshotKeySchema.safeParse({ timepoint: rawTime });
        let label: string | null = null;
        if (key.success) {
          const hh = Number(rawTime.slice(11, 13));
          const rest = rawTime.slice(14).replaceAll(':', '');
          if (hh > 24)
            return reject(fileIdx, line, 'timepoint', rawTime, 'hour_out_of_range', perRow, code);
          if (/^0+$/.test(rest)) label = labelOfDateHour(rawTime.slice(0, 10), hh);
        }
        if (label === null)
          return reject(fileIdx, line, 'timepoint', rawTime, 'bad_timestamp', perRow, code);
        if (!inPeriod(st, label))
          return reject(fileIdx, line, 'timepoint', rawTime, 'outside_active_period', perRow, code);
        fq.reference += refCount;
        stationStat(code).reference += refCount;
        const aqiRaw = (cells[iAqi] as string).trim();
        const primaryRaw = (cells[iPrimary] as string).trim();
        if (aqiRaw !== '' || primaryRaw !== '') {
          const aqi = aqiRaw === '' ? null : parseValue(aqiRaw, 'pm10');
          emitReference({
            station: code,
            time: label,
            aqi: aqi !== null && aqi.ok ? aqi.value : null,
            primary: primaryRaw === '' ? [] : primaryRaw.split(',').map((s) => s.trim()),
            file: fq.file,
            line,
          });
        }
        for (const [j, p] of valueCols)
          takeValue(code, label, p, cells[j] as string, fileIdx, line, j, fq);
      },
    };
  }

  function openAqHandler(header: string[], fileIdx: number, fq: FileQuality): RowHandler {
    const col = (name: string): number => header.indexOf(name);
    const iLoc = col('location_id');
    const iTime = col('datetime');
    const iParam = col('parameter');
    const iUnit = col('units') !== -1 ? col('units') : col('unit');
    const iValue = col('value');
    const known = new Set([
      'location_id',
      'sensors_id',
      'sensor_id',
      'location',
      'datetime',
      'lat',
      'lon',
      'parameter',
      'units',
      'unit',
      'value',
    ]);
    fq.unknownColumns = header.filter((h) => !known.has(h));
    return {
      fields: header.length,
      cellsPerRow: 1,
      rejectRow(cells, line, reason, detail) {
        const code = (cells[iLoc] ?? '').trim();
        if (cells.length > iLoc && !stationsByCode.has(code)) {
          fq.outOfScope += 1;
          return;
        }
        reject(fileIdx, line, '', `${detail}: ${cells.slice(0, 4).join(',')}`, reason, 1, code);
      },
      row(cells, line) {
        const code = (cells[iLoc] as string).trim();
        const st = stationsByCode.get(code);
        const pollutant = OPENAQ_PARAMETERS[(cells[iParam] as string).trim().toLowerCase()];
        // other stations and parameters the site does not use (temperature, pm1, …) are out of scope
        if (st === undefined || pollutant === undefined) {
          fq.outOfScope += 1;
          return;
        }
        const rawTime = (cells[iTime] as string).trim();
        const ms = OpenAqKeySchema.safeParse({ datetime: rawTime }).success
          ? Date.parse(rawTime)
          : NaN;
        if (Number.isNaN(ms) || ms % 3_600_000 !== 0)
          return reject(fileIdx, line, 'datetime', rawTime, 'bad_timestamp', 1, code);
        // OpenAQ hourly values are taken as hour-ending, like CNEMC's (docs/decisions/002)
        const label = epochToLabel(ms);
        if (!inPeriod(st, label))
          return reject(fileIdx, line, 'datetime', rawTime, 'outside_active_period', 1, code);
        const raw = cells[iValue] as string;
        if (raw.trim() === '') {
          fq.empty += 1;
          stationStat(code).empty += 1;
          return;
        }
        const unit = cells[iUnit] as string;
        const n = parseValue(raw, 'pm10'); // syntax and sign only; bounds after conversion
        if (!n.ok && n.reason !== 'implausible')
          return reject(fileIdx, line, header[iValue] as string, raw, n.reason, 1, code);
        const v = toSiteUnit(Number(raw.trim()), unit, pollutant);
        if (v === null)
          return reject(fileIdx, line, header[iUnit] as string, unit, 'unknown_unit', 1, code);
        const checked = parseValue(String(v), pollutant);
        if (!checked.ok)
          return reject(fileIdx, line, header[iValue] as string, raw, checked.reason, 1, code);
        offer(code, label, pollutant, v, fileIdx, line, iValue, raw);
      },
    };
  }

  function countyHandler(header: string[], fileIdx: number, fq: FileQuality): RowHandler {
    const col = (name: string): number => header.indexOf(name);
    const iStation = col('station');
    const iDate = col('date');
    const iHour = col('hour');
    const valueCols = POLLUTANTS.map((p) => [col(p), p] as const);
    fq.unknownColumns = header.filter((h) => !(COUNTY_COLUMNS as readonly string[]).includes(h));
    const perRow = valueCols.length;
    return {
      fields: header.length,
      cellsPerRow: perRow,
      rejectRow(cells, line, reason, detail) {
        reject(
          fileIdx,
          line,
          '',
          `${detail}: ${cells.slice(0, 3).join(',')}`,
          reason,
          perRow,
          (cells[iStation] ?? '').trim(),
        );
      },
      row(cells, line) {
        const code = (cells[iStation] as string).trim();
        const st = stationsByCode.get(code);
        // a county file should hold only the county's stations: an unknown code is a typo to fix
        if (st === undefined)
          return reject(fileIdx, line, 'station', code, 'unknown_station', perRow, null);
        const key = CountyKeySchema.safeParse({
          date: (cells[iDate] as string).trim(),
          hour: (cells[iHour] as string).trim(),
        });
        if (!key.success) {
          const bad = String(key.error.issues[0]?.path[0] ?? 'date');
          return reject(
            fileIdx,
            line,
            bad,
            (cells[bad === 'hour' ? iHour : iDate] as string).trim(),
            bad === 'hour' ? 'hour_out_of_range' : 'bad_timestamp',
            perRow,
            code,
          );
        }
        const h = Number(key.data.hour);
        if (h < 0 || h > 24)
          return reject(fileIdx, line, 'hour', key.data.hour, 'hour_out_of_range', perRow, code);
        const label = labelOfDateHour(key.data.date, h);
        if (label === null)
          return reject(fileIdx, line, 'date', key.data.date, 'bad_timestamp', perRow, code);
        if (!inPeriod(st, label))
          return reject(
            fileIdx,
            line,
            'date',
            key.data.date,
            'outside_active_period',
            perRow,
            code,
          );
        for (const [j, p] of valueCols)
          takeValue(code, label, p, cells[j] as string, fileIdx, line, j, fq);
      },
    };
  }
}

function maxString(a: string, b: string): string {
  return a > b ? a : b;
}
function minString(a: string, b: string): string {
  return a < b ? a : b;
}

/** Months YYYY-MM from the month of `from` to the month of `to` (dates YYYY-MM-DD), inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  if (from > to) return out;
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Days of `month` (YYYY-MM) that fall between `from` and `to` inclusive. */
function activeDaysInMonth(month: string, from: string, to: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let n = 0;
  for (let d = 1; d <= dim; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    if (day >= from && day <= to) n++;
  }
  return n;
}

/** Index of the newline that ends the quoted record starting at `from`, or -1 if it is not complete yet. */
function findBalancedEnd(text: string, from: number): number {
  let quotes = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 10 && quotes % 2 === 0) return i;
  }
  return -1;
}
