/**
 * The gallery's previews: each chart's own exported SVG (`/charts/<id>/<id>.<lang>.svg`), shown
 * as a lazy `<img>` whose width and height come from the file, so nothing shifts when it loads.
 */
import type { ChartSpec, Lang } from '../../charts/shared/types.ts';
import { chartDownloads } from './schema.ts';
import { GALLERY_TEXT } from './text.ts';

export interface Preview {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** The width and height attributes of an SVG file's root element. */
export function svgFileSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string): number =>
    Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = num('width');
  const height = num('height');
  if (!(width > 0 && height > 0))
    throw new Error(`SVG without width and height: ${root.slice(0, 120)}`);
  return { width: Math.round(width), height: Math.round(height) };
}

/** The preview of `spec` in `lang`; `readFile` reads a file of the published site by its path. */
export function chartPreview(
  spec: ChartSpec,
  lang: Lang,
  readFile: (path: string) => string,
): Preview {
  const src = chartDownloads(spec.meta.id, lang).svg;
  const size = svgFileSize(readFile(src.slice(1)));
  return {
    src,
    ...size,
    alt: GALLERY_TEXT[lang].previewAlt.replace('{title}', spec.meta.title[lang]),
  };
}
