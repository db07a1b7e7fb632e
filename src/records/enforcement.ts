/**
 * Enforcement disclosures (issue 9): the files of `DATA_DIR/enforcement/` → validated records.
 *
 * Every cell arrives as a string (papaparse, no dynamic typing) and is checked by hand or by zod;
 * a bad cell becomes an `EnforcementIssue` naming file, line, column and what was expected. The
 * loader returns all issues at once; the build refuses to publish while any remain, because a
 * silently dropped case would misstate the record (docs/decisions/011-enforcement-publicity.md).
 *
 * Privacy (issue 9): no field of any file may hold a natural person's ID-card number
 * (GB 11643-1999, checked with birth date and check digit; also the old 15-digit form) or a
 * mainland mobile number. A valid unified social credit code (GB 32100-2015, with its check
 * character) in the `credit_code` column is not mistaken for an ID number.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Closed lists
// ---------------------------------------------------------------------------------------------

/**
 * Violation categories, derived from the plan (《西平县空气质量持续改善行动实施方案（征求意见稿）》):
 * the five offences of section 八(三) and the other enforcement targets it names.
 */
export const VIOLATION_CATEGORIES = [
  {
    id: 'no-permit',
    zh: '无证排污或不按证排污',
    en: 'Discharging without or against a permit',
    clause: '八(三)',
  },
  { id: 'bypass-discharge', zh: '旁路偷排', en: 'Bypass (covert) discharge', clause: '八(三)' },
  {
    id: 'treatment-facilities',
    zh: '未安装或不正常运行治污设施',
    en: 'Treatment facilities missing or not operated',
    clause: '八(三)',
  },
  { id: 'exceeding-limits', zh: '超标排放', en: 'Emissions above limits', clause: '八(三)' },
  {
    id: 'falsified-monitoring',
    zh: '监测数据弄虚作假',
    en: 'Falsified monitoring data',
    clause: '八(三)',
  },
  {
    id: 'scattered-polluting',
    zh: '“散乱污”企业',
    en: '“Scattered, disorderly, polluting” enterprise',
    clause: '二(二)',
  },
  { id: 'straw-burning', zh: '秸秆露天焚烧', en: 'Open burning of straw', clause: '五(二)' },
  {
    id: 'open-burning',
    zh: '露天焚烧其他可燃物',
    en: 'Open burning of other material',
    clause: '五(二)',
  },
  {
    id: 'non-standard-fuel',
    zh: '非标油品、不合格燃料',
    en: 'Non-standard fuel',
    clause: '四(四)、三(五)',
  },
  { id: 'dust', zh: '扬尘污染', en: 'Dust', clause: '五(一)' },
  { id: 'restaurant-fumes', zh: '餐饮油烟', en: 'Restaurant fumes', clause: '六(六)' },
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number]['id'];
const CATEGORY_IDS = VIOLATION_CATEGORIES.map((c) => c.id);

/** Measures taken, as they appear in published decisions. */
export const MEASURES = [
  { id: 'warning', zh: '警告', en: 'Warning' },
  { id: 'fine', zh: '罚款', en: 'Fine' },
  { id: 'daily-fine', zh: '按日连续处罚', en: 'Daily continuing fine' },
  { id: 'rectify', zh: '责令改正', en: 'Order to rectify' },
  { id: 'restrict-production', zh: '限制生产', en: 'Production restricted' },
  { id: 'suspend', zh: '停产整治', en: 'Suspension for rectification' },
  { id: 'seal', zh: '查封、扣押', en: 'Sealing or seizure' },
  { id: 'confiscate', zh: '没收违法所得或非法财物', en: 'Confiscation' },
  { id: 'permit-revoked', zh: '吊销许可证', en: 'Permit revoked' },
  { id: 'police', zh: '移送公安机关', en: 'Transferred to the police' },
] as const;
export type Measure = (typeof MEASURES)[number]['id'];
const MEASURE_IDS = MEASURES.map((m) => m.id);

