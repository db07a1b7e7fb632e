// Staying current, over the built dist/: sitemap and robots.txt, the update feeds, Open Graph
// tags and images, the feed link, and the Pagefind index (separate zh and en, marked pages only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteData } from '../../src/lib/generated.ts';
import { metaCsp } from '../../src/security/headers.ts';
import { DIST, assertBuilt, htmlPages, pageUrl, readDist } from '../lib/dist.ts';
import { sitemapErrors } from '../lib/sitemap.ts';
import { childrenNamed, onlyChild, parseXml } from '../lib/xml-tree.ts';

beforeAll(assertBuilt);

const built = existsSync(join(DIST, 'index.html'));
const pages = built ? htmlPages() : [];
const contentPages = pages.filter((p) => !p.startsWith('404'));
const base = (): string => siteData().publicUrl.replace(/\/$/, '');

/** A site URL → the dist file it is served from (a file, or a directory's index.html), or null. */
function distFileOf(url: string): string | null {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((f) => existsSync(join(DIST, f))) ?? null;
}

function meta(html: string, property: string): string[] {
  return [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

describe('sitemap.xml and robots.txt', () => {
  it('lists every HTML page once, with absolute URLs and lastmod = the as_of date', () => {
    const set = parseXml(readDist('sitemap.xml'));
    expect(set.name).toBe('urlset');
    const urls = childrenNamed(set, 'url');
    const locs = urls.map((u) => onlyChild(u, 'loc').text);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.sort()).toEqual(
      contentPages.map((p) => `${base()}${encodeURI(pageUrl(p))}`).sort(),
    );
    const asOf = siteData().asOf;
    expect(asOf).not.toBeNull();
    expect(new Set(urls.map((u) => onlyChild(u, 'lastmod').text))).toEqual(
      new Set([asOf?.slice(0, 10)]),
    );
  });

  it('follows the sitemaps.org protocol 0.9 (namespace, limits, loc under the site, escaping, formats)', () => {
    expect(sitemapErrors(readFileSync(join(DIST, 'sitemap.xml')), siteData().publicUrl)).toEqual(
      [],
    );
  });

  it('robots.txt points to the sitemap', () => {
    expect(readDist('robots.txt')).toMatch(
      new RegExp(`^Sitemap: ${base().replace(/[.]/g, '\\.')}/sitemap\\.xml$`, 'm'),
    );
  });
});

describe.each(['zh', 'en'] as const)('the %s update feed', (lang) => {
  const file = lang === 'zh' ? 'feed.xml' : 'en/feed.xml';
  const text = built ? readDist(file) : '';

  it('is well-formed RSS 2.0 with the required channel elements and its self link', () => {
    const rss = parseXml(text);
    expect([rss.name, rss.attrs['version']]).toEqual(['rss', '2.0']);
    const ch = onlyChild(rss, 'channel');
    for (const n of ['title', 'link', 'description', 'language'])
      expect(onlyChild(ch, n).text.trim()).not.toBe('');
    expect(onlyChild(ch, 'atom:link').attrs['href']).toBe(`${base()}/${file}`);
  });

  it('dates the channel from as_of and every item in RFC 822 form', () => {
    const ch = onlyChild(parseXml(text), 'channel');
    const asOf = siteData().asOf ?? '';
    expect(Date.parse(onlyChild(ch, 'pubDate').text)).toBe(Date.parse(asOf));
    expect(text).not.toContain('lastBuildDate');
    const items = childrenNamed(ch, 'item');
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) {
      const d = onlyChild(it, 'pubDate').text;
      expect(d).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0800$/,
      );
      // Nothing is dated after the data's own as_of.
      expect(Date.parse(d)).toBeLessThanOrEqual(Date.parse(asOf));
    }
  });

  it('links every item to a page of this language that exists in dist/, each with a unique guid', () => {
    const items = childrenNamed(onlyChild(parseXml(text), 'channel'), 'item');
    const guids = items.map((it) => onlyChild(it, 'guid').text);
    expect(new Set(guids).size).toBe(guids.length);
    const links = items.map((it) => onlyChild(it, 'link').text);
    const missing = links.filter((l) => !l.startsWith(`${base()}/`) || distFileOf(l) === null);
    expect(missing).toEqual([]);
    for (const l of links) expect(new URL(l).pathname.startsWith('/en/')).toBe(lang === 'en');
  });

  it('has an item for each kind of update the data holds', () => {
    const cats = new Set(
      childrenNamed(onlyChild(parseXml(text), 'channel'), 'item').map(
        (it) => onlyChild(it, 'category').text,
      ),
    );
    expect(cats.size).toBeGreaterThanOrEqual(4);
  });
});

