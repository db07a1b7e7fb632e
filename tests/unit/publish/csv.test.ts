/** The one CSV policy (src/publish/csv.ts), read back by papaparse as a spreadsheet would. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLine, csvRows } from '../../../src/publish/csv.ts';

describe('csvDocument / csvLine', () => {
  it('quotes only when a field needs it (RFC 4180 §2.6–2.7) and ends every row with LF', () => {
    expect(
      csvDocument(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', ' padded '],
        ],
      ),
    ).toBe('a,b\n"x, y","say ""hi"""\n"line\nbreak"," padded "\n');
  });

  it('writes missing as an empty field, never 0, and numbers as JavaScript prints them', () => {
    expect(csvLine([null, undefined, 0, -3, 1.25, 1e-7, true, false, ''])).toBe(
      ',,0,-3,1.25,1e-7,true,false,\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+A1', `"'+A1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    // After leading spaces or a line break: importers that trim would run these too.
    [' =1+1', `"' =1+1"`],
    ['  +A1', `"'  +A1"`],
    ['\n@SUM(A1)', `"'\n@SUM(A1)"`],
  ])('guards the text cell %j so spreadsheets show it as text', (cell, out) => {
    expect(csvLine([cell])).toBe(`${out}\n`);
  });

  it('does not guard numbers, text that is a plain number, a lone "=" or text with = inside', () => {
    // -5 in a numeric field and "-1" / " -3 " as text: a spreadsheet reads numbers, runs nothing.
    expect(csvLine([-5, '-1', '+2.5', '-1e-3', ' -3 ', '=', '<=', 'a=b', '1-2', ' x'])).toBe(
      '-5,-1,+2.5,-1e-3," -3 ",=,<=,a=b,1-2," x"\n',
    );
    expect(csvLine(['-1;DROP', '==1', '-', '+'])).toBe(`"'-1;DROP","'==1","'-","'+"\n`);
  });

  it('refuses NaN and Infinity, naming row and column', () => {
    expect(() =>
      csvDocument(
        ['a', 'b'],
        [
          [1, 2],
          [3, Number.NaN],
        ],
      ),
    ).toThrow(/CSV row 3, column 2: expected a finite number or empty, got NaN/);
    expect(() => csvLine([Infinity])).toThrow(/column 1/);
  });

  it('round-trips through papaparse: every cell comes back (guarded ones with their apostrophe)', () => {
    const rows = [
      ['站点', 'note'],
      ['西平县 "A"', 'x,y'],
      ['=1+1', 'multi\nline'],
      ['', '  '],
    ];
    const text = csvDocument(rows[0] as string[], rows.slice(1));
    const back = Papa.parse<string[]>(text, { newline: '\n', skipEmptyLines: false }).data;
    expect(back.slice(0, -1)).toEqual([
      ['站点', 'note'],
      ['西平县 "A"', 'x,y'],
      ["'=1+1", 'multi\nline'],
      ['', '  '],
    ]);
    expect(back.at(-1)).toEqual(['']); // the final LF
  });

  it('an empty row list is an empty string; csvDocument still writes the header', () => {
    expect(csvRows([])).toBe('');
    expect(csvDocument(['a'], [])).toBe('a\n');
  });
});
