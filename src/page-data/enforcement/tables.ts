/** The enforcement open-data tables: only what is public at asOf, written by src/publish/csv.ts. */
import { table, type CsvTable } from '../../lib/table.ts';
import { type EnforcementPageData } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Open-data CSV (only what is public at asOf)
// ---------------------------------------------------------------------------------------------

// Written by the one CSV writer (src/publish/csv.ts): its formula guard matters here, as names,
// summaries and notes are free text from the records.
const yuanText = (fen: number): string =>
  fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);

export function casesTable(data: EnforcementPageData): CsvTable {
  const header = [
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
    'typical',
    'summary',
    'summary_en',
    'sample',
  ];
  return table(
    header,
    data.cases.map((c) => [
      c.slug,
      c.decisionNo,
      c.decisionDate,
      c.entityId,
      c.entityName,
      c.entityType,
      c.creditCode ?? '',
      c.township,
      c.category,
      c.legalBasis,
      c.measures.join(';'),
      c.penaltyFen > 0 ? yuanText(c.penaltyFen) : '',
      c.rectificationStatus,
      c.rectificationDate ?? '',
      c.source.url,
      c.publishedDate,
      c.publicityEndDate ?? '',
      String(c.typical),
      c.summary,
      c.summaryEn,
      String(c.sample),
    ]),
  );
}

export function burningTable(data: EnforcementPageData): CsvTable {
  const header = [
    'date',
    'township',
    'kind',
    'points',
    'deduction_cny',
    'expected_deduction_cny',
    'source_url',
    'note',
    'note_en',
    'sample',
  ];
  return table(
    header,
    data.burning.rows.map((r) => [
      r.date,
      r.township,
      r.kind,
      String(r.points),
      r.deductionCny === null ? '' : String(r.deductionCny),
      String(r.expectedDeductionCny),
      r.source?.url ?? '',
      r.note,
      r.noteEn,
      String(r.sample),
    ]),
  );
}
