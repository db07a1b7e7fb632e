import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../lib/xml-tree.ts';

describe("parseXml (the tests' XML checker: fast-xml-parser, plus the XML 1.0 rules it leaves out)", () => {
  it('parses elements, attributes, entities, character references and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2"><b>x &lt; y &#x4e2d; &#20013; &amp;lt;</b><c/><![CDATA[<raw>]]><!-- note --></a>\n',
    );
    expect(root.name).toBe('a');
    expect(root.attrs['x']).toBe('1 & 2');
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[0]?.text).toBe('x < y 中 中 &lt;');
    expect(root.text).toBe('<raw>');
  });

  it('keeps qualified names and namespace declarations as written', () => {
    const root = parseXml('<r xmlns="urn:x" xmlns:atom="urn:a"><atom:link href="h"/></r>');
    expect(root.attrs).toEqual({ xmlns: 'urn:x', 'xmlns:atom': 'urn:a' });
    expect(root.children[0]).toMatchObject({ name: 'atom:link', attrs: { href: 'h' } });
  });

  // Found by fast-xml-parser's XMLValidator (its messages).
  it.each([
    ['<a><b></a>', "Expected closing tag 'b'"],
    ['<a>', "Unclosed tag 'a'"],
    ['<a>x & y</a>', "char '&' is not expected"],
    ['<a x=1/>', "Attribute 'x' is without value"],
    ['<a x="1" x="2"/>', "Attribute 'x' is repeated"],
    ['<a></a><b></b>', 'Multiple possible root nodes found'],
    ['<a></a>text', 'Extra text at the end'],
    ['text', "char 't' is not expected"],
  ])('refuses %j (%s)', (src, message) => {
    expect(() => parseXml(src)).toThrow(message);
  });

  // XML 1.0 rules XMLValidator 5.12 accepts, checked by parseXml itself.
  it.each([
    ['<a>&nbsp;</a>', 'undefined entity &nbsp;'],
    ['<a x="&foo;"/>', 'undefined entity &foo;'],
    ['<a>&#0;</a>', 'bad character reference &#0;'],
    ['<a>\u0001</a>', 'character U+0001 is not allowed'],
    ['<!DOCTYPE a><a/>', 'DOCTYPE is not supported'],
    ['<a/><b/>', 'content after the root element'],
    ['<a/>text', 'text outside the root element'],
  ])('refuses %j (%s)', (src, message) => {
    expect(() => parseXml(src)).toThrow(message);
  });

  it('takes "&" literally inside CDATA and comments', () => {
    expect(parseXml('<a><![CDATA[&nbsp;]]><!-- &c; --></a>').text).toBe('&nbsp;');
  });

  it('names the line and column of the error', () => {
    expect(() => parseXml('<a>\n  <b>\n</a>')).toThrow(
      /line 3, column 1: Expected closing tag 'b' \(opened in line 2, col 3\)/,
    );
    expect(() => parseXml('<a>\n  x &nbsp;</a>')).toThrow(/line 2, column 5: undefined entity/);
  });
});
