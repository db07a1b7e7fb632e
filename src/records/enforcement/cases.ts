/**
 * cases.csv (issue 9): one row per published penalty decision, checked cell by cell and across
 * rows (unique slugs and decision numbers, one entity per id and per credit code).
 */
import { readCsv, RowReader } from './csv.ts';
import { checkSourceUrl, isCreditCode } from './privacy.ts';
import {
  enforcementCaseSchema,
  slug,
  type EnforcementCase,
  type Loaded,
  type SourceLink,
} from './schema.ts';
import {
  CATEGORY_IDS,
  ENTITY_TYPES,
  FICTITIOUS_MARK,
  MEASURE_IDS,
  RECTIFICATION_STATUSES,
  RESERVED_CASE_SLUGS,
  type Measure,
} from './vocab.ts';

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

/**
 * Optional columns: the site's own English glosses of the Chinese free text (issue 19). The
 * published text stays the Chinese one; English pages show these beside it, labelled as the site's.
 */
export const CASE_OPTIONAL_COLUMNS = ['summary_en', 'revocation_note_en'] as const;

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
  const csv = readCsv(text, file, CASE_COLUMNS, CASE_OPTIONAL_COLUMNS);
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
    const revocationNoteEn = rd.text(row, 'revocation_note_en', false);
    if (revocationNoteEn !== null && revocationNoteEn !== '' && revocationNote === '') {
      rd.fail(
        row,
        'revocation_note_en',
        'an English revocation note glosses revocation_note: give revocation_note too',
      );
    }
    const typical = rd.bool(row, 'typical');
    const summary = rd.text(row, 'summary', false);
    const summaryEn = rd.text(row, 'summary_en', false);
    if (summaryEn !== null && summaryEn !== '' && summary === '') {
      rd.fail(row, 'summary_en', 'an English summary glosses summary: give summary too');
    }

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
      revocationNoteEn: revocationNoteEn === '' ? null : revocationNoteEn,
      typical,
      summary,
      summaryEn,
      sample,
      line: row.line,
    });
    if (rec.success) out.push(rec.data);
    else rd.fail(row, '', `row does not match the case schema: ${rec.error.message}`, '');
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}
