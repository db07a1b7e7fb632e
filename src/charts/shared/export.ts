/**
 * Downloadable images. The exported SVG is the inline chart plus a footer that makes it cite
 * itself (title, source, data date, permalink, CSV hash, sample mark); the PNG is that SVG
 * rasterised at 2× by resvg with the CJK font loaded explicitly, so output does not depend on
 * the machine's fontconfig: by default Noto Sans SC from the npm package
 * @expo-google-fonts/noto-sans-sc (SIL Open Font License 1.1), pinned in package-lock.json, so
 * every machine that ran `npm ci` draws the same PNG bytes.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { permalinkIn } from './cite.ts';
import { csvHash } from './hash.ts';
import { wrap } from './measure.ts';
import { renderChart, svgSize } from './render-chart.ts';
import { STRINGS } from './strings.ts';
import { tag, text } from './svg.ts';
import { THEME } from './theme.ts';
import type { ChartSpec, Lang, Size } from './types.ts';

const LINE = 15;
const PAD = 8;
/**
 * The narrowest exported image: a sparkline (120 px) widens to this so its footer (title, source,
 * permalink, data version) wraps into readable lines; the chart keeps its size at the left.
 */
export const MIN_EXPORT_WIDTH = 360;

export function exportSvg(spec: ChartSpec, lang: Lang, size?: Size): string {
  const chart = renderChart(spec, lang, size);
  const drawn = svgSize(chart);
  const width = Math.max(drawn.width, MIN_EXPORT_WIDTH);
  const height = drawn.height;
  const m = spec.meta;
  const fs = THEME.font.small;
  const colon = lang === 'zh' ? '：' : ': ';
  const lines: { s: string; bold?: boolean; fill?: string }[] = [
    ...wrap(m.title[lang], width - 2 * PAD, fs).map((s) => ({ s, bold: true })),
    ...wrap(
      `${STRINGS.source[lang]}${colon}${m.source[lang]} · ${STRINGS.dataDate[lang]} ${m.dataDate}`,
      width - 2 * PAD,
      fs,
    ).map((s) => ({ s })),
    ...wrap(
      `${permalinkIn(m, lang)} · ${STRINGS.dataVersion[lang]} ${csvHash(m.csv)}`,
      width - 2 * PAD,
      fs,
    ).map((s) => ({ s })),
    ...(m.sample ? [{ s: STRINGS.sampleDataLong[lang], bold: true, fill: THEME.sampleMark }] : []),
  ];
  const footerH = PAD + lines.length * LINE + PAD / 2;
  const footer = tag(
    'g',
    { class: 'export-footer', 'font-size': fs, fill: THEME.muted },
    tag('line', { x1: PAD, x2: width - PAD, y1: height + 2, y2: height + 2, stroke: THEME.grid }) +
      lines
        .map((l, i) =>
          text(
            {
              x: PAD,
              y: height + PAD + (i + 1) * LINE - 4,
              'font-weight': l.bold ? 'bold' : undefined,
              fill: l.fill ?? (l.bold ? THEME.text : undefined),
            },
            l.s,
          ),
        )
        .join(''),
  );
  const total = height + footerH;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    tag(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${width} ${total}`,
        width,
        height: total,
        'font-family': THEME.font.family,
      },
      tag('rect', { width, height: total, fill: THEME.background }) + chart + footer,
    ) +
    '\n'
  );
}

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The bundled CJK font files (regular and bold; the charts use no other weight). */
export function bundledCjkFonts(): readonly string[] {
  return [
    require.resolve(`${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`),
    require.resolve(`${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`),
  ];
}
const FONT_FAMILY = 'Noto Sans SC';

export interface PngOptions {
  /** A CJK font file; default env CJK_FONT_FILE, else the bundled Noto Sans SC. */
  readonly fontFile?: string;
  /**
   * Family name inside that font file, used for every generic/unknown family. With only the
   * given files loaded resvg falls back to them for any family, so a wrong name still draws.
   */
  readonly fontFamily?: string;
  readonly scale?: number;
}

/** Font files to load: an explicit file (option or CJK_FONT_FILE) replaces the bundled pair. */
export function cjkFontFiles(opts: Pick<PngOptions, 'fontFile'> = {}): readonly string[] {
  const file = opts.fontFile ?? process.env['CJK_FONT_FILE'];
  const files = file === undefined || file === '' ? bundledCjkFonts() : [file];
  for (const f of files) {
    // Without a CJK font resvg drops every Chinese glyph silently: refuse instead.
    if (!existsSync(f)) {
      throw new Error(
        `PNG export: CJK font file not found: ${f}. Run npm ci (it installs ${FONT_PACKAGE}), or set CJK_FONT_FILE to a .ttf/.ttc/.otf with Chinese glyphs.`,
      );
    }
  }
  return files;
}

export interface Raster {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** RGBA bytes, row by row. */
  readonly pixels: Buffer;
}

export function rasterize(svg: string, opts: PngOptions = {}): Raster {
  const fontFiles = [...cjkFontFiles(opts)];
  const family = opts.fontFamily ?? process.env['CJK_FONT_FAMILY'] ?? FONT_FAMILY;
  const resvg = new Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: THEME.background,
  });
  const img = resvg.render();
  return { png: img.asPng(), width: img.width, height: img.height, pixels: img.pixels };
}

/** PNG at 2× of an exported SVG (use exportSvg's output so the footer travels with it). */
export function exportPng(svg: string, opts: PngOptions = {}): Buffer {
  return rasterize(svg, opts).png;
}
