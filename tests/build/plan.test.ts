// Tests over the built plan and department pages: every measure and department has its pages,
// the statuses printed are the page data's, and the draft note and plan text are there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { PLAN_DOC } from '../../src/page-data/plan/index.ts';
import { loadPlan } from '../../src/records/plan/index.ts';

beforeAll(assertBuilt);

const plan = readGenerated(PLAN_DOC);
const LANGS = [
  ['zh', ''],
  ['en', 'en/'],
] as const;

/** The status (data-status) of the first badge after `marker` in `html`. */
function statusAfter(html: string, marker: string): string | null {
  const at = html.indexOf(marker);
  if (at < 0) return null;
  return /data-status="([a-z_]+)"/.exec(html.slice(at))?.[1] ?? null;
}

/** Text of the element carrying `marker`, tags stripped (up to the next closing tag of its kind). */
function cellAfter(html: string, marker: string): string | null {
  const at = html.indexOf(marker);
  if (at < 0) return null;
  const m = />([^<]*)</.exec(html.slice(at));
  return m?.[1]?.trim() ?? null;
}

describe('the plan pages in dist/', () => {
  it.each(LANGS)('has /plan/ and /departments/ in %s', (_lang, prefix) => {
    expect(existsSync(join(DIST, prefix, 'plan/index.html'))).toBe(true);
    expect(existsSync(join(DIST, prefix, 'departments/index.html'))).toBe(true);
  });

  it.each(plan.measures.flatMap((m) => LANGS.map(([lang, prefix]) => [m.id, lang, prefix])))(
    'has a page for measure %s in %s whose statuses match the page data',
    (id, _lang, prefix) => {
      const file = `${prefix}plan/${id}/index.html`;
      expect(existsSync(join(DIST, file)), file).toBe(true);
      const html = readDist(file);
      const m = plan.measures.find((x) => x.id === id);
      expect(statusAfter(html, `data-measure="${id}"`)).toBe(m?.status);
      for (const t of m?.targets ?? [])
        expect(statusAfter(html, `id="target-${t.id}"`), t.id).toBe(t.status);
      // Bodies link to their department pages; the plan's text is quoted.
      for (const b of m?.bodies ?? [])
        expect(html).toContain(`href="/${prefix}departments/${b.departmentId}/"`);
      expect(html).toContain('class="plan-text"');
      expect(html).toContain(`href="${plan.source.textPath}"`);
    },
  );

  it.each(plan.departments.flatMap((d) => LANGS.map(([lang, prefix]) => [d.id, lang, prefix])))(
    'has a page for department %s in %s with the page data counts',
    (id, _lang, prefix) => {
      const file = `${prefix}departments/${id}/index.html`;
      expect(existsSync(join(DIST, file)), file).toBe(true);
      const html = readDist(file);
      const d = plan.departments.find((x) => x.id === id);
      expect(cellAfter(html, 'data-count="responsible"')).toBe(String(d?.responsibleTargets));
      expect(cellAfter(html, 'data-count="without-evidence"')).toBe(String(d?.withoutEvidence));
      if (d?.done !== null) expect(cellAfter(html, 'data-count="done"')).toBe(String(d?.done));
      for (const mid of [...(d?.measures.lead ?? []), ...(d?.measures.joint ?? [])]) {
        const m = plan.measures.find((x) => x.id === mid);
        expect(statusAfter(html, `<li data-measure="${mid}"`), mid).toBe(m?.status);
      }
    },
  );

  it('has a department page for every body the plan data names', () => {
    const data = loadPlan(process.env.DATA_DIR ?? 'data');
    const named = new Set([
      ...data.bodies.map((b) => b.department_id),
      ...data.aliases.map((a) => a.department_id),
    ]);
    for (const id of named)
      expect(existsSync(join(DIST, 'departments', id, 'index.html')), id).toBe(true);
  });

  it.each(LANGS)(
    '/plan/ in %s shows each target and timeline row with its page-data status',
    (_l, prefix) => {
      const html = readDist(`${prefix}plan/index.html`);
      const all = plan.measures.flatMap((m) => m.targets);
      const byId = new Map(all.map((t) => [t.id, t.status]));
      const timeline = html.slice(
        html.indexOf('data-chart="plan-milestones"'),
        html.indexOf('id="sections"'),
      );
      const rows = [...timeline.matchAll(/<tr data-target="([^"]+)"/g)].map((m) => m[1]);
      expect(rows).toEqual(plan.overview.timeline.rows.map((r) => r.targetId));
      for (const r of plan.overview.timeline.rows)
        expect(statusAfter(timeline, `<tr data-target="${r.targetId}"`)).toBe(r.status);
      const list = html.slice(html.indexOf('id="sections"'));
      for (const [id, status] of byId)
        expect(statusAfter(list, `<li data-target="${id}"`), id).toBe(status);
      for (const m of plan.measures)
        expect(statusAfter(list, `data-measure="${m.id}"`), m.id).toBe(m.status);
    },
  );

  it.each(LANGS)('/plan/ in %s prints the status counts of the page data', (_l, prefix) => {
    const html = readDist(`${prefix}plan/index.html`);
    for (const [s, n] of Object.entries(plan.overview.targetCounts)) {
      const row = html.indexOf(`data-count-status="${s}"`);
      if (
        n === 0 &&
        plan.overview.measureCounts[s as keyof typeof plan.overview.measureCounts] === 0
      )
        expect(row).toBe(-1);
      else expect(cellAfter(html.slice(row), 'data-count="targets"')).toBe(String(n));
    }
  });

  it.each(LANGS)(
    '/plan/ in %s says the source is a draft for comments, with its title and date note',
    (lang, prefix) => {
      const html = readDist(`${prefix}plan/index.html`);
      if (plan.source.status === 'draft_for_comments') {
        expect(html).toContain('data-plan-source="draft_for_comments"');
        expect(html).toContain(lang === 'zh' ? '征求意见稿' : 'draft for comments');
      }
      expect(html).toContain(plan.source.title.zh);
      expect(html).toContain(plan.source.date ?? plan.source.dateNote[lang]);
      expect(html).toContain('data-npe-note');
      expect(html).toContain(lang === 'zh' ? '无公开证据' : 'no published evidence');
      if (plan.statusDate === null) expect(html).toContain('data-not-assessable');
    },
  );

  it('publishes the plan text verbatim and the three open-data CSVs', () => {
    const data = loadPlan(process.env.DATA_DIR ?? 'data');
    const doc = data.source.documents.find((d) => d.id === data.source.current);
    expect(readFileSync(join(DIST, plan.source.textPath), 'utf8')).toBe(data.sourceText);
    expect(plan.source.textPath).toBe(`/data/plan/${doc?.file ?? ''}`);
    for (const f of ['plan-measures.csv', 'plan-targets.csv', 'plan-departments.csv'])
      expect(readDist(`data/${f}`)).toMatch(/^id,/);
  });

  it('renders the timeline data as markup inside its figure, so it reads without JavaScript', () => {
    const html = readDist('plan/index.html');
    const figure =
      /<figure[^>]*data-chart="plan-milestones"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure).toContain('<table');
    expect(figure.match(/<tr data-target=/g)).toHaveLength(plan.overview.timeline.rows.length);
  });
});
