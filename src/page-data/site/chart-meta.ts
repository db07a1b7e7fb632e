/**
 * What every family's chart specs share: the chart context (site, source, data date) and the
 * chart meta built from it (permalink, CSV).
 */
import { tableToCsv } from '../../charts/shared/csv.ts';
import type { Bilingual, ChartMeta } from '../../charts/shared/types.ts';

export interface ChartContext {
  readonly publicUrl: string;
  readonly sample: boolean;
  /** Citation of the observations (publisher · dataset). */
  readonly source: Bilingual;
  /** `YYYY-MM-DD` of the latest data. */
  readonly dataDate: string;
  readonly county: Bilingual;
}

/** The meta of a chart: permalink, CSV (with a `sample` column so the mark travels with the file). */
export function chartMeta(
  ctx: ChartContext,
  id: string,
  title: Bilingual,
  headline: Bilingual,
  table: ChartMeta['table'],
): ChartMeta {
  const csv = tableToCsv(table, [{ header: 'sample', value: ctx.sample }]);
  return {
    id,
    title,
    headline,
    source: ctx.source,
    dataDate: ctx.dataDate,
    sample: ctx.sample,
    permalink: `${ctx.publicUrl.replace(/\/$/, '')}/charts/${id}/`,
    csv,
    table,
  };
}
