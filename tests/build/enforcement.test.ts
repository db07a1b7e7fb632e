// Tests over the built enforcement pages (issue 9): what a reader gets with JavaScript off, and
// that hostile text in the data renders as text.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR, readGenerated } from '../../src/lib/generated.ts';
import { ENFORCEMENT_DOC, listPages } from '../../src/page-data/enforcement/index.ts';
import { buildEnforcementData } from '../../src/publish/feature-files.ts';
import { DIST, assertBuilt, distFiles, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

const built = existsSync(join(DIST, 'index.html'));
const data = built ? readGenerated(ENFORCEMENT_DOC) : null;

const fileOf = (urlPath: string): string => `${urlPath.replace(/^\//, '')}index.html`;
const hrefs = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => m[1] ?? '');
const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ');

describe('the enforcement pages with JavaScript off', () => {
  it('reach every list, filter, case and entity page from /enforcement/ by plain links', () => {
    if (!data) throw new Error('no data');
    for (const lang of ['', '/en']) {
      const seen = new Set<string>();
      const queue = [`${lang}/enforcement/`];
      while (queue.length > 0) {
        const url = queue.shift() ?? '';
        if (seen.has(url)) continue;
        seen.add(url);
        const html = readDist(fileOf(url));
        for (const h of hrefs(html)) {
          const path = h.split('#')[0] ?? '';
          if (new RegExp(`^${lang}/(enforcement|entities)/`).test(path) && !seen.has(path))
            queue.push(path);
        }
      }
      const expected = [
        ...listPages(data).map((p) => p.path),
        ...data.cases.map((c) => `/enforcement/${c.slug}/`),
        ...data.withdrawn.map((w) => `/enforcement/${w.slug}/`),
        ...data.entities.map((e) => `/entities/${e.id}/`),
        '/enforcement/burning/',
      ].map((p) => `${lang}${p}`);
      expect(expected.filter((p) => !seen.has(p))).toEqual([]);
    }
  });

  it('ship no script on any enforcement list page but the chart enhancer where charts are (filters are pre-rendered pages)', () => {
    if (!data) throw new Error('no data');
    for (const p of listPages(data)) {
      const html = readDist(fileOf(p.path));
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      // Charts work without it (tooltips and keyboard only); everything else needs no script.
      const allowed = html.includes('class="chart-frame')
        ? scripts.filter((t) =>
            /^<script type="module" src="\/_astro\/ChartFrame\.[^"]+\.js">$/.test(t),
          )
        : [];
      expect(scripts, p.path).toEqual(allowed);
      expect(scripts.length, p.path).toBeLessThanOrEqual(1);
    }
  });

  it('list on each filter page exactly the cases of that filter', () => {
    if (!data) throw new Error('no data');
    for (const p of listPages(data)) {
      const html = readDist(fileOf(p.path));
      const listed = [...html.matchAll(/<tr data-case="([^"]+)"/g)].map((m) => m[1]);
      // The overview also shows the typical cases above the list.
      const typical =
        p.path === '/enforcement/' ? data.cases.filter((c) => c.typical).map((c) => c.slug) : [];
      expect(listed).toEqual([...typical, ...p.cases.map((c) => c.slug)]);
    }
  });
});

