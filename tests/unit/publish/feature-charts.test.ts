import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enforcementPageData } from '../../../src/page-data/enforcement/index.ts';
import { buildPlanPages } from '../../../src/page-data/plan/index.ts';
import { rankingPageData } from '../../../src/page-data/ranking/index.ts';
import { featureCharts } from '../../../src/publish/feature-charts.ts';
import { loadPlan } from '../../../src/records/plan/index.ts';
import { loadRanking } from '../../../src/records/ranking/index.ts';
import { TOWNSHIPS, kase, pt } from '../page-data/enforcement/fixture.ts';
import { ctx } from '../page-data/site/fixture.ts';

const ranking = loadRanking(resolve('tests/fixtures/ranking/fictional'));
const known = rankingPageData(ranking, [], false);

const enf = enforcementPageData(
  {
    townships: TOWNSHIPS,
    cases: [
      kase({ decisionDate: '2024-11-05' }),
      kase({ decisionDate: '2025-01-10', penaltyFen: 2_500_50 }),
      kase({ decisionDate: '2025-03-01', township: 'sample-west' }),
      kase({ decisionDate: '2025-03-20' }),
    ],
    burning: [
      pt({}),
      pt({ date: '2025-07-01', kind: 'other', points: 2, township: 'sample-west' }),
      pt({ date: '2025-07-02', points: 3 }),
    ],
  },
  { asOf: '2025-12-31', source: 'site' },
);

describe('featureCharts(ctx, inputs)', () => {
  it('gathers every feature chart with unique ids; rankings and plan are not marked sample, enforcement follows its data', () => {
    const plan = buildPlanPages(loadPlan('data'), '2026-11-27');
    const specs = featureCharts(ctx, {
      ranking: known,
      plan,
      enforcement: enf,
      enforcementSource: ctx.source,
    });
    const ids = specs.map((s) => s.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(specs.filter((s) => s.type === 'rank')).toHaveLength(known.series.length);
    expect(specs.filter((s) => s.type === 'timeline').map((s) => s.meta.sample)).toEqual([false]);
    expect(specs.filter((s) => s.type === 'rank').every((s) => !s.meta.sample)).toBe(true);
    expect(
      specs.filter((s) => s.meta.id.startsWith('enforcement-')).every((s) => s.meta.sample),
    ).toBe(true);
    for (const s of specs) expect(s.meta.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
