import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledCjkFonts,
  cjkFontFiles,
  exportPng,
  exportSvg,
  rasterize,
} from '../../../src/charts/shared/export.ts';
import { csvHash } from '../../../src/charts/shared/hash.ts';
import { allSpecs, calendarSpec, lineSpec, meta, sparklineSpec } from './fixtures.ts';
import type { ChartSpec } from '../../../src/charts/shared/types.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('exportSvg(spec, lang)', () => {
  it.each(['zh', 'en'] as const)(
    'puts title, source, data date, permalink, CSV hash and the sample mark in a footer (%s)',
    (lang) => {
      const svg = exportSvg(lineSpec, lang);
      const footer = svg.slice(svg.indexOf('<g class="export-footer"'));
      expect(footer).toContain(lineSpec.meta.title[lang]);
      expect(footer).toContain(lineSpec.meta.source[lang]);
      expect(footer).toContain('2026-04-30');
      // The language's own permalink page.
      expect(footer).toContain(
        lang === 'zh'
          ? 'https://example.org/charts/line-fixture/ '
          : 'https://example.org/en/charts/line-fixture/ ',
      );
      expect(footer).toContain(csvHash(lineSpec.meta.csv));
      expect(footer).toContain(
        lang === 'zh'
          ? '样例数据（虚构，仅作演示）'
          : 'Sample data (fictitious, for demonstration only)',
      );
    },
  );

  it('widens a narrow chart (a sparkline) so its footer wraps into whole words', () => {
    const svg = exportSvg(sparklineSpec, 'en');
    const root = /<svg [^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toMatch(/ width="360"/);
    // The chart itself keeps its own size.
    expect(svg.slice(root.length)).toMatch(/<svg [^>]*width="120"/);
  });

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
  it('loads the Noto Sans SC files of the npm package @expo-google-fonts/noto-sans-sc', () => {
    const files = bundledCjkFonts();
    expect(files.map((f) => f.split('/').pop())).toEqual([
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
    ]);
    expect(files.every((f) => f.includes('/node_modules/@expo-google-fonts/noto-sans-sc/'))).toBe(
      true,
    );
    for (const f of files) expect(existsSync(f)).toBe(true);
  });

  const LATIN_ONLY = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  it.skipIf(!existsSync(LATIN_ONLY))(
    'draws every Chinese character alike with a font that has no Chinese glyphs (so the check below can fail)',
    () => {
      const svg = exportSvg(lineSpec, 'zh');
      const a = rasterize(svg, { fontFile: LATIN_ONLY }).pixels;
      const b = rasterize(svg.replace(/\p{Script=Han}/gu, '一'), { fontFile: LATIN_ONLY }).pixels;
      expect(a.equals(b)).toBe(true);
      const c = rasterize(svg).pixels;
      const d = rasterize(svg.replace(/\p{Script=Han}/gu, '一')).pixels;
      expect(c.equals(d)).toBe(false);
    },
  );

  it('takes CJK_FONT_FILE (or the fontFile option) instead of the bundled pair', () => {
    const regular = bundledCjkFonts()[0] ?? '';
    expect(regular).toMatch(/NotoSansSC_400Regular\.ttf$/);
    expect(cjkFontFiles({ fontFile: regular })).toEqual([regular]);
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

  it('refuses a missing font file with a hint', () => {
    expect(() =>
      exportPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', {
        fontFile: '/nonexistent/font.ttc',
      }),
    ).toThrow(
      /CJK font file not found: \/nonexistent\/font\.ttc\. Run npm ci \(it installs @expo-google-fonts\/noto-sans-sc\), or set CJK_FONT_FILE/,
    );
  });
});

// Hide the machine's fonts from a child process: as root, a private mount namespace with an
// empty tmpfs over /usr/share/fonts (Debian's fonts-wqy-microhei lives there); elsewhere the
// child still runs without CJK_FONT_FILE and with fontconfig pointed at nothing.
function canHideSystemFonts(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/share/fonts')) return false;
  try {
    execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HIDE = canHideSystemFonts();

describe(`exportPng with the system fonts ${HIDE ? 'hidden (mount namespace over /usr/share/fonts)' : 'not hideable here (not root or no unshare): CJK_FONT_FILE unset only'}`, () => {
  it('draws the Chinese text of a chart: its PNG differs from the same chart with every Chinese character replaced by 一', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiping-png-'));
    try {
      const svg = exportSvg(lineSpec, 'zh');
      // Every Han character replaced by 一: with Chinese glyphs the two renders differ; in a font
      // without them every character is the same missing-glyph box and the renders are equal.
      const bare = svg.replace(/\p{Script=Han}/gu, '一');
      expect(bare).not.toBe(svg);
      writeFileSync(join(dir, 'a.svg'), svg);
      writeFileSync(join(dir, 'b.svg'), bare);
      const env: NodeJS.ProcessEnv = { ...process.env, FONTCONFIG_FILE: '/nonexistent' };
      delete env['CJK_FONT_FILE'];
      delete env['CJK_FONT_FAMILY'];
      const probe = resolve('tests/lib/png-probe.ts');
      const args = [probe, join(dir, 'a.svg'), join(dir, 'b.svg')];
      const run = HIDE
        ? spawnSync(
            'unshare',
            [
              '-m',
              'sh',
              '-c',
              'mount -t tmpfs tmpfs /usr/share/fonts && exec "$@"',
              'sh',
              process.execPath,
              ...args,
            ],
            { env, encoding: 'utf8' },
          )
        : spawnSync(process.execPath, args, { env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as {
        differ: number;
        fonts: string[];
        systemFonts: number | null;
      };
      if (HIDE) expect(out.systemFonts).toBe(0);
      expect(out.fonts).toEqual([...bundledCjkFonts()]);
      // Title, axis labels and footer in Chinese: thousands of pixels at 2×.
      expect(out.differ).toBeGreaterThan(2000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
