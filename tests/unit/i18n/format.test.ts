// The punctuation helpers of src/i18n/format.ts (issue 16): each language's marks, spaces included.
import { describe, expect, it } from 'vitest';
import {
  OG_LOCALE,
  OTHER_LANG,
  PAREN,
  clauseSep,
  colon,
  comma,
  fullStop,
  langAttr,
  listSep,
  parens,
  percent,
  sentenceSep,
} from '../../../src/i18n/format.ts';
import { pick } from '../../../src/i18n/text.ts';

describe('punctuation helpers', () => {
  it('write full-width marks in Chinese', () => {
    expect(colon('zh')).toBe('：');
    expect(listSep('zh')).toBe('、');
    expect(clauseSep('zh')).toBe('；');
    expect(comma('zh')).toBe('，');
    expect(fullStop('zh')).toBe('。');
    expect(sentenceSep('zh')).toBe('');
    expect(PAREN.zh).toEqual({ open: '（', close: '）' });
    expect(parens('zh', '微克/立方米')).toBe('（微克/立方米）');
    expect(percent('zh', '82.5')).toBe('82.5%');
  });

  it('write ASCII marks with their spaces in English', () => {
    expect(colon('en')).toBe(': ');
    expect(listSep('en')).toBe(', ');
    expect(clauseSep('en')).toBe('; ');
    expect(comma('en')).toBe(', ');
    expect(fullStop('en')).toBe('.');
    expect(sentenceSep('en')).toBe(' ');
    expect(PAREN.en).toEqual({ open: ' (', close: ')' });
    expect(parens('en', 'µg/m³')).toBe(' (µg/m³)');
    expect(percent('en', '82.5')).toBe('82.5 %');
  });

  it('join a list and sentences the way each language does', () => {
    expect(['SO2', 'NO2'].join(listSep('zh'))).toBe('SO2、NO2');
    expect(['SO2', 'NO2'].join(listSep('en'))).toBe('SO2, NO2');
    expect(['一。', '二。'].join(sentenceSep('zh'))).toBe('一。二。');
    expect(['One.', 'Two.'].join(sentenceSep('en'))).toBe('One. Two.');
  });
});

describe('language tables', () => {
  it('name the other language and the Open Graph locale', () => {
    expect(OTHER_LANG).toEqual({ zh: 'en', en: 'zh' });
    expect(OG_LOCALE).toEqual({ zh: 'zh_CN', en: 'en_US' });
    expect(OG_LOCALE[OTHER_LANG.zh]).toBe('en_US');
    expect(OG_LOCALE[OTHER_LANG.en]).toBe('zh_CN');
  });

  it('give a lang attribute only where the text and its surroundings differ', () => {
    expect(langAttr('zh', 'en')).toBe('zh-CN');
    expect(langAttr('en', 'en')).toBeUndefined();
    expect(langAttr('zh', 'zh')).toBeUndefined();
    expect(langAttr('en', 'zh')).toBe('en');
  });

  it('pick the reader’s half of a pair', () => {
    const pair = { zh: '西平站', en: 'Xiping station' };
    expect(pick('zh', pair)).toBe('西平站');
    expect(pick('en', pair)).toBe('Xiping station');
  });
});
