// The built reporting page: the Ministry's website as the entry to its online section, an
// anonymity statement with its source for every channel, the banner saying the channels are real.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { REPORT_DOC } from '../../src/page-data/report/index.ts';

beforeAll(assertBuilt);

const report = readGenerated(REPORT_DOC);

/** The markup of one channel's list item. */
function channelHtml(html: string, id: string): string {
  const at = html.indexOf(`id="channel-${id}"`);
  expect(at, `channel ${id}`).toBeGreaterThan(-1);
  const end = html.indexOf('</li>', at);
  return html.slice(at, end);
}

describe.each([
  ['zh', 'report/index.html'],
  ['en', 'en/report/index.html'],
] as const)('the reporting page (%s)', (lang, file) => {
  const html = readDist(file);

  it('links the Ministry website as the entry to its online section, sending no referrer', () => {
    const li = channelHtml(html, 'mee-online');
    expect(li).toMatch(
      /<dd data-entry><a href="https:\/\/www\.mee\.gov\.cn\/" rel="noopener noreferrer" referrerpolicy="no-referrer">/,
    );
  });

  it.each(report.channels.map((c) => [c.id, c] as const))(
    'states what is documented about anonymity on %s, with its source',
    (id, c) => {
      const li = channelHtml(html, id);
      expect(c.anonymity).toBeDefined();
      const statement = c.anonymity?.statement[lang] ?? '';
      const title = c.anonymity?.source.title[lang] ?? '';
      // Mixed text may wrap Chinese runs in spans: compare the text without tags.
      const plain = li.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");
      expect(plain).toContain(statement);
      expect(plain).toContain(title);
      if (c.anonymity?.source.url) expect(li).toContain(`href="${c.anonymity.source.url}"`);
    },
  );

  it('says in the sample banner that the channels are real', () => {
    expect(html).toContain('data-sample-banner-channels');
    expect(html).toContain(
      lang === 'zh'
        ? '本页的举报渠道是真实的官方渠道，不是样例；样例只是下面列出的数据集。'
        : 'The reporting channels on this page are real, official channels, not samples; only the datasets listed below are samples.',
    );
  });

  it('does not offer the site’s own contact (the site takes no reports, decision 019)', () => {
    expect(html).not.toContain('data-contact');
  });
});

describe('the sample banner elsewhere', () => {
  it.each(['index.html', 'en/index.html', 'about/index.html'])(
    '%s keeps the plain banner',
    (file) => {
      const html = readDist(file);
      expect(html).toContain('data-sample-banner');
      expect(html).not.toContain('data-sample-banner-channels');
    },
  );
});