describe('the numbers on the built pages', () => {
  it("chart tables' totals equal the overview figures", () => {
    if (!data) throw new Error('no data');
    const html = readDist('enforcement/index.html');
    const total = (id: string): number => {
      const fig = new RegExp(`data-chart="${id}"[\\s\\S]*?data-total="([^"]+)"`).exec(html);
      return Number(fig?.[1]);
    };
    for (const id of [
      'cases-by-year',
      'cases-by-month',
      'cases-by-category',
      'cases-by-township',
    ]) {
      expect(total(id), id).toBe(data.cases.length);
    }
    expect(Math.round(total('penalties-by-year') * 100)).toBe(data.totalPenaltyFen);
    expect(/data-figure="cases">([^<]+)</.exec(html)?.[1]).toBe(String(data.cases.length));
  });

  it('each entity page lists as many cases as it counts', () => {
    if (!data) throw new Error('no data');
    for (const e of data.entities) {
      const html = readDist(`entities/${e.id}/index.html`);
      expect(html.match(/<tr data-case=/g)?.length, e.id).toBe(e.caseSlugs.length);
      expect(html).toContain(`data-entity-penalty="${e.penaltyFen}"`);
    }
  });

  it('a taken-down decision keeps its URL but names no party', () => {
    if (!data) throw new Error('no data');
    expect(data.withdrawn.length).toBeGreaterThan(0);
    const named = new Set(data.entities.map((e) => e.name));
    for (const w of data.withdrawn) {
      const text = textOf(readDist(`enforcement/${w.slug}/index.html`));
      expect(text).toContain(w.decisionNo);
      expect([...named].filter((n) => text.includes(n))).toEqual([]);
    }
  });

  it('links to published decisions open with rel="noopener noreferrer"', () => {
    if (!data) throw new Error('no data');
    for (const c of data.cases.slice(0, 10)) {
      const html = readDist(`enforcement/${c.slug}/index.html`);
      const tags = html.match(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g) ?? [];
      const external = tags.filter((t) => !t.includes('rel="license"'));
      expect(external.length).toBeGreaterThan(0);
      // The site licence link is rel="license noopener noreferrer": the words may share the attribute.
      for (const t of external)
        expect(t).toMatch(/\srel="(?:[^"]* )?noopener noreferrer(?: [^"]*)?"/);
    }
  });

  it('publishes the open-data CSVs with every row marked sample', () => {
    const csv = readDist('data/enforcement-cases.csv');
    expect(csv.startsWith('slug,decision_no,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]?.at(-1)).toBe('sample');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r.length === rows[0]?.length && r.at(-1) === 'true')).toBe(
      true,
    );
  });
});

// Han ideographs, CJK and full-width punctuation (as tests/lib/a11y.ts).
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/u;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIP = new Set(['head', 'header', 'nav', 'footer', 'script', 'style', 'template', 'svg']);

/** Text runs of the visible body (outside header, nav, footer) with CJK outside any lang="zh…" element. */
function unmarkedChinese(html: string): string[] {
  const out: string[] = [];
  const stack: { name: string; zh: boolean; skip: boolean }[] = [];
  const tokens = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  for (const m of html.matchAll(tokens)) {
    const [, close, rawName, attrs, text] = m;
    const top = stack.at(-1);
    if (text !== undefined) {
      if (top && !top.skip && !top.zh && CJK.test(text)) out.push(text.trim());
      continue;
    }
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (close === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || (attrs ?? '').endsWith('/')) continue;
    const lang = /\slang="([^"]*)"/.exec(attrs ?? '')?.[1];
    stack.push({
      name,
      zh: lang === undefined ? (top?.zh ?? false) : lang.startsWith('zh'),
      skip: (top?.skip ?? false) || SKIP.has(name),
    });
  }
  return out;
}

const enPages = built ? distFiles().filter((f) => /^en\/enforcement\/.*index\.html$/.test(f)) : [];
const ddAfter = (html: string, attr: string): string[] =>
  [...html.matchAll(new RegExp(`<dd ${attr}>([\\s\\S]*?)</dd>`, 'g'))].map((m) => m[1] ?? '');
