/**
 * data/CHANGELOG.md: changes to the data and the methods, errata included, in both languages.
 * A strict, small Markdown shape so that the page can render it without a Markdown engine:
 *
 *   ## YYYY-MM-DD <kind> [<release name>]      kind: release | data | method | erratum
 *   ### zh
 *   - 一条变化
 *   ### en
 *   - One change
 *
 * Lines before the first `##` (title, explanation) and blank lines are ignored. Anything else is
 * an error naming the file and line.
 */
import { z } from 'zod';
import { isCalendarDate } from './table.ts';

export const CHANGE_KINDS = ['release', 'data', 'method', 'erratum'] as const;

export const changelogEntrySchema = z.object({
  date: z.string(),
  kind: z.enum(CHANGE_KINDS),
  release: z.string().nullable(),
  zh: z.array(z.string()).min(1),
  en: z.array(z.string()).min(1),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

export const RELEASE_NAME = /^(\d{4}-\d{2}-\d{2})\.([1-9]\d*)$/;

export function parseChangelog(text: string, file: string): ChangelogEntry[] {
  const entries: {
    date: string;
    kind: ChangelogEntry['kind'];
    release: string | null;
    zh: string[];
    en: string[];
    line: number;
  }[] = [];
  let lang: 'zh' | 'en' | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (n: number, what: string): never => {
    throw new Error(`${file}:${n}: ${what}`);
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    if (line.startsWith('## ')) {
      const m = /^## (\S+) (\S+)(?: (\S+))?$/.exec(line);
      if (m === null)
        return fail(
          n,
          `expected "## YYYY-MM-DD <${CHANGE_KINDS.join('|')}> [release]", got "${line}"`,
        );
      const [, date = '', kind = '', release] = m;
      if (!isCalendarDate(date)) return fail(n, `expected a date YYYY-MM-DD, got "${date}"`);
      if (!(CHANGE_KINDS as readonly string[]).includes(kind))
        return fail(n, `expected a kind ${CHANGE_KINDS.join(', ')}, got "${kind}"`);
      if (release !== undefined && !RELEASE_NAME.test(release))
        return fail(n, `expected a release name YYYY-MM-DD.N, got "${release}"`);
      if (kind === 'release' && release === undefined)
        return fail(n, 'a release entry names its release (YYYY-MM-DD.N)');
      entries.push({
        date,
        kind: kind as ChangelogEntry['kind'],
        release: release ?? null,
        zh: [],
        en: [],
        line: n,
      });
      lang = null;
      return;
    }
    const current = entries.at(-1);
    if (current === undefined || line === '') return;
    if (line === '### zh' || line === '### en') {
      lang = line === '### zh' ? 'zh' : 'en';
      return;
    }
    if (line.startsWith('- ')) {
      if (lang === null) return fail(n, 'expected "### zh" or "### en" before list items');
      current[lang].push(line.slice(2).trim());
      return;
    }
    if (/^\s+\S/.test(raw) && lang !== null && current[lang].length > 0) {
      // A continuation line of the previous item.
      const items = current[lang];
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      return;
    }
    return fail(
      n,
      `expected "### zh", "### en", "- item" or an indented continuation, got "${line.slice(0, 60)}"`,
    );
  });
  for (const e of entries) {
    if (e.zh.length === 0 || e.en.length === 0)
      fail(e.line, 'every entry needs items under both "### zh" and "### en"');
  }
  const sorted = entries.every((e, i) => i === 0 || (entries[i - 1]?.date ?? '') >= e.date);
  if (!sorted) fail(entries[0]?.line ?? 1, 'expected entries newest first');
  return entries.map(({ line: _line, ...e }) => e);
}
