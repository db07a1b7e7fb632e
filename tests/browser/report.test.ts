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
});
