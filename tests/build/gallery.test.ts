// The chart gallery and the reuse snippets over the built site: every chart has a lazy preview
// (its own exported SVG, sized, with alt text), a link and a line; the gallery is in the main
// navigation; citation and embed code on each language's pages point at that language's pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts, siteData } from '../../src/lib/generated.ts';
import { svgFileSize } from '../../src/page-data/gallery/index.ts';
import { DIST, assertBuilt, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

const LANGS = [
  ['zh', ''],
  ['en', '/en'],
] as const;
const base = (): string => siteData().publicUrl.replace(/\/$/, '');
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attrOf = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe.each(LANGS)('the %s chart gallery', (lang, prefix) => {
  const file = `${prefix.slice(1)}${prefix ? '/' : ''}charts/index.html`;

  it('shows every chart once, in its type section, with link, one line and a lazy preview', () => {
    const html = readDist(file);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const spec of allCharts()) {
      const id = spec.meta.id;
      const items = main
        .split('<li class="gallery-item"')
        .filter((s) => s.includes(`data-chart="${id}"`));
      expect(items, id).toHaveLength(1);
      const item = items[0] ?? '';
      // In the section of its type.
      const before = main.slice(0, main.indexOf(`data-chart="${id}"`));
      expect(before.lastIndexOf('<h2 id="type-'), id).toBe(
        before.lastIndexOf(`<h2 id="type-${spec.type}"`),
      );
      expect(item, id).toContain(`href="${prefix}/charts/${id}/"`);
      expect(item, id).toMatch(/<p class="gallery-what">[^<]+<\/p>/);
      const img = /<img\b[^>]*>/.exec(item)?.[0] ?? '';
      const src = attrOf(img, 'src') ?? '';
      expect(src, id).toBe(`/charts/${id}/${id}.${lang}.svg`);
      expect(existsSync(join(DIST, src)), src).toBe(true);
      expect(attrOf(img, 'loading'), id).toBe('lazy');
      const alt = unescape(attrOf(img, 'alt') ?? '');
      expect(alt, id).toContain(spec.meta.title[lang]);
      // Width and height are the file's own, so the lazy image shifts nothing.
      const size = svgFileSize(readDist(src.slice(1)));
      expect([Number(attrOf(img, 'width')), Number(attrOf(img, 'height'))], id).toEqual([
        size.width,
        size.height,
      ]);
    }
  });

  it('is linked from the main navigation of every kind of page', () => {
    for (const page of ['index.html', 'stations/index.html', 'charts/pm25-trend/index.html']) {
      const html = readDist(`${prefix.slice(1)}${prefix ? '/' : ''}${page}`);
      const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
      expect(nav, page).toContain(`href="${prefix}/charts/"`);
    }
  });

  it('stays within the page budget (80 KB of HTML; previews are lazy images)', () => {
    expect(Buffer.byteLength(readDist(file))).toBeLessThanOrEqual(80 * 1024);
  });
});

describe.each(LANGS)('reuse snippets on the %s chart pages', (lang, prefix) => {
  it('cite and embed the same language’s permalink and embed page', () => {
    for (const spec of allCharts()) {
      const id = spec.meta.id;
      const html = readDist(`${prefix.slice(1)}${prefix ? '/' : ''}charts/${id}/index.html`);
      const cite = /<span class="chart-cite-text">([^<]*)<\/span>/.exec(html)?.[1] ?? '';
      expect(unescape(cite), id).toContain(` ${base()}${prefix}/charts/${id}/.`);
      const code = unescape(/<textarea[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? '');
      expect(code, id).toContain(`src="${base()}${prefix}/embed/${id}/"`);
      expect(code, id).toMatch(/ height="\d+"/);
      if (lang === 'en') expect(unescape(cite), id).not.toContain(`${base()}/charts/`);
    }
  });

  it('the embed page is compact: chart, table and a link to its page, no downloads or code', () => {
    for (const spec of allCharts()) {
      const id = spec.meta.id;
      const html = readDist(`${prefix.slice(1)}${prefix ? '/' : ''}embed/${id}/index.html`);
      expect(html, id).toContain('<main id="main" class="embed">');
      expect(html, id).toContain(`href="${prefix}/charts/${id}/" target="_blank" rel="noopener"`);
      expect(html, id).not.toContain('class="chart-downloads"');
      expect(html, id).not.toContain('class="chart-embed"');
    }
  });
});
