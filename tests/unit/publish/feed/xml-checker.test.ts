import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../lib/xml.ts';

describe("parseXml (the tests' well-formedness checker)", () => {
  it('parses elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2"><b>x &lt; y &#x4e2d;</b><c/><![CDATA[<raw>]]></a>\n',
    );
    expect(root.name).toBe('a');
    expect(root.attrs['x']).toBe('1 & 2');
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[0]?.text).toBe('x < y 中');
    expect(root.text).toBe('<raw>');
  });

  it.each([
    ['<a><b></a>', 'does not match'],
    ['<a>', 'unclosed element'],
    ['<a>&nbsp;</a>', 'undefined entity'],
    ['<a>x & y</a>', 'unterminated entity reference'],
    ['<a x=1/>', 'must be quoted'],
    ['<a x="1" x="2"/>', 'given twice'],
    ['<a/><b/>', 'content after the root element'],
    ['<a>\u0001</a>', 'not allowed'],
    ['<a b="<"/>', '"<" in an attribute value'],
    ['text', 'expected the root element'],
  ])('refuses %j (%s)', (src, message) => {
    expect(() => parseXml(src)).toThrow(message);
  });

  it('names the line and column of the error', () => {
    expect(() => parseXml('<a>\n  <b>\n</a>')).toThrow(
      /line 3, column \d+: end tag <\/a> does not match <b>/,
    );
  });
});
