// A missing translation must fail the type check (tsc / astro check), not ship as a gap. The
// `@ts-expect-error` lines below make `tsc` fail if the types ever stop rejecting these.
import { describe, expect, it } from 'vitest';
import {
  stringKeys,
  stringTable,
  t,
  type StringKey,
  type StringTable,
} from '../../../src/i18n/strings.ts';

describe('typed UI strings', () => {
  it('a table without one of the Chinese keys is a type error', () => {
    const { 'nav.report': dropped, ...rest } = stringTable('en');
    // @ts-expect-error — 'nav.report' is missing, so this is not a StringTable
    const incomplete: StringTable = rest;
    expect(dropped).toBe('Report pollution');
    expect(Object.keys(incomplete)).not.toContain('nav.report');
    expect(Object.keys(incomplete)).toHaveLength(stringKeys().length - 1);
  });

  it('asking for a key that does not exist is a type error', () => {
    // @ts-expect-error — 'nav.nowhere' is not a key of the string table
    const key: StringKey = 'nav.nowhere';
    expect(() => t('en', key).length).toThrow(TypeError);
  });

  it('the English table has exactly the Chinese keys at run time too', () => {
    expect(Object.keys(stringTable('en')).sort()).toEqual(Object.keys(stringTable('zh')).sort());
  });
});
