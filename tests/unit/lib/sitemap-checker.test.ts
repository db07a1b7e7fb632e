import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../../src/publish/feed/sitemap.ts';
import { MAX_BYTES, isW3cDatetime, sitemapErrors } from '../../lib/sitemap.ts';

// The tests' sitemaps.org protocol 0.9 checker: a good sitemap passes, each broken rule is named.
const SITE = 'https://air.example.org/';
const wrap = (
  urls: string,
  root = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
): string => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${urls}\n</urlset>\n`;
const url = (loc: string, extra = ''): string => `<url><loc>${loc}</loc>${extra}</url>`;

describe('sitemapErrors(file, siteBase)', () => {
  it('accepts what sitemapXml writes, and a sitemap with every optional element', () => {
    expect(
      sitemapErrors(
        sitemapXml(['/', '/en/', '/stations/'], SITE, '2026-11-28T00:00:00+08:00'),
        SITE,
      ),
    ).toEqual([]);
    expect(
      sitemapErrors(
        wrap(
          url(
            'https://air.example.org/a?x=1&amp;y=2',
            '<lastmod>2026-11-28T10:00:00+08:00</lastmod><changefreq>daily</changefreq><priority>0.8</priority>',
          ),
        ),
        SITE,
      ),
    ).toEqual([]);
  });

  it('accepts a site under a base path, and extensions in their own namespace', () => {
    const file = wrap(
      url(
        'https://example.org/air/',
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/air/en/"/>',
      ),
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    expect(sitemapErrors(file, 'https://example.org/air/')).toEqual([]);
  });

  it.each([
    ['a wrong root', wrap('').replace(/urlset/g, 'sitemapindex'), 'root element is <sitemapindex>'],
    ['no namespace', wrap(url(SITE), '<urlset>'), '<urlset> namespace is null'],
    [
      'the 0.84 namespace',
      wrap(url(SITE), '<urlset xmlns="http://www.google.com/schemas/sitemap/0.84">'),
      'expected http://www.sitemaps.org/schemas/sitemap/0.9',
    ],
    ['a child that is not <url>', wrap(`<page>${SITE}</page>`), 'only <url> is allowed'],
    [
      'a <url> without <loc>',
      wrap('<url><lastmod>2026-11-28</lastmod></url>'),
      'url 1: 0 <loc>, expected exactly 1',
    ],
    [
      'a <url> with two <loc>',
      wrap(`<url><loc>${SITE}</loc><loc>${SITE}en/</loc></url>`),
      'url 1: 2 <loc>, expected exactly 1',
    ],
    [
      'two <lastmod>',
      wrap(url(SITE, '<lastmod>2026</lastmod><lastmod>2026</lastmod>')),
      'url 1: 2 <lastmod>, expected at most 1',
    ],
    [
      'an unknown unprefixed element',
      wrap(url(SITE, '<title>x</title>')),
      'unknown element <title>',
    ],
    ['a relative loc', wrap(url('/en/')), 'url 1: <loc> "/en/" is not an absolute URL'],
    ['a loc over 2,048 characters', wrap(url(`${SITE}${'a'.repeat(2048)}`)), 'more than 2048'],
    [
      'a loc on another host',
      wrap(url('https://other.example.org/')),
      "not on the site's scheme and host",
    ],
    ['a loc on http', wrap(url('http://air.example.org/')), "not on the site's scheme and host"],
    ['a loc that is not URL-escaped', wrap(url(`${SITE}站点/`)), 'is not URL-escaped ASCII'],
    ['a duplicate loc', wrap(`${url(SITE)}\n${url(SITE)}`), `url 2: <loc> ${SITE} is listed twice`],
    ['an unescaped &', wrap(url(`${SITE}?a=1&b=2`)), 'unescaped "&" at line 3, column'],
    ['a literal apostrophe in a loc', wrap(url(`${SITE}it's/`)), 'requires entity-escaped'],
    [
      'a lastmod in another format',
      wrap(url(SITE, '<lastmod>28/11/2026</lastmod>')),
      'is not a W3C Datetime',
    ],
    [
      'a lastmod without a zone',
      wrap(url(SITE, '<lastmod>2026-11-28T10:00:00</lastmod>')),
      'is not a W3C Datetime',
    ],
    [
      'a changefreq outside the set',
      wrap(url(SITE, '<changefreq>often</changefreq>')),
      'is not one of always, hourly',
    ],
    [
      'a priority above 1.0',
      wrap(url(SITE, '<priority>1.5</priority>')),
      'is not a number from 0.0 to 1.0',
    ],
    [
      'a negative priority',
      wrap(url(SITE, '<priority>-0.1</priority>')),
      'is not a number from 0.0 to 1.0',
    ],
    [
      'an encoding other than UTF-8',
      wrap(url(SITE)).replace('UTF-8', 'ISO-8859-1'),
      'encoding="ISO-8859-1"',
    ],
    [
      'XML that is not well-formed',
      wrap(`<url><loc>${SITE}</url>`),
      'XML not well-formed at line 3',
    ],
  ])('names %s', (_what, file, message) => {
    expect(sitemapErrors(file, SITE).join('\n')).toContain(message);
  });

  it('names a loc outside the base path of a site under a path', () => {
    expect(
      sitemapErrors(wrap(url('https://example.org/other/')), 'https://example.org/air/'),
    ).toEqual([
      "url 1: <loc> https://example.org/other/ is not under the site's base https://example.org/air/",
    ]);
  });

  it('names bytes that are not UTF-8', () => {
    const latin1 = Buffer.concat([
      Buffer.from(wrap(url(`${SITE}caf`)).slice(0, -20)),
      Buffer.from([0xe9]),
      Buffer.from('</loc></url></urlset>'),
    ]);
    expect(sitemapErrors(latin1, SITE)).toEqual([
      'not UTF-8: the protocol requires UTF-8 encoding',
    ]);
  });

  it('names more than 50,000 URLs', () => {
    const many = wrap(Array.from({ length: 50_001 }, (_, i) => url(`${SITE}p${i}/`)).join('\n'));
    expect(sitemapErrors(many, SITE)).toEqual([
      "50001 URLs, more than the protocol's 50000 per file",
    ]);
  });

  it('names a file over 50 MB uncompressed', () => {
    const file = wrap(`<!--${' '.repeat(MAX_BYTES)}-->\n${url(SITE)}`);
    expect(sitemapErrors(file, SITE)).toEqual([
      `${Buffer.byteLength(file)} bytes uncompressed, more than the protocol's ${MAX_BYTES}`,
    ]);
  });
});

describe('isW3cDatetime', () => {
  it.each([
    ['2026', true],
    ['2026-11', true],
    ['2026-11-28', true],
    ['2026-11-28T10:00+08:00', true],
    ['2026-11-28T10:00:00Z', true],
    ['2026-11-28T10:00:00.5-05:00', true],
    ['2026-02-29', false],
    ['2026-13', false],
    ['2026-11-28T10', false],
    ['2026-11-28T25:00Z', false],
  ])('%s → %s', (s, ok) => {
    expect(isW3cDatetime(s)).toBe(ok);
  });
});
