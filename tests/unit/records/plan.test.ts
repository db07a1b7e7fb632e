import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan, PlanDataError, type PlanDataIssue } from '../../../src/records/plan/index.ts';

const FIXTURES = 'tests/fixtures/plan-progress';
const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of data/plan in a temp dir, with one file's text changed by `edit`. */
function dataWith(file: string, edit: (s: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-'));
  temps.push(dir);
  cpSync('data/plan', join(dir, 'plan'), { recursive: true });
  const path = join(dir, 'plan', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function issuesOf(run: () => unknown): readonly PlanDataIssue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof PlanDataError) return e.issues;
    throw e;
  }
  throw new Error('expected loadPlan to throw PlanDataError');
}

describe('loadPlan(dataDir)', () => {
  it('reads the bundled plan: 34 measures, their bodies, targets, departments and the draft source', () => {
    const plan = loadPlan('data');
    expect(plan.measures).toHaveLength(34);
    expect(plan.targets.length).toBeGreaterThanOrEqual(40);
    expect(plan.departments.map((d) => d.id)).toContain('railway-station');
    expect(plan.source.documents[0]?.status).toBe('draft_for_comments');
    expect(plan.source.documents[0]?.date).toBeNull();
    expect(plan.sourceText).toContain('（征求意见稿）');
  });

  it('bundles no evidence: progress.csv is a header only', () => {
    expect(loadPlan('data').progress).toEqual([]);
  });

  it('types cells: numbers as numbers, empty cells as null, flags as booleans', () => {
    const t = loadPlan('data').targets.find((x) => x.id === '4.1-c');
    expect(t).toMatchObject({
      baseline_year: 2022,
      baseline_value: null,
      target_value: -10,
      strive: true,
      deadline: '2025-12-31',
    });
    expect(loadPlan('data').targets.find((x) => x.id === '5.2-c')?.target_value).toBe(500_000);
  });

  it('reads a fixture progress file in place of the bundled one, keeping file and line', () => {
    const plan = loadPlan('data', { progressFile: join(FIXTURES, 'mixed.csv') });
    expect(plan.progress).toHaveLength(6);
    expect(plan.progress[0]).toMatchObject({
      target_id: '6.4-b',
      status: 'in_progress',
      value: null,
      line: 2,
    });
    expect(plan.progress[3]?.value).toBe(91);
  });

  it('names file, line, column and what was expected for bad evidence', () => {
    const issues = issuesOf(() =>
      loadPlan('data', { progressFile: join(FIXTURES, 'bad-cells.csv') }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, column: 4, columnName: 'status', value: 'finished' }),
      expect.objectContaining({
        line: 3,
        column: 2,
        columnName: 'target_id',
        value: '9.9-z',
        expected: 'expected a target id from targets.csv',
      }),
    ]);
    expect(issues[0]?.expected).toContain('not_started, in_progress, done, missed');
    expect(issues[0]?.file).toContain('bad-cells.csv');
  });

  it.each([
    ['a non-numeric target value', 'targets.csv', ',<,35,', ',<,35 µg,', 'target_value'],
    ['an impossible deadline', 'targets.csv', '2024-06-30', '2024-06-31', 'deadline'],
    [
      'a number on a quantifier target',
      'targets.csv',
      ',basically_all,,',
      ',basically_all,1,',
      'target_value',
    ],
    ['an unknown role', 'measure_bodies.csv', '3.1,drc,lead', '3.1,drc,leader', 'role'],
    [
      'a body for an unknown department',
      'measure_bodies.csv',
      '3.1,drc,lead',
      '3.1,ndrc,lead',
      'department_id',
    ],
    [
      'an alias for an unknown department',
      'department_aliases.csv',
      '城管,urban-management',
      '城管,urban-mgmt',
      'department_id',
    ],
    ['a measure id that is not section.item', 'measures.csv', '3.1,3,1,', '3.2,3,1,', 'id'],
    [
      'a clause that is not in the text',
      'targets.csv',
      '全县秸秆综合利用率稳定在 93%以上',
      '全县秸秆综合利用率稳定在 95%以上',
      'clause',
    ],
  ])('rejects %s (%s) naming the column', (_what, file, from, to, column) => {
    const dir = dataWith(file, (s) => {
      if (!s.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
      return s.replace(from, to);
    });
    const issues = issuesOf(() => loadPlan(dir));
    expect(
      issues.some((i) => i.file === `plan/${file}` && i.line > 1 && i.columnName === column),
    ).toBe(true);
  });

  it('rejects a wrong header as a structural error of the file', () => {
    const dir = dataWith('departments.csv', (s) => s.replace('name_en', 'english'));
    const issues = issuesOf(() => loadPlan(dir));
    expect(issues).toEqual([expect.objectContaining({ file: 'plan/departments.csv', line: 0 })]);
    expect(issues[0]?.expected).toContain('expected the header id,name_zh,name_en,kind');
  });

  it('rejects a source text that differs from the checksum in meta.json', () => {
    const dir = dataWith('source/xiping-air-plan-draft.txt', (s) => s.replace('82.5%', '85%'));
    const issues = issuesOf(() => loadPlan(dir));
    expect(
      issues.some(
        (i) => i.file === 'plan/source/xiping-air-plan-draft.txt' && i.expected.includes('SHA-256'),
      ),
    ).toBe(true);
  });

  it('links the four computed headline targets to their rows (computed_as)', () => {
    const computed = loadPlan('data')
      .targets.filter((t) => t.computed_as !== '')
      .map((t) => [t.id, t.computed_as, t.comparison, t.target_value, t.deadline]);
    expect(computed).toEqual([
      ['1.2-a', 'pm2_5_annual', '<', 35, '2025-12-31'],
      ['1.2-b', 'good_days_ratio', '>=', 82.5, '2025-12-31'],
      ['1.2-c', 'heavy_days_ratio', '<=', 0.3, '2025-12-31'],
      ['7.1-a', 'grade_ii', 'complete', null, '2025-12-31'],
    ]);
  });

  it('rejects a computed target whose comparison the site does not judge, naming the column', () => {
    const dir = dataWith('targets.csv', (s) =>
      s.replace(
        '1.2-b,1.2,空气质量优良天数比率,Share of days with good or excellent air quality,,,>=,',
        '1.2-b,1.2,空气质量优良天数比率,Share of days with good or excellent air quality,,,<=,',
      ),
    );
    expect(issuesOf(() => loadPlan(dir))).toEqual([
      expect.objectContaining({
        file: 'plan/targets.csv',
        line: 3,
        columnName: 'comparison',
        expected: expect.stringContaining(
          'expected >= for a target computed as good_days_ratio',
        ) as string,
      }),
    ]);
  });

  it('rejects a second row computed as the same target, pointing at the second line', () => {
    let last = 0;
    const dir = dataWith('targets.csv', (s) => {
      const good = s.split('\n').find((l) => l.startsWith('1.2-b,')) as string;
      const text = `${s.replace(/\n$/, '')}\n${good.replace('1.2-b,', '1.2-z,')}\n`;
      last = text.trimEnd().split('\n').length;
      return text;
    });
    expect(issuesOf(() => loadPlan(dir))).toEqual([
      expect.objectContaining({
        line: last,
        columnName: 'computed_as',
        expected: 'expected a unique computed_as (first used on line 3)',
      }),
    ]);
  });

  it('rejects an unknown computed_as value with the list of those the site computes', () => {
    const dir = dataWith('targets.csv', (s) => s.replace(',heavy_days_ratio\n', ',heavy_days\n'));
    expect(issuesOf(() => loadPlan(dir))).toEqual([
      expect.objectContaining({
        line: 4,
        columnName: 'computed_as',
        expected: expect.stringContaining(
          'pm2_5_annual, good_days_ratio, heavy_days_ratio, grade_ii',
        ) as string,
      }),
    ]);
  });

  it('rejects a duplicate target id, pointing at the second line', () => {
    const dir = dataWith('targets.csv', (s) => s.replace('1.2-b,1.2,', '1.2-a,1.2,'));
    const issues = issuesOf(() => loadPlan(dir));
    expect(issues).toEqual([
      expect.objectContaining({
        columnName: 'id',
        line: 3,
        expected: 'expected a unique id (first used on line 2)',
      }),
    ]);
  });
});
