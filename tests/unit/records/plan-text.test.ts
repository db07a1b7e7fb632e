import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue,
  extractNumberTokens,
  planParagraphs,
  responsibilityClauses,
} from '../../../src/records/plan/index.ts';

describe('planParagraphs(text)', () => {
  it('joins a word split by a page break and keeps headings apart', () => {
    const text =
      '标题\n\n二、某节\n\n（一）某项。基本淘汰非道路移动机\n\n械。（县公\n\n安局负责）\n\n（二）下一项。';
    expect(planParagraphs(text)).toEqual([
      '标题',
      '二、某节',
      '（一）某项。基本淘汰非道路移动机械。（县公安局负责）',
      '（二）下一项。',
    ]);
  });
});

describe('extractNumberTokens(text)', () => {
  it.each([
    ['2024年6月底前', 'date', null, '2024-06-30'],
    ['2024 年 2 月底前', 'date', null, '2024-02-29'],
    ['2025 年年底前', 'date', null, '2025-12-31'],
    ['到 2025 年，', 'year', 2025, '2025'],
    ['达到 82.5%', 'number', 82.5, null],
    ['扣减 50 万元', 'number', 500_000, null],
    ['０.３％以内', 'number', 0.3, null],
    ['进行一次检查', 'chinese_numeral', 1, null],
    ['“十四五”', 'chinese_numeral', null, null],
    ['国 VI 标准', 'roman_numeral', null, null],
  ])('reads %s as a %s', (text, kind, value, date) => {
    const [tok, ...rest] = extractNumberTokens(text);
    expect(rest).toEqual([]);
    expect(tok).toMatchObject({ kind, value, date });
  });

  it('reads a bare 10月底 in the year last written before it', () => {
    const toks = extractNumberTokens('2024年6月底前完成排查，10月底前完成改造');
    expect(toks.map((t) => t.date)).toEqual(['2024-06-30', '2024-10-31']);
  });

  it('skips heading numbers （一） and 一、 but not numerals inside sentences', () => {
    const toks = extractNumberTokens('一、总体要求\n（二）主要目标。统一安排');
    expect(toks.map((t) => t.text)).toEqual(['一']);
    expect(toks[0]?.start).toBe('一、总体要求\n（二）主要目标。统'.length);
  });

  it('keeps offsets of the original text when digits are full-width', () => {
    const [tok] = extractNumberTokens('比率 ８２．５％');
    expect(tok).toMatchObject({ text: '８２．５％', start: 3, end: 8, value: 82.5, percent: true });
  });
});

describe('chineseNumeralValue(s)', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['十四五', null],
    ['百', null],
  ])('reads %s as %s', (s, v) => {
    expect(chineseNumeralValue(s)).toBe(v);
  });
});

describe('responsibilityClauses(joinedText)', () => {
  it('reads lead, cooperating, implementing and open lists from the closing parenthesis', () => {
    const text =
      '二、节\n（一）某项。内容。（县农业农村局牵头，县财政局、生态环境分局配合，各乡镇、办事处、管委会负责落实）\n（二）另一项。（县发展改革委、交通运输局等按职责分工负责）';
    expect(responsibilityClauses(text)).toEqual([
      {
        measureId: '2.1',
        text: '县农业农村局牵头，县财政局、生态环境分局配合，各乡镇、办事处、管委会负责落实',
        bodies: [
          { name: '县农业农村局', role: 'lead', openList: false },
          { name: '县财政局', role: 'cooperating', openList: false },
          { name: '生态环境分局', role: 'cooperating', openList: false },
          { name: '各乡镇、办事处、管委会', role: 'implementing', openList: false },
        ],
      },
      {
        measureId: '2.2',
        text: '县发展改革委、交通运输局等按职责分工负责',
        bodies: [
          { name: '县发展改革委', role: 'joint', openList: true },
          { name: '交通运输局', role: 'joint', openList: true },
        ],
      },
    ]);
  });
});
