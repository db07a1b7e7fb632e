/**
 * Page data of /data-quality/ and /data-quality/<year>/ from `.generated/quality.json`: per-file
 * accounting with the invariant checked, per-station totals, completeness per station-month,
 * rejection reasons with examples, and the published-versus-recomputed AQI cross-check. Pure.
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/strings.ts';
import { REJECTION_REASONS, type RejectionReason } from '../../records/errors.ts';
import type { FormatId } from '../../records/observations/index.ts';
import { POLLUTANTS, type Pollutant } from '../../records/types.ts';
import type { QualityFile, QualityReportData } from './schema.ts';
import type { Bilingual } from '../../i18n/text.ts';
import { REASON_TEXT, qualityText } from './text.ts';

type CellCounts = QualityReportData['totals'];
type MonthCompleteness = QualityReportData['stations'][number]['months'][number];

/** The six terms of the accounting invariant, in the order the page prints them. */
export const ACCOUNTING_TERMS = [
  'used',
  'rejected',
  'outOfScope',
  'reference',
  'empty',
  'identicalDuplicates',
] as const;
export type AccountingTerm = (typeof ACCOUNTING_TERMS)[number];

export interface AccountingRow {
  /** File path relative to the data folder, or null for the total row. */
  readonly file: string | null;
  readonly format: FormatId | null;
  readonly rows: number;
  readonly counts: CellCounts;
  /** used + rejected + out of scope + reference only + empty + identical duplicates. */
  readonly accounted: number;
  /** read = accounted. */
  readonly balanced: boolean;
}

export const STATION_TERMS = [
  'used',
  'rejected',
  'reference',
  'empty',
  'identicalDuplicates',
  'publishedReferences',
] as const;
export type StationTerm = (typeof STATION_TERMS)[number];
export type StationCounts = Readonly<Record<StationTerm, number>>;

export interface StationName {
  readonly code: string;
  readonly name: Bilingual;
}

export interface StationRow {
  readonly code: string;
  readonly name: Bilingual;
  readonly counts: StationCounts;
}

export interface ReasonRow {
  readonly reason: RejectionReason;
  readonly label: Bilingual;
  readonly explanation: Bilingual;
  readonly cells: number;
  readonly records: number;
  readonly examples: readonly {
    file: string;
    line: number;
    column: string;
    value: string;
    cells: number;
  }[];
}

export interface YearSummary {
  readonly year: string;
  /** Per station (in station-list order): share of expected pollutant-hours with a value, or null if not active that year. */
  readonly stations: readonly { code: string; percent: number | null; expectedHours: number }[];
}

export interface CrossCheckData {
  /** 'none': no published AQI to compare; otherwise whether every compared hour agreed. */
  readonly status: 'none' | 'agree' | 'disagree';
  readonly noneText: Bilingual | null;
  readonly compared: number;
  readonly agree: number;
  readonly disagree: number;
  readonly primaryDisagree: number;
  readonly onlyPublished: number;
  readonly onlyComputed: number;
  readonly examples: QualityFile['crossCheck']['examples'];
}

export interface QualityPageData {
  readonly sample: boolean;
  readonly span: { readonly first: string; readonly last: string } | null;
  readonly window: QualityFile['window'];
  /** Files whose last line has no line break (read, but not provably complete). */
  readonly unterminated: readonly string[];
  readonly headline: Bilingual;
  readonly files: readonly AccountingRow[];
  readonly total: AccountingRow;
  readonly stations: readonly StationRow[];
  readonly stationSum: StationCounts;
  readonly unattributed: StationCounts;
  readonly years: readonly YearSummary[];
  readonly reasons: readonly ReasonRow[];
  readonly reasonCells: number;
  readonly reasonRecords: number;
  /** Sum of the reasons' cells = total rejected. */
  readonly reasonsBalanced: boolean;
  readonly absentReasons: readonly { reason: RejectionReason; label: Bilingual }[];
  readonly cross: CrossCheckData;
  readonly downloads: { readonly rejections: string; readonly quality: string };
}

export interface CompletenessCell {
  readonly pollutant: Pollutant;
  readonly hours: number;
  readonly percent: number;
  readonly daysWith20Hours: number;
}

export interface CompletenessMonth {
  readonly month: string;
  readonly expectedHours: number;
  readonly activeDays: number;
  readonly cells: readonly CompletenessCell[];
}

export interface QualityYearData {
  readonly sample: boolean;
  readonly year: string;
  readonly years: readonly string[];
  readonly stations: readonly {
    code: string;
    name: Bilingual;
    /** Share of the year's expected hours with a value, per pollutant. */
    readonly year: readonly { pollutant: Pollutant; percent: number }[];
    readonly months: readonly CompletenessMonth[];
  }[];
}

