import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan, type Target } from '../../../../src/records/plan/index.ts';
import {
  PAGE_STATUSES,
  PLAN_DOC,
  buildPlanPages,
  compareIds,
  measureTexts,
  planPagesSchema,
  statusDateOf,
  type PlanPagesData,
  type TargetView,
  displayPlanText,
  requirementText,
} from '../../../../src/page-data/plan/index.ts';
import {
  buildPlanData,
  departmentsCsv,
  measuresCsv,
  targetsCsv,
} from '../../../../src/publish/feature-files.ts';

// Fixture evidence is fictitious (tests/fixtures/plan-progress/README.md); the bundled
// data/plan/progress.csv holds none.
const MIXED = join('tests/fixtures/plan-progress', 'mixed.csv');
const withFixture = loadPlan('data', { progressFile: MIXED });
const bundled = loadPlan('data');

function target(p: PlanPagesData, id: string): TargetView {
  const t = p.measures.flatMap((m) => m.targets).find((x) => x.id === id);
  if (t === undefined) throw new Error(`no target ${id}`);
  return t;
}
const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

describe('statusDateOf(asOf)', () => {
  it.each([
    [null, null],
    ['2025-06-01', '2025-06-01'],
    // Hour-ending labels: 00:00 closes the previous day (HJ 663 Table A.1).
    ['2025-01-01T00:00:00+08:00', '2024-12-31'],
    ['2025-01-01T01:00:00+08:00', '2025-01-01'],
    ['2024-07-01T00:00:00+08:00', '2024-06-30'],
  ])('reads %j as the status date %j', (asOf, expected) => {
    expect(statusDateOf(asOf)).toBe(expected);
  });

  it.each(['2025-1-1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00', 'today', ''])(
    'refuses %j, naming what it expected',
    (asOf) => {
      expect(() => statusDateOf(asOf)).toThrow(/expected YYYY-MM-DD or an hour label/);
    },
  );
});

describe('measureTexts(sourceText)', () => {
  const texts = measureTexts(bundled.sourceText);

  it.each(bundled.measures.map((m) => [m.id, m.item]))(
    'finds the text of measure %s, opening with its item number',
    (id, item) => {
      const text = texts.get(id);
      expect(text).toBeDefined();
      expect(text).toMatch(/^（[一二三四五六七八九十]+）/);
      // Item 2 opens with （二）: the numeral matches the item.
      const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
      expect(text?.startsWith(`（${numerals[item] ?? '?'}）`)).toBe(true);
    },
  );

  it('joins page-break splits inside an item (公/安局 in 十(二) reads 公安局)', () => {
    expect(texts.get('4.2')).toContain('公安局');
    expect(texts.get('4.2')).toContain('（县科技和工业信息化局、公安局');
  });

  it('holds every clause of every target inside the text of its own measure', () => {
    for (const t of bundled.targets) {
      const text = texts.get(t.measure_id) ?? '';
      expect(text.includes(t.clause), `${t.id} in ${t.measure_id}`).toBe(true);
    }
  });
});

