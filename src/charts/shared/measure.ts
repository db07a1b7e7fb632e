/**
 * Text width estimates without a DOM: CJK and full-width glyphs count 1 em, everything else
 * ~0.55 em. Good enough for margins, truncation and collision checks; never used for kerning.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]|[\ud840-\ud87f][\udc00-\udfff]/u;

export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) em += isWide(ch) ? 1 : 0.55;
  return em * fontSize;
}

/** Cut `s` to fit `maxWidth`, ending in "…" when cut. */
export function truncate(s: string, maxWidth: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  let out = '';
  const budget = maxWidth - textWidth('…', fontSize);
  for (const ch of s) {
    if (textWidth(out + ch, fontSize) > budget) break;
    out += ch;
  }
  return `${out}…`;
}

/** Greedy line wrapping by estimated width; CJK may break anywhere, Latin at spaces. */
export function wrap(s: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Tokens: a run of non-space Latin, a single wide glyph, or whitespace.
  const tokens =
    s.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]|\s+|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]+/gu,
    ) ?? [];
  for (const tok of tokens) {
    if (textWidth(line + tok, fontSize) <= maxWidth || line === '') {
      line += tok;
    } else {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(tok) ? '' : tok;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