describe('every page head', () => {
  it.each(contentPages)('%s links the feed of its language and carries Open Graph tags', (file) => {
    const html = readDist(file);
    const en = file.startsWith('en/');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml"`);
    expect(html).toContain(`href="${base()}${en ? '/en/feed.xml' : '/feed.xml'}"`);
    expect(meta(html, 'og:url')).toEqual([`${base()}${pageUrl(file)}`]);
    expect(meta(html, 'og:title')[0]).toBeTruthy();
    expect(meta(html, 'og:description')[0]).toBeTruthy();
    expect(meta(html, 'og:locale')).toEqual([en ? 'en_US' : 'zh_CN']);
    expect(meta(html, 'og:locale:alternate')).toEqual([en ? 'zh_CN' : 'en_US']);
    const [image] = meta(html, 'og:image');
    expect(image?.startsWith(`${base()}/`)).toBe(true);
    expect(distFileOf(image ?? '')).not.toBeNull();
  });
});

describe('the Open Graph images', () => {
  it.each(['og/home-zh.png', 'og/home-en.png'])('%s is a valid PNG of 1200×630', (file) => {
    const png = readFileSync(join(DIST, file));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });
});

describe('site search', () => {
  // Every page a person looks for; per-year archives (stations/X/2024/, data-quality/2024/),
  // single charts and embeds, list pagination and filter pages, the search page itself, the
  // step before the external reporting form and the 404 page stay out.
  const SEARCHABLE = [
    /^index\.html$/,
    /^targets\/[^/]+\/index\.html$/,
    /^report\/index\.html$/,
    /^ranking\/index\.html$/,
    /^data\/index\.html$/,
    /^data\/changelog\/index\.html$/,
    /^charts\/index\.html$/,
    /^stations\/index\.html$/,
    /^stations\/[^/]+\/index\.html$/,
    /^plan\//,
    /^departments\//,
    /^enforcement\/index\.html$/,
    /^enforcement\/[^/]+\/index\.html$/,
    /^entities\//,
    /^methodology\//,
    /^data-quality\/index\.html$/,
    /^about\/index\.html$/,
  ];
  const isSearchable = (file: string): boolean => {
    const f = file.replace(/^en\//, '');
    return (
      SEARCHABLE.some((re) => re.test(f)) &&
      !/^stations\/county\//.test(f) &&
      !/^enforcement\/page\//.test(f)
    );
  };

  it.each(contentPages)('%s is indexed exactly when it is a page search covers', (file) => {
    expect(readDist(file).includes('data-pagefind-body')).toBe(isSearchable(file));
  });

  it('keeps separate Chinese and English indexes of the same pages', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    const zh = contentPages.filter((f) => !f.startsWith('en/') && isSearchable(f)).length;
    expect(entry.languages['zh-cn']?.page_count).toBe(zh);
    expect(entry.languages['en']?.page_count).toBe(zh);
  });

  it('allows WebAssembly on the search pages only', () => {
    for (const file of contentPages) {
      const wasm = file === 'search/index.html' || file === 'en/search/index.html';
      expect(readDist(file).includes(`content="${metaCsp({ wasm: true })}"`), file).toBe(wasm);
    }
  });

  it('loads the engine from the search page alone', () => {
    for (const file of contentPages) {
      const scripts = [...readDist(file).matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      const loadsEngine = scripts.some((s) =>
        readDist(s.slice(1)).includes('/pagefind/pagefind.js'),
      );
      expect(loadsEngine, file).toBe(
        file === 'search/index.html' || file === 'en/search/index.html',
      );
    }
  });
});
