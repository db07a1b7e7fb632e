import { describe, expect, it } from 'vitest';
import {
  glossedNote,
  glossedRows,
  legalBasisText,
  planSectionText,
} from '../../../../src/page-data/enforcement/index.ts';
import { zh } from '../../../../src/i18n/mixed.ts';

describe('the enforcement glosses of official Chinese texts', () => {
  it('give plan sections as published in Chinese and in Arabic numerals in English', () => {
    expect(planSectionText('zh', '八(三)')).toBe('八(三)');
    expect(planSectionText('en', '八(三)')).toBe('Section 8 (3)');
    expect(planSectionText('en', '四(四)、三(五)')).toBe('Section 4 (4), 3 (5)');
    expect(planSectionText('en', '附件')).toEqual(['Section ', zh('附件')]);
  });

  it('gloss the legal basis only in English', () => {
    const basis = '《中华人民共和国大气污染防治法》第一百零八条';
    expect(legalBasisText('zh', basis)).toBe(basis);
    expect(legalBasisText('en', basis)).toContainEqual(zh(basis));
  });

  it('show the original alone in Chinese', () => {
    expect(glossedRows('zh', 'summary', '超标排放（样例）', 'Emissions above limits')).toEqual([
      { term: '主要违法事实', detail: '超标排放（样例）' },
    ]);
  });

  it('show the marked original and the English, labelled as the site’s', () => {
    expect(glossedRows('en', 'summary', '超标排放（样例）', 'Emissions above limits')).toEqual([
      { term: 'Facts as published (Chinese original)', detail: [zh('超标排放（样例）')] },
      {
        term: 'English summary by this site (not an official translation)',
        detail: 'Emissions above limits',
      },
    ]);
  });

  it('say when there is no English text', () => {
    for (const none of ['', null])
      expect(glossedRows('en', 'revocationNote', '复议撤销（样例）', none)).toEqual([
        {
          term: 'Revocation note (as published)',
          detail: [zh('复议撤销（样例）'), ' (published in Chinese only; no English summary)'],
        },
      ]);
  });

  it('gloss a fire-point note in a table cell', () => {
    expect(glossedNote('zh', '扣减金额未公开（样例）', 'x')).toBe('扣减金额未公开（样例）');
    expect(glossedNote('en', '', '')).toBe('');
    expect(glossedNote('en', '扣减金额未公开（样例）', 'Deduction not published (sample)')).toEqual(
      ['Deduction not published (sample)', ' (original: ', zh('扣减金额未公开（样例）'), ')'],
    );
    expect(glossedNote('en', '扣减金额未公开（样例）', '')).toEqual([
      zh('扣减金额未公开（样例）'),
      ' (in Chinese only; no English text)',
    ]);
  });
});
