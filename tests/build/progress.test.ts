// The progress pages as a reader sees them: every 2025 target on the home page has its value,
// target, verdict and rules; the numbers are the computed ones; invalid figures are words.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import {
  PROGRESS_DOC,
  TARGET_PAGE,
  countingCells,
  headlineText,
} from '../../src/page-data/progress/index.ts';

beforeAll(assertBuilt);

const progress = readGenerated(PROGRESS_DOC);
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function scoreBlock(html: string, id: string): string {
  const start = html.indexOf(`data-target="${id}"`);
  expect(start, `no scoreboard item ${id}`).toBeGreaterThan(-1);
  const end = html.indexOf(
    '</li>',
    html.indexOf('<table', start) > 0 ? html.indexOf('</table>', start) : start,
  );
  return html.slice(start, end);
}

describe.each([
  ['zh', 'index.html'],
  ['en', 'en/index.html'],
] as const)('the %s home page', (lang, file) => {
  const html = readDist(file);

  it.each(progress.scoreboard.map((s) => [s.id, s] as const))(
    'shows %s with value, target, verdict and rules',
    (id, item) => {
      const block = scoreBlock(html, id);
      const words = text(block);
      // Verdict for both bases, as data attributes and as words.
      expect(block).toContain(`data-verdict="${item.raw.verdict}"`);
      expect(block).toContain(`data-verdict="${item.dust.verdict}"`);
      expect(words).toMatch(lang === 'zh' ? /达到|未达到|无法评价/ : /Met|Not met|Not assessable/);
      // Rules and source of the figure.
      expect(block).toContain(`data-regime="${item.regime}"`);
      expect(words).toContain(lang === 'zh' ? '2012 年版标准' : '2012 rules');
      // The value, as computed (or the words for an invalid one).
      if (id !== 'grade_ii') {
        if (item.raw.value === null)
          expect(words).toContain(lang === 'zh' ? '有效数据不足' : 'not enough valid data');
        else
          expect(words).toContain(
            id === 'pm2_5_annual' ? String(item.raw.value) : item.raw.value.toFixed(1),
          );
        // The target.
        expect(words).toContain(String(item.targetValue));
      }
      expect(block).toContain(`/targets/${TARGET_PAGE[id].slug}/`);
    },
  );

  it('opens with one answer per target year, on the reading that counts, before the cards', () => {
    expect(progress.headline.length).toBeGreaterThan(0);
    const start = html.indexOf('class="headline"');
    expect(start).toBeGreaterThan(-1);
    expect(start).toBeLessThan(html.indexOf('class="scoreboard"'));
    for (const h of progress.headline) {
      const vars = {
        year: h.year,
        total: h.total,
        met: h.counts.met,
        notMet: h.counts.notMet,
        na: h.counts.notAssessable,
      };
      expect(h.complete).toBe(true);
      expect(text(html)).toContain(headlineText(lang, 'year', vars));
      if (h.other)
        expect(text(html)).toContain(
          headlineText(lang, 'otherRaw', {
            met: h.other.counts.met,
            notMet: h.other.counts.notMet,
            na: h.other.counts.notAssessable,
          }),
        );
    }
  });

  it('shows the ranking target, today’s air and the year to date', () => {
    expect(html).toContain('data-target="ranking"');
    const words = text(html);
    if (progress.now?.aqi != null) expect(words).toContain(`AQI ${progress.now.aqi}`);
    if (progress.ytd) expect(html).toContain(`data-regime="${progress.ytd.regime}"`);
  });
});

describe('the target pages', () => {
  it.each(progress.scoreboard.map((s) => [TARGET_PAGE[s.id].slug, s] as const))(
    '/targets/%s/ shows the counting reading first, then the other, every reading and a chart',
    (slug, item) => {
      const [first, second] = countingCells(item, progress.dustList);
      for (const file of [`targets/${slug}/index.html`, `en/targets/${slug}/index.html`]) {
        const html = readDist(file);
        expect(html).toMatch(/<svg[^>]*role="img"/);
        const verdicts = [...html.matchAll(/class="verdict verdict-(\w+)"/g)].map((m) => m[1]);
        expect(verdicts.slice(0, 2 * first.readings.length)).toEqual(
          [...first.readings, ...second.readings].map((r) => r.verdict),
        );
        const bases = [...html.matchAll(/<tr data-basis="(\w+)"/g)].map((m) => m[1]);
        expect(bases.slice(0, 2)).toEqual([first.basis, second.basis]);
        // Which reading counts, with the rule it comes from (marked as Chinese on English pages).
        expect(html).toContain('id="which-reading"');
        expect(html).toMatch(
          file.startsWith('en/')
            ? /<span lang="zh-CN">环办监测〔2016〕120号<\/span>/
            : /环办监测〔2016〕120号/,
        );
      }
    },
  );
});
