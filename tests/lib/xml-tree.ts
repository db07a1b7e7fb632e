// XML for the tests (feeds, sitemap, SVG) through fast-xml-parser: XMLValidator.validate for
// well-formedness, with the line and column of the first error, and XMLParser (preserveOrder)
// for the element tree. A few XML 1.0 rules the validator does not enforce are checked here too:
// characters XML forbids, entity references other than the five predefined ones and character
// references (no DTD), a DOCTYPE, and exactly one root element with nothing but markup around it.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** The qualified name as written ("atom:link"). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text content directly inside this element, CDATA included (entities decoded). */
  readonly text: string;
}

function position(src: string, index: number): { line: number; col: number } {
  const before = src.slice(0, index);
  return { line: before.split('\n').length, col: index - before.lastIndexOf('\n') };
}

function fail(line: number, col: number, msg: string): never {
  throw new Error(`XML not well-formed at line ${line}, column ${col}: ${msg}`);
}

const failAt = (src: string, index: number, msg: string): never => {
  const { line, col } = position(src, index);
  return fail(line, col, msg);
};

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const isXmlChar = (n: number): boolean =>
  n === 0x9 ||
  n === 0xa ||
  n === 0xd ||
  (n >= 0x20 && n <= 0xd7ff) ||
  (n >= 0xe000 && n <= 0xfffd) ||
  (n >= 0x10000 && n <= 0x10ffff);
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function checkExtraRules(src: string): void {
  const bad = FORBIDDEN_CHAR.exec(src);
  if (bad !== null)
    failAt(
      src,
      bad.index,
      `character U+${(bad[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} is not allowed in XML`,
    );
  // References, outside CDATA sections and comments (where "&" is literal).
  const masked = src.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) =>
    ' '.repeat(m.length),
  );
  const doctype = masked.indexOf('<!DOCTYPE');
  if (doctype >= 0) failAt(src, doctype, 'DOCTYPE is not supported by this checker');
  for (const m of masked.matchAll(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/g)) {
    const ref = m[1] ?? '';
    if (ref.startsWith('#')) {
      const n = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlChar(n)) failAt(src, m.index, `bad character reference &${ref};`);
    } else if (!PREDEFINED.has(ref)) failAt(src, m.index, `undefined entity &${ref};`);
  }
  // XMLParser drops text after a self-closed root ("<a/>text"): nothing but space may follow the
  // last markup.
  const end = masked.lastIndexOf('>') + 1;
  const trailing = /\S/.exec(masked.slice(end));
  if (trailing !== null) failAt(src, end + trailing.index, 'text outside the root element');
}

type Node = Record<string, unknown>;
const ATTRS = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decodes character references (&#x4e2d;); other named entities are refused above.
  htmlEntities: true,
});

const textOf = (nodes: readonly Node[]): string =>
  nodes
    .map((n) =>
      '#text' in n ? String(n['#text']) : '#cdata' in n ? textOf(n['#cdata'] as Node[]) : '',
    )
    .join('');

function toElement(node: Node): XmlElement {
  const name = Object.keys(node).find((k) => k !== ATTRS);
  if (name === undefined) throw new Error('fast-xml-parser gave a node without a name');
  const kids = node[name] as Node[];
  return {
    name,
    attrs: (node[ATTRS] as Record<string, string> | undefined) ?? {},
    children: kids.filter((k) => !('#text' in k) && !('#cdata' in k)).map(toElement),
    text: textOf(kids),
  };
}

/** The root element of `src`; throws "XML not well-formed at line L, column C: …" if it is not. */
export function parseXml(src: string): XmlElement {
  const valid = XMLValidator.validate(src);
  if (valid !== true) fail(valid.err.line, valid.err.col, valid.err.msg);
  checkExtraRules(src);
  const top = parser.parse(src) as Node[];
  const stray = top.find(
    (n) => ('#text' in n && String(n['#text']).trim() !== '') || '#cdata' in n,
  );
  if (stray !== undefined) failAt(src, src.length, 'text outside the root element');
  const elements = top.filter((n) => !('#text' in n));
  if (elements.length !== 1)
    failAt(
      src,
      src.length,
      elements.length === 0 ? 'no root element' : 'content after the root element',
    );
  return toElement(elements[0] as Node);
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
