/**
 * The ranking, plan and enforcement chart specs gathered for the build's chart registry; each
 * spec is its family's (`page-data/<family>/charts.ts`).
 */
import type { Bilingual, ChartSpec } from '../charts/shared/types.ts';
import type { ChartContext } from '../page-data/site/index.ts';
import { enforcementCharts, type EnforcementPageData } from '../page-data/enforcement/index.ts';
import { planTimelineSpec, type PlanPagesData } from '../page-data/plan/index.ts';
import { rankingCharts, type RankingPageData } from '../page-data/ranking/index.ts';

/** Inputs of `featureCharts`: each feature's page data and where its data comes from. */
export interface FeatureChartInputs {
  readonly ranking: RankingPageData;
  readonly plan: PlanPagesData;
  readonly enforcement: EnforcementPageData;
  readonly enforcementSource: Bilingual;
}

/**
 * The specs of all three features, for the build's chart registry. `ctx` carries the site (URL,
 * county). Sources and sample flags are each feature's own: rankings name their publisher, the
 * plan its document (both published texts, not sample); enforcement data says for itself.
 */
export function featureCharts(ctx: ChartContext, inputs: FeatureChartInputs): ChartSpec[] {
  const plan = planTimelineSpec({ ...ctx, sample: false }, inputs.plan);
  return [
    ...rankingCharts({ ...ctx, sample: false }, inputs.ranking),
    ...(plan === null ? [] : [plan]),
    ...enforcementCharts({ ...ctx, source: inputs.enforcementSource }, inputs.enforcement),
  ];
}