describe('buildPlanPages(plan, statusDate) with fictitious fixture evidence', () => {
  const p = buildPlanPages(withFixture, '2025-06-01');

  it('reads each target status from evidence up to the status date', () => {
    expect(target(p, '6.4-a').status).toBe('done');
    expect(target(p, '6.4-b').status).toBe('no_published_evidence');
    expect(target(p, '5.1-c').status).toBe('done');
    // The 2026 "missed" item is after the status date and does not count yet.
    expect(target(p, '1.2-b').status).toBe('not_due');
    expect(target(p, '1.2-b').evidence).toEqual([]);
  });

  it('lists a target evidence history oldest first with its source', () => {
    const e = target(p, '6.4-a').evidence;
    expect(e.map((x) => [x.date, x.status])).toEqual([
      ['2024-03-01', 'in_progress'],
      ['2024-06-20', 'done'],
    ]);
    expect(e[1]?.sourceUrl).toBe('https://example.org/fixture/2');
    expect(e[1]?.summary.zh).toContain('虚构');
  });

  it('shows the later evidence once the status date passes it', () => {
    const later = buildPlanPages(withFixture, '2026-02-01');
    expect(target(later, '1.2-b').status).toBe('missed');
    expect(later.measures.find((m) => m.id === '1.2')?.status).toBe('missed');
  });

  it('keeps evidence filed against a measure without targets on that measure', () => {
    const m = p.measures.find((x) => x.id === '7.3');
    expect(m?.status).toBe('in_progress');
    expect(m?.evidence.map((e) => e.date)).toEqual(['2024-09-01']);
  });

  it('counts every target and every measure exactly once', () => {
    expect(sum(p.overview.targetCounts)).toBe(withFixture.targets.length);
    expect(sum(p.overview.measureCounts)).toBe(withFixture.measures.length);
    expect(p.overview.targetCounts.done).toBe(2);
    expect(p.overview.targetCounts.not_assessable).toBe(0);
  });

  it('groups every measure under its section, in file order', () => {
    const grouped = p.overview.sections.flatMap((s) => s.measureIds);
    expect(grouped).toEqual(withFixture.measures.map((m) => m.id));
    expect(p.overview.sections.find((s) => s.section === 4)?.measureIds).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '4.4',
    ]);
  });

  it('gives the timeline one row per target with a deadline, by deadline, with its status', () => {
    const rows = p.overview.timeline.rows;
    const dated = withFixture.targets.filter((t) => t.deadline !== null);
    expect(rows.map((r) => r.targetId).sort()).toEqual(dated.map((t) => t.id).sort());
    expect(rows.map((r) => r.deadline)).toEqual([...rows.map((r) => r.deadline)].sort());
    expect(rows[0]).toMatchObject({ targetId: '6.4-a', deadline: '2024-06-30', status: 'done' });
    for (const r of rows) expect(r.status).toBe(target(p, r.targetId).status);
  });

  it('lists the bodies of a measure lead first, each with a department page id', () => {
    // Reversed input: the order comes from the role, not from the file.
    const reversed = buildPlanPages(
      { ...withFixture, bodies: [...withFixture.bodies].reverse() },
      '2025-06-01',
    );
    const m = reversed.measures.find((x) => x.id === '5.1');
    const roles = m?.bodies.map((b) => b.role) ?? [];
    expect(roles[0]).toBe('lead');
    expect(roles.indexOf('cooperating')).toBeGreaterThan(roles.lastIndexOf('lead'));
    const deptIds = new Set(p.departments.map((d) => d.id));
    for (const mm of p.measures)
      for (const b of mm.bodies) expect(deptIds.has(b.departmentId)).toBe(true);
  });

  it('gives one accountability row per department with counts that add up', () => {
    expect(p.departments.map((d) => d.id)).toEqual(withFixture.departments.map((d) => d.id));
    for (const d of p.departments) {
      expect(sum(d.byStatus)).toBe(d.responsibleTargets);
      expect(d.done).toBe(d.byStatus.done);
      expect(d.withoutEvidence).toBeLessThanOrEqual(d.responsibleTargets);
    }
    // 6.4 (survey done, upgrade overdue) is the eco branch's joint responsibility in the plan.
    const eco = p.departments.find((d) => d.id === 'eco');
    expect(eco?.measures.lead.concat(eco.measures.joint)).toContain('6.4');
    expect(eco?.done).toBeGreaterThanOrEqual(1);
    expect(eco?.overdue).toBeGreaterThanOrEqual(1);
  });

  it('quotes target clauses as plain text (PM2.5, not $PM_{2.5}$)', () => {
    expect(target(p, '1.2-a').clause).toBe('到 2025 年，全县 PM2.5 浓度低于 35 微克/立方米');
    for (const m of p.measures) expect(m.text).not.toContain('$');
  });

  it('is valid against the schema the pages read it with', () => {
    expect(planPagesSchema.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
  });
});

