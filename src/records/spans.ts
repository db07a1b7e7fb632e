/**
 * Day spans of observation files, found by a cheap first pass (decode and cut lines, no CSV
 * parser, no value checks), so that ingest can let go of every station-day no unread row can
 * still touch (docs/decisions/015-bounded-memory.md).
 *
 * The pass only has to be safe, not exact: every row the real pass may use must be counted here
 * with the same natural day. It may count more rows (ones the real pass rejects), which only
 * lowers `minDay` or clears `ordered` and so costs memory, never correctness. Whenever it cannot
 * be sure (a quote, an unknown format, a decoding error) it answers UNKNOWN_SPAN.
 */
import Papa from 'papaparse';
import {
  CountyKeySchema,
  OpenAqKeySchema,
  SnapshotKeySchema,
  WideKeySchema,
  detectFormat,
} from './formats.ts';
import { openText } from './decode.ts';
import { dayOfLabel, epochToLabel, labelOfDateHour } from './time.ts';

export interface FileSpan {
  /** Earliest natural day (YYYY-MM-DD) a row of the file may touch; '' when not known (any day). */
  readonly minDay: string;
  /** True when the days of the rows never go back within the file (so a passed day is final). */
  readonly ordered: boolean;
}

/** A span that holds back every day: what the pass answers when it cannot be sure. */
export const UNKNOWN_SPAN: FileSpan = { minDay: '', ordered: false };

/** The natural day of a row from its time cells, or null when the real pass rejects that row. */
type RowDay = (cells: readonly string[]) => string | null;

function dayOf(label: string | null): string | null {
  return label === null ? null : dayOfLabel(label);
}

/** Same key checks as the row handlers in ingest.ts, reduced to the day they yield. */
function rowDayReader(
  header: readonly string[],
  file: string,
): { read: RowDay; timeColumns: number[] } {
  const format = detectFormat(header, file);
  const col = (name: string): number => header.indexOf(name);
  if (format === 'cnemc-daily-wide') {
    return {
      timeColumns: [0, 1],
      read: (c) => {
        const key = WideKeySchema.safeParse({ date: c[0], hour: c[1], type: 'x' });
        if (!key.success) return null;
        const d = key.data.date;
        return dayOf(
          labelOfDateHour(
            `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
            Number(key.data.hour),
          ),
        );
      },
    };
  }
  if (format === 'cnemc-hourly-snapshot') {
    const i = col('timepoint');
    return {
      timeColumns: [i],
      read: (c) => {
        const raw = (c[i] ?? '').trim();
        if (!SnapshotKeySchema.safeParse({ timepoint: raw }).success) return null;
        if (!/^0+$/.test(raw.slice(14).replaceAll(':', ''))) return null;
        return dayOf(labelOfDateHour(raw.slice(0, 10), Number(raw.slice(11, 13))));
      },
    };
  }
  if (format === 'openaq-archive') {
    const i = col('datetime');
    return {
      timeColumns: [i],
      read: (c) => {
        const raw = (c[i] ?? '').trim();
        if (!OpenAqKeySchema.safeParse({ datetime: raw }).success) return null;
        const ms = Date.parse(raw);
        return Number.isNaN(ms) || ms % 3_600_000 !== 0 ? null : dayOfLabel(epochToLabel(ms));
      },
    };
  }
  const iDate = col('date');
  const iHour = col('hour');
  return {
    timeColumns: [iDate, iHour],
    read: (c) => {
      const key = CountyKeySchema.safeParse({
        date: (c[iDate] ?? '').trim(),
        hour: (c[iHour] ?? '').trim(),
      });
      return key.success ? dayOf(labelOfDateHour(key.data.date, Number(key.data.hour))) : null;
    },
  };
}

/**
 * The day span of one observation file. Never throws: structural errors are the real pass's to
 * report, in file order, so any trouble here gives UNKNOWN_SPAN.
 */
export async function fileDaySpan(path: string, label: string): Promise<FileSpan> {
  const { stream, close } = openText(path, label);
  try {
    let reader: RowDay | null = null;
    let timeColumns: number[] = [];
    let lastColumn = 0;
    let minDay: string | null = null;
    let prevDay = '';
    let ordered = true;
    // rows come grouped by hour: the same time cells give the same day
    let prevKey = '';
    let prevKeyDay: string | null = null;
    let carry = '';
    let headerDone = false;
    const cells: string[] = [];
    /** One line; false when the pass cannot be sure of it. */
    const onLine = (line: string): boolean => {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.includes('"')) return false; // a quoted field may hide a comma or a line break
      if (!headerDone) {
        headerDone = true;
        // papaparse guesses the delimiter; this pass cuts at commas only
        if (/[\t;|\x1e\x1f]/.test(line)) return false;
        const parsed = Papa.parse<string[]>(line);
        if (parsed.meta.delimiter !== ',') return false;
        const r = rowDayReader(
          (parsed.data[0] ?? []).map((h) => h.trim()),
          label,
        );
        reader = r.read;
        timeColumns = r.timeColumns;
        lastColumn = Math.max(...timeColumns);
        return true;
      }
      if (line === '' || reader === null) return true;
      // cut only the fields up to the last time column (wide rows have ~1,900)
      cells.length = 0;
      let start = 0;
      while (cells.length <= lastColumn) {
        const comma = line.indexOf(',', start);
        cells.push(comma === -1 ? line.slice(start) : line.slice(start, comma));
        if (comma === -1) break;
        start = comma + 1;
      }
      const key = timeColumns.map((j) => cells[j] ?? '').join('\u0000');
      const day = key === prevKey ? prevKeyDay : reader(cells);
      prevKey = key;
      prevKeyDay = day;
      if (day === null) return true; // the real pass rejects this row: it touches no day
      if (minDay === null || day < minDay) minDay = day;
      if (day < prevDay) ordered = false;
      prevDay = day;
      return true;
    };
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = carry + chunk;
      let from = 0;
      for (;;) {
        const nl = text.indexOf('\n', from);
        if (nl === -1) break;
        if (!onLine(text.slice(from, nl))) return UNKNOWN_SPAN;
        from = nl + 1;
      }
      carry = text.slice(from);
    }
    if (carry !== '' && !onLine(carry)) return UNKNOWN_SPAN;
    // a file with no usable row touches no day: it holds nothing back
    return { minDay: minDay ?? '9999-12-31', ordered };
  } catch {
    return UNKNOWN_SPAN;
  } finally {
    close();
  }
}
