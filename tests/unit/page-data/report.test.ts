import { describe, expect, it } from 'vitest';
import { buildReportPage, isOpen } from '../../../src/page-data/report.ts';
import { reportingSchema, type ReportingChannel } from '../../../src/records/reporting.ts';

const text = (s: string) => ({ zh: s, en: s });
const channel = (over: Partial<ReportingChannel> & Pick<ReportingChannel, 'id' | 'kind'>): ReportingChannel => ({
  name: text(over.id),
  description: text('d'),
  anonymous: 'unknown',
  source: { name: text('s') },
  checked: '2026-11-01',
  ...over,
});

describe('buildReportPage(reporting, asOf)', () => {
  const reporting = reportingSchema.parse({
    channels: [
      channel({ id: 'team-2026', kind: 'inspection', validFrom: '2026-05-01', validTo: '2026-06-01', phone: '0396-1234567' }),
      channel({ id: 'wechat', kind: 'wechat' }),
      channel({ id: '12345', kind: 'phone', phone: '12345' }),
    ],
    hostLogging: text('logs'),
  });

  it('orders channels phone, online, wechat, local, inspection', () => {
    expect(buildReportPage(reporting, '2026-05-10').channels.map((c) => c.id)).toEqual(['12345', 'wechat', 'team-2026']);
  });

  it('lists an inspection team’s line only while it is open, and as closed afterwards', () => {
    const page = buildReportPage(reporting, '2026-11-27');
    expect(page.channels.map((c) => c.id)).toEqual(['12345', 'wechat']);
    expect(page.closed.map((c) => c.id)).toEqual(['team-2026']);
  });

  it('says when no sourced local channel exists', () => {
    expect(buildReportPage(reporting, '2026-11-27').noLocalChannel).toBe(true);
  });

  it.each([
    ['2026-04-30', false],
    ['2026-05-01', true],
    ['2026-06-01', true],
    ['2026-06-02', false],
  ])('isOpen on %s is %s for a 2026-05-01…06-01 line', (date, open) => {
    expect(isOpen(channel({ id: 'x', kind: 'inspection', validFrom: '2026-05-01', validTo: '2026-06-01' }), date)).toBe(open);
  });
});

describe('reportingSchema', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'http://example.com/', 'ftp://x.gov.cn/'])('rejects the URL %s', (url) => {
    const r = reportingSchema.safeParse({ channels: [channel({ id: 'a', kind: 'online', url })], hostLogging: text('x') });
    expect(r.success).toBe(false);
  });

  it('accepts https and http on .gov.cn hosts', () => {
    for (const url of ['https://www.mee.gov.cn/', 'http://sthjt.henan.gov.cn/2020/11-19/1905690.html']) {
      expect(reportingSchema.safeParse({ channels: [channel({ id: 'a', kind: 'online', url })], hostLogging: text('x') }).success).toBe(true);
    }
  });
});
