// Site search in real Chromium: Pagefind runs from the site's own files under the search page's
// CSP, finds pages by Chinese names, and the page still leads everywhere with JavaScript off.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

/** A fictitious enterprise from the sample cases: the first published row whose type is enterprise. */
function sampleEnterprise(): { name: string; entityId: string } {
  const lines = readFileSync('data/enforcement/cases.csv', 'utf8').trim().split('\n');
  const header = (lines[0] ?? '').split(',');
  const col = (n: string): number => header.indexOf(n);
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    if (
      cells[col('entity_type')] === 'enterprise' &&
      cells[col('revoked_date')] === '' &&
      cells[col('publicity_end_date')] === ''
    ) {
      return { name: cells[col('entity_name')] ?? '', entityId: cells[col('entity_id')] ?? '' };
    }
  }
  throw new Error('data/enforcement/cases.csv: no enterprise case without an end of publicity');
}

async function search(session: Session, path: string, query: string) {
  const v = await visit(session, baseUrl, path);
  await v.page.locator('#search-input').fill(query);
  await v.page.locator('.search-form button').click();
  await v.page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
  const hrefs = await v.page
    .locator('.search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { v, hrefs };
}

describe('site search with JavaScript on', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('finds a station page by its Chinese name (示例站一)', async () => {
    const { v, hrefs } = await search(session, '/search/', '示例站一');
    expect(
      hrefs.some((h) => /^\/stations\/[^/]+\/$/.test(h)),
      hrefs.join(' '),
    ).toBe(true);
    expect(v.foreign).toEqual([]);
    expect(v.cspViolations).toEqual([]);
    expect(v.failed).toEqual([]);
    await v.page.close();
  });

  it('finds a fictitious enterprise by its Chinese name on its case or entity page', async () => {
    const { name, entityId } = sampleEnterprise();
    const { v, hrefs } = await search(session, '/search/', name);
    const pages = hrefs.filter(
      (h) => h === `/entities/${entityId}/` || /^\/enforcement\/[^/]+\/$/.test(h),
    );
    expect(pages, `${name}: ${hrefs.join(' ')}`).not.toEqual([]);
    // The result page really names the enterprise.
    const target = await visit(session, baseUrl, pages[0] ?? '/');
    await expect(target.page.locator('main').innerText()).resolves.toContain(name);
    expect(v.cspViolations).toEqual([]);
    expect(v.foreign).toEqual([]);
    await target.page.close();
    await v.page.close();
  });

  it('searches the English index from the English page', async () => {
    const { v, hrefs } = await search(session, '/en/search/', 'methodology');
    expect(
      hrefs.every((h) => h.startsWith('/en/')),
      hrefs.join(' '),
    ).toBe(true);
    expect(v.cspViolations).toEqual([]);
    await v.page.close();
  });
});

describe('the search page with JavaScript off', () => {
  it('hides the form and links to every index page', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    try {
      const v = await visit(session, baseUrl, '/search/');
      await expect(v.page.locator('.search-form').isVisible()).resolves.toBe(false);
      const links = await v.page
        .locator('.search-fallback a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // What people look for, the reporting page first (issue 19).
      expect(links).toEqual([
        '/report/',
        '/',
        '/targets/pm2_5/',
        '/targets/good-days/',
        '/targets/heavy-days/',
        '/targets/grade-ii/',
        '/ranking/',
        '/stations/',
        '/plan/',
        '/departments/',
        '/enforcement/',
        '/data/',
        '/charts/',
        '/methodology/',
        '/about/',
      ]);
      for (const href of links)
        expect((await fetch(`${baseUrl}${href ?? ''}`)).status, String(href)).toBe(200);
      expect(v.requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