export function accountedCells(c: CellCounts): number {
  return ACCOUNTING_TERMS.reduce((n, k) => n + c[k], 0);
}

/** part / whole as a percentage rounded DOWN to 0.1, so 100 appears only when nothing is missing; null when whole is 0. */
export function floorPercent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((part * 1000) / whole) / 10;
}

/** floorPercent where `whole` cannot be 0 (a listed station-month always has active hours). */
function monthPercent(part: number, whole: number, what: string): number {
  const p = floorPercent(part, whole);
  if (p === null) throw new Error(`quality.json: ${what} has no expected hours`);
  return p;
}

function accountingRow(
  file: string | null,
  format: FormatId | null,
  rows: number,
  c: CellCounts,
): AccountingRow {
  const counts: CellCounts = {
    read: c.read,
    used: c.used,
    rejected: c.rejected,
    outOfScope: c.outOfScope,
    reference: c.reference,
    empty: c.empty,
    identicalDuplicates: c.identicalDuplicates,
  };
  const accounted = accountedCells(counts);
  return { file, format, rows, counts, accounted, balanced: accounted === counts.read };
}

function zeroStationCounts(): Record<StationTerm, number> {
  return {
    used: 0,
    rejected: 0,
    reference: 0,
    empty: 0,
    identicalDuplicates: 0,
    publishedReferences: 0,
  };
}

function nameOf(code: string, names: readonly StationName[]): Bilingual {
  return names.find((s) => s.code === code)?.name ?? { zh: code, en: code };
}

function both(f: (lang: Lang) => string): Bilingual {
  return { zh: f('zh'), en: f('en') };
}

/** Years (YYYY) that hold at least one station-month of completeness. */
export function qualityYears(input: QualityFile): string[] {
  const ys = new Set<string>();
  for (const s of input.quality.stations) for (const m of s.months) ys.add(m.month.slice(0, 4));
  return [...ys].sort();
}

function sumMonths(months: readonly MonthCompleteness[]): {
  expected: number;
  hours: Record<Pollutant, number>;
} {
  const hours = Object.fromEntries(POLLUTANTS.map((p) => [p, 0])) as Record<Pollutant, number>;
  let expected = 0;
  for (const m of months) {
    expected += m.expectedHours;
    for (const p of POLLUTANTS) hours[p] += m.hours[p];
  }
  return { expected, hours };
}

function crossCheckData(input: QualityFile): CrossCheckData {
  const c = input.crossCheck;
  const disagree = c.compared - c.agree;
  const nothing = c.compared + c.onlyPublished + c.onlyComputed === 0;
  const refs = input.quality.publishedReferences;
  const noneText = !nothing
    ? null
    : refs > 0
      ? both((l) => qualityText(l, 'crossNoOverlap', { n: formatNumber(l, refs) }))
      : both((l) => qualityText(l, input.sample ? 'crossNoneSample' : 'crossNone'));
  return {
    status: nothing
      ? 'none'
      : disagree === 0 && c.onlyPublished === 0 && c.onlyComputed === 0
        ? 'agree'
        : 'disagree',
    noneText,
    compared: c.compared,
    agree: c.agree,
    disagree,
    primaryDisagree: c.primaryDisagree,
    onlyPublished: c.onlyPublished,
    onlyComputed: c.onlyComputed,
    examples: c.examples,
  };
}

/**
 * The overview page's data. Throws when the per-station counts exceed the totals (a station
 * cannot hold more cells than were read): that is a bug upstream, not something to print.
 */
