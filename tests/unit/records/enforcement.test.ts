import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BURNING_COLUMNS,
  CASE_COLUMNS,
  checkSourceUrl,
  isCitizenId15,
  isCitizenId18,
  isCreditCode,
  parseBurningPoints,
  parseCases,
  parseTownships,
  privacyProblem,
  readEnforcementFolder,
  type EnforcementIssue,
} from '../../../src/records/enforcement/index.ts';

// A citizen ID with a valid birth date and check digit (the example of GB 11643-1999).
const CITIZEN_ID = '11010519491231002X';
const CREDIT_CODE = '91000000000000001N'; // region 000000: assigned to no real place
const FILE = 'cases.csv';
const TOWNSHIPS = new Set(['sample-east', 'sample-west']);

type CaseRow = Record<(typeof CASE_COLUMNS)[number], string>;

function caseRow(over: Partial<CaseRow> = {}): CaseRow {
  return {
    slug: 'sample-2025-001',
    decision_no: '示例环罚〔2025〕001号',
    decision_date: '2025-03-01',
    entity_id: 'sample-a',
    entity_name: '示例建材有限公司（虚构）',
    entity_type: 'enterprise',
    credit_code: CREDIT_CODE,
    township: 'sample-east',
    category: 'exceeding-limits',
    legal_basis: '《中华人民共和国大气污染防治法》第九十九条第二项',
    measures: 'fine;rectify',
    penalty_cny: '200000',
    rectification_status: 'completed',
    rectification_date: '2025-04-01',
    source_url: 'https://example.org/sample/1.html',
    published_date: '2025-03-05',
    publicity_end_date: '',
    revoked_date: '',
    revocation_note: '',
    typical: 'false',
    summary: '颗粒物超标（样例）',
    sample: 'true',
    ...over,
  };
}

const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function casesCsv(rows: CaseRow[]): string {
  return (
    [
      CASE_COLUMNS.join(','),
      ...rows.map((r) => CASE_COLUMNS.map((c) => quote(r[c])).join(',')),
    ].join('\n') + '\n'
  );
}

function issuesOf(rows: CaseRow[]): EnforcementIssue[] {
  const r = parseCases(casesCsv(rows), FILE, TOWNSHIPS);
  return r.ok ? [] : r.issues;
}

describe('GB 11643 citizen ID numbers', () => {
  it.each([
    [CITIZEN_ID, true],
    ['11010519491231002x', true],
    ['110105194912310021', false], // wrong check digit
    ['110105194902300027', false], // 30 February
    ['110105180012310023', false], // birth year before 1900
  ])('isCitizenId18(%s) is %s', (id, ok) => {
    expect(isCitizenId18(id)).toBe(ok);
  });

  it.each([
    ['110105491231002', true],
    ['110105491331002', false], // month 13
  ])('isCitizenId15(%s) is %s', (id, ok) => {
    expect(isCitizenId15(id)).toBe(ok);
  });
});

describe('GB 32100 unified social credit codes', () => {
  it.each([
    ['91350100M000100Y43', true],
    [CREDIT_CODE, true],
    ['91000000000000001P', false], // wrong check character
    ['9100000000000000IN', false], // I is not in the code set
    ['91000000000000001', false], // 17 characters
  ])('isCreditCode(%s) is %s', (code, ok) => {
    expect(isCreditCode(code)).toBe(ok);
  });
});

describe('privacyProblem(value)', () => {
  it.each([
    [`身份证号${CITIZEN_ID}`, /citizen ID/],
    ['老身份证 110105491231002', /15-digit/],
    ['联系电话13800138000', /mobile/],
    ['电话 138 0013 8000', /mobile/],
    ['电话 +86-138-0013-8000', /mobile/],
  ])('finds a personal number in "%s"', (value, reason) => {
    expect(privacyProblem(value)).toMatch(reason);
  });

  it.each([
    ['罚款 500000 元'],
    ['示例环罚〔2025〕001号'],
    ['12800138000123'], // 14 digits: not a mobile number
    ['2025-03-01'],
    ['110105194912310021'], // 18 digits whose check digit fails
    [''],
  ])('leaves "%s" alone', (value) => {
    expect(privacyProblem(value)).toBeNull();
  });
});

