import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CJK_FONT,
  exportPng,
  exportSvg,
  rasterize,
} from '../../../src/charts/shared/export.ts';
import { csvHash } from '../../../src/charts/shared/hash.ts';
import { allSpecs, calendarSpec, lineSpec, meta } from './fixtures.ts';
import type { ChartSpec } from '../../../src/charts/shared/types.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const fontFile = process.env['CJK_FONT_FILE'] ?? DEFAULT_CJK_FONT;

describe('exportSvg(spec, lang)', () => {
  it.each(['zh', 'en'] as const)(
    'puts title, source, data date, permalink, CSV hash and the sample mark in a footer (%s)',
    (lang) => {
      const svg = exportSvg(lineSpec, lang);
      const footer = svg.slice(svg.indexOf('<g class="export-footer"'));
      expect(footer).toContain(lineSpec.meta.title[lang]);
      expect(footer).toContain(lineSpec.meta.source[lang]);
      expect(footer).toContain('2026-04-30');
      expect(footer).toContain('https://example.org/charts/line-fixture/');
      expect(footer).toContain(csvHash(lineSpec.meta.csv));
      expect(footer).toContain(
        lang === 'zh'
          ? '样例数据（虚构，仅作演示）'
          : 'Sample data (fictitious, for demonstration only)',
      );
    },
  );

  it('has no sample mark in the footer for real data', () => {
    const real = { ...lineSpec, meta: { ...lineSpec.meta, sample: false } };
    expect(exportSvg(real, 'zh')).not.toContain('样例数据');
  });

  it('is a standalone SVG file: XML prolog, namespace, white background, the chart inside', () => {
    const svg = exportSvg(calendarSpec, 'en');
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toContain('<rect width="720"');
    expect(svg).toContain('class="chart-svg chart-calendar"');
  });

  it('wraps a long footer title onto several lines within the chart width', () => {
    const long: ChartSpec = {
      ...lineSpec,
      meta: meta('long', { title: { zh: '很长的标题'.repeat(30), en: 'long '.repeat(40) } }),
    };
    const lines = exportSvg(long, 'zh').match(/font-weight="bold"/g) ?? [];
    expect(lines.length).toBeGreaterThan(2); // ≥ 2 title lines + the sample line
  });
});

describe('exportPng(svg)', () => {
  it('has the CJK font installed (apt-get install fonts-wqy-microhei, or set CJK_FONT_FILE)', () => {
    // Fails loudly instead of skipping: without it Chinese text would silently vanish from PNGs.
    expect(existsSync(fontFile), `missing ${fontFile}: apt-get install fonts-wqy-microhei`).toBe(
      true,
    );
  });

  it.each(allSpecs.map((s) => [s.type, s] as const))(
    'renders the %s chart as a valid PNG at 2×',
    (_t, spec) => {
      const svg = exportSvg(spec, 'zh');
      const png = exportPng(svg);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
      expect(width).toBe(Math.round(Number(w) * 2));
      expect(height).toBe(Math.round(Number(h) * 2));
    },
  );

  it('draws Chinese glyphs (dark pixels where the text is), not empty boxes or nothing', () => {
    const ink = (s: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="30"><text x="5" y="22" font-size="20" font-family="sans-serif">${s}</text></svg>`;
      const r = rasterize(svg);
      let dark = 0;
      for (let i = 0; i < r.pixels.length; i += 4) if (r.pixels[i]! < 128) dark++;
      return dark;
    };
    const han = ink('优良');
    expect(han).toBeGreaterThan(200);
    // Two different characters make different ink (a box glyph would be identical).
    expect(ink('优优')).not.toBe(ink('良良'));
  });

  it('refuses a missing font file with an install hint', () => {
    expect(() =>
      exportPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', {
        fontFile: '/nonexistent/font.ttc',
      }),
    ).toThrow(
      /CJK font file not found: \/nonexistent\/font\.ttc\. Install it \(Debian: apt-get install fonts-wqy-microhei\) or set CJK_FONT_FILE/,
    );
  });
});
