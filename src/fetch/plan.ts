/**
 * Fetch planning (pure, no I/O, no clock): which URLs to request and which file under
 * `observations/<source id>/` each one becomes. See docs/decisions/012-fetching.md.
 *
 * Template placeholders (Beijing calendar, the publisher's clock):
 *   {YYYYMMDD} {YYYY-MM-DD} {YYYY} {MM} {DD}  — the date
 *   {HH}                                      — the clock hour 00…23 (hourly snapshots)
 * A template with {HH} steps by hour, otherwise by day.
 */
import { isCalendarDate } from '../records/table.ts';
import type { FormatId } from '../records/observations/index.ts';

/** What the planner needs of a `site.json` fetch source (`FetchSourceSchema`). */
export interface FetchSourceConfig {
  readonly id: string;
  readonly format: FormatId;
  readonly url_template?: string | undefined;
  readonly urls?: readonly string[] | undefined;
  /** Size limit of one file in bytes, received and decompressed (default DEFAULT_MAX_BYTES of the format). */
  readonly max_bytes?: number | undefined;
  /** Origins (`https://host:port`) a redirect may lead to besides the URL's own. */
  readonly redirect_origins?: readonly string[] | undefined;
  /** Accept a last line without a line break, but only when a Content-Length vouched for the length. */
  readonly allow_unterminated?: boolean | undefined;
}

const MIB = 1 << 20;
/**
 * Default size limit per format, a generous multiple of a real file: a CNEMC daily wide archive
 * is about 1 MiB, an hourly snapshot about 0.2 MiB, a county export far less; OpenAQ archives of
 * a whole day of readings are the largest.
 */
export const DEFAULT_MAX_BYTES: Readonly<Record<FormatId, number>> = {
  'cnemc-daily-wide': 32 * MIB,
  'cnemc-hourly-snapshot': 8 * MIB,
  'openaq-archive': 64 * MIB,
  'county-hourly': 8 * MIB,
};

/** One file to fetch. `key` is the date (`YYYY-MM-DD`) or hour (`YYYY-MM-DDTHH`) of a template item, the URL for a list item. */
export interface FetchItem {
  readonly source: string;
  readonly format: FormatId;
  readonly url: string;
  /** Path relative to `observations/`, always `<source id>/<file name>`. */
  readonly target: string;
  readonly key: string;
}

/** A configuration or argument problem found before any request is made. */
export class FetchPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchPlanError';
  }
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['YYYYMMDD', 'YYYY-MM-DD', 'YYYY', 'MM', 'DD', 'HH']);
/** A file name the ingest reads and no shell or path trick can misuse. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv(\.gz)?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** True when the template is expanded per hour (it uses {HH}). */
export function isHourly(template: string): boolean {
  return template.includes('{HH}');
}

/** Placeholders used by a template, in order; throws on an unknown one. */
export function templatePlaceholders(template: string, source: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] as string;
    if (!KNOWN.has(name))
      throw new FetchPlanError(
        `site.json fetch source "${source}": unknown placeholder {${name}} in url_template (expected one of {YYYYMMDD}, {YYYY-MM-DD}, {YYYY}, {MM}, {DD}, {HH})`,
      );
    out.push(name);
  }
  return out;
}

/** Split a key `YYYY-MM-DD` or `YYYY-MM-DDTHH` into its parts. */
function keyParts(key: string): { y: string; m: string; d: string; h: string | null } {
  return {
    y: key.slice(0, 4),
    m: key.slice(5, 7),
    d: key.slice(8, 10),
    h: key.length > 10 ? key.slice(11, 13) : null,
  };
}

