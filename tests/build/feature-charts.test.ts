// Tests over the built ranking, plan and enforcement pages: each mounts its chart in the chart
// frame (inline <svg role="img">) with exactly one table, and the gallery lists every chart type.
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts, readGenerated } from '../../src/lib/generated.ts';
import { CHART_TYPE_NAMES } from '../../src/page-data/gallery/index.ts';
import { ENFORCEMENT_DOC, enforcementChartId } from '../../src/page-data/enforcement/index.ts';
import { PLAN_DOC } from '../../src/page-data/plan/index.ts';
import { RANKING_DOC } from '../../src/page-data/ranking/index.ts';
import { assertBuilt, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

/** The markup from the first `start` to the next `end` after it (or to the end of the page). */
function slice(html: string, start: string, end: RegExp): string {
  const a = html.indexOf(start);
  if (a < 0) throw new Error(`not in the page: ${start}`);
  const rest = html.slice(a + start.length);
  const b = rest.search(end);
  return start + (b < 0 ? rest : rest.slice(0, b));
}

const count = (html: string, re: RegExp): number => html.match(re)?.length ?? 0;
const SVG = /<svg [^>]*role="img"/g;

describe.each([
  ['zh', ''],
  ['en', 'en/'],
] as const)('the %s feature pages', (_lang, prefix) => {
  it('ranking: every body with a numeric rank shows its rank chart, with one table', () => {
    const data = readGenerated(RANKING_DOC);
    const html = readDist(`${prefix}ranking/index.html`);
    const withRank = data.series.filter((s) => s.points.some((p) => p.rank !== null));
    expect(withRank.length).toBeGreaterThan(0);
    for (const s of data.series) {
      const fig = slice(
        html,
        `<figure class="ranking-series" id="${s.chart.id}"`,
        /<figure class="ranking-series"|<\/section>/,
      );
      const drawn = withRank.includes(s);
      expect(count(fig, /<figure class="chart-frame chart-frame-rank"/g), s.id).toBe(drawn ? 1 : 0);
      expect(count(fig, SVG), s.id).toBe(drawn ? 1 : 0);
      expect(count(fig, /<table\b/g), s.id).toBe(1);
      // Ranks given in words stay in the table, with the source's words.
      for (const p of s.points.filter((q) => q.status === 'text_only'))
        expect(fig).toContain(p.display[_lang].replace(/'/g, '&#39;'));
    }
  });

  it('plan: the milestone timeline is drawn in its figure, with one table', () => {
    const plan = readGenerated(PLAN_DOC);
    const html = readDist(`${prefix}plan/index.html`);
    const fig = slice(html, '<figure class="plan-timeline"', /<h2\b/);
    expect(plan.statusDate).not.toBeNull();
    expect(count(fig, /<figure class="chart-frame chart-frame-timeline"/g)).toBe(1);
    expect(count(fig, SVG)).toBe(1);
    expect(count(fig, /<table\b/g)).toBe(1);
    expect(fig).toContain(`data-chart="${plan.overview.timeline.id}"`);
  });

  it.each(['enforcement/index.html', 'enforcement/burning/index.html'])(
    'enforcement (%s): every statistic is a chart with one table',
    (file) => {
      const html = readDist(`${prefix}${file}`);
      const ids = [
        ...html.matchAll(
          /<div class="enf-chart" data-chart="([^"]+)" data-chart-type="(bar|line)"/g,
        ),
      ];
      expect(ids.length).toBeGreaterThan(0);
      for (const [, id, type] of ids) {
        const block = slice(
          html,
          `<div class="enf-chart" data-chart="${id ?? ''}"`,
          /<div class="enf-chart"|<\/section>/,
        );
        expect(
          count(block, new RegExp(`<figure class="chart-frame chart-frame-${type ?? ''}"`, 'g')),
          id,
        ).toBe(1);
        expect(count(block, SVG), id).toBe(1);
        expect(count(block, /<table\b/g), id).toBe(1);
      }
    },
  );
});

describe('the enforcement charts in the registry', () => {
  const data = readGenerated(ENFORCEMENT_DOC);
  const specs = allCharts();
  it.each([...data.charts, ...data.burning.charts].map((c) => [c.id, c] as const))(
    '%s draws the numbers of its table',
    (_id, chart) => {
      const spec = specs.find((s) => s.meta.id === enforcementChartId(chart));
      if (spec === undefined) throw new Error(`no chart ${enforcementChartId(chart)}`);
      const tableSums = chart.series.map((_, i) =>
        chart.rows.reduce((n, r) => n + (r.values[i] ?? 0), 0),
      );
      const drawn =
        spec.type === 'bar'
          ? spec.series.map((s) => s.values.reduce<number>((n, v) => n + (v ?? 0), 0))
          : spec.type === 'line'
            ? spec.series.map((s) => s.points.reduce<number>((n, p) => n + (p.y ?? 0), 0))
            : [];
      expect(drawn).toEqual(tableSums);
      expect(spec.meta.sample).toBe(data.sample);
    },
  );
  it('count every published case in the case charts', () => {
    for (const id of [
      'cases-by-year',
      'cases-by-month',
      'cases-by-category',
      'cases-by-township',
    ]) {
      const spec = specs.find((s) => s.meta.id === `enforcement-${id}`);
      const n =
        spec?.type === 'bar'
          ? spec.series[0]?.values.reduce<number>((a, v) => a + (v ?? 0), 0)
          : spec?.type === 'line'
            ? spec.series[0]?.points.reduce<number>((a, p) => a + (p.y ?? 0), 0)
            : NaN;
      expect(n, id).toBe(data.cases.length);
    }
  });
});

describe('the chart gallery', () => {
  it.each([
    ['zh', 'charts/index.html', '/charts/'],
    ['en', 'en/charts/index.html', '/en/charts/'],
  ] as const)(
    '(%s) lists a chart of every type, each linking to its permalink',
    (_lang, file, base) => {
      const html = readDist(file);
      const specs = allCharts();
      for (const type of Object.keys(CHART_TYPE_NAMES) as (keyof typeof CHART_TYPE_NAMES)[]) {
        const section = slice(html, `<h2 id="type-${type}">`, /<h2\b|<\/main>/);
        const linked = [...section.matchAll(new RegExp(`href="${base}([a-z0-9-]+)/"`, 'g'))].map(
          (m) => m[1],
        );
        const ofType = linked.filter((id) => specs.find((s) => s.meta.id === id)?.type === type);
        expect(ofType.length, type).toBeGreaterThan(0);
        expect(ofType, type).toEqual(linked);
      }
    },
  );
});
