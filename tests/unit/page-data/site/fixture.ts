// What every family's chart tests share: a chart context and the render check.
import { expect } from 'vitest';
import { renderChart } from '../../../../src/charts/shared/render-chart.ts';
import type { ChartSpec } from '../../../../src/charts/shared/types.ts';
import type { ChartContext } from '../../../../src/page-data/site/index.ts';

export const ctx: ChartContext = {
  publicUrl: 'https://example.org/',
  sample: true,
  source: { zh: '示例来源（虚构）', en: 'Sample source (fictitious)' },
  dataDate: '2031-01-31',
  county: { zh: '示例县（虚构）', en: 'Example County (fictional)' },
};

/** Every spec must pass the chart kit's own validation and render in both languages. */
export function renders(spec: ChartSpec): void {
  for (const lang of ['zh', 'en'] as const) {
    const svg = renderChart(spec, lang);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).not.toMatch(/NaN|undefined/);
  }
}
