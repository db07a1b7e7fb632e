// Tests over the built /ranking/ pages (run `npm run build` first).
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { RANKING_DOC } from '../../src/page-data/ranking/index.ts';

beforeAll(assertBuilt);

// Inline language marks (<span lang="zh-CN">) are part of a sentence, not a break in it.
const text = (html: string): string =>
  html
    .replace(/<\/?span(?: lang="[^"]*")?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe.each([
  ['zh', 'ranking/index.html'],
  ['en', 'en/ranking/index.html'],
] as const)('the %s ranking page', (lang, file) => {
  const data = readGenerated(RANKING_DOC);
  const html = (): string => readDist(file);

  it('shows one figure and one table per ranking body, each with its headline', () => {
    const page = html();
    for (const s of data.series) {
      expect(page).toContain(`id="${s.chart.id}"`);
      expect(text(page)).toContain(text(s.headline[lang].replace(/'/g, '&#39;')));
    }
    expect(page.match(/<figure class="ranking-series"/g)).toHaveLength(data.series.length);
  });

  it('states the target band, or that it cannot be computed, from the page data', () => {
    expect(text(html())).toContain(text(data.bandText[lang].replace(/'/g, '&#39;')));
    expect(html()).toContain(`data-band-status="${data.band.status}"`);
  });

  it('lists every published position with a link to its source, opened without referrer or opener', () => {
    const page = html();
    for (const s of data.series)
      for (const p of s.points)
        if (p.source !== null)
          expect(page).toContain(
            `href="${p.source.url.replace(/&/g, '&amp;')}" rel="noopener noreferrer"`,
          );
  });

  it('says what the ranking brings, with its sources', () => {
    const page = html();
    expect(text(page)).toContain(text(data.consequences.text[lang].replace(/'/g, '&#39;')));
    for (const src of data.consequences.sources) expect(page).toContain(`href="${src.url}"`);
  });

  it('offers both CSV downloads', () => {
    for (const d of data.downloads) expect(html()).toContain(`href="${d.path}"`);
  });
});

describe('the ranking open data', () => {
  it('publishes the county positions as CSV with one row per body and period', () => {
    const data = readGenerated(RANKING_DOC);
    const rows = readDist('data/ranking/rankings.csv').trim().split('\n');
    expect(rows[0]).toBe(
      'body,period,status,rank,units_ranked,tied_with,position_zh,position_en,basis,composite_index,source_url',
    );
    expect(rows).toHaveLength(1 + data.series.reduce((n, s) => n + s.points.length, 0));
  });

  it('publishes the composite index comparison as CSV', () => {
    expect(readDist('data/ranking/composite-index.csv').split('\n')[0]).toBe(
      'period,body,computed,computed_regime,computed_is_sample,published,published_basis,difference,flag',
    );
  });
});
