// The "done means" test of the plan data: every number and date in the plan's text is either
// recorded in targets.csv (inside the clause it comes from) or on the reviewed exclusion list,
// and every body the plan names is a known department reached through the alias table.
import { describe, expect, it } from 'vitest';
import {
  extractNumberTokens,
  loadPlan,
  joinedPlanText,
  responsibilityClauses,
  type NumberToken,
} from '../../../src/records/plan/index.ts';

const plan = loadPlan('data');
const text = joinedPlanText(plan.sourceText);
const tokens = extractNumberTokens(text);

/** Every [start, end) span at which `needle` occurs in `text`. */
function spans(needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}
const inside = (tok: NumberToken, [s, e]: [number, number]): boolean =>
  tok.start >= s && tok.end <= e;

/** The targets whose clause contains the token, with the number or date matching a field. */
function coveringTargets(tok: NumberToken): string[] {
  return plan.targets
    .filter((t) => spans(t.clause).some((sp) => inside(tok, sp)))
    .filter((t) => {
      if (tok.kind === 'date') return t.deadline === tok.date;
      if (tok.kind === 'year')
        return (
          t.deadline?.startsWith(`${tok.date ?? ''}-`) === true || t.baseline_year === tok.value
        );
      if (tok.value === null) return false;
      const numbers = [
        t.target_value,
        t.target_value_max,
        t.baseline_value,
        t.threshold_value,
      ].filter((v) => v !== null);
      // Changes are stored signed (−10 percentage points); the text writes 下降10.
      return numbers.some((v) => Math.abs(v) === tok.value);
    })
    .map((t) => t.id);
}

function coveringExclusions(tok: NumberToken): string[] {
  return plan.exclusions
    .filter((x) => x.token === tok.text && spans(x.context).some((sp) => inside(tok, sp)))
    .map((x) => x.context);
}

describe('the plan text, read mechanically', () => {
  it('yields the numbers and dates a reader sees, with 万 applied and 月底 read as month end', () => {
    const byText = new Map(tokens.map((t) => [t.text, t]));
    expect(byText.get('50 万')?.value).toBe(500_000);
    expect(byText.get('10 万')?.value).toBe(100_000);
    expect(byText.get('82.5%')?.value).toBe(82.5);
    expect(byText.get('2024年6月底')?.date).toBe('2024-06-30');
    expect(byText.get('2024年10月底')?.date).toBe('2024-10-31');
    expect(byText.get('2025年9月底')?.date).toBe('2025-09-30');
    expect(byText.get('2025 年年底')?.date).toBe('2025-12-31');
    expect(tokens.length).toBeGreaterThan(50);
  });

  it('accounts for every number and date: in a target whose clause holds it, or excluded with a reason', () => {
    const unaccounted = tokens
      .filter((tok) => coveringTargets(tok).length === 0 && coveringExclusions(tok).length === 0)
      .map((tok) => `"${tok.text}" in …${text.slice(Math.max(0, tok.start - 12), tok.end + 8)}…`);
    expect(unaccounted).toEqual([]);
  });

  it('has no exclusion that is also a target number, nor one that matches nothing in the text', () => {
    const stale = plan.exclusions.filter(
      (x) =>
        !tokens.some(
          (tok) => tok.text === x.token && spans(x.context).some((sp) => inside(tok, sp)),
        ),
    );
    expect(stale.map((x) => x.context)).toEqual([]);
    const doubly = tokens.filter(
      (tok) => coveringTargets(tok).length > 0 && coveringExclusions(tok).length > 0,
    );
    expect(doubly.map((tok) => tok.text)).toEqual([]);
  });

  it('records every deadline the text states in at least one target', () => {
    const deadlines = new Set(plan.targets.map((t) => t.deadline));
    const stated = tokens.filter((t) => t.kind === 'date').map((t) => t.date);
    expect(stated.filter((d) => !deadlines.has(d))).toEqual([]);
    expect([...new Set(stated)].sort()).toEqual([
      '2024-06-30',
      '2024-10-31',
      '2024-12-31',
      '2025-09-30',
      '2025-12-31',
    ]);
  });

  it('quotes every target clause word for word from the text', () => {
    expect(plan.targets.filter((t) => !text.includes(t.clause)).map((t) => t.id)).toEqual([]);
  });
});

