import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../../src/records/changelog.ts';

const entry = (head: string, body = '### zh\n- 变化\n### en\n- change\n'): string =>
  `# Title\n\n${head}\n\n${body}`;

describe('parseChangelog', () => {
  it('reads data/CHANGELOG.md: newest first, every entry in both languages, the first release named', () => {
    const entries = parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8'), 'data/CHANGELOG.md');
    expect(entries.length).toBeGreaterThan(0);
    const first = entries.at(-1);
    expect(first?.kind).toBe('release');
    expect(first?.release).toMatch(/^\d{4}-\d{2}-\d{2}\.1$/);
    for (const e of entries) {
      expect(e.zh.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });

  it('joins an indented continuation line to its item', () => {
    const [e] = parseChangelog(
      entry('## 2026-12-01 erratum', '### zh\n- 第一行\n  续行\n### en\n- first\n  more\n'),
      'c.md',
    );
    expect(e).toEqual({
      date: '2026-12-01',
      kind: 'erratum',
      release: null,
      zh: ['第一行 续行'],
      en: ['first more'],
    });
  });

  it.each([
    ['## 2026-13-01 data', 'c.md:3: expected a date'],
    ['## 2026-12-01 fix', 'c.md:3: expected a kind'],
    ['## 2026-12-01 release', 'c.md:3: a release entry names its release'],
    ['## 2026-12-01 release 2026-12-01.0', 'c.md:3: expected a release name'],
    ['## 2026-12-01', 'c.md:3: expected "## YYYY-MM-DD'],
  ])('refuses the heading %j, naming file and line', (head, message) => {
    expect(() => parseChangelog(entry(head), 'c.md')).toThrow(message);
  });

  it.each([
    ['an item before any language heading', '- stray\n', 'c.md:5: expected "### zh" or "### en"'],
    ['an entry without English', '### zh\n- 变化\n', 'c.md:3: every entry needs items'],
    ['a paragraph', '### zh\nplain text\n', 'c.md:6: expected "### zh"'],
  ])('refuses %s', (_what, body, message) => {
    expect(() => parseChangelog(entry('## 2026-12-01 data', body), 'c.md')).toThrow(message);
  });

  it('refuses entries out of order', () => {
    const text = `${entry('## 2026-01-01 data')}\n## 2026-02-01 data\n### zh\n- a\n### en\n- a\n`;
    expect(() => parseChangelog(text, 'c.md')).toThrow(/newest first/);
  });
});
