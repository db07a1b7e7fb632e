/** Escaping for the SVG/HTML strings the renderers write (text nodes and quoted attributes). */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text content: `&`, `<`, `>`. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/** Escape a value for a double-quoted attribute: also `"` and `'`. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
