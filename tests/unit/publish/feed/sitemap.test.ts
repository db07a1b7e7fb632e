import { describe, expect, it } from 'vitest';
import { pagePathOfFile, robotsTxt, sitemapXml } from '../../../../src/publish/feed/sitemap.ts';
import { sitemapErrors } from '../../../lib/sitemap.ts';
import { childrenNamed, onlyChild, parseXml } from '../../../lib/xml-tree.ts';

describe('pagePathOfFile(file)', () => {
  it.each([
    ['index.html', '/'],
    ['en/index.html', '/en/'],
    ['stations/sample01/index.html', '/stations/sample01/'],
    ['404.html', null],
    ['data/daily.csv', null],
  ])('%s → %s', (file, path) => {
    expect(pagePathOfFile(file)).toBe(path);
  });
});

describe('sitemapXml(paths, publicUrl, asOf)', () => {
  const xml = sitemapXml(
    ['/en/', '/', '/stations/', '/'],
    'https://air.example.org/',
    '2026-11-28T00:00:00+08:00',
  );

  it('lists every page once, absolute and sorted, dated with the as_of date', () => {
    const urls = childrenNamed(parseXml(xml), 'url');
    expect(urls.map((u) => onlyChild(u, 'loc').text)).toEqual([
      'https://air.example.org/',
      'https://air.example.org/en/',
      'https://air.example.org/stations/',
    ]);
    expect(urls.map((u) => onlyChild(u, 'lastmod').text)).toEqual([
      '2026-11-28',
      '2026-11-28',
      '2026-11-28',
    ]);
  });

  it('follows the sitemaps.org protocol 0.9, also for paths with characters to escape', () => {
    expect(sitemapErrors(xml, 'https://air.example.org/')).toEqual([]);
    const odd = sitemapXml(
      ['/a&b/', "/it's/", '/站点/', '/a b/'],
      'https://example.org/air/',
      '2026-11-28T00:00:00+08:00',
    );
    expect(sitemapErrors(odd, 'https://example.org/air/')).toEqual([]);
    expect(childrenNamed(parseXml(odd), 'url').map((u) => onlyChild(u, 'loc').text)).toContain(
      'https://example.org/air/a&b/',
    );
  });

  it('omits lastmod without observations', () => {
    expect(sitemapXml(['/'], 'https://air.example.org/', null)).not.toContain('lastmod');
  });

  it('refuses a path that is not a site path', () => {
    expect(() => sitemapXml(['stations/'], 'https://air.example.org/', null)).toThrow(
      '"stations/"',
    );
  });
});

describe('robotsTxt(publicUrl)', () => {
  it('names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://air.example.org/')).toContain(
      'Sitemap: https://air.example.org/sitemap.xml\n',
    );
  });
});
