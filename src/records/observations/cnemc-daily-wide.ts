/**
 * CNEMC's daily wide archive (`china_sites_YYYYMMDD.csv`): `date,hour,type,<station codes…>`,
 * one row per hour and value type, one column per station of the national network (~1,900).
 * The county needs a handful of those columns, so the rows are cut at the needed columns by a
 * reader of its own (readWideRows) instead of papaparse. Lowest priority: the archive writes some
 * real zeros as empty cells (domain.md §6.1).
 */
import { z } from 'zod';
import Papa from 'papaparse';
import type { RejectionReason } from '../errors.ts';
import type { Station } from '../stations.ts';
import { countNewlines } from '../table.ts';
import { dayOfLabel, labelOfDateHour } from '../time.ts';
import type { Pollutant } from '../types.ts';
import { parseValue } from './cells.ts';
import type { FileSink, ObservationFormat, RowHandler, RowTarget } from './format.ts';

/** Daily wide `type` values that are 1-hour measurements (names as in that archive: not swapped). */
export const WIDE_VALUE_TYPES: Readonly<Record<string, Pollutant>> = {
  'PM2.5': 'pm2_5',
  PM10: 'pm10',
  SO2: 'so2',
  NO2: 'no2',
  O3: 'o3',
  CO: 'co',
};
export const WIDE_REFERENCE_TYPES: ReadonlySet<string> = new Set([
  'AQI',
  'PM2.5_24h',
  'PM10_24h',
  'SO2_24h',
  'NO2_24h',
  'O3_24h',
  'O3_8h',
  'O3_8h_24h',
  'CO_24h',
]);

/** Row keys validated with zod (the measurement cells take the faster `parseValue` path). */
export const WideKeySchema = z.object({
  date: z.string().regex(/^\d{8}$/),
  hour: z.string().regex(/^-?\d{1,3}$/),
  type: z.string().min(1),
});

export const cnemcDailyWide: ObservationFormat<'cnemc-daily-wide'> = {
  id: 'cnemc-daily-wide',
  description: 'CNEMC daily wide archive (date,hour,type,<station codes…>)',
  priority: 1,
  detect: (header) => header[0] === 'date' && header[1] === 'hour' && header[2] === 'type',
  missing: (header) => (header.length < 4 ? '<station code>' : undefined),
  spanReader: () => ({
    timeColumns: [0, 1],
    read: (c) => {
      const key = WideKeySchema.safeParse({ date: c[0], hour: c[1], type: 'x' });
      if (!key.success) return null;
      const d = key.data.date;
      const label = labelOfDateHour(
        `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
        Number(key.data.hour),
      );
      return label === null ? null : dayOfLabel(label);
    },
  }),
  handler: wideHandler,
  readRows: readWideRows,
};

function wideHandler(header: string[], sink: FileSink): RowHandler {
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
  sink.duplicateColumns([...dupGroups.keys()]);
  // in-scope columns: [column index, station]; only these are inspected
  const inScope: [number, Station][] = [];
  for (let j = 3; j < header.length; j++) {
    const st = sink.stations.get(header[j] as string);
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
    const distinct = new Set(group.map((c) => (cells[c] as string).trim()).filter((v) => v !== ''));
    if (distinct.size > 1) {
      for (const c of group)
        sink.reject(line, code, cells[c] as string, 'duplicate_column', 1, code);
      return;
    }
    let carrier = -1;
    for (const c of group) {
      if ((cells[c] as string).trim() === '') {
        sink.empty(code);
      } else if (carrier === -1) carrier = c;
      else sink.duplicate(code);
    }
    if (carrier !== -1) sink.take(code, label, pollutant, cells[carrier] as string, line, carrier);
  };
  const rejectInScope = (
    line: number,
    column: string,
    value: string,
    reason: RejectionReason,
  ): void => {
    // one record per in-scope station so per-station counts stay right
    for (const [, st] of inScope) sink.reject(line, column, value, reason, 1, st.code);
  };
  return {
    fields: header.length,
    columnsNeeded: [...new Set([...inScope.map(([j]) => j), ...[...dupGroups.values()].flat()])],
    cellsPerRow: codes.length,
    rejectRow(cells, line, reason, detail) {
      sink.outOfScope(outCount);
      if (inScope.length > 0)
        sink.reject(
          line,
          '',
          `${detail}: ${cells.slice(0, 3).join(',')}`,
          reason,
          inScope.length,
          null,
        );
    },
    row(cells, line) {
      sink.outOfScope(outCount);
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
    if (pollutant === undefined && !isRef) return rejectInScope(line, 'type', type, 'unknown_type');
    for (const [j, st] of inScope) {
      const code = st.code;
      const raw = cells[j] as string;
      const setAside = sink.checkDay(st, label, line, 'date', cells[0] as string);
      if (setAside !== null) {
        sink.reject(line, code, raw, setAside, 1, code);
        continue;
      }
      if (isRef) {
        sink.reference(code, 1);
        if (type === 'AQI' && raw !== '') {
          const aqi = parseValue(raw, 'pm10');
          sink.published({
            station: code,
            time: label,
            aqi: aqi.ok ? aqi.value : null,
            primary: [],
            file: sink.file,
            line,
          });
        }
        continue;
      }
      const group = dupGroups.get(code);
      if (group !== undefined) {
        if (j === group[0]) duplicateGroup(code, group, cells, label, pollutant as Pollutant, line);
        continue; // the other copies are handled with the first
      }
      sink.take(code, label, pollutant as Pollutant, raw, line, j);
    }
  }
}

/**
 * Daily wide files are ~1,900 columns wide and the county needs a handful: unquoted rows are cut
 * at the needed columns only (fields are still counted); a row with a quote goes to papaparse.
 */
async function readWideRows(
  chunks: AsyncIterable<string>,
  fields: number,
  needed: readonly number[],
  firstLine: number,
  target: RowTarget,
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
    target.row(row, row.length, thisLine);
  };

  /**
   * One pass over text[from, end): cut the wanted fields and count all of them. Returns false,
   * touching nothing, when the line holds a quote.
   */
  const plain = (text: string, from: number, end: number): boolean => {
    if (end > from && text.charCodeAt(end - 1) === 13) end--;
    if (end === from) {
      line++;
      target.blankLine();
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
    target.row(j === fields ? cells : cells.slice(0, Math.min(j, fields)), j, line++);
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
