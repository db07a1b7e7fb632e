// Tests over the built dist/: what a reader gets, page by page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/security/headers.ts';
import { DIST, assertBuilt, distFiles, htmlPages, pageUrl, readDist } from '../lib/dist.ts';
import { siteData } from '../../src/lib/generated.ts';

/** Per-page budgets of the quality-gates issue (compressed bytes, first load). */
export const PAGE_BUDGET_BYTES = 80 * 1024;
export const JS_BUDGET_BYTES = 10 * 1024;

beforeAll(assertBuilt);

const pages = existsSync(join(DIST, 'index.html')) ? htmlPages() : [];
const contentPages = pages.filter((p) => !p.startsWith('404'));

function attr(html: string, re: RegExp): string[] {
  return [...html.matchAll(re)].map((m) => m[1] ?? '');
}

describe('every built page', () => {
  it('exists in both languages (every zh route has an en twin and vice versa)', () => {
    const zh = contentPages.filter((p) => !p.startsWith('en/'));
    const en = contentPages.filter((p) => p.startsWith('en/')).map((p) => p.slice(3));
    expect(en.sort()).toEqual(zh.sort());
  });

  it.each(pages)('%s has no NaN, undefined, null or [object Object] in its text', (file) => {
    const text = readDist(file).replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]|\bnull\b/);
  });

  it.each(contentPages)('%s declares its language, canonical URL and hreflang twins', (file) => {
    const html = readDist(file);
    const lang = file.startsWith('en/') ? 'en' : 'zh-CN';
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    const base = siteData().publicUrl.replace(/\/$/, '');
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([
      `${base}${pageUrl(file)}`,
    ]);
    expect(attr(html, /hreflang="([^"]+)" href=/g).sort()).toEqual(['en', 'x-default', 'zh-CN']);
  });

  it.each(pages)('%s has no inline style or script that the CSP would block', (file) => {
    const html = readDist(file);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<style[\s>]/);
    // Every <script> has a src (JSON data blocks are not executed and are allowed).
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag, tag).toMatch(/\ssrc="\/|type="application\/(ld\+)?json"/);
    }
    expect(html).not.toMatch(/\son[a-z]+="/); // no inline event handlers
  });

  it.each(pages)('%s loads nothing from another origin', (file) => {
    const html = readDist(file);
    const tags =
      html.match(/<(?:script|img|link|iframe|source|video|audio|object|embed)\b[^>]*>/g) ?? [];
    // <link rel=canonical|alternate|license> name URLs but are never fetched.
    const fetched = tags.filter((tag) => !/rel="(canonical|alternate|license)"/.test(tag));
    const foreign = fetched.filter((tag) => /\s(?:src|href|data)="(?:[a-z]+:)?\/\//i.test(tag));
    expect(foreign).toEqual([]);
  });

  it.each(contentPages)('%s carries the sample-data banner while any dataset is sample', (file) => {
    const html = readDist(file);
    if (siteData().sampleDatasets.length > 0) expect(html).toContain('data-sample-banner');
    else expect(html).not.toContain('data-sample-banner');
  });

  it.each(pages)('%s links only to pages and files that exist', (file) => {
    const html = readDist(file);
    const hrefs = attr(html, /\s(?:href|src)="(\/[^"#?]*)/g).filter((h) => !h.startsWith('//'));
    const missing = hrefs.filter((h) => {
      const rel = decodeURIComponent(h).replace(/^\//, '');
      return !existsSync(join(DIST, rel)) && !existsSync(join(DIST, rel, 'index.html'));
    });
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s opens every outside link with rel="noopener noreferrer"', (file) => {
    const anchors = readDist(file).match(/<a\b[^>]*\shref="https?:[^"]*"[^>]*>/g) ?? [];
    const bad = anchors.filter(
      (a) => !/\srel="[^"]*noopener[^"]*"/.test(a) || !/\srel="[^"]*noreferrer[^"]*"/.test(a),
    );
    expect(bad).toEqual([]);
  });

  it.each(pages)('%s stays within the byte budget (HTML + CSS + JS, gzip)', (file) => {
    const html = readDist(file);
    const assets = [
      ...attr(html, /<link rel="stylesheet" href="(\/[^"]+)"/g),
      ...attr(html, /<script\b[^>]*\ssrc="(\/[^"]+)"/g),
    ];
    const gz = (s: string): number => gzipSync(s, { level: 9 }).length;
    const js = attr(html, /<script\b[^>]*\ssrc="(\/[^"]+)"/g).reduce(
      (n, a) => n + gz(readDist(a.slice(1))),
      0,
    );
    const total = gz(html) + assets.reduce((n, a) => n + gz(readDist(a.slice(1))), 0);
    expect(total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    expect(js).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });
});

describe('the shipped host files', () => {
  it('dist/_headers is the one generated from src/security/headers.ts', () => {
    expect(readDist('_headers')).toBe(renderHeadersFile());
  });

  it('dist/ holds no source maps or stray build files', () => {
    expect(distFiles().filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
