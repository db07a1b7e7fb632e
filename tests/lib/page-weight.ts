// What one built page costs a reader on first load, from dist/ (deterministic: gzip level 9).
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';

export interface PageWeight {
  file: string;
  /** HTML + CSS + JS, gzip. */
  textGz: number;
  jsGz: number;
  /**
   * Images the page loads (<img>, icon), gzip when the server compresses them (SVG), else raw. Of
   * the lazy images (`loading="lazy"`, the gallery's previews) only the first few count: those in
   * the first viewport (one desktop row); the browser fetches the others as the reader scrolls.
   */
  images: number;
  /** textGz + images. */
  total: number;
  stylesheets: number;
  /** @font-face rules in the page's stylesheets (the budget is zero web fonts). */
  fontFaces: number;
}

const gzCache = new Map<string, number>();
function gz(rel: string): number {
  const hit = gzCache.get(rel);
  if (hit !== undefined) return hit;
  const bytes = readFileSync(join(DIST, rel));
  const n = /\.(html|css|js|svg)$/.test(rel) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
  gzCache.set(rel, n);
  return n;
}

/** Lazy images that may be in the first viewport: a row of the gallery's three-column grid. */
export const LAZY_IN_FIRST_VIEW = 3;

const all = (html: string, re: RegExp): string[] =>
  [...html.matchAll(re)].map((m) => (m[1] ?? '').replace(/^\//, ''));

export function pageWeight(file: string): PageWeight {
  const html = readFileSync(join(DIST, file), 'utf8');
  const css = all(html, /<link rel="stylesheet" href="(\/[^"]+)"/g);
  const js = all(html, /<script\b[^>]*\ssrc="(\/[^"]+)"/g);
  const tags = html.match(/<img\b[^>]*>/g) ?? [];
  const lazy = tags.filter((t) => /\sloading="lazy"/.test(t)).slice(LAZY_IN_FIRST_VIEW);
  const img = [
    ...all(tags.filter((t) => !lazy.includes(t)).join(''), /<img\b[^>]*\ssrc="(\/[^"]+)"/g),
    ...all(html, /<link rel="icon" href="(\/[^"]+)"/g),
  ];
  const jsGz = js.reduce((n, f) => n + gz(f), 0);
  const textGz = gzipSync(html, { level: 9 }).length + css.reduce((n, f) => n + gz(f), 0) + jsGz;
  const images = img.reduce((n, f) => n + gz(f), 0);
  const fontFaces = css.reduce(
    (n, f) => n + (readFileSync(join(DIST, f), 'utf8').match(/@font-face/g) ?? []).length,
    0,
  );
  return { file, textGz, jsGz, images, total: textGz + images, stylesheets: css.length, fontFaces };
}