export function buildQualityPage(
  input: QualityFile,
  names: readonly StationName[],
): QualityPageData {
  const q = input.quality;
  const files = q.files.map((f) => accountingRow(f.file, f.format, f.rows, f));
  const total = accountingRow(
    null,
    null,
    q.files.reduce((n, f) => n + f.rows, 0),
    q.totals,
  );
  const stations: StationRow[] = q.stations.map((s) => ({
    code: s.station,
    name: nameOf(s.station, names),
    counts: {
      used: s.used,
      rejected: s.rejected,
      reference: s.reference,
      empty: s.empty,
      identicalDuplicates: s.identicalDuplicates,
      publishedReferences: s.publishedReferences,
    },
  }));
  const stationSum = zeroStationCounts();
  for (const s of stations) for (const k of STATION_TERMS) stationSum[k] += s.counts[k];
  const totalsByTerm: StationCounts = { ...q.totals, publishedReferences: q.publishedReferences };
  const unattributed = zeroStationCounts();
  for (const k of STATION_TERMS) {
    unattributed[k] = totalsByTerm[k] - stationSum[k];
    if (unattributed[k] < 0)
      throw new Error(
        `quality.json: stations hold ${stationSum[k]} ${k} cells, more than the total ${totalsByTerm[k]}`,
      );
  }

  const years: YearSummary[] = qualityYears(input).map((year) => ({
    year,
    stations: q.stations.map((s) => {
      const { expected, hours } = sumMonths(s.months.filter((m) => m.month.startsWith(`${year}-`)));
      const present = POLLUTANTS.reduce((n, p) => n + hours[p], 0);
      return {
        code: s.station,
        percent: floorPercent(present, expected * POLLUTANTS.length),
        expectedHours: expected,
      };
    }),
  }));

  const present = new Set(q.reasons.map((r) => r.reason));
  const reasons: ReasonRow[] = [...q.reasons]
    .sort((a, b) => REJECTION_REASONS.indexOf(a.reason) - REJECTION_REASONS.indexOf(b.reason))
    .map((r) => ({
      reason: r.reason,
      label: REASON_TEXT[r.reason].label,
      explanation: REASON_TEXT[r.reason].explanation,
      cells: r.cells,
      records: r.records,
      examples: r.examples.map((e) => ({
        file: e.file,
        line: e.line,
        column: e.column,
        value: e.value,
        cells: e.cells,
      })),
    }));
  const reasonCells = reasons.reduce((n, r) => n + r.cells, 0);
  const reasonRecords = reasons.reduce((n, r) => n + r.records, 0);

  const allBalanced = files.every((f) => f.balanced) && total.balanced;
  const headline = both((l) => {
    const n = (v: number): string => formatNumber(l, v);
    const verdict = allBalanced
      ? l === 'zh'
        ? `${n(files.length)}个文件的计数全部相符`
        : `the counts of all ${n(files.length)} files add up`
      : l === 'zh'
        ? `有${n(files.filter((f) => !f.balanced).length)}个文件的计数不相符`
        : `the counts of ${n(files.filter((f) => !f.balanced).length)} files do not add up`;
    return l === 'zh'
      ? `共读入${n(total.counts.read)}个数值单元格：使用${n(total.counts.used)}个，剔除${n(total.counts.rejected)}个；${verdict}。`
      : `${n(total.counts.read)} value cells read: ${n(total.counts.used)} used, ${n(total.counts.rejected)} rejected; ${verdict}.`;
  });

  return {
    sample: input.sample,
    span: q.span,
    window: input.window,
    unterminated: q.files.filter((f) => f.endsWithoutLineBreak).map((f) => f.file),
    headline,
    files,
    total,
    stations,
    stationSum,
    unattributed,
    years,
    reasons,
    reasonCells,
    reasonRecords,
    reasonsBalanced: reasonCells === q.totals.rejected,
    absentReasons: REJECTION_REASONS.filter((r) => !present.has(r)).map((reason) => ({
      reason,
      label: REASON_TEXT[reason].label,
    })),
    cross: crossCheckData(input),
    downloads: { rejections: '/data/rejections.csv.gz', quality: '/data/quality.json' },
  };
}

/** One year's completeness page: per station, months × pollutants. Throws for a year without data. */
export function buildQualityYear(
  input: QualityFile,
  names: readonly StationName[],
  year: string,
): QualityYearData {
  const years = qualityYears(input);
  if (!years.includes(year))
    throw new Error(
      `quality.json holds no completeness for ${year} (years: ${years.join(', ') || 'none'})`,
    );
  const stations = input.quality.stations
    .map((s) => ({ s, months: s.months.filter((m) => m.month.startsWith(`${year}-`)) }))
    .filter(({ months }) => months.length > 0)
    .map(({ s, months }) => {
      const { expected, hours } = sumMonths(months);
      return {
        code: s.station,
        name: nameOf(s.station, names),
        year: POLLUTANTS.map((p) => ({
          pollutant: p,
          percent: monthPercent(hours[p], expected, `${s.station} ${year}`),
        })),
        months: months.map((m) => ({
          month: m.month,
          expectedHours: m.expectedHours,
          activeDays: m.expectedHours / 24,
          cells: POLLUTANTS.map((p) => ({
            pollutant: p,
            hours: m.hours[p],
            percent: monthPercent(m.hours[p], m.expectedHours, `${s.station} ${m.month}`),
            daysWith20Hours: m.daysWith20Hours[p],
          })),
        })),
      };
    });
  return { sample: input.sample, year, years, stations };
}
