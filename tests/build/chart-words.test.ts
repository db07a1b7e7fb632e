// Issue 18, "Words", over the built site: the chart sentences (headline, <desc>, the summary under
// the chart) call only the plan's targets "目标 / target" — never the grade-II limit 30 or AQI 100;
// give gaps between percentages in percentage points, never in "%"; say "差 / short of" only for
// a shortfall; compare no partial period; and say no "last" on a category axis.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, readDist } from '../lib/dist.ts';

beforeAll(assertBuilt);

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every chart sentence on the built pages: headlines, SVG descriptions and summaries. */
function chartSentences(): { page: string; text: string }[] {
  const out: { page: string; text: string }[] = [];
  const re =
    /<desc[^>]*>([^<]*)<\/desc>|<p class="chart-summary"[^>]*>([^<]*)<\/p>|<figcaption class="chart-headline"[^>]*>([^<]*)<\/figcaption>/g;
  for (const page of htmlPages()) {
    for (const m of readDist(page).matchAll(re)) {
      const text = decode(m[1] ?? m[2] ?? m[3] ?? '');
      if (text !== '') out.push({ page, text });
    }
  }
  return out;
}

let sentences: { page: string; text: string }[] = [];
beforeAll(() => {
  sentences = chartSentences();
});

const offending = (re: RegExp): string[] =>
  sentences.filter((s) => re.test(s.text)).map((s) => `${s.page}: ${s.text}`);

describe('chart words in the built site (issue 18)', () => {
  it('finds chart sentences in both languages, among them the limit, AQI 100 and a ratio target', () => {
    expect(sentences.length).toBeGreaterThan(100);
    const all = sentences.map((s) => s.text).join('\n');
    expect(all).toContain('新标准二级限值');
    expect(all).toContain('new grade-II limit');
    expect(all).toContain('良的上限（100）');
    expect(all).toContain('upper end of Good (100)');
    expect(all).toMatch(/个百分点/);
    expect(all).toMatch(/percentage points?/);
  });

  it('no "目标 / target" next to the grade-II limit 30 or AQI 100, anywhere on a page', () => {
    const bad: string[] = [];
    const zh =
      /目标[\s:：（(≤≥<]*(?:AQI\s*)?(?:30|100)(?!\.?[0-9])|(?:限值|AQI)\s*(?:30|100)[^。；，<]{0,6}目标/;
    const en = /target(?: of)?[\s:(≤≥<]*(?:AQI\s*)?(?:30|100)(?!\.?[0-9])/i;
    for (const page of htmlPages()) {
      const text = decode(readDist(page).replace(/<[^>]+>/g, ' '));
      for (const re of [zh, en]) {
        const m = re.exec(text);
        if (m) bad.push(`${page}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no gap between percentages in "%": percentage points', () => {
    // Old forms: "差 4.1 %", "4.1 % above the target of 82.5 %"; new: "（≥ 82.5 %）4.1 个百分点".
    expect(offending(/差\s*[0-9.]+\s*%/)).toEqual([]);
    expect(offending(/[）)]\s*[0-9.]+\s*%/)).toEqual([]);
    expect(
      offending(/[0-9.]+\s*% (?:above|below|over|under|short of|better than) the (?:target|limit)/),
    ).toEqual([]);
  });

  it('"差" and "short of" only for a shortfall: never with a value that meets the target', () => {
    expect(offending(/(?:高于|低于|优于)[^，。；]*：差/)).toEqual([]);
    expect(offending(/优于[^，。；]*差|better than[^,.;]*short of/)).toEqual([]);
  });

  it('a partial period is marked and compared with no limit or target', () => {
    const partial = sentences.filter((s) => /不完整|partial: to/.test(s.text));
    expect(partial.length).toBeGreaterThan(0);
    // After "partial" in the same clause, no gap follows.
    expect(
      offending(
        /不完整：截至[^；]*），(?:超过|低于|超出|优于|距|高于)|partial: to [^;]*\), [0-9.]+ /,
      ),
    ).toEqual([]);
  });

  it('no "last" / "最后一项" in chart summaries (category axes have no order)', () => {
    expect(offending(/最后一项|\blast [0-9.,]+ \(/)).toEqual([]);
  });
});