describe('buildPlanPages with the bundled data (no evidence on file)', () => {
  it('shows a passed deadline as no published evidence, never as done', () => {
    const p = buildPlanPages(bundled, '2024-07-01');
    expect(target(p, '6.4-a').status).toBe('no_published_evidence');
    expect(target(p, '6.4-a').deadlinePassed).toBe(true);
    expect(p.overview.targetCounts.done).toBe(0);
    expect(p.overview.measureCounts.done).toBe(0);
  });

  it('keeps the deadline day itself on time', () => {
    expect(target(buildPlanPages(bundled, '2024-06-30'), '6.4-a').status).toBe('not_due');
  });
});

describe('buildPlanPages(plan, null): no status date', () => {
  const p = buildPlanPages(withFixture, null);

  it('marks every target, measure and timeline row not assessable', () => {
    expect(p.statusDate).toBeNull();
    expect(p.overview.targetCounts.not_assessable).toBe(withFixture.targets.length);
    expect(p.overview.measureCounts.not_assessable).toBe(withFixture.measures.length);
    for (const r of p.overview.timeline.rows) expect(r.status).toBe('not_assessable');
    for (const t of p.measures.flatMap((m) => m.targets)) expect(t.deadlinePassed).toBe(false);
  });

  it('still lists all evidence on file, in date order', () => {
    expect(target(p, '1.2-b').evidence.map((e) => e.date)).toEqual(['2026-01-20']);
    expect(target(p, '6.4-a').evidence.map((e) => e.date)).toEqual(['2024-03-01', '2024-06-20']);
  });

  it('draws no done or overdue count for departments, but counts targets without evidence', () => {
    for (const d of p.departments) {
      expect(d.done).toBeNull();
      expect(d.overdue).toBeNull();
      expect(d.byStatus.not_assessable).toBe(d.responsibleTargets);
    }
    const eco = p.departments.find((d) => d.id === 'eco');
    expect(eco?.withoutEvidence).toBeLessThan(eco?.responsibleTargets ?? 0);
  });
});

describe('buildPlanPages input checks', () => {
  it.each(['2025-6-1', '2025-06-01T00:00:00+08:00', 'now'])('refuses the status date %j', (d) => {
    expect(() => buildPlanPages(bundled, d)).toThrow(/statusDate: expected YYYY-MM-DD/);
  });

  it('names the plan source when the current document is missing', () => {
    const broken = { ...bundled, source: { ...bundled.source, current: 'final-version' } };
    expect(() => buildPlanPages(broken, null)).toThrow(/meta\.json.*final-version/);
  });
});

describe('requirementText(lang, target)', () => {
  const base: Target = {
    id: '9.9-a',
    measure_id: '9.9',
    indicator_zh: '示例指标（虚构）',
    indicator_en: 'Example (fictitious)',
    baseline_value: null,
    baseline_year: null,
    comparison: 'complete',
    target_value: null,
    target_value_max: null,
    unit: '',
    threshold_value: null,
    threshold_unit: '',
    deadline: null,
    strive: false,
    clause: '示例（虚构）',
    computed_as: '',
  };
  it.each<[Partial<Target>, string, string]>([
    [{ comparison: '<', target_value: 35, unit: 'µg/m³' }, '低于 35 微克/立方米', 'below 35 µg/m³'],
    [{ comparison: '>=', target_value: 82.5, unit: 'percent' }, '不低于 82.5%', 'at least 82.5 %'],
    [{ comparison: '<=', target_value: 0.3, unit: 'percent' }, '不高于 0.3%', 'at most 0.3 %'],
    [{ comparison: '=', target_value: 2, unit: 'per_month' }, '每月 2 次', '2 a month'],
    [
      { comparison: '=', target_value: 500000, unit: 'yuan_per_fire_point' },
      '每个火点 500,000 元',
      '¥500,000 per fire point',
    ],
    [
      {
        comparison: '<=',
        target_value: -10,
        unit: 'percentage_points_change',
        baseline_year: 2022,
        strive: true,
      },
      '力争较 2022 年至少下降 10 个百分点',
      'strive: down at least 10 percentage points from 2022',
    ],
    [
      { comparison: '<=', target_value: -5, unit: 'percent_change', baseline_year: 2020 },
      '较 2020 年至少下降 5%',
      'down at least 5 % from 2020',
    ],
    [
      { comparison: 'between', target_value: 5, target_value_max: 10, unit: 'ranking_places' },
      '提升 5–10 位',
      'up 5–10 places',
    ],
    [{ comparison: 'basically_all' }, '基本全部实现', 'almost all'],
    [{ comparison: 'none' }, '清零（不再存在或新增）', 'none left (or none added)'],
    [{ comparison: 'complete', strive: true }, '力争完成', 'strive: completed'],
  ])('puts %j into words', (over, zh, en) => {
    const t = { ...base, ...over };
    expect(requirementText('zh', t)).toBe(zh);
    expect(requirementText('en', t)).toBe(en);
  });
});

