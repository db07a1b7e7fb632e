/**
 * The build's data window (issue 21, docs/decisions/023-the-data-window.md): the last natural day
 * (Beijing time, inclusive) whose observation values are read. A value of a later day is set aside
 * as `later_than_window` by the ingest, so one mistyped year cannot move the site's "as of".
 *
 * The bound is `data_until` in site.json when given; otherwise the day after the newest date named
 * in an observation file's path (a deterministic rule: never the clock, never file times); with
 * no date in any path, there is no bound.
 */
import { join, relative, sep } from 'node:path';
import { IngestError } from './errors.ts';
import { listObservationFiles } from './observations/read-file.ts';
import type { Station } from './stations.ts';

/**
 * First day of GB 3095—2026's final phase, whose limits the site does not implement: a value of
 * that day or later inside the window stops the build (src/indicators/regime.ts re-exports it).
 */
export const FINAL_PHASE_FROM = '2031-01-01';

/** Where the window's bound came from. */
export type WindowRule = 'site.json' | 'file names' | 'none';

export interface DataWindow {
  /** Last natural day read (YYYY-MM-DD), or null for no bound. */
  readonly until: string | null;
  readonly rule: WindowRule;
}

// Longest form first; a token is not part of a longer run of letters or digits ("1001A" is a
// station code, not a year), except that a day may go on with an hour ("2026-05-12T08", the
// snapshot archive's names). Years 1900–2099 only.
const Y = '((?:19|20)\\d{2})';
const END = '(?![0-9A-Za-z])';
const DAY_END = '(?:(?![0-9A-Za-z])|(?=T\\d))';
const DATE_TOKEN = new RegExp(
  `(?<![0-9A-Za-z])(?:${Y}-(\\d{2})-(\\d{2})${DAY_END}|${Y}(\\d{2})(\\d{2})${DAY_END}|${Y}-(\\d{2})${END}|${Y}${END})`,
  'g',
);

/** The last day of a year, month or day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when it is not a real date. */
function lastDayOf(year: string, month?: string, day?: string): string | null {
  const y = Number(year);
  if (month === undefined) return `${year}-12-31`;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (day === undefined) return `${year}-${month}-${String(monthEnd).padStart(2, '0')}`;
  const d = Number(day);
  return d >= 1 && d <= monthEnd ? `${year}-${month}-${day}` : null;
}

/**
 * The newest day a path names (`2026` → 2026-12-31, `2026-05` → 2026-05-31, `20260512` and
 * `2026-05-12` → 2026-05-12), over every folder and the file name; null when it names none.
 */
export function newestPathDate(path: string): string | null {
  let newest: string | null = null;
  for (const m of path.matchAll(DATE_TOKEN)) {
    const g = m.slice(1);
    const day =
      g[0] !== undefined
        ? lastDayOf(g[0], g[1], g[2])
        : g[3] !== undefined
          ? lastDayOf(g[3], g[4], g[5])
          : g[6] !== undefined
            ? lastDayOf(g[6], g[7])
            : lastDayOf(g[8] as string);
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  return newest;
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The window of a set of observation file paths (relative to the observations folder). */
export function windowOfPaths(dataUntil: string | undefined, paths: readonly string[]): DataWindow {
  if (dataUntil !== undefined) return { until: dataUntil, rule: 'site.json' };
  let newest: string | null = null;
  for (const p of paths) {
    const d = newestPathDate(p);
    if (d !== null && (newest === null || d > newest)) newest = d;
  }
  return newest === null
    ? { until: null, rule: 'none' }
    : { until: nextDay(newest), rule: 'file names' };
}

/** The window of `<dataDir>/observations/` with site.json's `data_until` (when set). */
export function dataWindow(dataDir: string, dataUntil: string | undefined): DataWindow {
  if (dataUntil !== undefined) return windowOfPaths(dataUntil, []);
  const root = join(dataDir, 'observations');
  const paths = listObservationFiles(root).map((p) => relative(root, p).split(sep).join('/'));
  return windowOfPaths(undefined, paths);
}

/** Where a time cell is, for the error of a final-phase day. */
export interface TimeCell {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
}

/**
 * Whether a value of `station` on natural day `day` may be read (null), or why not: the window
 * first (`later_than_window`), then the final phase (a stop: IngestError naming the time cell),
 * then the station's active period (`outside_active_period`).
 */
export function dayCheck(
  day: string,
  until: string | null | undefined,
  station: Station,
  at: TimeCell,
): 'later_than_window' | 'outside_active_period' | null {
  if (until != null && day > until) return 'later_than_window';
  if (day >= FINAL_PHASE_FROM)
    throw new IngestError(
      at.file,
      at.line,
      at.column,
      `expected a day before ${FINAL_PHASE_FROM}, got "${at.value}" (natural day ${day}): GB 3095—2026's final phase, whose limits this site does not implement; data_until in site.json before that day sets such values aside instead (docs/decisions/023)`,
    );
  const active = day >= station.active_from && (station.active_to ?? day) >= day;
  return active ? null : 'outside_active_period';
}
