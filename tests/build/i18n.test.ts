// Bilingual parity over the built site (the twin-exists check is in dist.test.ts): every page's
// hreflang alternates name existing pages that point back; dates are written per locale; the
// English chrome (header, navigation, footer) holds no Chinese outside the language switch and
// elements marked lang="zh-CN"; neither language carries the other's date format.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteData } from '../../src/lib/generated.ts';
import { DIST, assertBuilt, htmlPages, pageUrl, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

const pages = existsSync(join(DIST, 'index.html'))
  ? htmlPages().filter((p) => !p.startsWith('404'))
  : [];
const base = (): string => siteData().publicUrl.replace(/\/$/, '');
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

function alternates(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

/** The URL path on this site of an absolute link to it. */
function local(url: string): string {
  expect(url.startsWith(base()), url).toBe(true);
  return url.slice(base().length);
}

function fileOf(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}

/** Text of `html` with every element carrying lang="zh…" (and its content) removed. */
function withoutZhMarked(html: string): string {
  let out = html;
  for (let i = 0; i < 5; i++)
    out = out.replace(/<(\w+)\b[^>]*\slang="zh[^"]*"[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/g, ' ');
  return out;
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
}

describe('hreflang alternates', () => {
  it.each(pages)(
    '%s: zh-CN, en and x-default name existing pages that name this page back',
    (file) => {
      const alt = alternates(readDist(file));
      expect(Object.keys(alt).sort()).toEqual(['en', 'x-default', 'zh-CN']);
      const zh = local(alt['zh-CN'] ?? '');
      const en = local(alt.en ?? '');
      expect(local(alt['x-default'] ?? '')).toBe(zh);
      expect(en).toBe(zh === '/' ? '/en/' : `/en${zh}`);
      expect([zh, en]).toContain(pageUrl(file));
      for (const twin of [zh, en]) {
        expect(existsSync(join(DIST, fileOf(twin))), twin).toBe(true);
        expect(alternates(readDist(fileOf(twin)))).toEqual(alt);
      }
    },
  );
});

describe('dates and numbers per locale', () => {
  const zhPages = pages.filter((p) => !p.startsWith('en/') && !p.startsWith('embed/'));
  const enPages = pages.filter((p) => p.startsWith('en/') && !p.startsWith('en/embed/'));

  it.each(zhPages)('%s writes the data date as 年…月…日', (file) => {
    const footer = /<footer[\s\S]*<\/footer>/.exec(readDist(file))?.[0] ?? '';
    expect(footer).toMatch(/<time datetime="[^"]+">\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it.each(enPages)('%s writes the data date as Month D, YYYY', (file) => {
    const footer = /<footer[\s\S]*<\/footer>/.exec(readDist(file))?.[0] ?? '';
    expect(footer).toMatch(new RegExp(`<time datetime="[^"]+">(${MONTHS}) \\d{1,2}, \\d{4}`));
  });

  it.each(enPages)('%s has no Chinese-style date outside Chinese fragments', (file) => {
    const body = text(withoutZhMarked(/<body[\s\S]*<\/body>/.exec(readDist(file))?.[0] ?? ''));
    expect(body.match(/\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?/g) ?? []).toEqual([]);
  });

  it.each(zhPages)('%s has no English month-name date in its text', (file) => {
    const body = text(/<body[\s\S]*<\/body>/.exec(readDist(file))?.[0] ?? '');
    expect(body.match(new RegExp(`\\b(${MONTHS}) \\d{1,2}, \\d{4}`, 'g')) ?? []).toEqual([]);
  });
});

describe('English chrome', () => {
  const enPages = pages.filter((p) => p.startsWith('en/'));
  it.each(enPages)(
    '%s: header, navigation and footer have no Chinese outside the language switch and lang="zh-CN"',
    (file) => {
      const html = readDist(file);
      const chrome = [...html.matchAll(/<(header|nav|footer)\b[\s\S]*?<\/\1>/g)]
        .map((m) => m[0])
        .join('\n');
      const leftover = text(withoutZhMarked(chrome));
      expect(leftover.match(new RegExp(`\\S*${CJK.source}\\S*`, 'g')) ?? []).toEqual([]);
    },
  );

  it('the check sees Chinese that is not marked (and ignores it when marked)', () => {
    expect(CJK.test(text(withoutZhMarked('<footer><p>数据来源</p></footer>')))).toBe(true);
    expect(
      CJK.test(text(withoutZhMarked('<footer><a lang="zh-CN" href="/">中文</a></footer>'))),
    ).toBe(false);
  });
});
