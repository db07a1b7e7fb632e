// Issue 19 ("link text that says where it goes", WCAG 2.4.4): no link on any built page is
// labelled only "link", "source", "here", "more" or "details" in either language.
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, readDist } from '../lib/dist.ts';

const VAGUE = new Set(
  ['link', 'links', 'source', 'here', 'click here', 'more', 'details', 'read more'].concat([
    '链接',
    '来源',
    '这里',
    '点击这里',
    '更多',
    '详情',
  ]),
);

/** The visible text of every <a> in `html` whose text is only a vague word. */
function vagueLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((t) => VAGUE.has(t.toLowerCase()));
}

describe('link text', () => {
  it('the check finds a vague link (so an empty result means something)', () => {
    expect(vagueLinks('<p><a href="/x">Link</a> <a href="/y"><span>来源</span></a></p>')).toEqual([
      'Link',
      '来源',
    ]);
    expect(vagueLinks('<a href="/x">notice of the day (example.org)</a>')).toEqual([]);
  });

  it('no built page has a link labelled only with a vague word', () => {
    assertBuilt();
    const found = htmlPages().flatMap((f) => vagueLinks(readDist(f)).map((t) => `${f}: ${t}`));
    expect(found).toEqual([]);
  });
});