export const ENTITY_TYPES = [
  { id: 'enterprise', zh: '企业', en: 'Enterprise' },
  { id: 'individual-business', zh: '个体工商户', en: 'Individual business' },
  { id: 'other', zh: '其他单位', en: 'Other organisation' },
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number]['id'];

export const RECTIFICATION_STATUSES = [
  { id: 'pending', zh: '整改中', en: 'Rectification pending' },
  { id: 'completed', zh: '已整改', en: 'Rectified' },
  { id: 'not-applicable', zh: '不适用', en: 'Not applicable' },
  { id: 'unknown', zh: '未公开', en: 'Not published' },
] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number]['id'];

/**
 * Fire-point kinds and the plan's deduction per point, section 五(二): “秸秆焚烧扣减地方财力
 * 50 万元/火点，露天焚烧其他可燃物扣减地方财力 10 万元/火点”.
 */
export const BURNING_KINDS = [
  { id: 'straw', zh: '秸秆焚烧', en: 'Straw burning', deductionPerPointCny: 500_000 },
  {
    id: 'other',
    zh: '露天焚烧其他可燃物',
    en: 'Open burning of other material',
    deductionPerPointCny: 100_000,
  },
] as const;
export type BurningKind = (typeof BURNING_KINDS)[number]['id'];

/** Case slugs that would collide with the fixed routes under /enforcement/. */
export const RESERVED_CASE_SLUGS = ['page', 'burning', 'category', 'township', 'year'] as const;

/** Hosts reserved for examples (RFC 2606): the only hosts a sample record may link to. */
const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$|\.example$/;
/** Government hosts allowed over plain http: (flagged as insecure on the page). */
const GOV_HOST = /(^|\.)gov\.cn$/;
/** Marker every fictitious name carries (示例建材有限公司（虚构）). */
export const FICTITIOUS_MARK = '（虚构）';

// ---------------------------------------------------------------------------------------------
// Record types (schemas are the types)
// ---------------------------------------------------------------------------------------------

