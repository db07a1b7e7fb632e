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
import { join, relative, sep } from 'node:path';
import type { RejectionReason } from './errors.ts';
import { OBSERVATION_FORMATS, parseValue, type FormatId } from './observations/index.ts';
import type { FileSink, ObservationFormat, PublishedReference } from './observations/format.ts';
import {
  listObservationFiles,
  readObservationFile,
  type OpenedFile,
} from './observations/read-file.ts';
import {
  zeroCounts,
  zeroFile,
  zeroStation,
  type CellCounts,
  type FileQuality,
  type QualityReport,
  type StationQuality,
} from './observations/report.ts';
import { minString, stationMonths } from './observations/completeness.ts';
import {
  CONFLICT,
  DayBuffer,
  EMPTY_STATE,
  HAS_VALUE,
  NP,
  POLLUTANT_INDEX,
  type StoredConflict,
} from './observations/day-buffer.ts';
import { RejectionLog } from './observations/rejections.ts';
import { fileDaySpan, UNKNOWN_SPAN, type FileSpan } from './spans.ts';
import { dayOfLabel, hourOfDay, labelOfDateHour } from './time.ts';
import { POLLUTANTS, type Pollutant, type StationHour } from './types.ts';
import type { Station } from './stations.ts';
import { dayCheck } from './window.ts';

export type {
  CellCounts,
  FileQuality,
  MonthCompleteness,
  QualityReport,
  ReasonSummary,
  StationQuality,
} from './observations/report.ts';
export type { PublishedReference } from './observations/format.ts';
export { listObservationFiles } from './observations/read-file.ts';

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
  /**
   * Last natural day read (YYYY-MM-DD, inclusive; see window.ts): values of later days are set
   * aside as `later_than_window` before they are offered, so they never move the span or as_of.
   * Default: no bound.
   */
  readonly dataUntil?: string | null;
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

/** Which source wins a station-hour-pollutant, by format (higher wins). */
const PRIORITY = Object.fromEntries(OBSERVATION_FORMATS.map((f) => [f.id, f.priority])) as Record<
  FormatId,
  number
>;

/** Ingest every observation file under `<dataDir>/observations/`. Throws IngestError on structural errors. */
export async function ingestObservations(opts: IngestOptions): Promise<QualityReport> {
  const stationsByCode = new Map(opts.stations.map((s) => [s.code, s]));
  const files: FileQuality[] = [];
  // Column names kept per file for rejection records: only the columns that are read (a national
  // wide header has ~1,900 names; keeping them all for every file would grow with the input).
  const columnNames: Map<number, string>[] = [];
  const columnName = (fileIdx: number, col: number): string => columnNames[fileIdx]?.get(col) ?? '';
  const stationStats = new Map<string, StationQuality>();
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
  const rejections = new RejectionLog(opts.rejectionsPath, opts.examplesPerReason ?? 5);

  const stationStat = (code: string): StationQuality => {
    let s = stationStats.get(code);
    if (s === undefined) {
      s = zeroStation(code);
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
    rejections.add({ file: fq.file, line, column, value, reason, cells });
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
    const prio = PRIORITY[(files[fileIdx] as FileQuality).format];
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
  const conflicts: StoredConflict[] = [];
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
      await readObservationFile(path, label, (header, format) =>
        openFile(path, label, header, format),
      );
    }
  } catch (e) {
    // close the rejections file cleanly (it holds what was found before the structural error)
    await rejections.close();
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

  await rejections.close();

  // Completeness per station-month over the span of the data and the station's active period.
  const stationsOut: StationQuality[] = [];
  for (const station of opts.stations) {
    const st = stationStat(station.code);
    if (first !== null && last !== null)
      st.months.push(
        ...stationMonths(station, dayOfLabel(first), dayOfLabel(last), (month) =>
          monthly.get(`${station.code}\u0000${month}`),
        ),
      );
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
    reasons: rejections.summaries(),
    totals,
    span: first !== null && last !== null ? { first, last } : null,
    hoursEmitted,
    publishedReferences,
  };

  // ---- one file ----------------------------------------------------------------------------

  /** A file's quality record and the sink its format's row handler writes to. */
  function openFile(
    path: string,
    label: string,
    header: string[],
    format: ObservationFormat<FormatId>,
  ): OpenedFile {
    const fileIdx = files.length;
    const fq = zeroFile(label, format.id, path.endsWith('.gz'));
    files.push(fq);
    const sink: FileSink = {
      file: label,
      stations: stationsByCode,
      unknownColumns: (names) => void (fq.unknownColumns = names),
      duplicateColumns: (codes) => void (fq.duplicateColumns = codes),
      outOfScope: (cells) => void (fq.outOfScope += cells),
      empty: (station) => {
        fq.empty += 1;
        stationStat(station).empty += 1;
      },
      reference: (station, cells) => {
        fq.reference += cells;
        stationStat(station).reference += cells;
      },
      duplicate: (station) => countDuplicate(fileIdx, station),
      reject: (line, column, value, reason, cells, station) =>
        reject(fileIdx, line, column, value, reason, cells, station),
      checkDay: (station, hour, line, column, value) => {
        labelInfo(hour);
        return dayCheck(memoDay, opts.dataUntil, station, { file: label, line, column, value });
      },
      take: (station, label, pollutant, raw, line, col) =>
        takeValue(station, label, pollutant, raw, fileIdx, line, col, fq),
      offer: (station, label, pollutant, value, line, col, raw) =>
        offer(station, label, pollutant, value, fileIdx, line, col, raw),
      published: emitReference,
    };
    const handler = format.handler(header, sink);
    const kept = handler.columnsNeeded ?? header.map((_, j) => j);
    columnNames.push(new Map(kept.map((j) => [j, header[j] ?? ''])));
    return { handler, tally: fq };
  }

  function emitReference(ref: PublishedReference): void {
    publishedReferences++;
    stationStat(ref.station).publishedReferences += 1;
    opts.onReference?.(ref);
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
}
