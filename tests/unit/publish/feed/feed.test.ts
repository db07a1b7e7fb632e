import { describe, expect, it } from 'vitest';
import {
  buildFeedItems,
  monthClose,
  nextDate,
  renderRss,
  rfc822,
  xmlEscape,
  type FeedInput,
  type MonthInput,
} from '../../../../src/publish/feed/feed.ts';
import { childrenNamed, onlyChild, parseXml } from '../../../lib/xml-tree.ts';

const month = (period: string, pm: number | null, ratio: number | null): MonthInput => ({
  period,
  regime: '2012',
  pm2_5: { value: pm, count: pm === null ? 20 : 30, required: 27 },
  good: { ratio, days: 25, validDays: ratio === null ? 20 : 30 },
});

const base: FeedInput = {
  asOf: '2026-03-01T00:00:00+08:00',
  statusDate: '2026-02-28',
  sample: true,
  months: [month('2026-01', 40, 80.6), month('2026-02', null, null), month('2026-03', 30, 90)],
  verdicts: [
    {
      id: 'pm2_5_annual',
      slug: 'pm2_5',
      name: { zh: 'PM2.5 年均浓度', en: 'PM2.5 annual mean' },
      year: '2025',
      raw: 'not_met',
      dust: 'met',
    },
    {
      id: 'pm2_5_annual',
      slug: 'pm2_5',
      name: { zh: 'PM2.5 年均浓度', en: 'PM2.5 annual mean' },
      year: '2026',
      raw: 'met',
      dust: 'met',
    },
  ],
  cases: [
    {
      slug: 'sample-2025-001',
      decisionNo: '示例环罚〔2025〕001号',
      entityName: '示例建材有限公司（虚构）',
      publishedDate: '2025-06-01',
      sample: true,
    },
    {
      slug: 'sample-2025-002',
      decisionNo: '示例环罚〔2025〕002号',
      entityName: 'A & B <Ltd>',
      publishedDate: '2025-07-01',
      sample: false,
    },
  ],
  milestones: [
    {
      targetId: '1.1-a',
      measureId: '1.10',
      deadline: '2025-12-31',
      status: 'no_published_evidence',
      evidence: [],
    },
    {
      targetId: '1.2-a',
      measureId: '1.2',
      deadline: '2025-12-31',
      status: 'no_published_evidence',
      evidence: [],
    },
    {
      targetId: '2.1-a',
      measureId: '2.1',
      deadline: '2026-06-30',
      status: 'not_due',
      evidence: [],
    },
    {
      targetId: '3.1-a',
      measureId: '3.1',
      deadline: '2025-10-31',
      status: 'done',
      evidence: [{ date: '2025-11-05', status: 'done', summary: { zh: '已完成', en: 'Done' } }],
    },
  ],
  releases: [
    {
      name: '2026-03-01.1',
      asOf: '2026-03-01T00:00:00+08:00',
      manifestPath: '/data/releases/2026-03-01.1.json',
    },
  ],
};

describe('rfc822(instant)', () => {
  it.each([
    ['2026-11-28T00:00:00+08:00', 'Sat, 28 Nov 2026 00:00:00 +0800'],
    ['2024-02-29T23:00:00+08:00', 'Thu, 29 Feb 2024 23:00:00 +0800'],
    ['2026-01-01T00:00:00+08:00', 'Thu, 01 Jan 2026 00:00:00 +0800'],
  ])('formats %s as %s whatever the machine zone', (instant, expected) => {
    expect(rfc822(instant)).toBe(expected);
  });

  it.each(['2026-11-28', '2026-11-28T00:00:00Z', '2026-02-30T00:00:00+08:00'])(
    'refuses %s, naming it',
    (bad) => {
      expect(() => rfc822(bad)).toThrow(bad);
    },
  );
});

describe('monthClose and nextDate', () => {
  it.each([
    ['2025-12', '2026-01-01T00:00:00+08:00'],
    ['2026-02', '2026-03-01T00:00:00+08:00'],
  ])('monthClose(%s) is the hour label that closes the month: %s', (p, label) => {
    expect(monthClose(p)).toBe(label);
  });
  it.each([
    ['2024-02-28', '2024-02-29'],
    ['2025-12-31', '2026-01-01'],
  ])('nextDate(%s) is %s', (d, n) => {
    expect(nextDate(d)).toBe(n);
  });
});

