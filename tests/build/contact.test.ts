// Every built page that asks readers to write (corrections, right of reply, "tell us") carries
// a link to the configured contact, and a placeholder contact says it is one (decision 019).
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, pageUrl, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { SITE_DOC } from '../../src/page-data/site/index.ts';
import { PLAN_DOC } from '../../src/page-data/plan/index.ts';

beforeAll(assertBuilt);

const { contact } = readGenerated(SITE_DOC);
const plan = readGenerated(PLAN_DOC);

/** Phrases by which a page asks the reader to write to the site, both languages. */
const ASKS = [
  '告诉我们',
  '答复',
  '提出更正',
  'tell us',
  'right of reply',
  'may reply',
  'send a correction',
] as const;

/** The page's visible text (tags, scripts and the search index's data attributes stripped). */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;|’/g, "'")
    .toLowerCase();
}

/** The contact block of a page: the links it holds and whether the example marker is there. */
function contactBlock(html: string): { links: string[]; example: boolean } | null {
  const m = /<p[^>]*data-contact[^>]*>([\s\S]*?)<\/p>/.exec(html);
  if (!m?.[1]) return null;
  const links = [...m[1].matchAll(/href="([^"]+)"/g)].map((l) => l[1] ?? '');
  return { links, example: /data-contact-example/.test(m[1]) };
}

const expected = [
  ...(contact.email !== undefined ? [`mailto:${contact.email}`] : []),
  ...(contact.repository !== undefined ? [contact.repository] : []),
];

const asking = htmlPages().filter((f) => {
  const t = text(readDist(f));
  return ASKS.some((a) => t.includes(a));
});

describe('the contact on pages that ask readers to write', () => {
  it('has a configured address or repository to link to', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each([
    'about/index.html',
    'en/about/index.html',
    'plan/index.html',
    'en/plan/index.html',
    ...plan.measures.flatMap((m) => [`plan/${m.id}/index.html`, `en/plan/${m.id}/index.html`]),
  ])('%s asks readers to write', (file) => {
    expect(asking).toContain(file);
  });

  it('finds entity pages (right of reply) among the asking pages', () => {
    expect(asking.some((f) => f.startsWith('entities/'))).toBe(true);
    expect(asking.some((f) => f.startsWith('en/entities/'))).toBe(true);
  });

  it.each(asking.map((f) => [pageUrl(f), f]))(
    '%s links to the configured contact, marked as an example when it is one',
    (_url, file) => {
      const block = contactBlock(readDist(file));
      expect(block, `${file} asks readers to write but shows no contact`).not.toBeNull();
      expect(block?.links).toEqual(expected);
      expect(block?.example).toBe(contact.example);
    },
  );

  it('says in both languages that the bundled contact is an example', () => {
    expect(contact.example).toBe(true);
    expect(readDist('about/index.html')).toContain('（示例地址，不是真实的联系方式）');
    expect(readDist('en/about/index.html')).toContain('(example address, not a real contact)');
  });

  it('no longer tells readers to open an issue with no link', () => {
    for (const f of ['about/index.html', 'en/about/index.html']) {
      const html = readDist(f);
      expect(html).toContain(`href="mailto:${contact.email ?? ''}"`);
      expect(html).toContain(`href="${contact.repository ?? ''}"`);
    }
  });
});
