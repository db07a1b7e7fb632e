/**
 * The height of the embed snippet's iframe: tall enough for the whole compact embed page
 * (`/embed/<id>/`, styles in site.css `.embed`) at any width from 320 px up. The page is laid out
 * at build time from known CSS sizes; text lines are estimated with a conservative character
 * width (CJK 1 em, other 0.62 em), so the estimate errs tall. The browser test
 * (tests/browser/embed.test.ts) checks the result at 360, 640 and 1264 px.
 */

/** What the embed page shows, in the reader's language. */
export interface EmbedContent {
  /** The chart's drawing: the SVG's viewBox size, and its fixed CSS width if it has one (else it
   * fills the column). */
  readonly svg: { readonly width: number; readonly height: number; readonly cssWidth?: number };
  readonly title: string;
  readonly headline: string;
  /** The chart's own sample mark, if any. */
  readonly sampleMark?: string;
  /** The compact site sample banner's text, if any. */
  readonly banner?: string;
  /** The source line (source · data date · link to the chart's page). */
  readonly source: string;
}

const ROOT = 16;
/** The embed page's content is at most this wide (CSS `.embed { max-width }`). */
export const EMBED_MAX_WIDTH = 760;
/** Side padding of the embed page, each side (CSS `.embed { padding }`). */
export const EMBED_SIDE = 12;
const WIDTHS = [320, 360, 400, 480, 560, 640, 720, 800, 1264];

function textWidth(s: string, px: number): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? px : px * 0.62;
  return w;
}

/** Height of a text block of `px` font with `lineHeight`, wrapped at `width`. */
function block(s: string, px: number, lineHeight: number, width: number): number {
  if (s === '') return 0;
  return Math.ceil(textWidth(s, px) / width) * px * lineHeight;
}

/** The embed page's height at viewport width `viewport`. */
export function embedPageHeight(c: EmbedContent, viewport: number): number {
  const inner = Math.min(viewport, EMBED_MAX_WIDTH) - 2 * EMBED_SIDE;
  const banner = c.banner ? block(c.banner, 0.85 * ROOT, 1.5, inner) + 0.8 * ROOT + 2 : 0;
  const title = block(c.title, 1.1 * ROOT, 1.3, inner) + 0.5 * ROOT * 2;
  const headline = block(c.headline, ROOT, 1.5, inner) + 0.4 * ROOT;
  const mark = c.sampleMark
    ? block(c.sampleMark, ROOT, 1.6, inner - ROOT - 2) + 0.2 * ROOT + 2 + 0.5 * ROOT
    : 0;
  const drawnWidth = c.svg.cssWidth ?? inner;
  const chart = (c.svg.height * drawnWidth) / c.svg.width;
  const table = 24 + 0.3 * ROOT + 0.4 * ROOT;
  const source = block(c.source, 0.9 * ROOT, 1.6, inner) + 0.8 * ROOT;
  const padding = 0.5 * ROOT * 2;
  return banner + title + headline + mark + chart + table + source + padding;
}

/** The iframe height: the tallest the page gets over the widths it is shown at, plus a margin. */
export function embedHeight(c: EmbedContent): number {
  return Math.ceil(Math.max(...WIDTHS.map((w) => embedPageHeight(c, w))) + 16);
}