describe('the measures', () => {
  it('are exactly the numbered items of sections 二 to 十, plus the main targets 一(二)', () => {
    const items: string[] = ['1.2'];
    let section = 0;
    for (const para of text.split('\n')) {
      const sec = /^([一二三四五六七八九十]+)、/.exec(para);
      if (sec) section += 1;
      const item = /^（([一二三四五六七八九十]+)）/.exec(para);
      if (item?.[1] !== undefined && section >= 2)
        items.push(`${section}.${'一二三四五六七八九十'.indexOf(item[1]) + 1}`);
    }
    expect(plan.measures.map((m) => m.id)).toEqual(items);
    expect(items).toHaveLength(34);
  });

  it('carry the plan’s own headings as their Chinese titles', () => {
    for (const m of plan.measures) expect(text, m.id).toContain(`）${m.title_zh}。`);
  });
});

describe('the bodies the plan names', () => {
  const aliasTo = new Map(plan.aliases.map((a) => [a.alias, a.department_id]));
  const deptIds = new Set(plan.departments.map((d) => d.id));
  const clauses = responsibilityClauses(text);

  it('finds a responsibility clause for every measure of sections 二 to 九', () => {
    expect(clauses.map((c) => c.measureId)).toEqual(
      plan.measures.map((m) => m.id).filter((id) => /^[2-9]\./.test(id)),
    );
  });

  it('maps every name in every responsibility clause to a department through the alias table', () => {
    const names = clauses.flatMap((c) => c.bodies.map((b) => b.name));
    expect(names.filter((n) => !aliasTo.has(n))).toEqual([]);
    expect(
      names.map((n) => aliasTo.get(n)).filter((id) => id === undefined || !deptIds.has(id)),
    ).toEqual([]);
  });

  it('matches measure_bodies.csv role for role, with open lists marked', () => {
    const fromText = clauses
      .flatMap((c) =>
        c.bodies.map(
          (b) =>
            `${c.measureId} ${aliasTo.get(b.name) ?? b.name} ${b.role}${b.openList ? ' open' : ''}`,
        ),
      )
      .sort();
    const fromCsv = plan.bodies
      .filter((b) => /^[2-9]\./.test(b.measure_id))
      .map((b) => `${b.measure_id} ${b.department_id} ${b.role}${b.open_list ? ' open' : ''}`)
      .sort();
    expect(fromCsv).toEqual(fromText);
  });

  it('holds no invented alias: each occurs in the text at least once', () => {
    expect(plan.aliases.filter((a) => !text.includes(a.alias)).map((a) => a.alias)).toEqual([]);
  });

  it('reaches every department through at least one alias, and every alias reaches a department', () => {
    expect(
      plan.departments
        .filter((d) => !plan.aliases.some((a) => a.department_id === d.id))
        .map((d) => d.id),
    ).toEqual([]);
    expect(plan.aliases.filter((a) => !deptIds.has(a.department_id)).map((a) => a.alias)).toEqual(
      [],
    );
  });

  it('leaves no department-like name in the text outside the alias table', () => {
    // Words ending like an office (局 委 部门 中心 公司 站 社 政府 委员会), minus the aliases,
    // the higher authorities the plan only cites, and the generic 各有关部门 ("all departments concerned").
    const cited = ['省委', '省政府', '市委', '市政府', '各有关部门'];
    let rest = text;
    for (const a of [...aliasTo.keys()].sort((x, y) => y.length - x.length))
      rest = rest.split(a).join('　');
    const found = [
      ...rest.matchAll(
        /[\u4e00-\u9fff]{1,8}?(?:局|部门|中心|公司|站|社|政府|委员会|委)(?=[、，。（）和要按牵配负参]|$)/gmu,
      ),
    ]
      .map((m) => m[0])
      .filter((w) => !cited.some((c) => w.endsWith(c)));
    expect(found).toEqual([]);
  });
});