/** Expand a template for a date key (`YYYY-MM-DD`) or hour key (`YYYY-MM-DDTHH`). */
export function expandTemplate(template: string, key: string): string {
  const { y, m, d, h } = keyParts(key);
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    switch (name) {
      case 'YYYYMMDD':
        return `${y}${m}${d}`;
      case 'YYYY-MM-DD':
        return `${y}-${m}-${d}`;
      case 'YYYY':
        return y;
      case 'MM':
        return m;
      case 'DD':
        return d;
      case 'HH':
        if (h === null) throw new Error(`expandTemplate: {HH} needs an hour key, got ${key}`);
        return h;
      default:
        throw new Error(`expandTemplate: unknown placeholder {${name}}`);
    }
  });
}

/** The file name a URL is saved under: its last path segment, which must be a safe .csv/.csv.gz name. */
export function targetName(url: string, source: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchPlanError(`site.json fetch source "${source}": "${url}" is not a valid URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new FetchPlanError(`site.json fetch source "${source}": "${url}" is not an http(s) URL`);
  const segment = parsed.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    name = segment;
  }
  if (!SAFE_NAME.test(name))
    throw new FetchPlanError(
      `site.json fetch source "${source}": the URL "${url}" ends in "${name}", expected a file name of letters, digits, ".", "_", "-" ending in .csv or .csv.gz (it becomes the file name under observations/${source}/)`,
    );
  return name;
}

/** The next date key (`YYYY-MM-DD`) or hour key (`YYYY-MM-DDTHH`), computed at +08:00 explicitly. */
export function nextKey(key: string): string {
  const hourly = key.length > 10;
  const { y, m, d, h } = keyParts(key);
  const ms = Date.parse(`${y}-${m}-${d}T${h ?? '00'}:00:00+08:00`) + (hourly ? HOUR_MS : DAY_MS);
  const wall = new Date(ms + 8 * HOUR_MS).toISOString(); // UTC fields read as Beijing wall time
  return hourly ? `${wall.slice(0, 10)}T${wall.slice(11, 13)}` : wall.slice(0, 10);
}

/** Keys from `from` to `last` inclusive (both of the same kind). */
export function keysBetween(from: string, last: string): string[] {
  const out: string[] = [];
  for (let k = from; k <= last; k = nextKey(k)) out.push(k);
  return out;
}

/**
 * A regex that recognises the file names a template produces and gives back their key, or
 * throws when the file name alone cannot tell the dates apart (two dates would then write the
 * same file).
 */
export function nameMatcher(template: string, source: string): (name: string) => string | null {
  const used = templatePlaceholders(template, source);
  const last = template.split('?')[0]?.split('/').pop() ?? '';
  const inName = templatePlaceholders(last, source);
  const hasDate =
    inName.includes('YYYYMMDD') ||
    inName.includes('YYYY-MM-DD') ||
    (inName.includes('YYYY') && inName.includes('MM') && inName.includes('DD'));
  if (!hasDate || (used.includes('HH') && !inName.includes('HH')))
    throw new FetchPlanError(
      `site.json fetch source "${source}": the file name part of url_template ("${last}") must hold the whole date ({YYYYMMDD}, {YYYY-MM-DD} or {YYYY}, {MM} and {DD})${used.includes('HH') ? ' and {HH}' : ''}, so that every date gets its own file`,
    );
  const groups: string[] = [];
  const pattern = last
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      groups.push(part);
      return part === 'YYYYMMDD'
        ? '(\\d{8})'
        : part === 'YYYY-MM-DD'
          ? '(\\d{4}-\\d{2}-\\d{2})'
          : part === 'YYYY'
            ? '(\\d{4})'
            : '(\\d{2})';
    })
    .join('');
  const re = new RegExp(`^${pattern}$`);
  return (name) => {
    const m = re.exec(name);
    if (m === null) return null;
    let y = '';
    let mo = '';
    let d = '';
    let h: string | null = null;
    groups.forEach((g, i) => {
      const v = m[i + 1] as string;
      if (g === 'YYYYMMDD') [y, mo, d] = [v.slice(0, 4), v.slice(4, 6), v.slice(6, 8)];
      else if (g === 'YYYY-MM-DD') [y, mo, d] = [v.slice(0, 4), v.slice(5, 7), v.slice(8, 10)];
      else if (g === 'YYYY') y = v;
      else if (g === 'MM') mo = v;
      else if (g === 'DD') d = v;
      else h = v;
    });
    const date = `${y}-${mo}-${d}`;
    if (!isCalendarDate(date)) return null;
    if (h === null) return date;
    return Number(h) <= 23 ? `${date}T${h as string}` : null;
  };
}

export interface PlanOptions {
  /** First date to fetch (`YYYY-MM-DD`); when absent, each template source resumes from its own files. */
  readonly from?: string | undefined;
  /** Last date to fetch, inclusive (`YYYY-MM-DD`); hourly templates go to 23:00 of that date. */
  readonly until: string;
  /** File names already present under `observations/<source id>/`, per source id. */
  readonly existing: ReadonlyMap<string, readonly string[]>;
  /** Keys that failed in an earlier run (retried until they succeed), per source id. */
  readonly failed: ReadonlyMap<string, readonly string[]>;
}

function checkDate(value: string, what: string): void {
  if (!isCalendarDate(value))
    throw new FetchPlanError(`${what} "${value}" is not a date: expected YYYY-MM-DD`);
}

/**
 * The files to fetch, in a deterministic order (sources as configured, keys ascending).
 *
 * Template sources: from `from`, or else from the latest file already present for that source
 * (re-checked with a conditional request: a publisher may complete or correct its newest file),
 * up to `until`; plus every earlier key that failed before. A source with no file yet needs
 * `from`. List sources: every URL, every run (conditional requests keep that cheap).
 */
export function planFetch(sources: readonly FetchSourceConfig[], opts: PlanOptions): FetchItem[] {
  checkDate(opts.until, '--until');
  if (opts.from !== undefined) {
    checkDate(opts.from, '--from');
    if (opts.from > opts.until)
      throw new FetchPlanError(`--from ${opts.from} is after --until ${opts.until}`);
  }
  const items: FetchItem[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id))
      throw new FetchPlanError(`site.json fetch sources: the id "${s.id}" is used twice`);
    ids.add(s.id);
    const add = (url: string, key: string): void => {
      const target = `${s.id}/${targetName(url, s.id)}`;
      if (seen.has(target))
        throw new FetchPlanError(
          `site.json fetch source "${s.id}": two URLs would both be saved as observations/${target}`,
        );
      seen.add(target);
      items.push({ source: s.id, format: s.format, url, target, key });
    };
    if (s.urls !== undefined) {
      for (const url of s.urls) add(url, url);
      continue;
    }
    const template = s.url_template;
    if (template === undefined)
      throw new FetchPlanError(`site.json fetch source "${s.id}": expected url_template or urls`);
    const keyOf = nameMatcher(template, s.id);
    const hourly = isHourly(template);
    const last = hourly ? `${opts.until}T23` : opts.until;
    let start: string;
    if (opts.from !== undefined) start = hourly ? `${opts.from}T00` : opts.from;
    else {
      const keys = (opts.existing.get(s.id) ?? [])
        .map(keyOf)
        .filter((k): k is string => k !== null);
      const latest = keys.sort().at(-1);
      if (latest === undefined)
        throw new FetchPlanError(
          `site.json fetch source "${s.id}": no file yet under observations/${s.id}/ to resume from: pass --from YYYY-MM-DD for the first fetch`,
        );
      start = latest;
    }
    const keys = new Set(keysBetween(start, last));
    // earlier failures are retried even when outside the range, so that no gap is forgotten
    const keyShape = hourly ? /^\d{4}-\d{2}-\d{2}T\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
    for (const k of opts.failed.get(s.id) ?? [])
      if (keyShape.test(k) && keyOf(targetName(expandTemplate(template, k), s.id)) === k)
        keys.add(k);
    for (const k of [...keys].sort()) add(expandTemplate(template, k), k);
  }
  return items;
}
