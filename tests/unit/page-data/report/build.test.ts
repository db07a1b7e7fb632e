import { describe, expect, it } from 'vitest';
import { buildReportPage, isOpen } from '../../../../src/page-data/report/index.ts';
import { SiteSchema, type Site } from '../../../../src/records/site.ts';
import { readFileSync } from 'node:fs';

type Channel = Site['reporting']['channels'][number];
const text = (s: string) => ({ zh: s, en: s });
const channel = (over: Partial<Channel> & Pick<Channel, 'id' | 'kind'>): Channel => ({
  name: text(over.id),
  description: text('d'),
  anonymous: 'unknown',
  source: { url: null, note: text('s') },
  checked: '2026-11-01',
  ...over,
});
const bundled = SiteSchema.parse(JSON.parse(readFileSync('data/site.json', 'utf8')));
const site = (channels: Channel[]): Pick<Site, 'reporting' | 'deployment'> => ({
  reporting: { channels },
  deployment: bundled.deployment,
});

describe('buildReportPage(site, asOf)', () => {
  const s = site([
    channel({
      id: 'team-2026',
      kind: 'inspection',
      valid_from: '2026-05-01',
      valid_to: '2026-06-01',
      contact: '0396-1234567',
    }),
    channel({ id: 'wechat', kind: 'wechat' }),
    channel({ id: '12345', kind: 'phone', contact: '12345' }),
  ]);

  it('orders channels phone, online, wechat, local, inspection', () => {
    expect(buildReportPage(s, '2026-05-10').channels.map((c) => c.id)).toEqual([
      '12345',
      'wechat',
      'team-2026',
    ]);
  });

  it('lists an inspection team’s line only while it is open, and as closed afterwards', () => {
    const page = buildReportPage(s, '2026-11-27');
    expect(page.channels.map((c) => c.id)).toEqual(['12345', 'wechat']);
    expect(page.closed.map((c) => c.id)).toEqual(['team-2026']);
  });

  it('says when no sourced local channel exists, and takes the logging statement from the deployment', () => {
    const page = buildReportPage(s, '2026-11-27');
    expect(page.noLocalChannel).toBe(true);
    expect(page.hostLogging).toEqual(bundled.deployment.host_logs_statement);
    expect(page.form).toBeNull();
  });

  it.each([
    ['2026-04-30', false],
    ['2026-05-01', true],
    ['2026-06-01', true],
    ['2026-06-02', false],
  ])('isOpen on %s is %s for a 2026-05-01…06-01 line', (date, open) => {
    expect(
      isOpen(
        channel({ id: 'x', kind: 'inspection', valid_from: '2026-05-01', valid_to: '2026-06-01' }),
        date,
      ),
    ).toBe(open);
  });
});

describe('the bundled reporting channels', () => {
  it('list 12345 by phone and never 12369 as a number to call', () => {
    const phones = bundled.reporting.channels
      .filter((c) => c.contact !== undefined)
      .map((c) => c.contact);
    expect(phones).toContain('12345');
    expect(phones).not.toContain('12369');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'http://example.com/'])(
    'reject the channel URL %s',
    (url) => {
      const raw = JSON.parse(readFileSync('data/site.json', 'utf8')) as {
        reporting: { channels: Record<string, unknown>[] };
      };
      raw.reporting.channels[0] = { ...raw.reporting.channels[0], url };
      expect(SiteSchema.safeParse(raw).success).toBe(false);
    },
  );

  it('requires the form operator with a form URL', () => {
    const raw = JSON.parse(readFileSync('data/site.json', 'utf8')) as {
      reporting: Record<string, unknown>;
    };
    raw.reporting.form_url = 'https://example.org/form';
    expect(SiteSchema.safeParse(raw).success).toBe(false);
    raw.reporting.form_operator = text('Example operator');
    expect(SiteSchema.safeParse(raw).success).toBe(true);
  });
});
