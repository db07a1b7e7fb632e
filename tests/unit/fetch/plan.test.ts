import { describe, expect, it } from 'vitest';
import {
  FetchPlanError,
  expandTemplate,
  keysBetween,
  nameMatcher,
  nextKey,
  planFetch,
  targetName,
  type FetchSourceConfig,
} from '../../../src/fetch/plan.ts';

const daily: FetchSourceConfig = {
  id: 'cnemc',
  format: 'cnemc-daily-wide',
  url_template: 'https://example.org/archive/{YYYY}/china_sites_{YYYYMMDD}.csv',
};
const hourly: FetchSourceConfig = {
  id: 'snap',
  format: 'cnemc-hourly-snapshot',
  url_template: 'https://example.org/{YYYY}/{MM}/{YYYY-MM-DD}T{HH}.csv',
};
const none = new Map<string, string[]>();

describe('expandTemplate', () => {
  it.each([
    ['a_{YYYYMMDD}.csv', '2024-02-29', 'a_20240229.csv'],
    ['{YYYY}/{MM}/{DD}.csv', '2025-01-05', '2025/01/05.csv'],
    ['d/{YYYY-MM-DD}.csv.gz', '2025-12-31', 'd/2025-12-31.csv.gz'],
    ['{YYYY-MM-DD}T{HH}.csv', '2025-01-05T07', '2025-01-05T07.csv'],
  ])('expandTemplate(%s, %s) is %s', (template, key, expected) => {
    expect(expandTemplate(template, key)).toBe(expected);
  });

  it('expandTemplate refuses {HH} for a date key', () => {
    expect(() => expandTemplate('{YYYYMMDD}{HH}.csv', '2025-01-05')).toThrow(/hour key/);
  });
});

describe('nextKey and keysBetween', () => {
  it.each([
    ['2024-02-28', '2024-02-29'],
    ['2023-02-28', '2023-03-01'],
    ['2025-12-31', '2026-01-01'],
    ['2025-01-05T22', '2025-01-05T23'],
    ['2025-12-31T23', '2026-01-01T00'],
  ])('nextKey(%s) is %s, whatever the machine time zone', (key, next) => {
    expect(nextKey(key)).toBe(next);
  });

  it('keysBetween includes both ends and is empty when the end is before the start', () => {
    expect(keysBetween('2025-01-30', '2025-02-02')).toEqual([
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
    expect(keysBetween('2025-02-02', '2025-02-01')).toEqual([]);
  });
});

describe('targetName', () => {
  it('targetName is the last path segment of the URL', () => {
    expect(targetName('https://example.org/x/china_sites_20250101.csv?token=1', 's')).toBe(
      'china_sites_20250101.csv',
    );
    expect(targetName('http://example.org/a/b.csv.gz', 's')).toBe('b.csv.gz');
  });

  it.each([
    ['https://example.org/download?date=20250101'],
    ['https://example.org/a/file.xlsx'],
    ['https://example.org/a/..%2F..%2Fsite.csv'],
    ['https://example.org/a/.hidden.csv'],
    ['ftp://example.org/a.csv'],
    ['not a url'],
  ])('targetName refuses %s', (url) => {
    expect(() => targetName(url, 's')).toThrow(FetchPlanError);
  });
});

describe('nameMatcher', () => {
  it('nameMatcher reads the date or hour back from a file name the template produced', () => {
    const m = nameMatcher(daily.url_template as string, 'cnemc');
    expect(m('china_sites_20250131.csv')).toBe('2025-01-31');
    expect(m('china_sites_20250230.csv')).toBeNull();
    expect(m('other.csv')).toBeNull();
    const h = nameMatcher(hourly.url_template as string, 'snap');
    expect(h('2025-01-05T07.csv')).toBe('2025-01-05T07');
    expect(h('2025-01-05T24.csv')).toBeNull();
  });

  it.each([
    ['https://example.org/{YYYY}/{MM}/{DD}/data.csv', /whole date/],
    ['https://example.org/{YYYYMMDD}/{HH}/x_{YYYYMMDD}.csv', /and \{HH\}/],
    ['https://example.org/x_{YYYYMMDD}_{hh}.csv', /unknown placeholder \{hh\}/],
  ])('nameMatcher refuses the template %s', (template, message) => {
    expect(() => nameMatcher(template, 's')).toThrow(message);
  });
});

describe('planFetch', () => {
  it('planFetch resumes a daily source from its latest file (re-checked) up to --until', () => {
    const items = planFetch([daily], {
      until: '2025-01-03',
      existing: new Map([
        ['cnemc', ['china_sites_20241231.csv', 'china_sites_20250101.csv', 'notes.csv']],
      ]),
      failed: none,
    });
    expect(items.map((i) => i.key)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
    expect(items[0]).toEqual({
      source: 'cnemc',
      format: 'cnemc-daily-wide',
      url: 'https://example.org/archive/2025/china_sites_20250101.csv',
      target: 'cnemc/china_sites_20250101.csv',
      key: '2025-01-01',
    });
  });

  it('planFetch retries earlier failures even when they lie before the resumed range', () => {
    const items = planFetch([daily], {
      until: '2025-01-02',
      existing: new Map([['cnemc', ['china_sites_20250101.csv']]]),
      failed: new Map([['cnemc', ['2024-12-20', '2025-01-02', 'garbage', '2024-12-20T05']]]),
    });
    expect(items.map((i) => i.key)).toEqual(['2024-12-20', '2025-01-01', '2025-01-02']);
  });

  it('planFetch with --from takes exactly from…until, hourly sources by the hour to 23:00', () => {
    const items = planFetch([hourly], {
      from: '2025-01-05',
      until: '2025-01-05',
      existing: none,
      failed: none,
    });
    expect(items).toHaveLength(24);
    expect(items[0]?.url).toBe('https://example.org/2025/01/2025-01-05T00.csv');
    expect(items[23]?.target).toBe('snap/2025-01-05T23.csv');
  });

  it('planFetch fetches every URL of a list source on every run', () => {
    const list: FetchSourceConfig = {
      id: 'county',
      format: 'county-hourly',
      urls: ['https://example.org/a.csv', 'https://example.org/b.csv.gz'],
    };
    const items = planFetch([list], { until: '2025-01-01', existing: none, failed: none });
    expect(items.map((i) => i.target)).toEqual(['county/a.csv', 'county/b.csv.gz']);
  });

  it.each<[string, FetchSourceConfig[], Partial<Parameters<typeof planFetch>[1]>, RegExp]>([
    ['a source with no file yet and no --from', [daily], {}, /pass --from/],
    [
      '--until that is not a date',
      [daily],
      { until: '2025-02-30' },
      /--until "2025-02-30" is not a date/,
    ],
    ['--from after --until', [daily], { from: '2025-02-02', until: '2025-02-01' }, /after --until/],
    ['two sources with one id', [daily, { ...daily }], { from: '2025-01-01' }, /used twice/],
    [
      'two URLs saved under one name',
      [{ id: 'l', format: 'county-hourly', urls: ['https://a.org/x.csv', 'https://b.org/x.csv'] }],
      {},
      /both be saved as observations\/l\/x.csv/,
    ],
  ])('planFetch refuses %s before any request', (_what, sources, opts, message) => {
    expect(() =>
      planFetch(sources, { until: '2025-01-03', existing: none, failed: none, ...opts }),
    ).toThrow(message);
  });
});
