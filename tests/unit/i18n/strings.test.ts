import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/strings.ts';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  localePath,
  neutralPath,
} from '../../../src/i18n/format.ts';

describe('UI strings', () => {
  it('every key has a non-empty Chinese and English text', () => {
    for (const key of t.keys()) {
      expect(t.template('zh', key).trim(), key).not.toBe('');
      expect(t.template('en', key).trim(), key).not.toBe('');
    }
  });

  it('English strings are not left in Chinese', () => {
    const untranslated = t
      .keys()
      .filter((k) => k !== 'lang.switch' && /[\u4e00-\u9fff]/.test(t.template('en', k)));
    expect(untranslated).toEqual([]);
  });

  it('t(lang, key) picks the language', () => {
    expect(t('zh', 'nav.report')).toBe('举报污染');
    expect(t('en', 'nav.report')).toBe('Report pollution');
  });
});

describe('locale formatting', () => {
  it('localePath puts English under /en/ and Chinese at the root', () => {
    expect(localePath('zh', '/stations/')).toBe('/stations/');
    expect(localePath('en', '/stations/')).toBe('/en/stations/');
    expect(localePath('en', '/')).toBe('/en/');
    expect(neutralPath('/en/plan/')).toEqual({ lang: 'en', path: '/plan/' });
    expect(neutralPath('/plan/')).toEqual({ lang: 'zh', path: '/plan/' });
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('zh', 1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber('en', 0.3, 1)).toBe('0.3');
  });

  it('formats a Beijing calendar date without shifting it in the machine zone', () => {
    expect(formatDate('zh', '2026-03-01')).toBe('2026年3月1日');
    expect(formatDate('en', '2026-03-01')).toBe('March 1, 2026');
  });

  it('formats an hour label in Beijing time whatever TZ the machine has', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(formatDateTime('zh', '2026-11-28T00:00:00+08:00')).toBe(
      '2026年11月28日 00:00（北京时间）',
    );
    expect(formatDateTime('en', '2026-11-28T00:00:00+08:00')).toBe(
      'November 28, 2026 at 00:00 Beijing time',
    );
  });
});
