// "The air now" against the reader's clock (issue 19, freshness): with the page's clock set two
// days after the reading the card warns that it is not the air now; 30 minutes after, it does
// not; without JavaScript the timestamp shows and no warning does. Both languages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Session } from './browser.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { PROGRESS_DOC, progressText } from '../../src/page-data/progress/index.ts';

const baseUrl = inject('baseUrl');
const now = readGenerated(PROGRESS_DOC).now;
const readingMs = now === null ? Number.NaN : Date.parse(now.time);
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;

const PAGES = [
  ['zh', '/'],
  ['en', '/en/'],
] as const;

/** Open `path` with the page's clock fixed at `at` (ms), or the real clock when null. */
async function open(session: Session, path: string, at: number | null): Promise<Page> {
  const page = await session.context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  if (at !== null) await page.clock.setFixedTime(at);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(cspViolations).toEqual([]);
  return page;
}

describe('the "now" card with JavaScript', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('has a reading in the bundled data', () => {
    expect(Number.isNaN(readingMs)).toBe(false);
  });

  it.each(PAGES)('%s: warns when the clock is 2 days after the reading', async (lang, path) => {
    const page = await open(session, path, readingMs + 2 * DAY);
    const note = page.locator('.now-card .now-stale');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.getAttribute('role')).toBe('status');
    const words = progressText(lang, 'nowStale', {
      age: lang === 'zh' ? '2 天' : '2 days',
    });
    expect((await note.textContent())?.trim()).toBe(words);
    await page.close();
  });

  it.each(PAGES)('%s: says 5 hours, and 1 day, in the right words', async (lang, path) => {
    for (const [at, zh, en] of [
      [readingMs + 5 * 60 * MIN + 10 * MIN, '5 小时', '5 hours'],
      [readingMs + DAY + 60 * MIN, '1 天', '1 day'],
    ] as const) {
      const page = await open(session, path, at);
      const text = await page.locator('.now-card .now-stale').textContent();
      expect(text).toBe(progressText(lang, 'nowStale', { age: lang === 'zh' ? zh : en }));
      await page.close();
    }
  });

  it.each(PAGES)('%s: no warning 30 minutes after the reading', async (_lang, path) => {
    const page = await open(session, path, readingMs + 30 * MIN);
    await expect
      .poll(() => page.evaluate(() => customElements.get('reading-age') !== undefined))
      .toBe(true);
    const note = page.locator('.now-card .now-stale');
    expect(await note.isVisible()).toBe(false);
    expect((await note.textContent()) ?? '').toBe('');
    await page.close();
  });
});

describe('the "now" card without JavaScript', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(PAGES)('%s: shows the timestamp prominently and no warning', async (_lang, path) => {
    const page = await open(session, path, null);
    const time = page.locator('.now-card time.now-timestamp');
    expect(await time.isVisible()).toBe(true);
    expect(await time.getAttribute('datetime')).toBe(now?.time);
    const weight = await time.evaluate((el) => Number(getComputedStyle(el).fontWeight));
    expect(weight).toBeGreaterThanOrEqual(700);
    expect(await page.locator('.now-card .now-age').isVisible()).toBe(true);
    expect(await page.locator('.now-card .now-stale').isVisible()).toBe(false);
    await page.close();
  });
});
