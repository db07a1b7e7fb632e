// WCAG 2.2 AA in real Chromium on one page of every template in both languages (templatePages):
// axe finds nothing; the keyboard reaches every control with a visible, unobscured focus; the
// skip link leads to the content; charts are one tab stop with arrow-key points; nothing
// scrolls sideways at 320 CSS px; stand-alone targets are 24×24; English pages mark Chinese
// fragments with lang (also on the most Chinese page of every route kind); print hides the
// chrome and keeps the charts. The full crawl of every page is in `npm run bench:site`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mostChinesePage, templatePages } from '../lib/dist.ts';
import {
  FOCUS_STATE,
  REFLOW,
  SMALL_TARGETS,
  TAB_TARGETS,
  axeScan,
  describeFindings,
  unmarkedCjk,
  type FocusStop,
} from '../lib/a11y.ts';
import { openBrowser, visit, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const pages = templatePages();
const isEmbed = (p: string): boolean => /^\/(en\/)?embed\//.test(p);
const chromed = pages.filter((p) => !isEmbed(p));
const chartPages = pages.filter(
  (p) => /^\/(en\/)?charts\/[^/]+\/$/.test(p) || /^\/(en\/)?targets\//.test(p),
);

let session: Session;
beforeAll(async () => {
  session = await openBrowser({ javaScriptEnabled: true });
});
afterAll(async () => {
  await session.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const v = await visit(session, baseUrl, path);
  expect(v.status, path).toBe(200);
  if (width !== 1280) await v.page.setViewportSize({ width, height: 800 });
  return v.page;
}

/** Press Tab until focus comes round again; every stop with its focus state. */
async function tabThrough(page: Page, max: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate<FocusStop>(FOCUS_STATE);
    if (s.what === 'body' || (stops.length > 0 && s.what === stops[0]?.what)) break;
    stops.push(s);
  }
  return stops;
}

describe('axe (WCAG 2.2 AA rules)', () => {
  it.each(pages)('%s has no violations', async (path) => {
    const page = await open(path);
    const findings = await axeScan(page);
    await page.close();
    expect(findings, describeFindings(path, findings)).toEqual([]);
  });

  it('reports a violation it is shown (so a clean result means something)', async () => {
    const page = await open('/about/');
    await page.evaluate(
      `document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/favicon.svg">')`,
    );
    const rules = (await axeScan(page)).map((f) => f.rule);
    await page.close();
    expect(rules).toContain('image-alt');
  });
});

describe('keyboard', () => {
  it.each(chromed)(
    '%s: the skip link is the first tab stop, is visible and moves focus to main',
    async (path) => {
      const page = await open(path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(`(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { cls: el.className, href: el.getAttribute('href'), onScreen: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
    })()`);
      expect(first).toEqual({ cls: 'skip-link', href: '#main', onScreen: true });
      await page.keyboard.press('Enter');
      await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
      await page.close();
    },
  );

  it.each(pages)(
    '%s: Tab reaches every control, each with a visible focus indicator not hidden by anything',
    async (path) => {
      const page = await open(path);
      const targets = await page.evaluate<string[]>(TAB_TARGETS);
      const stops = await tabThrough(page, targets.length + 10);
      await page.close();
      const reached = new Set(stops.map((s) => s.what));
      expect(
        targets.filter((t) => !reached.has(t)),
        'not reachable by Tab',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.indicator).map((s) => s.what),
        'no focus indicator',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.unobscured).map((s) => s.what),
        'focus hidden',
      ).toEqual([]);
    },
  );

  it.each(chartPages)(
    '%s: each chart is one tab stop whose arrow keys move the tooltip between points',
    async (path) => {
      const page = await open(path);
      const charts = await page.locator('chart-enhancer').count();
      expect(charts).toBeGreaterThan(0);
      // Nothing inside a chart's SVG is a tab stop of its own.
      await expect(
        page.locator('chart-enhancer svg [tabindex], chart-enhancer svg a').count(),
      ).resolves.toBe(0);
      const chart = page.locator('chart-enhancer').first();
      await expect(chart.getAttribute('tabindex')).resolves.toBe('0');
      await chart.focus();
      const tip = chart.locator('.chart-tip');
      await expect(tip.isVisible()).resolves.toBe(true);
      const first = await tip.innerText();
      expect(first.trim()).not.toBe('');
      await page.keyboard.press('ArrowRight');
      const second = await tip.innerText();
      expect(second).not.toBe(first);
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      await expect(tip.innerText()).resolves.toBe(first);
      await page.keyboard.press('Escape');
      await expect(tip.isVisible()).resolves.toBe(false);
      // Focus stays with the chart (no trap, no loss): Tab moves on to the next control.
      await expect(page.evaluate(`document.activeElement.tagName`)).resolves.toBe('CHART-ENHANCER');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(`document.activeElement.tagName`)).resolves.not.toBe(
        'CHART-ENHANCER',
      );
      await page.close();
    },
  );

  it('no header is sticky or fixed, so nothing can cover the focused element', async () => {
    const page = await open('/');
    const pinned = await page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
      .map((el) => el.tagName + '.' + el.className)`);
    await page.close();
    expect(pinned).toEqual([]);
  });
});

describe('reflow and target size', () => {
  it.each(pages)(
    '%s does not scroll sideways at 320 CSS px (tables scroll in their own box)',
    async (path) => {
      const page = await open(path, 320);
      const r = await page.evaluate<{ width: number; scrollWidth: number; wide: string[] }>(REFLOW);
      await page.close();
      expect(r.scrollWidth, r.wide.join('\n')).toBeLessThanOrEqual(320);
    },
  );

  it.each(pages)(
    '%s: stand-alone links and buttons are at least 24×24 or spaced as WCAG 2.5.8 allows',
    async (path) => {
      const page = await open(path, 320);
      const small = await page.evaluate<string[]>(SMALL_TARGETS);
      await page.close();
      expect(small).toEqual([]);
    },
  );
});

describe('language of parts', () => {
  it.each(chromed)('%s: the language switch link carries the other language', async (path) => {
    const page = await open(path);
    const sw = page.locator('.lang-switch');
    const other = path.startsWith('/en/') ? 'zh-CN' : 'en';
    await expect(sw.getAttribute('lang')).resolves.toBe(other);
    await expect(sw.getAttribute('hreflang')).resolves.toBe(other);
    await page.close();
  });

  const en = pages.filter((p) => p.startsWith('/en/'));
  it.each(en)(
    '%s: header, navigation and footer hold no Chinese text outside a lang="zh-CN" element',
    async (path) => {
      const page = await open(path);
      const unmarked = await page.evaluate<string[]>(unmarkedCjk('header, nav, footer'));
      await page.close();
      expect(unmarked).toEqual([]);
    },
  );

  // Beyond one page per template: for every route kind, the English page with the most Chinese
  // fragments in it (names, document numbers, the plan's words), so a route whose data rarely quotes
  // Chinese is still checked where it does. `optional` kinds may have no page in some data sets.
  const ROUTE_KINDS: readonly { kind: string; route: RegExp; optional?: true }[] = [
    { kind: 'enforcement case', route: /^\/en\/enforcement\/(?!burning\/|page\/)[^/]+\/$/ },
    { kind: 'enforcement list page', route: /^\/en\/enforcement\/page\/\d+\/$/ },
    {
      kind: 'enforcement filter page',
      route: /^\/en\/enforcement\/(category|township|year)\/[^/]+\/$/,
    },
    {
      kind: 'enforcement filter list page',
      route: /^\/en\/enforcement\/(category|township|year)\/[^/]+\/page\/\d+\/$/,
      optional: true,
    },
    { kind: 'fire points', route: /^\/en\/enforcement\/burning\/$/ },
    { kind: 'entity', route: /^\/en\/entities\/[^/]+\/$/ },
    { kind: 'station', route: /^\/en\/stations\/(?!county\/)[^/]+\/$/ },
    { kind: 'station year', route: /^\/en\/stations\/(?!county\/)[^/]+\/\d{4}\/$/ },
    { kind: 'county year', route: /^\/en\/stations\/county\/\d{4}\/$/ },
    { kind: 'plan measure', route: /^\/en\/plan\/[^/]+\/$/ },
    { kind: 'department', route: /^\/en\/departments\/[^/]+\/$/ },
    { kind: 'target', route: /^\/en\/targets\/[^/]+\/$/ },
    { kind: 'chart permalink', route: /^\/en\/charts\/[^/]+\/$/ },
    { kind: 'enforcement chart', route: /^\/en\/charts\/enforcement-[^/]+\/$/ },
    { kind: 'ranking chart', route: /^\/en\/charts\/ranking-[^/]+\/$/ },
    { kind: 'chart embed', route: /^\/en\/embed\/[^/]+\/$/ },
    { kind: 'data', route: /^\/en\/data\/$/ },
    { kind: 'latest data', route: /^\/en\/data\/latest\/$/ },
    { kind: 'data changelog', route: /^\/en\/data\/changelog\/$/ },
    { kind: 'data quality', route: /^\/en\/data-quality\/$/ },
    { kind: 'data quality year', route: /^\/en\/data-quality\/\d{4}\/$/ },
    { kind: 'ranking', route: /^\/en\/ranking\/$/ },
    { kind: 'report', route: /^\/en\/report\/$/ },
    { kind: 'methodology', route: /^\/en\/methodology\/$/ },
  ];
  const representative = ROUTE_KINDS.map((k) => ({ ...k, page: mostChinesePage(k.route) }));
  it.each(representative.filter((k) => k.optional === undefined))(
    'there is a built $kind page to check',
    ({ page }) => {
      expect(page).toBeDefined();
    },
  );
  const contentPages = [...new Set([...en, ...representative.flatMap((k) => k.page ?? [])])].sort();
  it.each(contentPages)(
    '%s marks every Chinese fragment in the content with lang="zh-CN"',
    async (path) => {
      const page = await open(path);
      const unmarked = await page.evaluate<string[]>(unmarkedCjk('body'));
      await page.close();
      expect(unmarked).toEqual([]);
    },
  );

  it('the Chinese-fragment check finds an unmarked name (so a clean result means something)', async () => {
    const page = await open('/en/about/');
    await page.evaluate(
      `document.querySelector('main').insertAdjacentHTML('beforeend', '<p>示例站一（虚构）</p>')`,
    );
    const unmarked = await page.evaluate<string[]>(unmarkedCjk('body'));
    await page.close();
    expect(unmarked).toEqual(['p "示例站一（虚构）"']);
  });
});

describe('print', () => {
  it.each(['/', '/en/targets/good-days/'].filter((p) => pages.includes(p)))(
    '%s prints without navigation and skip link, with charts and table summaries',
    async (path) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('.skip-link').isVisible()).resolves.toBe(false);
      await expect(page.locator('.chart-canvas svg').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.chart-table > summary').first().isVisible()).resolves.toBe(true);
      const embeds = await page.locator('.chart-embed').count();
      for (let i = 0; i < embeds; i++)
        await expect(page.locator('.chart-embed').nth(i).isVisible()).resolves.toBe(false);
      await page.close();
    },
  );
});
