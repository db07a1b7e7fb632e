/**
 * Feeds as markup (issue 21): data text reaches a feed reader as visible text, never as markup.
 * Each text element of the RSS is read the way a reader does: XML first (fast-xml-parser), then
 * the decoded text as HTML (parse5, the WHATWG parsing algorithm browsers use).
 */
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildFeedItems, renderRss, type FeedInput } from '../../../../src/publish/feed/feed.ts';
import { childrenNamed, onlyChild, parseXml, type XmlElement } from '../../../lib/xml-tree.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src="https://evil.example/x.png" onerror="alert(2)">';
const LINK = '<a href="javascript:alert(3)">x</a> & <b>bold</b>';

const hostile: FeedInput = {
  asOf: '2026-03-01T00:00:00+08:00',
  statusDate: '2026-02-28',
  sample: false,
  months: [],
  verdicts: [],
  cases: [
    {
      slug: 'c-1',
      decisionNo: `环罚${IMG}`,
      entityName: `公司${SCRIPT}`,
      publishedDate: '2025-06-01',
      sample: false,
    },
  ],
  milestones: [
    {
      targetId: '3.1-a',
      measureId: '3.1',
      deadline: '2025-10-31',
      status: `done${SCRIPT}`,
      evidence: [
        {
          date: '2025-11-05',
          status: `x${IMG}`,
          summary: { zh: `进展${LINK}`, en: `Done ${LINK}` },
        },
      ],
    },
  ],
  releases: [],
};

const channel = {
  publicUrl: 'https://air.example.org/',
  county: { zh: `示例县${IMG}`, en: `Example ${SCRIPT}` },
  asOf: hostile.asOf,
};

interface HtmlNode {
  readonly nodeName: string;
  readonly value?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly HtmlNode[];
}

/** Elements an HTML parser builds from `html` (none is allowed: the feed's text has no tags). */
function htmlElements(html: string): string[] {
  const found: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (!n.nodeName.startsWith('#'))
      found.push(`<${n.nodeName}${(n.attrs ?? []).map((a) => ` ${a.name}`).join('')}>`);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html));
  return found;
}

/** The text a reader shows for `html`: its text nodes, entities decoded. */
function htmlText(html: string): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (n.nodeName === '#text') parts.push(n.value ?? '');
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html));
  return parts.join('');
}

function textElements(ch: XmlElement): XmlElement[] {
  const own = ['title', 'description'].map((n) => onlyChild(ch, n));
  const items = childrenNamed(ch, 'item').flatMap((it) =>
    ['title', 'description', 'category'].map((n) => onlyChild(it, n)),
  );
  return [...own, ...items];
}

describe('the checker itself', () => {
  it('finds the elements and handlers that a once-escaped description would deliver', () => {
    expect(htmlElements(`x ${SCRIPT} ${IMG}`)).toEqual(['<script>', '<img src onerror>']);
  });
});

describe.each(['zh', 'en'] as const)('a %s feed built from hostile data fields', (lang) => {
  const xml = renderRss(buildFeedItems(hostile), lang, channel);
  const ch = onlyChild(parseXml(xml), 'channel');

  it('holds items from the hostile case and evidence', () => {
    expect(childrenNamed(ch, 'item').length).toBeGreaterThanOrEqual(2);
  });

  it('gives an HTML parser no element in any title, description or category', () => {
    const bad = textElements(ch).flatMap((el) =>
      htmlElements(el.text).map((tag) => `${el.name}: ${tag}`),
    );
    expect(bad).toEqual([]);
  });

  it('shows the markup as visible text', () => {
    const shown = textElements(ch).map((el) => htmlText(el.text));
    expect(shown.some((s) => s.includes(SCRIPT))).toBe(true);
    expect(shown.some((s) => s.includes(IMG))).toBe(true);
    if (lang === 'en') expect(shown.some((s) => s.includes(LINK))).toBe(true);
  });

  it('keeps every "<" of the data an entity after XML decoding', () => {
    // After XML decoding the text still carries its "<" only as the entity &lt;.
    for (const el of textElements(ch)) expect(el.text).not.toMatch(/<[A-Za-z/!?]/);
    expect(xml).not.toMatch(/<(script|img|a)\b/);
  });
});