const withoutZh = (inner: string): string =>
  textOf(inner.replace(/<span lang="zh-CN">[\s\S]*?<\/span>/g, ' ')).replace(/&#39;/g, "'");

describe('English enforcement pages are in English (issue 19)', () => {
  it('find the pages, and the scanner finds an unmarked run', () => {
    expect(enPages.length).toBeGreaterThan(20);
    expect(
      unmarkedChinese(
        '<html lang="en"><header>标题</header><main><p>Fine <span lang="zh-CN">罚款</span> 罚款<br>x</p></main></html>',
      ),
    ).toEqual(['罚款']);
  });

  it.each(enPages)('%s marks every Chinese run in its body lang="zh-CN"', (file) => {
    expect(unmarkedChinese(readDist(file))).toEqual([]);
  });

  it('give plan sections in Arabic numerals and the legal basis as an English gloss with the marked original', () => {
    if (!data) throw new Error('no data');
    for (const c of data.cases) {
      const html = readDist(`en/enforcement/${c.slug}/index.html`);
      const [clause] = ddAfter(html, 'data-case-clause');
      expect(clause, c.slug).toMatch(/^Section \d+ \(\d+\)(, \d+ \(\d+\))*$/);
      const [basis] = ddAfter(html, 'data-case-legal-basis');
      expect(basis, c.slug).toContain(`(original: <span lang="zh-CN">${c.legalBasis}</span>)`);
      const english = withoutZh(basis ?? '');
      expect(english, c.slug).toMatch(/^Law of the People's Republic of China .+, Article \d+/);
      expect(english, c.slug).not.toMatch(CJK);
    }
  });

  it('show the facts with the marked Chinese original and the English summary, or say there is none', () => {
    if (!data) throw new Error('no data');
    for (const c of data.cases.filter((k) => k.summary !== '')) {
      const html = readDist(`en/enforcement/${c.slug}/index.html`);
      const dds = ddAfter(html, 'data-case-summary');
      expect(dds[0], c.slug).toBe(
        `<span lang="zh-CN">${c.summary}</span>${c.summaryEn === '' ? ' (published in Chinese only; no English summary)' : ''}`,
      );
      if (c.summaryEn !== '') {
        expect(html).toContain(
          '<dt>English summary by this site (not an official translation)</dt>',
        );
        expect(withoutZh(dds[1] ?? '').trim(), c.slug).toBe(c.summaryEn);
      }
    }
    // Every bundled sample case has its English summary.
    expect(data.cases.filter((c) => c.summary !== '' && c.summaryEn === '')).toEqual([]);
  });

  it('gloss the fire-point notes with the marked original', () => {
    if (!data) throw new Error('no data');
    const html = readDist('en/enforcement/burning/index.html');
    const noted = data.burning.rows.filter((r) => r.note !== '');
    expect(noted.length).toBeGreaterThan(0);
    for (const r of noted)
      expect(html).toContain(
        r.noteEn === ''
          ? `<span lang="zh-CN">${r.note}</span> (in Chinese only; no English text)`
          : `${r.noteEn.replace(/'/g, '&#39;')} (original: <span lang="zh-CN">${r.note}</span>)`,
      );
  });

  it('gloss a revocation note beneath its marked original', () => {
    if (!data) throw new Error('no data');
    const revoked = data.withdrawn.filter((w) => w.note !== null);
    expect(revoked.length).toBeGreaterThan(0);
    for (const w of revoked) {
      const html = readDist(`en/enforcement/${w.slug}/index.html`);
      expect(html, w.slug).toContain(
        `(Chinese original): <span lang="zh-CN">${w.note ?? ''}</span>`,
      );
      if (w.noteEn !== null) expect(html, w.slug).toContain(w.noteEn);
    }
  });
});

describe('hostile text in every field of the data', () => {
  const PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
  const work = mkdtempSync(join(tmpdir(), 'enf-xss-'));
  const gen = join(work, 'generated');
  const out = join(work, 'dist');

  beforeAll(async () => {
    // Same site, with the enforcement data swapped for the hostile fixture.
    cpSync(GENERATED_DIR, gen, { recursive: true });
    await buildEnforcementData(resolve('tests/fixtures/enforcement/xss'), gen, null);
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const r = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
      env: { ...process.env, GENERATED_DIR: gen, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const page = (p: string): string => readFileSync(join(out, p), 'utf8');
  const pages = [
    'enforcement/index.html',
    'en/enforcement/index.html',
    'enforcement/sample-xss-1/index.html',
    'enforcement/sample-xss-2/index.html',
    'entities/sample-xss-entity/index.html',
    'enforcement/township/sample-xss/index.html',
    'enforcement/burning/index.html',
    'en/enforcement/burning/index.html',
  ];

  it.each(pages)('%s renders the payload as text, never as markup', (p) => {
    const html = page(p);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    // Inside a double-quoted attribute value (e.g. og:title) "<" is plain text: the browser
    // never starts a tag there, and a closing quote in the payload is escaped as &quot;. Check
    // the markup with attribute values removed.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain(PAYLOAD);
    expect(markup).not.toMatch(/<script>alert|<img src=x|<[^>]*\sonerror=/); // inside a tag, not in escaped text
    expect(html).not.toMatch(/="[^"]*"[^\s>/]/); // no attribute value broke out of its quotes
  });

  it('the case page shows the payload in each text field: number, party, legal basis, facts, township', () => {
    const text = page('enforcement/sample-xss-1/index.html');
    const count = text.split('&lt;script&gt;alert(&quot;xss&quot;)').length - 1;
    // decision number (title + h1), party, legal basis, summary, township, history table…
    expect(count).toBeGreaterThanOrEqual(6);
    expect(text).toContain(
      'href="https://example.org/sample/%22%3E%3Cscript%3Ealert(2)%3C/script%3E"',
    );
  });

  it('the revoked case shows its hostile revocation note as text', () => {
    expect(page('enforcement/sample-xss-2/index.html')).toMatch(
      /data-withdrawn-case="revoked"[\s\S]*&lt;script&gt;/,
    );
  });
});
