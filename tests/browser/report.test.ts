// The reporting page, item by item against the SecureDrop landing-page rules that apply to a
// static page. Each item's result is listed in the test output.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

interface Item {
  rule: string;
  ok: boolean;
  detail: string;
}

async function checklist(session: Session, path: string): Promise<Item[]> {
  const v = await visit(session, baseUrl, path);
  const res = await fetch(`${baseUrl}${path}`);
  const html = await res.text();
  const csp = res.headers.get('content-security-policy') ?? '';
  const cookies = await session.context.cookies();
  const scripts = await v.page
    .locator('script[src]')
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  const onion = html.match(/href="[^"]*\.onion[^"]*"/g) ?? [];
  const external = await v.page
    .locator('a[href^="http"]')
    .evaluateAll((els) =>
      els.map((e) => ({ href: (e as HTMLAnchorElement).href, rel: e.getAttribute('rel') ?? '' })),
    );
  const items: Item[] = [
    {
      rule: 'No third-party resources',
      ok: v.foreign.length === 0,
      detail: v.foreign.join(' ') || `${v.requests.length} requests, all same-origin`,
    },
    {
      rule: 'No analytics or trackers (no script from elsewhere)',
      ok: scripts.every((s) => s.startsWith(baseUrl)),
      detail: scripts.join(' ') || 'no scripts',
    },
    {
      rule: 'Referrer-Policy: no-referrer',
      ok:
        res.headers.get('referrer-policy') === 'no-referrer' &&
        html.includes('<meta name="referrer" content="no-referrer">'),
      detail: res.headers.get('referrer-policy') ?? 'missing',
    },
    {
      rule: 'No cookies',
      ok: cookies.length === 0 && !res.headers.has('set-cookie'),
      detail: `${cookies.length} cookies`,
    },
    {
      rule: 'Cache-Control: no-store',
      ok: res.headers.get('cache-control') === 'no-store',
      detail: res.headers.get('cache-control') ?? 'missing',
    },
    { rule: 'No clickable onion links', ok: onion.length === 0, detail: onion.join(' ') || 'none' },
    {
      rule: "CSP limited to the site's own origin",
      ok: /^default-src 'none'/.test(csp) && !/https?:|\*|unsafe-inline|unsafe-eval/.test(csp),
      detail: csp,
    },
    {
      rule: 'Framing denied',
      ok: /frame-ancestors 'none'/.test(csp) && res.headers.get('x-frame-options') === 'DENY',
      detail: res.headers.get('x-frame-options') ?? 'missing',
    },
    {
      rule: 'X-Content-Type-Options: nosniff',
      ok: res.headers.get('x-content-type-options') === 'nosniff',
      detail: res.headers.get('x-content-type-options') ?? 'missing',
    },
    {
      rule: 'Links out send no referrer and no opener',
      ok: external.every((l) => /noopener/.test(l.rel) && /noreferrer/.test(l.rel)),
      detail: `${external.length} external links`,
    },
    {
      rule: 'No CSP violation in the browser',
      ok: v.cspViolations.length === 0,
      detail: v.cspViolations.join(' ') || 'none',
    },
  ];
  await v.page.close();
  return items;
}

describe.each(['/report/', '/en/report/'])('the reporting page %s', (path) => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('passes every SecureDrop landing-page rule that applies to a static page', async () => {
    const items = await checklist(session, path);
    console.log(
      `SecureDrop checklist for ${path}:\n${items.map((i) => `  ${i.ok ? 'PASS' : 'FAIL'}  ${i.rule} — ${i.detail}`).join('\n')}`,
    );
    expect(items.filter((i) => !i.ok)).toEqual([]);
  });

  it('works with JavaScript off and names 12345, never 12369 as a number to call', async () => {
    const off = await openBrowser({ javaScriptEnabled: false });
    try {
      const v = await visit(off, baseUrl, path);
      const phones = await v.page
        .locator('a[href^="tel:"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(phones).toContain('tel:12345');
      expect(phones).not.toContain('tel:12369');
      await expect(v.page.locator('[data-host-logging]').innerText()).resolves.not.toBe('');
    } finally {
      await off.close();
    }
  });

  it('links the Ministry website as the entry to its online section, and states each channel’s anonymity with a source', async () => {
    const v = await visit(session, baseUrl, path);
    try {
      const entry = v.page.locator('#channel-mee-online [data-entry] a');
      await expect(entry.getAttribute('href')).resolves.toBe('https://www.mee.gov.cn/');
      for (const id of ['phone-12345', 'mee-online', 'wechat-12369']) {
        const anon = v.page.locator(`#channel-${id} [data-anonymity]`);
        await expect(anon.locator('.anonymity-statement').innerText()).resolves.not.toBe('');
        await expect(anon.locator('[data-anonymity-source]').innerText()).resolves.toMatch(
          path.startsWith('/en/') ? /^Source: \S/ : /^依据：\S/,
        );
      }
      // 12345: nothing documented, so it stays "not verified", citing the law on confidentiality.
      const hotline = await v.page.locator('#channel-phone-12345 [data-anonymity]').innerText();
      expect(hotline).toMatch(path.startsWith('/en/') ? /not verified/ : /未核实/);
      expect(hotline).toMatch(path.startsWith('/en/') ? /Article 57/ : /第五十七条/);
      // The Ministry's statement carries a link to where it was read.
      await expect(
        v.page.locator('#channel-mee-online [data-anonymity-source] a').getAttribute('href'),
      ).resolves.toBe('http://m-huanggang.cjyun.org/p/317918.html');
    } finally {
      await v.page.close();
    }
  });

  it('says in the sample banner that the channels are real and only the listed datasets are samples', async () => {
    const v = await visit(session, baseUrl, path);
    try {
      const note = await v.page
        .locator('[data-sample-banner] [data-sample-banner-channels]')
        .innerText();
      expect(note).toBe(
        path.startsWith('/en/')
          ? 'The reporting channels on this page are real, official channels, not samples; only the datasets listed below are samples.'
          : '本页的举报渠道是真实的官方渠道，不是样例；样例只是下面列出的数据集。',
      );
      // Other pages keep the plain banner.
      const home = await visit(session, baseUrl, path.replace('report/', ''));
      try {
        await expect(home.page.locator('[data-sample-banner]').count()).resolves.toBe(1);
        await expect(home.page.locator('[data-sample-banner-channels]').count()).resolves.toBe(0);
      } finally {
        await home.page.close();
      }
    } finally {
      await v.page.close();
    }
  });
});