const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const sourceLinkSchema = z.object({
  url: z.string(),
  /** True when the link is plain http: to a government host. */
  insecure: z.boolean(),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

export const townshipSchema = z.object({
  id: slug,
  zh: z.string().min(1),
  en: z.string().min(1),
  sample: z.boolean(),
});
export type Township = z.infer<typeof townshipSchema>;

export const enforcementCaseSchema = z.object({
  slug,
  decisionNo: z.string().min(1),
  decisionDate: isoDate,
  entityId: slug,
  entityName: z.string().min(1),
  entityType: z.enum(ENTITY_TYPES.map((e) => e.id)),
  creditCode: z.string().nullable(),
  township: slug,
  category: z.enum(CATEGORY_IDS),
  legalBasis: z.string().min(1),
  measures: z.array(z.enum(MEASURE_IDS)).min(1),
  /** Penalty in fen (1/100 yuan) so that sums are exact integers. */
  penaltyFen: z.number().int().nonnegative(),
  rectificationStatus: z.enum(RECTIFICATION_STATUSES.map((r) => r.id)),
  rectificationDate: isoDate.nullable(),
  source: sourceLinkSchema,
  publishedDate: isoDate,
  publicityEndDate: isoDate.nullable(),
  revokedDate: isoDate.nullable(),
  revocationNote: z.string().nullable(),
  typical: z.boolean(),
  summary: z.string(),
  sample: z.boolean(),
  /** Line of the row in cases.csv, for messages. */
  line: z.number().int().positive(),
});
export type EnforcementCase = z.infer<typeof enforcementCaseSchema>;

export const burningPointSchema = z.object({
  date: isoDate,
  township: slug,
  kind: z.enum(BURNING_KINDS.map((k) => k.id)),
  points: z.number().int().nonnegative(),
  /** Deduction as published; null when not published. */
  deductionCny: z.number().int().nonnegative().nullable(),
  source: sourceLinkSchema.nullable(),
  note: z.string(),
  sample: z.boolean(),
});
export type BurningPoint = z.infer<typeof burningPointSchema>;

/** One bad cell (or row, or file): where it is and what was expected. */
export interface EnforcementIssue {
  readonly file: string;
  readonly line: number;
  /** 1-based column number; 0 when the issue concerns the whole row or file. */
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly reason: string;
}

export function formatIssue(i: EnforcementIssue): string {
  const where =
    i.column > 0 ? `${i.file}:${i.line}:${i.column} (${i.columnName})` : `${i.file}:${i.line}`;
  const shown = i.value.length > 60 ? `${i.value.slice(0, 57)}…` : i.value;
  return `${where}: ${i.reason}${i.value === '' ? '' : `; got "${shown}"`}`;
}

export type Loaded<T> = { ok: true; records: T[] } | { ok: false; issues: EnforcementIssue[] };

// ---------------------------------------------------------------------------------------------
// Privacy patterns
// ---------------------------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** GB 11643-1999 18-digit citizen ID: region, valid birth date (1900–2099), ISO 7064 MOD 11-2 check. */
export function isCitizenId18(s: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(s)) return false;
  const y = Number(s.slice(6, 10));
  if (
    y < 1900 ||
    y > 2099 ||
    !validCalendarDate(y, Number(s.slice(10, 12)), Number(s.slice(12, 14)))
  )
    return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === s[17]?.toUpperCase();
}

/** The old 15-digit ID (GB 11643-1989): region, YYMMDD birth date (19YY), sequence; no check digit. */
export function isCitizenId15(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  return validCalendarDate(
    1900 + Number(s.slice(6, 8)),
    Number(s.slice(8, 10)),
    Number(s.slice(10, 12)),
  );
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 unified social credit code: 18 characters of the code set, valid check character. */
export function isCreditCode(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === s[17];
}

/**
 * What a cell reveals about a natural person, or null. Digit runs are taken whole (a longer
 * number is not searched inside), so amounts and codes do not trigger by accident.
 */
export function privacyProblem(value: string): string | null {
  for (const m of value.matchAll(/\d+[Xx]?/g)) {
    const run = m[0];
    const digits = run.replace(/[Xx]+$/, '');
    if (run.length === 18 && isCitizenId18(run)) {
      return 'a citizen ID number (GB 11643, valid birth date and check digit) must not appear in any field';
    }
    if (/^\d+$/.test(run) && run.length === 15 && isCitizenId15(run)) {
      return 'an old 15-digit citizen ID number (GB 11643-1989) must not appear in any field';
    }
    if (/^1[3-9]\d{9}$/.test(digits) && digits.length === run.length) {
      return 'a mainland mobile number (1[3-9] + 9 digits) must not appear in any field';
    }
  }
  // Mobile numbers are also written with spaces or dashes: 138 0013 8000, +86-138-0013-8000.
  const spaced = /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d])/.exec(value);
  if (spaced && /[\s-]/.test(spaced[0])) {
    return 'a mainland mobile number (1[3-9] + 9 digits) must not appear in any field';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// URL rule
// ---------------------------------------------------------------------------------------------

/**
 * A source URL must be https:, or http: to a government host (flagged `insecure`). Any other
 * scheme (javascript:, data:, file:, …) is an error. Sample records must point at a reserved
 * example host, and real records must not.
 */
export function checkSourceUrl(value: string, sample: boolean): SourceLink | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected an absolute https: URL';
  }
  if (value !== value.trim() || /\s/.test(value)) return 'expected a URL without spaces';
  const host = url.hostname.toLowerCase();
  let insecure = false;
  if (url.protocol === 'http:') {
    if (!GOV_HOST.test(host))
      return 'expected https: (http: is allowed only for government hosts *.gov.cn)';
    insecure = true;
  } else if (url.protocol !== 'https:') {
    return `expected an https: URL; the scheme "${url.protocol}" is not allowed`;
  }
  if (url.username || url.password) return 'expected a URL without user name or password';
  if (sample && !EXAMPLE_HOST.test(host)) {
    return 'a sample record must link to a reserved example host (example.org/.com/.net), never a real site';
  }
  if (!sample && EXAMPLE_HOST.test(host))
    return 'a real record must link to the published decision, not an example host';
  return { url: url.href, insecure };
}

