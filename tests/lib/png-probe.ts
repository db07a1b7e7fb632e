// Child process for export.test.ts: rasterises two SVG files with the default fonts (no
// CJK_FONT_FILE) and prints how many pixels differ, so the test can run it where the system's
// font folder is hidden and prove the PNGs need nothing but the npm font package.
import { readdirSync, readFileSync } from 'node:fs';
import { cjkFontFiles, rasterize } from '../../src/charts/shared/export.ts';

const [a, b] = process.argv.slice(2).map((f) => rasterize(readFileSync(f, 'utf8')));
if (a === undefined || b === undefined) throw new Error('usage: png-probe.ts A.svg B.svg');
let differ = 0;
for (let i = 0; i < a.pixels.length; i += 4) {
  if (Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) > 64) differ++;
}
let systemFonts: number | null = null;
try {
  systemFonts = readdirSync('/usr/share/fonts', { recursive: true }).length;
} catch {
  systemFonts = null; // unreadable or absent
}
process.stdout.write(JSON.stringify({ differ, fonts: cjkFontFiles(), systemFonts }));
