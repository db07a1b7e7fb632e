import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('the chart enhancer for all chart types stays within 6 KB gzipped (minified bundle)', async () => {
  const out = await build({
    entryPoints: ['src/scripts/chart-enhancer.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
  });
  const js = out.outputFiles[0]!.contents;
  const gz = gzipSync(js, { level: 9 }).length;
  expect(gz).toBeGreaterThan(0);
  expect(gz).toBeLessThanOrEqual(6 * 1024);
});
