// A cut plan table must give its own error, not dozens of echoes in the files that refer to it
// (issue 21: a truncated plan/measures.csv gave 61 messages).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, PlanDataError } from '../../../../src/records/plan/index.ts';

function planWith(measures: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cascade-'));
  cpSync('data/plan', join(dir, 'plan'), { recursive: true });
  const file = join(dir, 'plan', 'measures.csv');
  writeFileSync(file, measures(readFileSync(file, 'utf8')));
  return dir;
}

function problems(dir: string): PlanDataError {
  try {
    loadPlan(dir);
  } catch (e) {
    if (e instanceof PlanDataError) return e;
    throw e;
  }
  throw new Error('expected a PlanDataError');
}

describe('plan tables cut short', () => {
  it('the bundled plan loads', () => {
    expect(() => loadPlan('data')).not.toThrow();
  });

  it('a file cut inside a quoted cell: one error naming the line where the quote opens', () => {
    const e = problems(planWith((t) => t.slice(0, Math.floor(t.length / 2))));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.file).toBe('plan/measures.csv');
    expect(e.issues[0]?.line).toBeGreaterThan(1);
    expect(e.issues[0]?.expected).toMatch(/well-formed CSV/);
  });

  it('a file cut at a line end: at most 5 references listed per column, the rest counted', () => {
    const e = problems(planWith((t) => t.split('\n').slice(0, 30).join('\n') + '\n'));
    const bodies = e.issues.filter((i) => i.file === 'plan/measure_bodies.csv');
    expect(bodies.length).toBe(6);
    expect(bodies[5]?.expected).toMatch(
      /and \d+ more rows to line \d+ \(is the file they refer to complete\?\)/,
    );
    expect(e.issues.length).toBeLessThan(15);
  });

  it('two missing referents are still listed one by one', () => {
    const lines = readFileSync('data/plan/measures.csv', 'utf8').split('\n');
    // drop one measure that measure_bodies.csv refers to, keep everything else
    const id = (lines[1] as string).split(',')[0] as string;
    const e = problems(planWith(() => [lines[0], ...lines.slice(2)].join('\n')));
    const refs = e.issues.filter((i) => i.value === id && /measure id/.test(i.expected));
    expect(refs.length).toBeGreaterThan(0);
    expect(e.issues.every((i) => !/more rows/.test(i.expected))).toBe(true);
  });
});
