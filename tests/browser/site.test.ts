// Every page of the built site in real Chromium, JavaScript off and on: it renders, it asks no
// other origin for anything, it sets no cookie and breaks no CSP rule.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { templatePages } from '../lib/dist.ts';
import { openBrowser, visit, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
// One page of every template in both languages plus every top-level page (the full crawl of
// every page is too slow for the test suite; it belongs in the site benchmark).
const pages = templatePages();

describe.each([
  { js: false, label: 'JavaScript off' },
  { js: true, label: 'JavaScript on' },
])('one page of every template with $label', ({ js }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: js });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(pages)(
    '%s renders with no third-party request, cookie or CSP violation',
    async (path) => {
      const v = await visit(session, baseUrl, path);
      expect(v.status).toBe(200);
      expect(v.foreign).toEqual([]);
      expect(v.cspViolations).toEqual([]);
      expect(v.failed).toEqual([]);
      expect(await session.context.cookies()).toEqual([]);
      await expect(v.page.locator('h1').first().isVisible()).resolves.toBe(true);
      await v.page.close();
    },
  );
});

describe('the home page', () => {
  it('shows the sample-data banner, navigation and report link with JavaScript off', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    try {
      const v = await visit(session, baseUrl, '/');
      const banner = v.page.locator('[data-sample-banner]');
      await expect(banner.isVisible()).resolves.toBe(true);
      await expect(banner.innerText()).resolves.toContain('样例数据');
      await expect(v.page.getByRole('link', { name: '举报污染' }).isVisible()).resolves.toBe(true);
      await expect(v.page.getByRole('navigation').innerText()).resolves.toContain('开放数据');
      const en = await visit(session, baseUrl, '/en/');
      await expect(en.page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(
        en.page.getByRole('link', { name: 'Report pollution' }).isVisible(),
      ).resolves.toBe(true);
    } finally {
      await session.close();
    }
  });

  it('draws the Chinese heading with a real CJK font (not empty boxes)', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    try {
      const v = await visit(session, baseUrl, '/');
      // Ask Chromium which platform fonts rendered the <h1>: CSS.getPlatformFontsForNode.
      // With the system fonts hidden, Chromium draws with the bundled Noto Sans SC (browser.ts).
      const cdp = await session.context.newCDPSession(v.page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: 'h1',
      });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const cjk = fonts.filter((f) =>
        /WenQuanYi|Noto Sans (CJK|SC)|Noto Serif CJK|Source Han|PingFang|YaHei/i.test(f.familyName),
      );
      expect(
        cjk.map((f) => f.familyName),
        JSON.stringify(fonts),
      ).not.toEqual([]);
      expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(5);
    } finally {
      await session.close();
    }
  });
});

describe('the test server', () => {
  it('sends the shipped security headers and compresses HTML', async () => {
    const res = await fetch(`${baseUrl}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('the CSP violation recorder', () => {
  it('catches an inline style the policy blocks (so the checks above can fail)', async () => {
    const session = await openBrowser({ javaScriptEnabled: true });
    try {
      const v = await visit(session, baseUrl, '/about/');
      await v.page.evaluate(() => {
        const s = document.createElement('style');
        s.textContent = 'body { color: red }';
        document.head.append(s);
      });
      await v.page.waitForTimeout(200);
      expect(v.cspViolations.join('\n')).toMatch(/style/i);
    } finally {
      await session.close();
    }
  });
});
