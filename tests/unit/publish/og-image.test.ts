import { describe, expect, it } from 'vitest';
import { rasterize } from '../../../src/charts/shared/export.ts';
import { OG_HEIGHT, OG_WIDTH, ogImageSvg, type OgInput } from '../../../src/publish/og-image.ts';
import { progressSchema } from '../../../src/page-data/progress/index.ts';
import { parseXml } from '../../lib/xml-tree.ts';

// A scoreboard built from the real builder's schema: one valid target, one with too few valid days.
function input(sample: boolean, dustList = true): OgInput {
  const cell = (
    value: number | null,
    valid: boolean,
    verdict: 'met' | 'not_met' | 'not_assessable',
  ) => ({
    basis: 'raw' as const,
    value,
    verdict,
    readings: [],
    disagree: false,
    counts: null,
    validity: { days: valid ? 350 : 200, required: 324, valid, invalidMonths: [] },
    items: [],
    dustDaysDeducted: 0,
  });
  const item = (
    id: 'pm2_5_annual' | 'good_days_ratio' | 'heavy_days_ratio',
    value: number | null,
    valid: boolean,
    verdict: 'met' | 'not_met' | 'not_assessable',
    dust: { value: number; verdict: 'met' | 'not_met' } | null = null,
  ) => ({
    id,
    year: '2025',
    regime: '2012' as const,
    targetValue: { pm2_5_annual: 35, good_days_ratio: 82.5, heavy_days_ratio: 0.3 }[id],
    comparison: ({ pm2_5_annual: '<', good_days_ratio: '>=', heavy_days_ratio: '<=' } as const)[id],
    planWording: { zh: 'x', en: 'x' },
    alternative: { zh: 'x', en: 'x' },
    raw: cell(value, valid, verdict),
    dust: {
      ...cell(dust?.value ?? value, valid, dust?.verdict ?? verdict),
      basis: 'dust_excluded' as const,
    },
    published: null,
    needed: { goodDaysAtLeast: null, heavyDaysAtMost: null },
  });
  const progress = progressSchema.parse({
    asOf: '2026-11-28T00:00:00+08:00',
    warnings: [],
    targetYear: '2025',
    targets: [],
    scoreboard: [
      item('pm2_5_annual', 38, true, 'not_met'),
      item('good_days_ratio', 61.2, false, 'not_assessable'),
      item('heavy_days_ratio', 0.5, true, 'not_met', { value: 0.1, verdict: 'met' }),
    ],
    dustList,
    headline: [],
    ytd: null,
    now: null,
  });
  return { county: { zh: '示例县', en: 'Example County' }, sample, progress };
}

describe('ogImageSvg(input, lang)', () => {
  it.each(['zh', 'en'] as const)('is a well-formed 1200×630 SVG (%s)', (lang) => {
    const svg = parseXml(ogImageSvg(input(true), lang));
    expect([svg.attrs['width'], svg.attrs['height'], svg.attrs['viewBox']]).toEqual([
      String(OG_WIDTH),
      String(OG_HEIGHT),
      '0 0 1200 630',
    ]);
  });

  it('states the value, target and verdict of a valid target', () => {
    const svg = ogImageSvg(input(false), 'zh');
    expect(svg).toContain('38 微克/立方米');
    expect(svg).toContain('未达到');
  });

  it('draws the reading that counts: dust deducted with a dust list, raw without one', () => {
    const withList = ogImageSvg(input(false, true), 'en');
    expect(withList).toContain('dust deducted (as assessed)');
    expect(withList).toContain('0.1 %');
    expect(withList).not.toContain('0.5 %');
    const without = ogImageSvg(input(false, false), 'en');
    expect(without).toContain('raw basis');
    expect(without).toContain('0.5 %');
    expect(without).not.toContain('0.1 %');
  });

  it('shows a target that fails validity as not enough valid data, never its number', () => {
    const svg = ogImageSvg(input(false), 'en');
    expect(svg).not.toContain('61.2');
    expect(svg).toContain('Not enough valid data');
  });

  it.each([
    [true, '样例数据', true],
    [false, '样例数据', false],
  ])('carries the sample-data mark only for sample data (sample=%s)', (sample, mark, present) => {
    expect(ogImageSvg(input(sample), 'zh').includes(mark)).toBe(present);
  });
});

// The font comes from npm (export.ts), so this never skips: a missing font fails here.
describe('the rasterised image', () => {
  it('is a PNG of exactly 1200×630', () => {
    const r = rasterize(ogImageSvg(input(true), 'zh'), { scale: 1 });
    expect([r.width, r.height]).toEqual([1200, 630]);
    expect(r.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
