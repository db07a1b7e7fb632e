// The built methodology page, in both languages: anchors, tables from the code, provisional marks.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BREAKPOINTS_2012,
  BREAKPOINTS_2026,
  CATEGORIES,
  IAQI_STEPS,
  type BreakpointColumn,
} from '../../src/indicators/aqi.ts';
import { PROVISIONAL_2026_RULES } from '../../src/indicators/regime.ts';
import { SECTION_IDS } from '../../src/page-data/methodology/index.ts';
import { assertBuilt, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

const PAGES = [
  ['zh', 'methodology/index.html', '暂定'],
  ['en', 'en/methodology/index.html', 'provisional'],
] as const;

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The HTML of the element that opens with `id="…"` up to its closing tag (tables, sections, lists). */
function element(html: string, id: string, tag: string): string {
  const open = html.search(new RegExp(`<${tag}\\b[^>]*\\bid="${id}"`));
  if (open < 0) throw new Error(`no <${tag} id="${id}">`);
  const close = html.indexOf(`</${tag}>`, open);
  return html.slice(open, close + tag.length + 3);
}

/** Breakpoint cells of a built table: column → IAQI step → the cell's text. */
function cells(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of table.matchAll(/<td\b([^>]*)>([\s\S]*?)<\/td>/g)) {
    const attrs = m[1] ?? '';
    const col = /data-column="([^"]+)"/.exec(attrs)?.[1];
    const step = /data-iaqi="([^"]+)"/.exec(attrs)?.[1];
    if (col !== undefined && step !== undefined) out.set(`${col}@${step}`, text(m[2] ?? ''));
  }
  return out;
}

describe.each(PAGES)('the %s methodology page', (lang, file, mark) => {
  const html = (): string => readDist(file);

  it.each(SECTION_IDS)('has the section #%s, linked from the table of contents', (id) => {
    expect(html()).toMatch(new RegExp(`<section\\b[^>]*\\bid="${id}"`));
    expect(html()).toContain(`href="#${id}"`);
  });

  it('has each anchor exactly once', () => {
    for (const id of [...SECTION_IDS, 'sources', 'breakpoints-2012', 'breakpoints-2026']) {
      expect(html().match(new RegExp(`\\bid="${id}"`, 'g'))).toHaveLength(1);
    }
  });

  it.each([
    ['2012', BREAKPOINTS_2012],
    ['2026', BREAKPOINTS_2026],
  ] as const)('prints the %s breakpoint table with every value of the code', (regime, table) => {
    const got = cells(element(html(), `breakpoints-${regime}`, 'table'));
    for (const [col, values] of Object.entries(table) as [
      BreakpointColumn,
      readonly (number | null)[],
    ][]) {
      IAQI_STEPS.forEach((step, i) => {
        const v = values[i];
        const cell = got.get(`${col}@${step}`);
        expect(cell, `${regime} ${col} @ ${step}`).toBeDefined();
        expect(cell?.replace('†', ''), `${regime} ${col} @ ${step}`).toBe(
          v === null || v === undefined ? '—' : String(v),
        );
      });
    }
    expect(got.size).toBe(Object.keys(table).length * IAQI_STEPS.length);
  });

  it('shows the PM2.5 IAQI-100 breakpoint as 75 in the 2012 table and 60 (marked changed) in the 2026 table', () => {
    expect(cells(element(html(), 'breakpoints-2012', 'table')).get('pm2_5_24h@100')).toBe('75');
    expect(cells(element(html(), 'breakpoints-2026', 'table')).get('pm2_5_24h@100')).toBe('60†');
    expect(cells(element(html(), 'breakpoints-2012', 'table')).get('pm10_24h@100')).toBe('150');
    expect(cells(element(html(), 'breakpoints-2026', 'table')).get('pm10_24h@100')).toBe('120†');
  });

  it('shows each category with a colour swatch and its words (colour never alone)', () => {
    const table = element(html(), 'categories', 'table');
    for (const c of CATEGORIES) {
      const row =
        new RegExp(`<tr data-level="${c.level}">([\\s\\S]*?)</tr>`).exec(table)?.[1] ?? '';
      expect(row).toContain(`fill="${c.hex}"`);
      expect(text(row)).toContain(c.zh);
      expect(text(row)).toContain(lang === 'zh' ? c.adviceZh : c.adviceEn);
      if (lang === 'en') expect(text(row)).toContain(c.en);
    }
  });

  it('marks every second-hand 2026 rule provisional in the #provisional section', () => {
    const section = element(html(), 'provisional', 'section');
    for (const r of PROVISIONAL_2026_RULES) {
      const li = new RegExp(`<li data-provisional-rule="${r.id}">([\\s\\S]*?)</li>`).exec(
        section,
      )?.[1];
      expect(li, r.id).toBeDefined();
      expect(text(li ?? '')).toContain(mark);
      expect(text(li ?? '')).toContain(text(r[lang]));
    }
  });

  it('marks the 2026 over-800 notes provisional under the 2026 table and not under the 2012 one', () => {
    const after = (id: string): string => {
      const h = html();
      const start = h.indexOf('</table>', h.search(new RegExp(`id="${id}"`)));
      return h.slice(start, h.indexOf('</ul>', start));
    };
    expect(after('breakpoints-2026')).toContain('data-provisional');
    expect(after('breakpoints-2012')).not.toContain('data-provisional');
  });

  it('marks the second-hand 2026 limits provisional and the confirmed PM limits not', () => {
    const limits = element(html(), 'limits', 'table');
    const rows = [...limits.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '');
    const row = (p: string, avg: RegExp) =>
      rows.find((r) => text(r).startsWith(p) && avg.test(text(r))) ?? '';
    const cell2026 = (r: string) =>
      /<td[^>]*data-regime="2026"[^>]*>([\s\S]*?)<\/td>/.exec(r)?.[1] ?? '';
    const annual = lang === 'zh' ? /年平均/ : /annual/;
    expect(text(cell2026(row('PM2.5', annual)))).toBe('30');
    expect(text(cell2026(row('SO2', annual)))).toBe(`60 ${mark}`);
  });

  it('links the official MEE texts with rel="noopener noreferrer" and no mirror site', () => {
    const body = html().slice(
      html().indexOf('<div class="methodology">'),
      html().indexOf('<footer'),
    );
    const links = [...body.matchAll(/<a\b[^>]*href="(https?:[^"]+)"[^>]*>/g)];
    expect(links.length).toBe(4);
    for (const [tag, href] of links) {
      expect(href).toMatch(
        /^https:\/\/www\.mee\.gov\.cn\/ywgz\/fgbz\/bz\/bzwb\/jcffbz\/\d{6}\/W\d+\.pdf$/,
      );
      expect(tag).toMatch(/rel="noopener noreferrer"/);
    }
  });

  it('prints the worked examples computed at build time (PM2.5 60 → 82 and 100; T18 82.3 / 82.8)', () => {
    const aqi = text(element(html(), 'aqi', 'section'));
    expect(aqi).toContain('81.25');
    expect(aqi).toMatch(/81\.25[^0-9]+82\b/);
    expect(text(element(html(), 'ratios', 'section'))).toContain('82.3');
    expect(text(element(html(), 'dust', 'section'))).toContain('82.8');
  });
});
