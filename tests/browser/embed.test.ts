// Reuse on another origin, in real Chromium: a newsroom page (served by the test on its own
// origin) pastes the embed snippet and hotlinks a chart's PNG and SVG. The snippet's iframe must
// show the whole embed page at 360, 640 and 1264 px; the images and a CSV fetch must load.
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST, readDist } from '../lib/dist.ts';
import { openBrowser, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
// The newsroom: a second origin (another port on the loopback; Chromium blocks a page it cannot
// place on the network from framing 127.0.0.1), serving whatever page the test sets.
let newsroom = '';
const WIDTHS = [360, 640, 1264] as const;
const LANGS = [
  ['zh', ''],
  ['en', '/en'],
] as const;

const ids = readdirSync(join(DIST, 'charts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The snippet a reader copies from the chart's permalink page, pointed at the test server. */
function snippet(prefix: string, id: string): string {
  const html = readDist(`${prefix.slice(1)}${prefix ? '/' : ''}charts/${id}/index.html`);
  const code = /<details class="chart-embed">[\s\S]*?<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(
    html,
  )?.[1];
  if (!code) throw new Error(`no embed snippet on ${prefix}/charts/${id}/`);
  return unescape(code).replace(/src="https?:\/\/[^/"]+/, `src="${baseUrl}`);
}

let session: Session;
let server: Server;
let pageHtml = '';
beforeAll(async () => {
  session = await openBrowser({ javaScriptEnabled: true });
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pageHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  newsroom = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await session.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('the embed snippet on a newsroom page', () => {
  it.each(LANGS)(
    '(%s) shows the whole embed page of every chart at 360, 640 and 1264 px',
    async (lang, prefix) => {
      const page = await session.context.newPage();
      const short: string[] = [];
      const measured: string[] = [];
      const fills = new Map<string, number>();
      for (const id of ids) {
        const code = snippet(prefix, id);
        expect(code).toContain(`${prefix}/embed/${id}/`);
        const height = Number(/height="(\d+)"/.exec(code)?.[1]);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: height + 100 });
          pageHtml = `<!doctype html><html><body style="margin:0">${code}</body></html>`;
          await page.goto(`${newsroom}/story/${id}/`, { waitUntil: 'load' });
          const frame = await (await page.waitForSelector('iframe')).contentFrame();
          if (!frame) throw new Error(`no iframe for ${id}`);
          await frame.waitForLoadState('load');
          expect(frame.url()).toContain(`/embed/${id}/`);
          const m = await frame.evaluate(() => ({
            scrollH: document.documentElement.scrollHeight,
            // The page's own height (scrollHeight is at least the frame's).
            contentH: Math.ceil(document.body.getBoundingClientRect().height),
            scrollW: document.documentElement.scrollWidth,
            innerH: window.innerHeight,
            innerW: window.innerWidth,
          }));
          measured.push(`${id}@${width}: ${m.contentH}/${height}`);
          fills.set(id, Math.max(fills.get(id) ?? 0, m.contentH / height));
          if (m.scrollH > m.innerH || m.contentH > m.innerH || m.scrollW > m.innerW) {
            short.push(
              `${id} at ${width} px: page ${m.scrollW}×${m.scrollH}, frame ${m.innerW}×${m.innerH}`,
            );
          }
        }
      }
      console.log(`${lang}: ${measured.join('\n')}`);
      // Not much empty frame either: at some width each chart's page fills most of its frame.
      expect([...fills].filter(([, f]) => f < 0.75)).toEqual([]);
      await page.close();
      expect(short).toEqual([]);
    },
  );
});

describe('a chart hotlinked by a newsroom page', () => {
  it('loads its PNG and SVG as images and its CSV by fetch; the chart page stays same-origin', async () => {
    const page = await session.context.newPage();
    const files = `${baseUrl}/charts/pm25-trend/pm25-trend`;
    pageHtml = `<!doctype html><html><body><img id="png" src="${files}.zh.png" alt=""><img id="svg" src="${files}.en.svg" alt=""></body></html>`;
    await page.goto(`${newsroom}/story/hotlink/`, { waitUntil: 'load' });
    const sizes = await page.evaluate(() =>
      ['png', 'svg'].map((id) => (document.getElementById(id) as HTMLImageElement).naturalWidth),
    );
    expect(
      sizes.every((w) => w > 0),
      `natural widths ${sizes.join(', ')}`,
    ).toBe(true);
    const fetched = await page.evaluate(async (url) => {
      const csv = await fetch(`${url}.csv`);
      const blocked = await fetch(url.replace(/pm25-trend$/, ''), { mode: 'no-cors' }).then(
        () => false,
        () => true,
      );
      return { ok: csv.ok, head: (await csv.text()).split('\n')[0], blocked };
    }, files);
    expect(fetched.ok).toBe(true);
    expect(fetched.head).toMatch(/,/);
    // Pages keep Cross-Origin-Resource-Policy: same-origin: another origin cannot read them.
    expect(fetched.blocked).toBe(true);
    await page.close();
  });
});
