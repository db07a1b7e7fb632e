/** The ranking open-data CSVs (written by src/publish/csv.ts, the one CSV policy). */
import { table, type CsvTable } from '../../lib/table.ts';
import { type RankingPageData } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Open-data CSVs (written by src/publish/csv.ts, the one CSV policy).

/** The county's published positions (all bodies), one row per body and period, gaps included. */
export function positionsTable(data: RankingPageData): CsvTable {
  return table(
    [
      'body',
      'period',
      'status',
      'rank',
      'units_ranked',
      'tied_with',
      'position_zh',
      'position_en',
      'basis',
      'composite_index',
      'source_url',
    ],
    data.series.flatMap((s) =>
      s.points.map((p) => [
        s.id,
        p.period,
        p.status,
        p.rank,
        p.unitsRanked,
        p.tiedWith.join(';'),
        p.display.zh,
        p.display.en,
        p.basis,
        p.compositeIndex,
        p.source?.url ?? null,
      ]),
    ),
  );
}

export function comparisonTable(data: RankingPageData): CsvTable {
  return table(
    [
      'period',
      'body',
      'computed',
      'computed_regime',
      'computed_is_sample',
      'published',
      'published_basis',
      'difference',
      'flag',
    ],
    data.indexComparison.map((r) => [
      r.period,
      r.body,
      r.computed,
      r.computedRegime,
      r.computed === null ? null : String(data.computedIsSample),
      r.published,
      r.publishedBasis,
      r.difference,
      r.flag,
    ]),
  );
}