describe('checkSourceUrl(url, sample)', () => {
  it.each([
    ['javascript:alert(1)', true, /scheme "javascript:"/],
    ['data:text/html,<b>x</b>', true, /scheme "data:"/],
    ['file:///etc/passwd', false, /scheme "file:"/],
    ['http://example.org/x', true, /government hosts/],
    ['/relative/path', true, /absolute https/],
    ['https://www.zhumadian.gov.cn/x', true, /reserved example host/],
    ['https://example.org/x', false, /not an example host/],
  ])('rejects %s (sample: %s)', (url, sample, reason) => {
    expect(checkSourceUrl(url, sample)).toMatch(reason);
  });

  it('accepts https: and flags http: on a government host as insecure', () => {
    expect(checkSourceUrl('https://example.org/sample/1.html', true)).toEqual({
      url: 'https://example.org/sample/1.html',
      insecure: false,
    });
    expect(checkSourceUrl('http://www.xiping.gov.cn/a.html', false)).toEqual({
      url: 'http://www.xiping.gov.cn/a.html',
      insecure: true,
    });
  });
});

describe('parseCases(text, file, townships)', () => {
  it('reads a valid row into a typed record (penalty in fen)', () => {
    const r = parseCases(casesCsv([caseRow({ penalty_cny: '1234.5' })]), FILE, TOWNSHIPS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records[0]).toMatchObject({
      slug: 'sample-2025-001',
      penaltyFen: 123450,
      measures: ['fine', 'rectify'],
      creditCode: CREDIT_CODE,
      typical: false,
      sample: true,
      line: 2,
    });
  });

  it.each(CASE_COLUMNS.filter((c) => !['credit_code', 'penalty_cny'].includes(c)))(
    'rejects a citizen ID number in the %s column, naming file, line and column',
    (column) => {
      const issues = issuesOf([
        caseRow(),
        caseRow({ slug: 'sample-2025-002', decision_no: 'B', [column]: `x${CITIZEN_ID}x` }),
      ]);
      const privacy = issues.find((i) => /citizen ID/.test(i.reason));
      expect(privacy).toMatchObject({
        file: FILE,
        line: 3,
        column: CASE_COLUMNS.indexOf(column) + 1,
        columnName: column,
      });
    },
  );

  it.each(CASE_COLUMNS.filter((c) => c !== 'penalty_cny'))(
    'rejects a mobile number in the %s column',
    (column) => {
      const issues = issuesOf([caseRow({ [column]: '电话13912345678' })]);
      expect(issues.find((i) => /mobile/.test(i.reason))).toMatchObject({
        line: 2,
        column: CASE_COLUMNS.indexOf(column) + 1,
      });
    },
  );

  it('does not mistake a valid credit code in its own column for an ID, but rejects an ID there', () => {
    expect(issuesOf([caseRow()])).toEqual([]);
    const issues = issuesOf([caseRow({ credit_code: CITIZEN_ID })]);
    expect(issues.some((i) => i.columnName === 'credit_code' && /citizen ID/.test(i.reason))).toBe(
      true,
    );
  });

  it('counts lines through a quoted cell that spans lines', () => {
    const rows = [
      caseRow({ summary: '第一行\n第二行' }),
      caseRow({ slug: 'sample-2025-002', decision_no: 'B', category: 'no-such' }),
    ];
    const issue = issuesOf(rows)[0];
    expect(issue).toMatchObject({
      line: 4,
      columnName: 'category',
      column: CASE_COLUMNS.indexOf('category') + 1,
    });
    expect(issue?.reason).toMatch(/expected one of no-permit/);
  });

  it.each<[string, Partial<CaseRow>, (typeof CASE_COLUMNS)[number], RegExp]>([
    ['an unknown category', { category: 'littering' }, 'category', /expected one of/],
    ['a non-ASCII slug', { slug: '示例〔2025〕1' }, 'slug', /ASCII slug/],
    ['a reserved slug', { slug: 'burning' }, 'slug', /reserved/],
    ['an impossible date', { decision_date: '2025-02-29' }, 'decision_date', /YYYY-MM-DD/],
    [
      'a publication before the decision',
      { published_date: '2025-02-01' },
      'published_date',
      /on or after decision_date/,
    ],
    ['an unknown township', { township: 'elsewhere' }, 'township', /townships.csv/],
    ['a fine without an amount', { penalty_cny: '' }, 'penalty_cny', /expected the amount/],
    ['an amount without a fine', { measures: 'rectify' }, 'penalty_cny', /no fine/],
    ['an amount with separators', { penalty_cny: '200,000' }, 'penalty_cny', /no separators/],
    ['an unknown measure', { measures: 'fine;flogging' }, 'measures', /separated by ";"/],
    [
      'an enterprise without a credit code',
      { credit_code: '' },
      'credit_code',
      /unified social credit code/,
    ],
    [
      'a credit code with a bad check character',
      { credit_code: '91000000000000001P' },
      'credit_code',
      /check character/,
    ],
    [
      'an individual business with a code',
      { entity_type: 'individual-business' },
      'credit_code',
      /named as published/,
    ],
    [
      'a completed rectification without a date',
      { rectification_date: '' },
      'rectification_date',
      /date it was completed/,
    ],
    [
      'a revocation without a note',
      { revoked_date: '2025-05-01' },
      'revocation_note',
      /needs a note/,
    ],
    ['a javascript: URL', { source_url: 'javascript:alert(1)' }, 'source_url', /not allowed/],
    [
      'a sample entity without the fictitious mark',
      { entity_name: '示例建材有限公司' },
      'entity_name',
      /obviously fictitious/,
    ],
    ['a typical flag that is not true/false', { typical: 'yes' }, 'typical', /true or false/],
    ['a cell with surrounding spaces', { legal_basis: ' 第九十九条' }, 'legal_basis', /spaces/],
  ])('rejects %s', (_what, over, column, reason) => {
    const issue = issuesOf([caseRow(over)]).find((i) => i.columnName === column);
    expect(issue, JSON.stringify(issuesOf([caseRow(over)]))).toBeDefined();
    expect(issue).toMatchObject({ file: FILE, line: 2, column: CASE_COLUMNS.indexOf(column) + 1 });
    expect(issue?.reason).toMatch(reason);
  });

  it('rejects duplicate slugs and decision numbers, naming the first line', () => {
    const issues = issuesOf([caseRow(), caseRow()]);
    expect(issues.map((i) => [i.line, i.columnName, i.reason])).toEqual([
      [3, 'slug', 'duplicate slug (first on line 2)'],
      [3, 'decision_no', 'duplicate decision number (first on line 2)'],
    ]);
  });

  it('rejects one entity id with two different credit codes, and one credit code under two ids', () => {
    const other = '910000000000000242';
    expect(isCreditCode(other)).toBe(true);
    const a = issuesOf([caseRow(), caseRow({ slug: 's2', decision_no: 'B', credit_code: other })]);
    expect(
      a.some((i) => i.columnName === 'entity_id' && /differs from line 2/.test(i.reason)),
    ).toBe(true);
    const b = issuesOf([
      caseRow(),
      caseRow({ slug: 's2', decision_no: 'B', entity_id: 'sample-b' }),
    ]);
    expect(
      b.some((i) => i.columnName === 'credit_code' && /one entity, one id/.test(i.reason)),
    ).toBe(true);
  });

  it('reports a missing column as a structural issue of the header', () => {
    const text = casesCsv([caseRow()]).replace('summary,', '').replace(',颗粒物超标（样例）', '');
    const r = parseCases(text, FILE, TOWNSHIPS);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ line: 1, reason: 'missing required column "summary"' });
  });

  it('reads the optional English glosses, and refuses one without its Chinese text', () => {
    const withEn = (summary: string, summaryEn: string, noteEn = ''): string =>
      `${CASE_COLUMNS.join(',')},summary_en,revocation_note_en\n` +
      `${CASE_COLUMNS.map((c) => quote(caseRow({ summary })[c])).join(',')},${quote(summaryEn)},${quote(noteEn)}\n`;
    const ok = parseCases(
      withEn('颗粒物超标（样例）', 'Particulates above the limit'),
      FILE,
      TOWNSHIPS,
    );
    expect(ok.ok && ok.records[0]).toMatchObject({
      summaryEn: 'Particulates above the limit',
      revocationNoteEn: null,
    });
    const without = parseCases(casesCsv([caseRow()]), FILE, TOWNSHIPS);
    expect(without.ok && without.records[0]).toMatchObject({ summaryEn: '' });
    const orphan = parseCases(withEn('', 'English only'), FILE, TOWNSHIPS);
    expect(orphan.ok ? [] : orphan.issues.map((i) => i.columnName)).toEqual(['summary_en']);
    const note = parseCases(withEn('x', '', 'Revoked on review'), FILE, TOWNSHIPS);
    expect(note.ok ? [] : note.issues.map((i) => i.columnName)).toEqual(['revocation_note_en']);
  });

  it('reports a row with the wrong number of cells', () => {
    const r = parseCases(`${CASE_COLUMNS.join(',')}\na,b\n`, FILE, TOWNSHIPS);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        file: FILE,
        line: 2,
        column: 0,
        columnName: '',
        value: '',
        reason: `expected ${CASE_COLUMNS.length} cells, found 2`,
      },
    ]);
  });
});

