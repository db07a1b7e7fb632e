/** Properties every chart's markup must have, checked on every type and language. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/shared/render-chart.ts';
import type { ChartSpec } from '../../../src/charts/shared/types.ts';
import { allSpecs, barSpec, lineSpec, meta } from './fixtures.ts';

const cases = allSpecs.flatMap((spec) =>
  (['zh', 'en'] as const).map((lang) => [spec.type, lang, spec] as const),
);

/** resvg parses the XML strictly: malformed markup or a bad entity throws. */
function parses(svg: string): void {
  new Resvg(svg, { font: { loadSystemFonts: false } });
}

describe('chart markup', () => {
  it.each(cases)(
    '%s (%s) is well-formed SVG with role="img", a title and a desc that it is labelled by',
    (_t, lang, spec) => {
      const svg = renderChart(spec, lang);
      expect(() => parses(svg)).not.toThrow();
      const id = `c-${spec.meta.id}-${lang}`;
      expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-labelledby="${id}-t ${id}-d"`));
      expect(svg).toContain(`<title id="${id}-t">${spec.meta.title[lang]}</title>`);
      expect(svg).toMatch(new RegExp(`<desc id="${id}-d">[^<]+</desc>`));
    },
  );

  it.each(cases)(
    '%s (%s) has no style attribute, no <style>, no <script> (CSP) and no NaN/undefined',
    (_t, lang, spec) => {
      const svg = renderChart(spec, lang);
      expect(svg).not.toMatch(/ style=|<style|<script/);
      expect(svg).not.toMatch(/NaN|undefined|\[object Object\]/);
    },
  );

  it.each(cases)('%s (%s) numbers its marks 0…n-1 for the keyboard', (_t, lang, spec) => {
    const svg = renderChart(spec, lang);
    const is = [...svg.matchAll(/data-i="(\d+)"/g)].map((m) => Number(m[1]));
    expect(is.length).toBeGreaterThan(0);
    expect(is).toEqual(is.map((_, k) => k));
  });

  it.each(cases)('%s (%s) writes coordinates with at most one decimal', (_t, lang, spec) => {
    expect(renderChart(spec, lang)).not.toMatch(/\d\.\d{2,}(?!\d*em)/);
  });

  it.each(cases)(
    '%s (%s) shows a visible sample-data mark when the data is sample, and none otherwise',
    (type, lang, spec) => {
      const word = lang === 'zh' ? '样例数据' : 'sample data';
      const real = { ...spec, meta: { ...spec.meta, sample: false } } as ChartSpec;
      if (type !== 'sparkline') expect(renderChart(spec, lang)).toContain(`>${word}</text>`);
      expect(renderChart(real, lang)).not.toContain(`>${word}</text>`);
    },
  );

  it('renders the same spec to the same markup every time (deterministic)', () => {
    expect(renderChart(lineSpec, 'zh')).toBe(renderChart(lineSpec, 'zh'));
  });

  it('escapes <, & and quotes in titles, labels and series names', () => {
    const evil = `A<b> & "c" 'd'`;
    const spec: ChartSpec = {
      ...barSpec,
      meta: meta('escape-test', { title: { zh: evil, en: evil } }),
      categories: barSpec.categories.map((c) => ({ ...c, label: { zh: evil, en: evil } })),
      series: barSpec.series.map((s) => ({ ...s, name: { zh: evil, en: evil } })),
    };
    for (const lang of ['zh', 'en'] as const) {
      const svg = renderChart(spec, lang);
      expect(() => parses(svg)).not.toThrow();
      expect(svg).not.toContain('A<b>');
      expect(svg).toContain('A&lt;b&gt; &amp; "c" \'d\'');
    }
  });

  it('gives light AQI categories an outline and a pattern, and lists every category word in the legend', () => {
    const svg = renderChart(allSpecs[2], 'zh');
    expect(svg).toMatch(/<pattern id="c-calendar-fixture-zh-p2"/);
    expect(svg).toMatch(/fill="url\(#c-calendar-fixture-zh-p2\)" stroke="#333333"/);
    for (const w of ['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染', '无数据'])
      expect(svg).toContain(`>${w}</text>`);
  });
});