describe('buildFeedItems(input)', () => {
  const items = buildFeedItems(base);
  const ids = items.map((i) => i.id);

  it('lists only months the as_of hour has closed, newest first', () => {
    expect(ids.filter((id) => id.startsWith('month-'))).toEqual(['month-2026-02', 'month-2026-01']);
  });

  it('shows an invalid month as not enough valid data with its counts, never a number', () => {
    const feb = items.find((i) => i.id === 'month-2026-02');
    expect(feb?.description.zh).toContain('有效数据不足（有效日 20/27）');
    expect(feb?.description.en).toContain('not enough valid data (20 of 27 valid days)');
    const jan = items.find((i) => i.id === 'month-2026-01');
    expect(jan?.description.zh).toContain('40 微克/立方米');
    expect(jan?.description.en).toContain('80.6 % (25 of 30 days)');
    expect(jan?.description.en).toContain('Raw basis');
  });

  it('dates a verdict at the hour that closes its year, and only once that hour has passed', () => {
    expect(ids).toContain('verdict-2025-pm2_5_annual');
    expect(ids).not.toContain('verdict-2026-pm2_5_annual');
    expect(items.find((i) => i.id === 'verdict-2025-pm2_5_annual')?.date).toBe(
      '2026-01-01T00:00:00+08:00',
    );
  });

  it('dates cases by publication and marks sample ones', () => {
    const c = items.find((i) => i.id === 'case-sample-2025-001');
    expect(c?.date).toBe('2025-06-01T00:00:00+08:00');
    expect(c?.title.zh).toContain('（样例数据）');
    expect(items.find((i) => i.id === 'case-sample-2025-002')?.title.en).not.toContain('sample');
  });

  it('groups passed deadlines without evidence into one item the day after, measures in numeric order', () => {
    const d = items.find((i) => i.id === 'deadline-2025-12-31');
    expect(d?.date).toBe('2026-01-01T00:00:00+08:00');
    expect(d?.title.en).toContain('2 targets');
    expect(d?.description.zh).toContain('1.2、1.10');
    expect(ids).not.toContain('deadline-2026-06-30');
    expect(ids).not.toContain('deadline-2025-10-31');
    expect(ids).toContain('evidence-3.1-a-2025-11-05');
  });

  it('lists no milestone item when statuses are not assessable', () => {
    const none = buildFeedItems({ ...base, statusDate: null });
    expect(none.filter((i) => i.kind === 'milestone')).toEqual([]);
  });

  it('lists data releases at their as_of', () => {
    expect(items.find((i) => i.id === 'release-2026-03-01.1')?.date).toBe(
      '2026-03-01T00:00:00+08:00',
    );
  });

  it('sorts newest first with ties by id, so the order is stable', () => {
    const times = items.map((i) => Date.parse(i.date));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(buildFeedItems({ ...base, cases: [...base.cases].reverse() })).toEqual(items);
  });

  it('lists no observation items without observations', () => {
    const none = buildFeedItems({ ...base, asOf: null });
    expect(none.some((i) => i.kind === 'month' || i.kind === 'verdict')).toBe(false);
  });

  it('refuses a case whose publication date is not a date, naming the case', () => {
    expect(() =>
      buildFeedItems({ ...base, cases: [{ ...base.cases[0]!, publishedDate: '2025/06/01' }] }),
    ).toThrow(/sample-2025-001.*2025\/06\/01/);
  });

  it('refuses two items with the same id', () => {
    expect(() => buildFeedItems({ ...base, cases: [base.cases[0]!, base.cases[0]!] })).toThrow(
      'case-sample-2025-001',
    );
  });
});

describe('renderRss(items, lang, channel)', () => {
  const channel = {
    publicUrl: 'https://air.example.org/',
    county: { zh: '示例县', en: 'Example County' },
    asOf: base.asOf,
  };
  const items = buildFeedItems(base);

  it.each(['zh', 'en'] as const)(
    'writes well-formed RSS 2.0 with the required elements (%s)',
    (lang) => {
      const rss = parseXml(renderRss(items, lang, channel));
      expect(rss.name).toBe('rss');
      expect(rss.attrs['version']).toBe('2.0');
      const ch = onlyChild(rss, 'channel');
      for (const n of ['title', 'link', 'description', 'language', 'pubDate'])
        expect(onlyChild(ch, n).text).not.toBe('');
      expect(onlyChild(ch, 'pubDate').text).toBe('Sun, 01 Mar 2026 00:00:00 +0800');
      const its = childrenNamed(ch, 'item');
      expect(its).toHaveLength(items.length);
      const guids = its.map((it) => onlyChild(it, 'guid').text);
      expect(new Set(guids).size).toBe(guids.length);
      for (const it of its) {
        expect(onlyChild(it, 'link').text).toMatch(
          lang === 'zh'
            ? /^https:\/\/air\.example\.org\/(?!en\/)/
            : /^https:\/\/air\.example\.org\/en\//,
        );
        expect(onlyChild(it, 'pubDate').text).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0800$/,
        );
      }
    },
  );

  it('escapes markup in names for HTML, then for XML (feed-markup.test.ts reads it back)', () => {
    const xml = renderRss(items, 'en', channel);
    expect(xml).toContain('A &amp;amp; B &amp;lt;Ltd&amp;gt;');
    expect(
      parseXml(xml).children[0]?.children.some((c) =>
        c.children.some((t) => t.text.includes('A &amp; B &lt;Ltd&gt;')),
      ),
    ).toBe(true);
  });

  it('writes the same bytes for the same data (no clock)', () => {
    expect(renderRss(buildFeedItems(base), 'zh', channel)).toBe(renderRss(items, 'zh', channel));
  });

  it('drops characters XML forbids instead of writing an ill-formed feed', () => {
    expect(xmlEscape('a\u0001b')).toBe('ab');
  });
});
