// Charts in real Chromium: complete with JavaScript off; with it on, tooltips by mouse and
// keyboard; downloads are valid SVG, PNG and CSV.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const CHART = '/charts/pm25-trend/';

describe('a chart with JavaScript off', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the headline, the SVG with an accessible name, the summary, the table and downloads', async () => {
    const v = await visit(session, baseUrl, CHART);
    const figure = v.page.locator('figure.chart-frame').first();
    await expect(figure.locator('figcaption').innerText()).resolves.toMatch(/PM2\.5/);
    const svg = figure.locator('svg[role="img"]').first();
    await expect(svg.isVisible()).resolves.toBe(true);
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await expect(svg.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await figure.locator('details.chart-table summary').click();
    await expect(figure.locator('details.chart-table table').isVisible()).resolves.toBe(true);
    const rows = await figure.locator('details.chart-table tbody tr').count();
    expect(rows).toBeGreaterThan(12);
    const links = await figure
      .locator('.chart-downloads a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links).toEqual([
      '/charts/pm25-trend/pm25-trend.zh.svg',
      '/charts/pm25-trend/pm25-trend.zh.png',
      '/charts/pm25-trend/pm25-trend.csv',
    ]);
    expect(v.cspViolations).toEqual([]);
  });
});

describe('a chart with JavaScript on', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows a tooltip on hover that names the data point, and hides it with Escape', async () => {
    const v = await visit(session, baseUrl, CHART);
    const enhancer = v.page.locator('chart-enhancer').first();
    const mark = enhancer.locator('[data-i]').nth(5);
    await mark.hover({ force: true });
    const tip = enhancer.locator('.chart-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const text = await tip.innerText();
    expect(text).toMatch(/\d/);
    await v.page.keyboard.press('Escape');
    await expect(tip.isHidden()).resolves.toBe(true);
    expect(v.cspViolations).toEqual([]);
  });

  it('is one tab stop, and arrow keys move the tooltip between points', async () => {
    const v = await visit(session, baseUrl, CHART);
    const enhancer = v.page.locator('chart-enhancer').first();
    await enhancer.focus();
    await expect(enhancer.getAttribute('tabindex')).resolves.toBe('0');
    const tip = enhancer.locator('.chart-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const first = await tip.innerText();
    await v.page.keyboard.press('ArrowRight');
    const second = await tip.innerText();
    expect(second).not.toBe(first);
    // The marks themselves are not tab stops.
    const focusableMarks = await enhancer.locator('[data-i][tabindex]').count();
    expect(focusableMarks).toBe(0);
    // The access date of the citation is filled in the reader's browser.
    const access = v.page.locator('[data-access-date]').first();
    await expect(access.getAttribute('hidden')).resolves.toBeNull();
    await expect(access.locator('time').getAttribute('datetime')).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });
});

describe('chart downloads', () => {
  it('the SVG is a valid image that cites itself', async () => {
    const res = await fetch(`${baseUrl}/charts/pm25-trend/pm25-trend.en.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('/charts/pm25-trend/');
    expect(svg).toMatch(/[0-9a-f]{12}/);
    expect(svg).toMatch(/[Ss]ample data/);
  });

  it('the PNG decodes in the browser at twice the SVG size', async () => {
    const session = await openBrowser({ javaScriptEnabled: true });
    try {
      const v = await visit(session, baseUrl, '/about/');
      const size = await v.page.evaluate(async () => {
        const img = new Image();
        img.src = '/charts/pm25-trend/pm25-trend.zh.png';
        await img.decode();
        return { w: img.naturalWidth, h: img.naturalHeight };
      });
      const svg = await (await fetch(`${baseUrl}/charts/pm25-trend/pm25-trend.zh.svg`)).text();
      const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);
      expect(size.w).toBe(Math.round(width * 2));
      expect(size.h).toBeGreaterThan(100);
    } finally {
      await session.close();
    }
  });

  it('the CSV has a header, one row per table row and a sample column', async () => {
    const csv = await (await fetch(`${baseUrl}/charts/pm25-trend/pm25-trend.csv`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/,sample$/);
    expect(lines.length).toBeGreaterThan(13);
    expect(lines.slice(1).every((l) => l.endsWith(',true'))).toBe(true);
  });
});
