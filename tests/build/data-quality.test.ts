// Tests over the built /data-quality/ pages (run `npm run build` first): the counts printed on the
// page add up, and they are the counts of quality.json.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { QUALITY_DOC, qualityYears, REASON_TEXT } from '../../src/page-data/quality/index.ts';

beforeAll(assertBuilt);

const TERMS = [
  'read',
  'used',
  'rejected',
  'outOfScope',
  'reference',
  'empty',
  'identicalDuplicates',
] as const;
const STATION_TERMS = [
  'used',
  'rejected',
  'reference',
  'empty',
  'identicalDuplicates',
  'publishedReferences',
] as const;

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** A printed integer ("2,572,080") as a number; anything else fails the test. */
function int(s: string): number {
  const t = s.trim();
  if (!/^\d{1,3}(,\d{3})*$/.test(t)) throw new Error(`not a printed integer: "${t}"`);
  return Number(t.replaceAll(',', ''));
}

/** The rows `<tr … data-<attr>="key">` of a page, each with its `data-term` cells parsed. */
function rows(html: string, attr: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const m of html.matchAll(
    new RegExp(`<tr[^>]*data-${attr}="([^"]+)"[^>]*>([\\s\\S]*?)</tr>`, 'g'),
  )) {
    const cells: Record<string, number> = {};
    for (const c of (m[2] ?? '').matchAll(/<td[^>]*data-term="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g))
      cells[c[1] ?? ''] = int(text(c[2] ?? ''));
    out.set(m[1] ?? '', cells);
  }
  return out;
}

const q = readGenerated(QUALITY_DOC);

describe.each([
  ['zh', 'data-quality/index.html'],
  ['en', 'en/data-quality/index.html'],
] as const)('the %s data-quality page', (lang, file) => {
  const html = (): string => readDist(file);

  it('prints per file and in total: read = used + rejected + out of scope + reference only + empty + duplicates', () => {
    const table = rows(html(), 'accounting');
    expect([...table.keys()]).toEqual([...q.quality.files.map((f) => f.file), 'total']);
    for (const [key, c] of table) {
      const accounted =
        (c.used ?? NaN) +
        (c.rejected ?? NaN) +
        (c.outOfScope ?? NaN) +
        (c.reference ?? NaN) +
        (c.empty ?? NaN) +
        (c.identicalDuplicates ?? NaN);
      expect(accounted, key).toBe(c.read);
    }
  });

  it('prints a total row that is the sum of the file rows, and the counts of quality.json', () => {
    const table = rows(html(), 'accounting');
    for (const t of TERMS) {
      const sum = q.quality.files.reduce((n, f) => n + (table.get(f.file)?.[t] ?? NaN), 0);
      expect(table.get('total')?.[t], t).toBe(sum);
      expect(table.get('total')?.[t], t).toBe(q.quality.totals[t]);
      for (const f of q.quality.files) expect(table.get(f.file)?.[t], `${f.file} ${t}`).toBe(f[t]);
    }
  });

  it('writes each file’s invariant as an equation whose numbers add up', () => {
    const page = html();
    const eqs = [
      ...page.matchAll(
        /<li[^>]*data-equation="([^"]+)"[^>]*>[\s\S]*?<span class="quality-eq"[^>]*>([\s\S]*?)<\/span>/g,
      ),
    ];
    expect(eqs.map((m) => m[1])).toEqual([...q.quality.files.map((f) => f.file), 'total']);
    for (const m of eqs) {
      const [left, right] = text(m[2] ?? '').split(' = ');
      const terms = (right ?? '').split(' + ').map(int);
      expect(terms, m[1]).toHaveLength(6);
      expect(
        terms.reduce((a, b) => a + b, 0),
        m[1],
      ).toBe(int(left ?? ''));
    }
  });

  it('prints per-station counts whose sum plus the unattributed part equals the totals', () => {
    const table = rows(html(), 'station');
    const sum = table.get('sum');
    const rest = table.get('unattributed');
    for (const t of STATION_TERMS) {
      const stations = q.quality.stations.reduce(
        (n, s) => n + (table.get(s.station)?.[t] ?? NaN),
        0,
      );
      expect(sum?.[t], t).toBe(stations);
      const total =
        t === 'publishedReferences' ? q.quality.publishedReferences : q.quality.totals[t];
      expect((sum?.[t] ?? NaN) + (rest?.[t] ?? NaN), t).toBe(total);
    }
  });

  it('lists every rejection reason of quality.json with its label and counts, summing to the rejected total', () => {
    const page = html();
    const table = rows(page, 'reason');
    for (const r of q.quality.reasons) {
      expect(table.get(r.reason), r.reason).toEqual({ cells: r.cells, records: r.records });
      expect(text(page)).toContain(REASON_TEXT[r.reason].label[lang]);
      expect(page).toContain(`id="reason-${r.reason}"`);
    }
    const cells = q.quality.reasons.reduce((n, r) => n + (table.get(r.reason)?.cells ?? NaN), 0);
    expect(table.get('total')?.cells).toBe(cells);
    expect(cells).toBe(rows(page, 'accounting').get('total')?.rejected);
  });

  it('shows the first examples of each reason with file and line, raw values escaped', () => {
    const page = html();
    for (const r of q.quality.reasons)
      for (const e of r.examples) {
        expect(page).toContain(e.file);
        expect(text(page)).toContain(e.value);
        expect(page).toContain(`<td class="num">${e.line}</td>`);
      }
  });

  it('states the published-AQI cross-check, or says there is nothing to compare', () => {
    const page = html();
    const c = q.crossCheck;
    if (c.compared + c.onlyPublished + c.onlyComputed === 0) {
      expect(page).toContain('data-cross-status="none"');
      if (q.sample && q.quality.publishedReferences === 0)
        expect(text(page)).toContain(
          lang === 'zh' ? '示例数据不含公布的AQI' : 'sample data carry no published AQI',
        );
    } else {
      const row = rows(page, 'cross').get('counts');
      expect(row?.compared).toBe(c.compared);
      expect((row?.agree ?? NaN) + (row?.disagree ?? NaN)).toBe(c.compared);
    }
  });

  it('says plainly that the sample’s rejected rows were made on purpose', () => {
    if (!q.sample) return;
    expect(text(html())).toContain(
      lang === 'zh' ? '故意写入的错误行' : 'written into the sample on purpose',
    );
  });

  it('states the data window and where it came from (decision 023)', () => {
    const page = text(html());
    expect(html()).toContain(`data-window="${q.window.rule}"`);
    if (q.window.until === null) return;
    // the bundled folder: files named sample-2022 … sample-2026 open the window to 2027-01-01
    expect(q.window).toEqual({ until: '2027-01-01', rule: 'file names' });
    expect(page).toContain(
      lang === 'zh'
        ? '本次构建只读取2027年1月1日及以前的数据（数据文件名中最晚日期的次日）'
        : 'This build reads data up to and including January 1, 2027 (the day after the newest date',
    );
  });

  it('links to the full rejection list and quality report, and both files exist', () => {
    const page = html();
    for (const path of ['/data/rejections.csv.gz', '/data/quality.json']) {
      expect(page).toContain(`href="${path}"`);
      expect(existsSync(join(DIST, path))).toBe(true);
    }
  });

  it('links to one completeness page per year, each built', () => {
    const prefix = lang === 'zh' ? '' : '/en';
    for (const y of qualityYears(q)) {
      expect(html()).toContain(`href="${prefix}/data-quality/${y}/"`);
      expect(
        existsSync(
          join(DIST, `${prefix.slice(1)}/data-quality/${y}/index.html`.replace(/^\//, '')),
        ),
      ).toBe(true);
    }
  });
});

describe.each(
  qualityYears(q).flatMap(
    (y) =>
      [
        ['zh', y, `data-quality/${y}/index.html`],
        ['en', y, `en/data-quality/${y}/index.html`],
      ] as const,
  ),
)('the %s completeness page of %s', (_lang, year, file) => {
  it('prints hours present and days with 20 hours for every active station-month and pollutant', () => {
    const page = readDist(file);
    for (const s of q.quality.stations) {
      const months = s.months.filter((m) => m.month.startsWith(`${year}-`));
      if (months.length === 0) {
        expect(page).not.toContain(`id="station-${s.station}"`);
        continue;
      }
      const section = page.slice(page.indexOf(`id="station-${s.station}"`));
      for (const m of months) {
        const row = section.match(new RegExp(`<th scope="row">${m.month}</th>([\\s\\S]*?)</tr>`));
        expect(row, `${s.station} ${m.month}`).not.toBeNull();
        const days = [
          ...(row?.[1] ?? '').matchAll(/<span class="quality-days">([\s\S]*?)<\/span>/g),
        ].map((d) => text(d[1] ?? ''));
        expect(days).toEqual(
          (['so2', 'no2', 'pm10', 'pm2_5', 'co', 'o3'] as const).map(
            (p) => `${m.daysWith20Hours[p]}/${m.expectedHours / 24}`,
          ),
        );
      }
    }
  });
});
