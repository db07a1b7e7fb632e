// What people type, and the page they should get first: queries run through the search page's own
// UI (src/scripts/search.ts over the built Pagefind index) in real Chromium, both languages.
// Station and department names come from the built pages' own headings, never from this file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../lib/dist.ts';
import { openBrowser, type Session } from './browser.ts';
import type { Page } from 'playwright-core';

const baseUrl = inject('baseUrl');

type Lang = 'zh' | 'en';
const PREFIX: Record<Lang, string> = { zh: '', en: '/en' };

/** The text of a built page's first h1 (tags dropped, the few entities Astro writes decoded). */
function h1Text(file: string): string {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(DIST, file), 'utf8'));
  if (!m?.[1]) throw new Error(`${file}: no h1`);
  return m[1]
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * Every page under `section/` of one language that has its own folder (stations/SAMPLE01/, not
 * stations/county/), with the name its h1 gives. The "(fictitious)" marker that every sample
 * name carries is left off the query: a person types the name, not the marker.
 */
function namedPages(lang: Lang, section: string, skip: readonly string[] = []) {
  const dir = join(DIST, PREFIX[lang].slice(1), section);
  return readdirSync(dir)
    .filter((d) => !skip.includes(d) && statSync(join(dir, d)).isDirectory())
    .map((d) => {
      const url = `${PREFIX[lang]}/${section}/${d}/`;
      const name = h1Text(join(PREFIX[lang].slice(1), section, d, 'index.html'))
        .replace(/\s*[（(](虚构|fictitious)[）)]$/, '')
        .trim();
      return { q: name, url };
    });
}

/** Fixed queries: the words people use for a page, and the page they mean. */
const FIXED: Record<Lang, readonly { q: string; url: string }[]> = {
  zh: [
    { q: '举报', url: '/report/' },
    { q: '投诉', url: '/report/' },
    { q: '12345', url: '/report/' },
    { q: '12369', url: '/report/' },
    { q: '热线', url: '/report/' },
    { q: '优良天数', url: '/targets/good-days/' },
    { q: 'PM2.5', url: '/targets/pm2_5/' },
    { q: '重污染天数', url: '/targets/heavy-days/' },
    { q: '排名', url: '/ranking/' },
    { q: '执法', url: '/enforcement/' },
    { q: '数据下载', url: '/data/' },
    { q: '开放数据', url: '/data/' },
    { q: '图表', url: '/charts/' },
    { q: '方法', url: '/methodology/' },
    { q: '数据质量', url: '/data-quality/' },
    { q: '行动方案', url: '/plan/' },
    { q: '责任部门', url: '/departments/' },
    { q: '监测站点', url: '/stations/' },
  ],
  en: [
    { q: 'report', url: '/en/report/' },
    { q: 'hotline', url: '/en/report/' },
    { q: 'whistleblower', url: '/en/report/' },
    { q: 'complaint', url: '/en/report/' },
    { q: '12345', url: '/en/report/' },
    { q: '12369', url: '/en/report/' },
    { q: 'good days', url: '/en/targets/good-days/' },
    { q: 'PM2.5', url: '/en/targets/pm2_5/' },
    { q: 'heavy days', url: '/en/targets/heavy-days/' },
    { q: 'ranking', url: '/en/ranking/' },
    { q: 'enforcement', url: '/en/enforcement/' },
    { q: 'open data', url: '/en/data/' },
    { q: 'download', url: '/en/data/' },
    { q: 'charts', url: '/en/charts/' },
    { q: 'methodology', url: '/en/methodology/' },
    { q: 'data quality', url: '/en/data-quality/' },
    { q: 'plan', url: '/en/plan/' },
    { q: 'departments', url: '/en/departments/' },
    { q: 'monitoring stations', url: '/en/stations/' },
  ],
};

const cases = (lang: Lang) => [
  ...FIXED[lang],
  ...namedPages(lang, 'stations', ['county']),
  ...namedPages(lang, 'departments'),
];

/** Run one query through the page's form; the hrefs of the results, in order. */
async function resultsFor(page: Page, q: string): Promise<string[]> {
  const status = page.locator('.search-status');
  await page.locator('#search-input').fill(q);
  await page.locator('.search-form button').click();
  // The status line quotes the query once this query's results (or none) are shown.
  await expect
    .poll(
      async () => {
        const text = (await status.textContent()) ?? '';
        return text.includes(`“${q}”`) || text.includes(`"${q}"`);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return page
    .locator('.search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe.each(['zh', 'en'] as const)('search queries (%s)', (lang) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
    page = await session.context.newPage();
    await page.goto(`${baseUrl}${PREFIX[lang]}/search/`, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('has at least 10 fixed queries, a station and a department', () => {
    expect(FIXED[lang].length).toBeGreaterThanOrEqual(10);
    expect(namedPages(lang, 'stations', ['county']).length).toBeGreaterThan(0);
    expect(namedPages(lang, 'departments').length).toBeGreaterThan(0);
  });

  it.each(cases(lang))('"$q" finds $url first', async ({ q, url }) => {
    const hrefs = await resultsFor(page, q);
    expect(hrefs[0], `${q}: ${hrefs.slice(0, 5).join(' ')}`).toBe(url);
  });
});