describe('displayPlanText(s)', () => {
  it.each([
    ['全县 $PM_{2.5}$ 浓度', '全县 PM2.5 浓度'],
    ['无公式', '无公式'],
  ])('writes %j as %j', (s, expected) => {
    expect(displayPlanText(s)).toBe(expected);
  });
});

describe('compareIds(a, b)', () => {
  it('orders ids by section and item numerically, then by letter', () => {
    expect(['10.1-a', '4.1-c', '4.1-a', '4.10', '4.2'].sort(compareIds)).toEqual([
      '4.1-a',
      '4.1-c',
      '4.2',
      '4.10',
      '10.1-a',
    ]);
  });
});

describe('open-data CSVs', () => {
  const p = buildPlanPages(withFixture, '2025-06-01');
  const parse = (s: string): Record<string, string>[] =>
    Papa.parse<Record<string, string>>(s, { header: true, skipEmptyLines: true }).data;

  it('write one measure per row, commas and quotes in cells surviving a round trip', () => {
    const rows = parse(measuresCsv(p));
    expect(rows).toHaveLength(withFixture.measures.length);
    const r = rows.find((x) => x['id'] === '1.2');
    expect(r?.['summary_en']).toBe(withFixture.measures.find((m) => m.id === '1.2')?.summary_en);
    expect(r?.['status']).toBe(p.measures.find((m) => m.id === '1.2')?.status);
    expect(r?.['status_date']).toBe('2025-06-01');
  });

  it('write every target with the status and evidence count the pages show', () => {
    const rows = parse(targetsCsv(withFixture, p));
    expect(rows.map((r) => r['id'])).toEqual(withFixture.targets.map((t) => t.id));
    const a = rows.find((r) => r['id'] === '6.4-a');
    expect(a).toMatchObject({
      status: 'done',
      evidence_count: '2',
      latest_evidence_date: '2024-06-20',
    });
    expect(rows.find((r) => r['id'] === '5.2-c')?.['target_value']).toBe('500000');
  });

  it('write every department with empty done/overdue cells when not assessable', () => {
    const rows = parse(departmentsCsv(buildPlanPages(withFixture, null)));
    expect(rows).toHaveLength(withFixture.departments.length);
    for (const r of rows) {
      expect(r['done']).toBe('');
      expect(r['overdue']).toBe('');
      expect(r['status_date']).toBe('');
    }
  });
});

describe('buildPlanData(dataDir, outDir, asOf)', () => {
  const out = mkdtempSync(join(tmpdir(), 'plan-pages-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes plan.json, the three CSVs and a verbatim copy of the plan text', async () => {
    await buildPlanData('data', out, '2024-07-01T00:00:00+08:00');
    const json = planPagesSchema.parse(JSON.parse(readFileSync(join(out, PLAN_DOC.file), 'utf8')));
    expect(json.statusDate).toBe('2024-06-30');
    expect(PAGE_STATUSES).toContain(json.measures[0]?.status);
    for (const f of ['plan-measures.csv', 'plan-targets.csv', 'plan-departments.csv'])
      expect(readFileSync(join(out, 'public/data', f), 'utf8')).toMatch(/^id,/);
    const copy = readFileSync(join(out, 'public', json.source.textPath));
    const doc = bundled.source.documents.find((d) => d.id === bundled.source.current);
    expect(createHash('sha256').update(copy).digest('hex')).toBe(doc?.sha256);
  });
});
