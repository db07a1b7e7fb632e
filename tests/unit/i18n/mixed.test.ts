import { describe, expect, it } from 'vitest';
import {
  mapPlain,
  markChinese,
  mixed,
  plain,
  zh,
  zhLang,
  type Part,
} from '../../../src/i18n/mixed.ts';

describe('mixed text', () => {
  it('keeps marked Chinese fragments apart from the English around them', () => {
    expect(mixed`Section ${zh('十(四)')} of the plan, ${3} times`).toEqual([
      'Section ',
      { zh: '十(四)' },
      ' of the plan, 3 times',
    ]);
  });

  it('drops empty pieces and merges adjacent plain text', () => {
    expect(mixed`${''}${zh('示例站一（虚构）')}${'a'}${'b'}${zh('')}`).toEqual([
      { zh: '示例站一（虚构）' },
      'ab',
    ]);
  });

  it('reads as plain text with the fragments in place', () => {
    expect(plain(mixed`Under ${zh('环办监测〔2016〕120号')}, targets`)).toBe(
      'Under 环办监测〔2016〕120号, targets',
    );
    expect(plain('just text')).toBe('just text');
  });

  it('fills placeholders in plain parts only', () => {
    const m = mapPlain(mixed`{n} cases in ${zh('{n}乡')}`, (s) => s.replace('{n}', '7'));
    expect(m).toEqual(['7 cases in ', { zh: '{n}乡' }]);
  });

  it('asks for lang="zh-CN" on English pages only', () => {
    expect(zhLang('en')).toBe('zh-CN');
    expect(zhLang('zh')).toBeUndefined();
  });
});

describe('markChinese', () => {
  it.each<[string, readonly Part[]]>([
    ['no Chinese here', ['no Chinese here']],
    ['sole body (负责)', ['sole body (', { zh: '负责' }, ')']],
    ['负责落实', [{ zh: '负责落实' }]],
    ['the list ends with 等', ['the list ends with ', { zh: '等' }]],
    [
      'in the text: 县生态环境保护委员会有关成员单位 … 各司其职',
      ['in the text: ', { zh: '县生态环境保护委员会有关成员单位 … 各司其职' }],
    ],
    [
      '交通运输部实施 (slip for 交通运输局)',
      [{ zh: '交通运输部实施' }, ' (slip for ', { zh: '交通运输局' }, ')'],
    ],
    ['the "12369环保举报" WeChat account', ['the "', { zh: '12369环保举报' }, '" WeChat account']],
    [
      '示例数据（虚构）/ sample data (fictitious)',
      [{ zh: '示例数据（虚构）' }, '/ sample data (fictitious)'],
    ],
    [
      'decision 示例环罚〔2025〕001号 of 2025',
      ['decision ', { zh: '示例环罚〔2025〕001号' }, ' of 2025'],
    ],
    [
      'PM2.5 年均, 2年 and 2 年',
      ['PM2.5 ', { zh: '年均' }, ', ', { zh: '2年' }, ' and 2 ', { zh: '年' }],
    ],
  ])('%s', (text, expected) => {
    const got = markChinese(text);
    expect(got).toEqual(expected);
    expect(plain(got)).toBe(text);
  });
});
