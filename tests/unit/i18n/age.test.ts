// A reading's age in words (src/i18n/age.ts with the progress text's word forms): the unit
// boundaries, English singular and plural, and the build-time sentence against as_of.
import { describe, expect, it } from 'vitest';
import { ageInWords, ageParts, msBetween } from '../../../src/i18n/age.ts';
import { ageWords, readingAgeSentence } from '../../../src/page-data/progress/index.ts';

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('ageParts', () => {
  it.each([
    [0, 'minute', 0],
    [59 * MIN, 'minute', 59],
    [HOUR - 1, 'minute', 59],
    [HOUR, 'hour', 1],
    [23 * HOUR, 'hour', 23],
    [DAY - 1, 'hour', 23],
    [DAY, 'day', 1],
    [47 * HOUR, 'day', 1],
    [2 * DAY, 'day', 2],
    [-5 * MIN, 'minute', 0],
  ] as const)('%i ms is %s × %i', (ms, unit, n) => {
    expect(ageParts(ms)).toEqual({ unit, n });
  });
});

describe('ageInWords', () => {
  const cases: [number, string, string][] = [
    [MIN, '1 分钟', '1 minute'],
    [59 * MIN, '59 分钟', '59 minutes'],
    [HOUR, '1 小时', '1 hour'],
    [90 * MIN, '1 小时', '1 hour'],
    [2 * HOUR, '2 小时', '2 hours'],
    [23 * HOUR, '23 小时', '23 hours'],
    [DAY, '1 天', '1 day'],
    [2 * DAY, '2 天', '2 days'],
    [0, '0 分钟', '0 minutes'],
  ];
  it.each(cases)('%i ms reads "%s" / "%s"', (ms, zh, en) => {
    expect(ageInWords(ageWords('zh'), ms)).toBe(zh);
    expect(ageInWords(ageWords('en'), ms)).toBe(en);
  });
});

describe('msBetween', () => {
  it('compares instants across offsets and rejects non-timestamps', () => {
    expect(msBetween('2026-11-28T00:00:00+08:00', '2026-11-27T17:00:00Z')).toBe(HOUR);
    expect(() => msBetween('yesterday', '2026-11-28T00:00:00+08:00')).toThrow(/not a timestamp/);
  });
});

describe('readingAgeSentence (build time, against as_of)', () => {
  const asOf = '2026-11-28T00:00:00+08:00';
  it('calls the as_of hour the latest hour of the data', () => {
    expect(readingAgeSentence('zh', asOf, asOf, 'X')).toBe('为本数据截至时间的最新一小时。');
    expect(readingAgeSentence('en', asOf, asOf, 'X')).toBe('The latest hour in the data.');
  });
  it('says how much earlier an older reading is', () => {
    const t = '2026-11-25T00:00:00+08:00';
    expect(readingAgeSentence('zh', t, asOf, 'AS')).toBe(
      '比数据截至时间（AS）早 3 天：之后没有全县读数。',
    );
    expect(readingAgeSentence('en', t, asOf, 'AS')).toBe(
      "Taken 3 days before the data's as-of time (AS); there is no later county reading.",
    );
    expect(readingAgeSentence('en', '2026-11-27T23:00:00+08:00', asOf, 'AS')).toMatch(
      /^Taken 1 hour before/,
    );
  });
  it('has nothing to say without an as_of', () => {
    expect(readingAgeSentence('zh', asOf, null, '')).toBeNull();
  });
});
