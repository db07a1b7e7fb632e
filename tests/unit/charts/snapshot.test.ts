/**
 * SVG snapshots per chart type from the small fixtures (Plot-style): numbers rounded, ids
 * renumbered, one element per line so a diff shows what moved. Update deliberately with
 * `npx vitest run --project unit -u tests/unit/charts/snapshot.test.ts` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/shared/render-chart.ts';
import { allSpecs } from './fixtures.ts';

export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/ id="([^"]+)"/g))
    if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  let out = svg;
  for (const [from, to] of ids) out = out.replaceAll(from, to);
  return out
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

describe('chart SVG snapshots', () => {
  it.each(
    allSpecs.flatMap((spec) =>
      (['zh', 'en'] as const).map((lang) => [spec.type, lang, spec] as const),
    ),
  )('renderChart(%s fixture, %s) matches its snapshot', async (type, lang, spec) => {
    await expect(normalizeSvg(renderChart(spec, lang))).toMatchFileSnapshot(
      `__snapshots__/${type}.${lang}.svg`,
    );
  });
});
