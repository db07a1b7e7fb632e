/**
 * The house rules that a linter cannot state (issue 16): no import cycle anywhere in src/, and
 * one home for the language types — `Lang` and the `{ zh, en }` pair are declared only in
 * src/i18n/text.ts. Read with the TypeScript compiler's own parser (no new dependency).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
const TEXT_HOME = 'src/i18n/text.ts';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p.split(sep).join('/')];
    });
}

const files = walk(SRC).filter((f) => /\.(ts|astro)$/.test(f));

/** The TypeScript of a file: an .astro file's frontmatter, or the whole .ts file. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  return m?.[1] ?? '';
}

/** Relative imports and re-exports of a file (type-only ones included), as repo paths. */
export function importsOf(file: string, source = code(file)): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles
    .map((r) => r.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      normalize(join(dirname(file), s))
        .split(sep)
        .join('/'),
    );
}

/** Every cycle of the graph (strongly connected components of two or more files, or a self-import). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      for (;;) {
        const w = stack.pop() as string;
        onStack.delete(w);
        c.push(w);
        if (w === v) break;
      }
      if (c.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(c.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Named `Lang` types, and any type written as exactly `{ zh: string; en: string }`. */
export function languageTypes(file: string, source = code(file)): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const offset = file.endsWith('.astro') ? 2 : 1; // an .astro file's code starts after its '---'
  const where = (n: ts.Node): string =>
    `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + offset}`;
  const isPair = (n: ts.Node): boolean =>
    ts.isTypeLiteralNode(n) &&
    n.members.length === 2 &&
    n.members.every(
      (m) =>
        ts.isPropertySignature(m) &&
        m.type?.kind === ts.SyntaxKind.StringKeyword &&
        ['zh', 'en'].includes(m.name.getText(sf)),
    );
  const visit = (n: ts.Node): void => {
    if ((ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) && n.name.text === 'Lang')
      found.push(`${where(n)} declares Lang`);
    else if (
      ts.isInterfaceDeclaration(n) &&
      n.heritageClauses === undefined &&
      isPair(ts.factory.createTypeLiteralNode(n.members))
    )
      found.push(`${where(n)} declares a { zh, en } interface ${n.name.text}`);
    else if (isPair(n)) found.push(`${where(n)} writes the type { zh: string; en: string }`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('architecture', () => {
  it('finds a cycle and a language type where there is one (the checks can fail)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      importsOf('src/x/y.ts', "import type { A } from '../z.ts';\nexport * from './w.ts';"),
    ).toEqual(['src/z.ts', 'src/x/w.ts']);
    expect(
      languageTypes(
        'f.ts',
        "type Lang = 'zh' | 'en';\nconst L: Record<string, { readonly zh: string; readonly en: string }> = {};\ninterface P { zh: string; en: string }",
      ),
    ).toEqual([
      'f.ts:1 declares Lang',
      'f.ts:2 writes the type { zh: string; en: string }',
      'f.ts:3 declares a { zh, en } interface P',
    ]);
  });

  it(`has no import cycle in ${SRC}/ (${files.length} files)`, () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it(`declares Lang and the { zh, en } pair only in ${TEXT_HOME}`, () => {
    const found = files.filter((f) => f !== TEXT_HOME).flatMap((f) => languageTypes(f));
    expect(found).toEqual([]);
    expect(relative('.', TEXT_HOME)).toBe(TEXT_HOME);
  });
});