describe('parseTownships and parseBurningPoints', () => {
  it('requires sample townships to carry the fictitious mark', () => {
    const r = parseTownships(
      'id,name_zh,name_en,sample\nsample-east,示例东乡,Sample East,true\n',
      'townships.csv',
    );
    expect(r.ok ? [] : r.issues).toMatchObject([{ line: 2, column: 2, columnName: 'name_zh' }]);
  });

  const head = BURNING_COLUMNS.join(',');
  it('reads fire points and accepts an empty (unpublished) deduction', () => {
    const r = parseBurningPoints(
      `${head}\n2025-06-01,sample-east,straw,2,,https://example.org/b,,true\n`,
      'b.csv',
      TOWNSHIPS,
    );
    expect(r.ok && r.records).toEqual([
      {
        date: '2025-06-01',
        township: 'sample-east',
        kind: 'straw',
        points: 2,
        deductionCny: null,
        source: { url: 'https://example.org/b', insecure: false },
        note: '',
        noteEn: '',
        sample: true,
      },
    ]);
  });

  it('reads the optional English note, only with its Chinese note', () => {
    const withEn = `${head},note_en\n2025-06-01,sample-east,straw,1,,,未公开（样例）,true,Not published (sample)\n`;
    const r = parseBurningPoints(withEn, 'b.csv', TOWNSHIPS);
    expect(r.ok && r.records[0]).toMatchObject({ noteEn: 'Not published (sample)' });
    const orphan = parseBurningPoints(
      `${head},note_en\n2025-06-01,sample-east,straw,1,,,,true,English only\n`,
      'b.csv',
      TOWNSHIPS,
    );
    expect(orphan.ok ? [] : orphan.issues.map((i) => i.columnName)).toEqual(['note_en']);
  });

  it.each<[string, string, string]>([
    ['2025-06-01,sample-east,straw,1.5,,,,true', 'points', 'whole number'],
    ['2025-06-01,sample-east,tyres,1,,,,true', 'kind', 'expected one of straw, other'],
    ['2025-06-01,nowhere,straw,1,,,,true', 'township', 'townships.csv'],
    ['2025-06-01,sample-east,straw,1,,,联系人13800138000,true', 'note', 'mobile'],
  ])('rejects %s in column %s', (line, column, reason) => {
    const r = parseBurningPoints(`${head}\n${line}\n`, 'b.csv', TOWNSHIPS);
    const issue = r.ok ? undefined : r.issues.find((i) => i.columnName === column);
    expect(issue?.reason).toContain(reason);
    expect(issue).toMatchObject({
      file: 'b.csv',
      line: 2,
      column: BURNING_COLUMNS.indexOf(column as (typeof BURNING_COLUMNS)[number]) + 1,
    });
  });

  it('rejects the same date, township and kind twice', () => {
    const row = '2025-06-01,sample-east,straw,1,500000,,,true';
    const r = parseBurningPoints(`${head}\n${row}\n${row}\n`, 'b.csv', TOWNSHIPS);
    expect(r.ok ? [] : r.issues.map((i) => i.reason)).toEqual([
      'duplicate date, township and kind (first on line 2); one row each',
    ]);
  });
});