// ---------------------------------------------------------------------------------------------
// CSV reading
// ---------------------------------------------------------------------------------------------

interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parse CSV text into rows keyed by header, with the line each row starts on. Structural
 * problems (missing or unknown columns, wrong cell counts) are issues; every cell of every row
 * is scanned for privacy problems here, so no file can slip past it.
 */
export function readCsv(
  text: string,
  file: string,
  columns: readonly string[],
  optional: readonly string[] = [],
): { rows: CsvRow[]; header: string[]; issues: EnforcementIssue[] } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const issues: EnforcementIssue[] = [];
  const raw: { line: number; cells: string[] }[] = [];
  let cursor = 0;
  let lines = 1;
  Papa.parse<string[]>(src, {
    delimiter: ',',
    skipEmptyLines: false,
    step(result) {
      const start = cursor;
      const line = lines;
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (src.charCodeAt(i) === 10) lines++;
      cursor = end;
      for (const e of result.errors) {
        issues.push({
          file,
          line,
          column: 0,
          columnName: '',
          value: '',
          reason: `CSV syntax: ${e.message}`,
        });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      raw.push({ line, cells });
    },
  });
  const head = raw.shift();
  if (!head) {
    return {
      rows: [],
      header: [],
      issues: [
        {
          file,
          line: 1,
          column: 0,
          columnName: '',
          value: '',
          reason: `empty file; expected the header ${columns.join(',')}`,
        },
      ],
    };
  }
  const header = head.cells.map((c) => c.trim());
  for (const [i, name] of header.entries()) {
    if (!columns.includes(name) && !optional.includes(name)) {
      issues.push({
        file,
        line: head.line,
        column: i + 1,
        columnName: name,
        value: name,
        reason: `unknown column; expected one of ${[...columns, ...optional].join(', ')}`,
      });
    }
  }
  for (const name of columns) {
    if (!header.includes(name)) {
      issues.push({
        file,
        line: head.line,
        column: 0,
        columnName: name,
        value: '',
        reason: `missing required column "${name}"`,
      });
    }
  }
  if (issues.length > 0) return { rows: [], header, issues };
  const rows: CsvRow[] = [];
  for (const r of raw) {
    if (r.cells.length !== header.length) {
      issues.push({
        file,
        line: r.line,
        column: 0,
        columnName: '',
        value: '',
        reason: `expected ${header.length} cells, found ${r.cells.length}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [i, name] of header.entries()) {
      const value = r.cells[i] ?? '';
      cells[name] = value;
      const exempt = name === 'credit_code' && isCreditCode(value);
      const problem = exempt ? null : privacyProblem(value);
      if (problem)
        issues.push({
          file,
          line: r.line,
          column: i + 1,
          columnName: name,
          value: '(withheld)',
          reason: problem,
        });
    }
    rows.push({ line: r.line, cells });
  }
  return { rows, header, issues };
}

/** Cell accessors that record an issue and return null on bad input. */
class RowReader {
  readonly issues: EnforcementIssue[] = [];
  readonly #file: string;
  readonly #header: readonly string[];
  constructor(file: string, header: readonly string[]) {
    this.#file = file;
    this.#header = header;
  }
  fail(row: CsvRow, column: string, reason: string, value?: string): null {
    this.issues.push({
      file: this.#file,
      line: row.line,
      column: this.#header.indexOf(column) + 1,
      columnName: column,
      value: value ?? row.cells[column] ?? '',
      reason,
    });
    return null;
  }
  text(row: CsvRow, column: string, required: boolean): string | null {
    const v = row.cells[column] ?? '';
    if (v !== v.trim()) return this.fail(row, column, 'expected no leading or trailing spaces');
    if (required && v === '')
      return this.fail(row, column, 'expected a value (this column is required)');
    return v;
  }
  date(row: CsvRow, column: string, required: boolean): string | null | undefined {
    const v = row.cells[column] ?? '';
    if (v === '' && !required) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m || !validCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      this.fail(row, column, 'expected a calendar date YYYY-MM-DD (Beijing date)');
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T | null {
    const v = row.cells[column] ?? '';
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(row, column, `expected one of ${allowed.join(', ')}`);
  }
  bool(row: CsvRow, column: string): boolean | null {
    const v = row.cells[column] ?? '';
    if (v === 'true') return true;
    if (v === 'false') return false;
    return this.fail(row, column, 'expected true or false');
  }
  integer(row: CsvRow, column: string, required: boolean): number | null | undefined {
    const v = row.cells[column] ?? '';
    if (v === '' && !required) return null;
    if (!/^\d{1,15}$/.test(v)) {
      this.fail(row, column, 'expected a whole number without separators (digits only)');
      return undefined;
    }
    return Number(v);
  }
}

// ---------------------------------------------------------------------------------------------
// The three files
// ---------------------------------------------------------------------------------------------

export const TOWNSHIP_COLUMNS = ['id', 'name_zh', 'name_en', 'sample'] as const;

export function parseTownships(text: string, file: string): Loaded<Township> {
  const csv = readCsv(text, file, TOWNSHIP_COLUMNS);
  const rd = new RowReader(file, csv.header);
  const out: Township[] = [];
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const id = rd.text(row, 'id', true);
    if (id !== null && !slug.safeParse(id).success)
      rd.fail(row, 'id', 'expected an ASCII slug (a-z, 0-9, hyphens)');
    else if (id !== null && seen.has(id)) rd.fail(row, 'id', 'duplicate township id');
    if (id !== null) seen.add(id);
    const zh = rd.text(row, 'name_zh', true);
    const en = rd.text(row, 'name_en', true);
    const sample = rd.bool(row, 'sample');
    if (sample === true && zh !== null && !zh.includes(FICTITIOUS_MARK)) {
      rd.fail(
        row,
        'name_zh',
        `a sample township must be obviously fictitious: its name must contain ${FICTITIOUS_MARK}`,
      );
    }
    if (id !== null && zh !== null && en !== null && sample !== null)
      out.push({ id, zh, en, sample });
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}

export const CASE_COLUMNS = [
  'slug',
  'decision_no',
  'decision_date',
  'entity_id',
  'entity_name',
  'entity_type',
  'credit_code',
  'township',
  'category',
  'legal_basis',
  'measures',
  'penalty_cny',
  'rectification_status',
  'rectification_date',
  'source_url',
  'published_date',
  'publicity_end_date',
  'revoked_date',
  'revocation_note',
  'typical',
  'summary',
  'sample',
] as const;

const PENALTY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parse cases.csv. `townships` are the known township ids; cross-row rules (unique slugs and
 * decision numbers, one entity per id and per credit code) are checked here too.
 */
export function parseCases(
  text: string,
  file: string,
  townships: ReadonlySet<string>,
): Loaded<EnforcementCase> {
  const csv = readCsv(text, file, CASE_COLUMNS);
  const rd = new RowReader(file, csv.header);
  const out: EnforcementCase[] = [];
  const slugs = new Map<string, number>();
  const numbers = new Map<string, number>();
  const entities = new Map<string, { type: string; code: string | null; line: number }>();
  const codeOwner = new Map<string, string>();

  for (const row of csv.rows) {
    const before = rd.issues.length;
    const caseSlug = rd.text(row, 'slug', true);
    if (caseSlug !== null) {
      if (!slug.safeParse(caseSlug).success)
        rd.fail(row, 'slug', 'expected a stable ASCII slug (a-z, 0-9, hyphens) for the URL');
      else if ((RESERVED_CASE_SLUGS as readonly string[]).includes(caseSlug))
        rd.fail(
          row,
          'slug',
          `this slug is reserved for a route (${RESERVED_CASE_SLUGS.join(', ')})`,
        );
      else if (slugs.has(caseSlug))
        rd.fail(row, 'slug', `duplicate slug (first on line ${slugs.get(caseSlug) ?? 0})`);
      slugs.set(caseSlug, slugs.get(caseSlug) ?? row.line);
    }
    const decisionNo = rd.text(row, 'decision_no', true);
    if (decisionNo !== null) {
      if (numbers.has(decisionNo))
        rd.fail(
          row,
          'decision_no',
          `duplicate decision number (first on line ${numbers.get(decisionNo) ?? 0})`,
        );
      numbers.set(decisionNo, numbers.get(decisionNo) ?? row.line);
    }
    const decisionDate = rd.date(row, 'decision_date', true);
    const sample = rd.bool(row, 'sample');

    const entityId = rd.text(row, 'entity_id', true);
    if (entityId !== null && !slug.safeParse(entityId).success)
      rd.fail(row, 'entity_id', 'expected an ASCII slug (a-z, 0-9, hyphens)');
    const entityName = rd.text(row, 'entity_name', true);
    if (sample === true && entityName !== null && !entityName.includes(FICTITIOUS_MARK)) {
      rd.fail(
        row,
        'entity_name',
        `a sample record's entity must be obviously fictitious: its name must contain ${FICTITIOUS_MARK}`,
      );
    }
    const entityType = rd.oneOf(
      row,
      'entity_type',
      ENTITY_TYPES.map((e) => e.id),
    );
    const codeCell = rd.text(row, 'credit_code', false);
    let creditCode: string | null = null;
    if (codeCell !== null && codeCell !== '') {
      if (entityType === 'individual-business') {
        rd.fail(
          row,
          'credit_code',
          'an individual business is named as published, nothing more: leave credit_code empty',
        );
      } else if (!isCreditCode(codeCell)) {
        rd.fail(
          row,
          'credit_code',
          'expected an 18-character unified social credit code (GB 32100) with a valid check character',
        );
      } else creditCode = codeCell;
    } else if (entityType === 'enterprise') {
      rd.fail(
        row,
        'credit_code',
        'expected the unified social credit code of the enterprise (GB 32100, 18 characters)',
      );
    }
    if (entityId !== null && entityType !== null) {
      const known = entities.get(entityId);
      if (known && (known.type !== entityType || known.code !== creditCode)) {
        rd.fail(
          row,
          'entity_id',
          `entity type or credit code differs from line ${known.line} for the same entity_id`,
          entityId,
        );
      } else if (!known)
        entities.set(entityId, { type: entityType, code: creditCode, line: row.line });
      if (creditCode !== null) {
        const owner = codeOwner.get(creditCode);
        if (owner !== undefined && owner !== entityId)
          rd.fail(
            row,
            'credit_code',
            `the same credit code is used by entity_id "${owner}"; one entity, one id`,
          );
        codeOwner.set(creditCode, owner ?? entityId);
      }
    }

    const township = rd.text(row, 'township', true);
    if (township !== null && !townships.has(township)) {
      rd.fail(row, 'township', 'expected a township id listed in townships.csv');
    }
    const category = rd.oneOf(row, 'category', CATEGORY_IDS);
    const legalBasis = rd.text(row, 'legal_basis', true);
    const measuresCell = rd.text(row, 'measures', true);
    let measures: Measure[] | null = null;
    if (measuresCell !== null) {
      const parts = measuresCell.split(';');
      const bad = parts.filter((p) => !(MEASURE_IDS as readonly string[]).includes(p));
      if (bad.length > 0)
        rd.fail(
          row,
          'measures',
          `expected measures separated by ";" from ${MEASURE_IDS.join(', ')}`,
        );
      else if (new Set(parts).size !== parts.length)
        rd.fail(row, 'measures', 'a measure is listed twice');
      else measures = parts as Measure[];
    }
    const penaltyCell = row.cells['penalty_cny'] ?? '';
    let penaltyFen: number | null = null;
    const pm = PENALTY.exec(penaltyCell);
    if (penaltyCell === '') penaltyFen = 0;
    else if (!pm)
      rd.fail(
        row,
        'penalty_cny',
        'expected an amount in yuan, digits with at most two decimals (no separators), or empty',
      );
    else penaltyFen = Number(pm[1]) * 100 + Number((pm[2] ?? '').padEnd(2, '0'));
    const fined =
      measures !== null && (measures.includes('fine') || measures.includes('daily-fine'));
    if (penaltyFen !== null && measures !== null) {
      if (fined && penaltyFen === 0)
        rd.fail(row, 'penalty_cny', 'the measures include a fine: expected the amount in yuan');
      if (!fined && penaltyFen > 0)
        rd.fail(
          row,
          'penalty_cny',
          'an amount is given but the measures include no fine or daily-fine',
        );
    }
    const rectificationStatus = rd.oneOf(
      row,
      'rectification_status',
      RECTIFICATION_STATUSES.map((r) => r.id),
    );
    const rectificationDate = rd.date(row, 'rectification_date', false);
    if (rectificationStatus === 'completed' && rectificationDate === null) {
      rd.fail(
        row,
        'rectification_date',
        'rectification is completed: expected the date it was completed',
      );
    }
    if (
      rectificationStatus !== null &&
      rectificationStatus !== 'completed' &&
      typeof rectificationDate === 'string'
    ) {
      rd.fail(
        row,
        'rectification_date',
        'a rectification date is given only when rectification_status is completed',
      );
    }
    const urlCell = rd.text(row, 'source_url', true);
    let source: SourceLink | null = null;
    if (urlCell !== null && sample !== null) {
      const checked = checkSourceUrl(urlCell, sample);
      if (typeof checked === 'string') rd.fail(row, 'source_url', checked);
      else source = checked;
    }
    const publishedDate = rd.date(row, 'published_date', true);
    const publicityEndDate = rd.date(row, 'publicity_end_date', false);
    const revokedDate = rd.date(row, 'revoked_date', false);
    const revocationNote = rd.text(row, 'revocation_note', false);
    if (typeof revokedDate === 'string' && revocationNote === '') {
      rd.fail(
        row,
        'revocation_note',
        'a revoked decision needs a note saying who revoked it and how (e.g. 复议撤销)',
      );
    }
    if (revokedDate === null && revocationNote !== null && revocationNote !== '') {
      rd.fail(row, 'revocation_note', 'a revocation note is given only with a revoked_date');
    }
    const typical = rd.bool(row, 'typical');
    const summary = rd.text(row, 'summary', false);

    // Date order: each later event on or after the decision.
    if (typeof decisionDate === 'string') {
      const order: [string, string | null | undefined][] = [
        ['published_date', publishedDate],
        ['rectification_date', rectificationDate],
        ['revoked_date', revokedDate],
      ];
      for (const [col, v] of order) {
        if (typeof v === 'string' && v < decisionDate)
          rd.fail(row, col, `expected a date on or after decision_date ${decisionDate}`);
      }
    }
    if (
      typeof publishedDate === 'string' &&
      typeof publicityEndDate === 'string' &&
      publicityEndDate < publishedDate
    ) {
      rd.fail(
        row,
        'publicity_end_date',
        `expected a date on or after published_date ${publishedDate}`,
      );
    }

    if (rd.issues.length > before) continue;
    const rec = enforcementCaseSchema.safeParse({
      slug: caseSlug,
      decisionNo,
      decisionDate,
      entityId,
      entityName,
      entityType,
      creditCode,
      township,
      category,
      legalBasis,
      measures,
      penaltyFen,
      rectificationStatus,
      rectificationDate,
      source,
      publishedDate,
      publicityEndDate,
      revokedDate,
      revocationNote: revocationNote === '' ? null : revocationNote,
      typical,
      summary,
      sample,
      line: row.line,
    });
    if (rec.success) out.push(rec.data);
    else rd.fail(row, '', `row does not match the case schema: ${rec.error.message}`, '');
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}

export const BURNING_COLUMNS = [
  'date',
  'township',
  'kind',
  'points',
  'deduction_cny',
  'source_url',
  'note',
  'sample',
] as const;

export function parseBurningPoints(
  text: string,
  file: string,
  townships: ReadonlySet<string>,
): Loaded<BurningPoint> {
  const csv = readCsv(text, file, BURNING_COLUMNS);
  const rd = new RowReader(file, csv.header);
  const out: BurningPoint[] = [];
  const seen = new Map<string, number>();
  for (const row of csv.rows) {
    const before = rd.issues.length;
    const date = rd.date(row, 'date', true);
    const township = rd.text(row, 'township', true);
    if (township !== null && !townships.has(township))
      rd.fail(row, 'township', 'expected a township id listed in townships.csv');
    const kind = rd.oneOf(
      row,
      'kind',
      BURNING_KINDS.map((k) => k.id),
    );
    const key = `${date ?? ''}|${township ?? ''}|${kind ?? ''}`;
    if (seen.has(key))
      rd.fail(
        row,
        'kind',
        `duplicate date, township and kind (first on line ${seen.get(key) ?? 0}); one row each`,
      );
    seen.set(key, seen.get(key) ?? row.line);
    const points = rd.integer(row, 'points', true);
    const deductionCny = rd.integer(row, 'deduction_cny', false);
    const sample = rd.bool(row, 'sample');
    const urlCell = rd.text(row, 'source_url', false);
    let source: SourceLink | null = null;
    if (urlCell !== null && urlCell !== '' && sample !== null) {
      const checked = checkSourceUrl(urlCell, sample);
      if (typeof checked === 'string') rd.fail(row, 'source_url', checked);
      else source = checked;
    }
    const note = rd.text(row, 'note', false);
    if (rd.issues.length > before) continue;
    const rec = burningPointSchema.safeParse({
      date,
      township,
      kind,
      points,
      deductionCny,
      source,
      note,
      sample,
    });
    if (rec.success) out.push(rec.data);
    else rd.fail(row, '', `row does not match the fire-point schema: ${rec.error.message}`, '');
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}

export interface EnforcementRecords {
  readonly townships: Township[];
  readonly cases: EnforcementCase[];
  readonly burning: BurningPoint[];
}

/**
 * Read `<dataDir>/enforcement/{townships,cases,burning-points}.csv`. Throws one error listing
 * every issue of every file (file:line:column (name): what was expected).
 */
export async function readEnforcementFolder(dataDir: string): Promise<EnforcementRecords> {
  const dir = join(dataDir, 'enforcement');
  const read = async (name: string): Promise<string> => {
    try {
      return await readFile(join(dir, name), 'utf8');
    } catch {
      throw new Error(
        `${join(dir, name)} is missing or unreadable; see data/enforcement/README.md`,
      );
    }
  };
  const townshipsFile = join(dir, 'townships.csv');
  const t = parseTownships(await read('townships.csv'), townshipsFile);
  const known = new Set(t.ok ? t.records.map((r) => r.id) : []);
  const c = parseCases(await read('cases.csv'), join(dir, 'cases.csv'), known);
  const b = parseBurningPoints(
    await read('burning-points.csv'),
    join(dir, 'burning-points.csv'),
    known,
  );
  const issues = [...(t.ok ? [] : t.issues), ...(c.ok ? [] : c.issues), ...(b.ok ? [] : b.issues)];
  if (issues.length > 0 || !t.ok || !c.ok || !b.ok) {
    throw new Error(
      `enforcement data rejected (${issues.length} problem(s)):\n${issues.map(formatIssue).join('\n')}`,
    );
  }
  return { townships: t.records, cases: c.records, burning: b.records };
}
