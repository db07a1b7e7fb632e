// Issue 19: tables that never break a number or a word. One page of every template that has a
// table, in both languages, at a phone width (390 px) and a desktop width (1280 px), with every
// <details> opened so the chart tables are laid out too. Three measurements in real Chromium:
// (1) no number in a table cell is split across lines, (2) no word of a table header breaks
// inside, (3) every table wider than its box scrolls inside a labelled, keyboard-reachable region.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST, readDist, templatePages } from '../lib/dist.ts';
import { openBrowser, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

/** The first page (in name order) under a dist/ folder whose name matches `name`. */
function firstPage(dir: string, name: RegExp): string[] {
  const found = readdirSync(join(DIST, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && name.test(d.name))
    .map((d) => d.name)
    .sort()[0];
  return found === undefined ? [] : [`/${dir}/${found}/`, `/en/${dir}/${found}/`];
}

// templatePages() takes the first page of each (route, depth) pair, so pages that share a depth
// with an earlier route (a case page beside /enforcement/burning/) are added by hand.
const extra = [
  ...firstPage('enforcement', /^sample-|^\d/),
  ...firstPage('plan', /^\d/),
  ...firstPage('targets', /pm2/),
];
const pages = [...new Set([...templatePages(), ...extra])]
  .filter((url) => readDist(`${url.slice(1)}index.html`).includes('<table'))
  .sort();

interface Report {
  cells: number;
  numbers: number;
  headerWords: number;
  tables: number;
  overflowing: number;
  splitNumbers: string[];
  brokenWords: string[];
  unlabelled: string[];
}

// In-page. A Range's client rects are one per line box it touches (and one per font run on a
// line): a rect whose top is below the first rect's middle starts a new line.
const MEASURE = `(() => {
  const UNITS = /[µμ]g\\/m³|mg\\/m³/g;
  const NUMBER_RUN = /[^-–—/\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]*\\p{N}[^-–—/\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]*/gu;
  for (const d of document.querySelectorAll('details')) d.open = true;
  const lines = (node, start, end) => {
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    const rects = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
    if (rects.length === 0) return 0;
    const first = rects[0];
    return 1 + rects.filter((x) => x.top > first.top + first.height / 2).length;
  };
  const where = (el) => {
    const t = el.closest('table');
    const cap = t && t.caption ? t.caption.textContent.trim().slice(0, 40) : t ? t.className : '';
    return '[' + cap + '] ';
  };
  const hidden = (el) => !el.checkVisibility() || el.closest('.visually-hidden');
  const texts = (root) => {
    const out = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (n.data.trim() !== '' && !hidden(n.parentElement)) out.push(n);
    }
    return out;
  };
  const rep = { cells: 0, numbers: 0, headerWords: 0, tables: 0, overflowing: 0,
    splitNumbers: [], brokenWords: [], unlabelled: [] };
  const seg = new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'word' });
  for (const cell of document.querySelectorAll('th, td')) {
    if (hidden(cell)) continue;
    rep.cells++;
    // A cell no taller than one line holds no broken number or word: skip measuring its text.
    const cs = getComputedStyle(cell);
    const inner = cell.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const oneLine = inner < 1.5 * parseFloat(cs.lineHeight);
    for (const n of texts(cell)) {
      if (/\\p{N}/u.test(n.data)) {
        // A number, a date or a value with its unit (no words besides units) stays on one line
        // whole. In running text every run of characters that holds a digit ("633:", "PM2.5",
        // "µg/m³", "30,") stays on one line; a line may still end after a space, a hyphen, a
        // dash or a slash ("HJ 633-" / "2012" in a sentence), as in any typeset text.
        const whole = !/\\p{L}/u.test(n.data.replace(UNITS, '')) || n.parentElement.closest('time');
        const runs = whole
          ? [{ index: n.data.length - n.data.trimStart().length, 0: n.data.trim() }]
          : [...n.data.matchAll(NUMBER_RUN)];
        for (const m of runs) {
          rep.numbers++;
          if (!oneLine && lines(n, m.index, m.index + m[0].length) > 1)
            rep.splitNumbers.push(where(cell) + JSON.stringify(m[0]) + (whole ? '' : ' in ' + JSON.stringify(n.data.trim().slice(0, 60))));
        }
      }
      if (cell.tagName !== 'TH') continue;
      for (const w of seg.segment(n.data)) {
        if (!w.isWordLike || w.segment.length < 2) continue;
        rep.headerWords++;
        if (!oneLine && lines(n, w.index, w.index + w.segment.length) > 1)
          rep.brokenWords.push(where(cell) + JSON.stringify(w.segment));
      }
    }
  }
  const scroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return p;
    }
    return null;
  };
  const named = (el) => {
    if ((el.getAttribute('aria-label') || '').trim() !== '') return true;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    return ids.some((id) => (document.getElementById(id)?.textContent || '').trim() !== '');
  };
  const page = document.documentElement.clientWidth;
  for (const table of document.querySelectorAll('table')) {
    if (hidden(table)) continue;
    rep.tables++;
    const box = scroller(table);
    const parent = table.parentElement;
    const over = box
      ? box.scrollWidth > box.clientWidth + 1
      : table.getBoundingClientRect().width > parent.clientWidth + 1 ||
        table.getBoundingClientRect().right > page + 0.5;
    if (!over) continue;
    rep.overflowing++;
    const ok = box && box.getAttribute('role') === 'region' && named(box) &&
      box.getAttribute('tabindex') === '0';
    if (!ok) rep.unlabelled.push(where(table) + (box ? box.outerHTML.slice(0, 120) : 'no scroll box'));
  }
  return rep;
})()`;

describe.each([390, 1280])('tables at %i px', (width) => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('has pages with tables to measure', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)(
    '%s keeps numbers and header words whole and scrolls wide tables',
    async (path) => {
      const page = await session.context.newPage();
      try {
        await page.setViewportSize({ width, height: 800 });
        const res = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        expect(res?.status()).toBe(200);
        const r = await page.evaluate<Report>(MEASURE);
        expect(r.cells).toBeGreaterThan(0);
        expect({
          splitNumbers: r.splitNumbers,
          brokenWords: r.brokenWords,
          unlabelled: r.unlabelled,
        }).toEqual({ splitNumbers: [], brokenWords: [], unlabelled: [] });
      } finally {
        await page.close();
      }
    },
  );
});