describe('readEnforcementFolder(dataDir)', () => {
  it('accepts the bundled sample data', async () => {
    const r = await readEnforcementFolder('data');
    expect(r.cases.length).toBeGreaterThanOrEqual(30);
    expect(
      r.cases.every(
        (c) =>
          c.sample &&
          c.entityName.includes('（虚构）') &&
          c.source.url.startsWith('https://example.org/'),
      ),
    ).toBe(true);
  });

  it('throws one message that lists every problem as file:line:column (name)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'enf-'));
    mkdirSync(join(dir, 'enforcement'));
    writeFileSync(
      join(dir, 'enforcement', 'townships.csv'),
      'id,name_zh,name_en,sample\nsample-east,示例东乡（虚构）,Sample East (fictitious),true\n',
    );
    writeFileSync(
      join(dir, 'enforcement', 'cases.csv'),
      casesCsv([caseRow({ summary: `当事人身份证${CITIZEN_ID}` })]),
    );
    writeFileSync(join(dir, 'enforcement', 'burning-points.csv'), `${BURNING_COLUMNS.join(',')}\n`);
    const file = join(dir, 'enforcement', 'cases.csv');
    await expect(readEnforcementFolder(dir)).rejects.toThrow(
      `${file}:2:${CASE_COLUMNS.indexOf('summary') + 1} (summary): a citizen ID number`,
    );
  });

  it('names the missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'enf-'));
    await expect(readEnforcementFolder(dir)).rejects.toThrow(/townships\.csv is missing/);
  });
});
