import { describe, expect, it } from 'vitest';
import { chineseNumeral, legalBasisEn, planSectionEn } from '../../../src/i18n/gloss.ts';
import { plain, type Part } from '../../../src/i18n/mixed.ts';

const marked = (ps: readonly Part[]): string[] =>
  ps.flatMap((p) => (typeof p === 'string' ? [] : [p.zh]));
const english = (ps: readonly Part[]): string =>
  ps.map((p) => (typeof p === 'string' ? p : '…')).join('');
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/u;

describe('chineseNumeral', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零八', 108],
    ['一百一十九', 119],
    ['一千零一十', 1010],
    ['两千', 2000],
  ])('%s → %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });

  it.each(['', '八三', '十百', '零十', '一百八', 'abc', '第八'])('rejects %j', (s) => {
    expect(chineseNumeral(s)).toBeNull();
  });
});

describe('planSectionEn', () => {
  it('gives plan sections in Arabic numerals', () => {
    expect(planSectionEn('八(三)')).toBe('8 (3)');
    expect(planSectionEn('十(四)')).toBe('10 (4)');
    expect(planSectionEn('五（二）')).toBe('5 (2)');
    expect(planSectionEn('四(四)、三(五)')).toBe('4 (4), 3 (5)');
    expect(planSectionEn('十二')).toBe('12');
  });

  it('refuses what is not a section number', () => {
    expect(planSectionEn('附件')).toBeNull();
    expect(planSectionEn('八(三)、其他')).toBeNull();
  });
});

describe('legalBasisEn', () => {
  it('glosses a known law with the article in English and the original marked', () => {
    const g = legalBasisEn('《中华人民共和国大气污染防治法》第一百零八条');
    expect(plain(g)).toBe(
      "Law of the People's Republic of China on the Prevention and Control of Atmospheric Pollution, Article 108 (original: 《中华人民共和国大气污染防治法》第一百零八条)",
    );
    expect(marked(g)).toEqual(['《中华人民共和国大气污染防治法》第一百零八条']);
    expect(english(g)).not.toMatch(CJK);
  });

  it('gives paragraphs and items', () => {
    expect(plain(legalBasisEn('《中华人民共和国大气污染防治法》第一百一十九条第二款'))).toContain(
      'Article 119, paragraph 2 (original:',
    );
    expect(plain(legalBasisEn('《中华人民共和国大气污染防治法》第九十九条第一项'))).toContain(
      'Article 99, item 1 (original:',
    );
  });

  it('never translates an unknown law: only its article, with the name in Chinese', () => {
    const g = legalBasisEn('《某市扬尘污染防治条例》第二十条');
    expect(plain(g)).toBe(
      'Article 20 of 《某市扬尘污染防治条例》 (original: 《某市扬尘污染防治条例》第二十条)',
    );
    expect(marked(g)).toEqual(['《某市扬尘污染防治条例》', '《某市扬尘污染防治条例》第二十条']);
    expect(english(g)).not.toMatch(CJK);
  });

  it('glosses several citations one by one; one without a law takes the previous law', () => {
    const g = legalBasisEn(
      '《中华人民共和国大气污染防治法》第九十九条、第一百零八条；《排污许可管理条例》第三十三条',
    );
    const text = plain(g);
    expect(text.split('; ')).toHaveLength(3);
    expect(text).toContain(
      'Atmospheric Pollution, Article 99 (original: 《中华人民共和国大气污染防治法》第九十九条)',
    );
    expect(text).toContain('Atmospheric Pollution, Article 108 (original: 第一百零八条)');
    expect(text).toContain(
      'Regulations on the Administration of Pollutant Discharge Permits, Article 33 (original: 《排污许可管理条例》第三十三条)',
    );
    expect(english(g)).not.toMatch(CJK);
  });

  it('shows text that is not a citation as published, marked', () => {
    const g = legalBasisEn('相关法律规定');
    expect(marked(g)).toEqual(['相关法律规定']);
    expect(plain(g)).toBe('相关法律规定 (as published, in Chinese)');
  });

  it('covers every law the bundled cases cite', async () => {
    const { readFileSync } = await import('node:fs');
    const Papa = (await import('papaparse')).default;
    const rows = Papa.parse<Record<string, string>>(
      readFileSync('data/enforcement/cases.csv', 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    for (const r of rows) {
      const g = legalBasisEn(r['legal_basis'] ?? '');
      expect(plain(g), r['slug']).not.toMatch(/^Article|as published, in Chinese/);
    }
  });
});
