// A small, strict XML 1.0 well-formedness parser for the tests (feeds, sitemap): elements,
// attributes, text, comments, CDATA, the XML declaration and processing instructions; the five
// predefined entities and character references only; no DTD. It scans characters one by one and
// throws with the line and column of the first error, so a broken feed names where it broke.

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text content directly inside this element (entities decoded). */
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function isNameStart(c: string): boolean {
  const n = c.charCodeAt(0);
  return (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || c === '_' || c === ':' || n >= 0xc0;
}
function isNameChar(c: string): boolean {
  const n = c.charCodeAt(0);
  return isNameStart(c) || (n >= 48 && n <= 57) || c === '-' || c === '.' || n === 0xb7;
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
function isCharAllowed(n: number): boolean {
  return (
    n === 0x9 ||
    n === 0xa ||
    n === 0xd ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    n >= 0x10000
  );
}

interface Building {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    const before = src.slice(0, i);
    const line = before.split('\n').length;
    const col = i - before.lastIndexOf('\n');
    throw new Error(`XML not well-formed at line ${line}, column ${col}: ${msg}`);
  };
  const peek = (s: string): boolean => src.startsWith(s, i);
  const expect = (s: string): void => {
    if (!peek(s)) fail(`expected "${s}"`);
    i += s.length;
  };
  const skipSpace = (): void => {
    while (isSpace(src[i])) i++;
  };
  const name = (): string => {
    const start = i;
    if (i >= src.length || !isNameStart(src[i] ?? '')) fail('expected a name');
    i++;
    while (i < src.length && isNameChar(src[i] ?? '')) i++;
    return src.slice(start, i);
  };
  const reference = (): string => {
    expect('&');
    const end = src.indexOf(';', i);
    if (end < 0 || end - i > 10) fail('unterminated entity reference');
    const ref = src.slice(i, end);
    i = end + 1;
    if (ref.startsWith('#x')) {
      const n = Number.parseInt(ref.slice(2), 16);
      if (!Number.isFinite(n) || !isCharAllowed(n) || ref.length < 3)
        fail(`bad character reference &${ref};`);
      return String.fromCodePoint(n);
    }
    if (ref.startsWith('#')) {
      const n = Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(n) || !isCharAllowed(n) || ref.length < 2)
        fail(`bad character reference &${ref};`);
      return String.fromCodePoint(n);
    }
    const v = ENTITIES[ref];
    if (v === undefined) fail(`undefined entity &${ref};`);
    return v ?? '';
  };
  const checkChars = (s: string): void => {
    for (const ch of s)
      if (!isCharAllowed(ch.codePointAt(0) ?? 0))
        fail(`character U+${(ch.codePointAt(0) ?? 0).toString(16)} is not allowed in XML`);
  };
  const misc = (): void => {
    for (;;) {
      skipSpace();
      if (peek('<!--')) {
        const end = src.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        if (src.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
        i = end + 3;
      } else if (peek('<?')) {
        i += 2;
        const target = name();
        if (target.toLowerCase() === 'xml') fail('XML declaration not at the start');
        const end = src.indexOf('?>', i);
        if (end < 0) fail('unterminated processing instruction');
        i = end + 2;
      } else return;
    }
  };

  if (src.charCodeAt(0) === 0xfeff) i = 1;
  if (peek('<?xml')) {
    i += 5;
    const end = src.indexOf('?>', i);
    if (end < 0) fail('unterminated XML declaration');
    const decl = src.slice(i, end);
    if (!decl.includes('version=')) fail('XML declaration without version');
    i = end + 2;
  }
  misc();
  if (peek('<!DOCTYPE')) fail('DOCTYPE is not supported by this checker');

  const stack: Building[] = [];
  const out: { root: XmlElement | null } = { root: null };
  const close = (): void => {
    const el = stack.pop();
    if (el === undefined) return;
    const done: XmlElement = {
      name: el.name,
      attrs: el.attrs,
      children: el.children,
      text: el.text,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(done);
    else out.root = done;
  };

  if (!peek('<')) fail('expected the root element');
  while (i < src.length) {
    if (peek('</')) {
      i += 2;
      const n = name();
      skipSpace();
      expect('>');
      const open = stack.at(-1);
      if (!open) fail(`end tag </${n}> without a start tag`);
      if (open && open.name !== n) fail(`end tag </${n}> does not match <${open.name}>`);
      close();
      if (stack.length === 0) break;
    } else if (peek('<!--')) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (peek('<![CDATA[')) {
      const end = src.indexOf(']]>', i);
      if (end < 0) fail('unterminated CDATA section');
      const top = stack.at(-1);
      if (!top) fail('CDATA outside the root element');
      const body = src.slice(i + 9, end);
      checkChars(body);
      if (top) top.text += body;
      i = end + 3;
    } else if (peek('<?')) {
      const end = src.indexOf('?>', i);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else if (peek('<')) {
      i++;
      const n = name();
      const attrs: Record<string, string> = {};
      for (;;) {
        const hadSpace = isSpace(src[i]);
        skipSpace();
        if (peek('/>') || peek('>')) break;
        if (!hadSpace) fail('expected whitespace before an attribute');
        const a = name();
        skipSpace();
        expect('=');
        skipSpace();
        const q = src[i];
        if (q !== '"' && q !== "'") fail('attribute value must be quoted');
        i++;
        let v = '';
        while (i < src.length && src[i] !== q) {
          if (src[i] === '<') fail('"<" in an attribute value');
          if (src[i] === '&') v += reference();
          else v += src[i++];
        }
        expect(q ?? '"');
        if (a in attrs) fail(`attribute ${a} given twice`);
        checkChars(v);
        attrs[a] = v;
      }
      if (stack.length === 0 && out.root !== null) fail('a second root element');
      stack.push({ name: n, attrs, children: [], text: '' });
      if (peek('/>')) {
        i += 2;
        close();
        if (stack.length === 0) break;
      } else expect('>');
    } else {
      const top = stack.at(-1);
      if (!top) fail('text outside the root element');
      let t = '';
      while (i < src.length && src[i] !== '<') {
        if (src[i] === '&') t += reference();
        else {
          if (peek(']]>')) fail('"]]>" in text');
          t += src[i++];
        }
      }
      checkChars(t);
      if (top) top.text += t;
    }
  }
  if (stack.length > 0) fail(`unclosed element <${stack.at(-1)?.name ?? ''}>`);
  misc();
  if (i < src.length) fail('content after the root element');
  if (out.root === null) return fail('no root element');
  return out.root;
}

/** Children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The one child named `name`; throws when there is none or more than one. */
export function onlyChild(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  if (found.length !== 1)
    throw new Error(`<${el.name}> has ${found.length} <${name}> children, expected 1`);
  const [one] = found;
  if (one === undefined) throw new Error('unreachable');
  return one;
}
