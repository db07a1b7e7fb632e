// A missing translation must fail the type check (tsc / astro check), not ship as a gap. The
// `@ts-expect-error` lines below make `tsc` fail if the types ever stop rejecting these.
import { describe, expect, it } from 'vitest';
import { t, type StringKey } from '../../../src/i18n/strings.ts';
import { defineText } from '../../../src/i18n/text.ts';

describe('typed text tables (defineText)', () => {
  it('an English table without one of the Chinese keys is a type error', () => {
    const zh = { a: '甲', b: '乙' } as const;
    const en = { a: 'A' };
    // @ts-expect-error — 'b' is missing from the English table
    const table = defineText('test', { zh, en });
    expect(table.keys()).toEqual(['a', 'b']);
    expect(() => table('en', 'b')).toThrow(/has no key "b"/);
  });

  it('asking for a key that does not exist is a type error', () => {
    // @ts-expect-error — 'nav.nowhere' is not a key of the string table
    const key: StringKey = 'nav.nowhere';
    expect(() => t('en', key).length).toThrow(TypeError);
  });

  it('a placeholder without a value throws, naming the table and key; template() keeps it', () => {
    expect(() => t('en', 'home.heading')).toThrow('text "ui.home.heading" needs {county}');
    expect(t('en', 'home.heading', { county: 'Xiping County' })).toBe(
      'Xiping County air quality: progress overview',
    );
    expect(t.template('zh', 'home.heading')).toBe('{county}空气质量进展总览');
  });
});
