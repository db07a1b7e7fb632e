// One story across pages (issue 19): a plan target the site computes from station data shows its
// computed verdicts on the plan's measure page, as computed evidence with a link to the target
// page; the target page links back to the target in the plan. The pairs come from the plan data
// (data/plan/targets.csv `computed_as`), in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { PROGRESS_DOC, TARGET_PAGE, VERDICT } from '../../src/page-data/progress/index.ts';

beforeAll(assertBuilt);

const progress = readGenerated(PROGRESS_DOC);
const LANGS = [
  ['zh', ''],
  ['en', 'en/'],
] as const;

/** The markup of the element with id `id` up to the end of its section. */
function sectionOf(html: string, id: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) return '';
  const end = html.indexOf('</section>', at);
  return html.slice(at, end < 0 ? undefined : end);
}

const strip = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const cases = progress.targets.flatMap((t) =>
  LANGS.map(([lang, prefix]) => [t.planTargetId, t.id, lang, prefix] as const),
);

describe('plan targets ↔ target pages', () => {
  it('has a computed target for each of the plan rows computed_as names', () => {
    expect(progress.targets.map((t) => t.planTargetId)).toEqual([
      '1.2-a',
      '1.2-b',
      '1.2-c',
      '7.1-a',
    ]);
  });

  it.each(cases)(
    'the measure page shows %s (%s) as computed from data, with both verdicts and a link (%s)',
    (planId, id, lang, prefix) => {
      const measure = planId.split('-')[0] as string;
      const html = readDist(`${prefix}plan/${measure}/index.html`);
      const section = sectionOf(html, `target-${planId}`);
      expect(section).not.toBe('');
      const computed = /<dd[^>]*data-computed="([a-z_0-9]+)"[^>]*>([\s\S]*?)<\/dd>/.exec(section);
      expect(computed?.[1]).toBe(id);
      const item = progress.scoreboard.find((i) => i.id === id);
      if (item === undefined) throw new Error(`no scoreboard item ${id}`);
      const text = strip(computed?.[2] ?? '');
      // the raw and the dust-deducted verdicts, in the page's words
      for (const c of [item.raw, item.dust]) expect(text).toContain(VERDICT[c.verdict][lang]);
      const href = `/${prefix}targets/${TARGET_PAGE[id].slug}/`;
      expect(computed?.[2]).toContain(`href="${href}"`);
    },
  );

  it.each(cases)(
    'the target page of %s (%s) links back to it in the plan (%s)',
    (planId, id, _l, prefix) => {
      const html = readDist(`${prefix}targets/${TARGET_PAGE[id].slug}/index.html`);
      const measure = planId.split('-')[0] as string;
      expect(html).toContain(`href="/${prefix}plan/${measure}/#target-${planId}"`);
    },
  );
});
