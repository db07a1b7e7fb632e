// Every colour of our own chart palette is classified: mark colours reach 3:1 on the background
// (WCAG 1.4.11), text colours 4.5:1 (1.4.3). A new colour in THEME fails until it is classified.
// The official HJ 633 AQI colours are not ours and are tested with their outlines in shared.test.ts.
import { describe, expect, it } from 'vitest';
import { THEME, contrast } from '../../../src/charts/shared/theme.ts';

/** Every #rrggbb string anywhere in THEME, with its path. */
function colours(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => colours(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => colours(v, path ? `${path}.${k}` : k));
  return [];
}

const MARKS = [
  ...THEME.series.map((_, i) => `series[${i}]`),
  'target',
  'requiredPath',
  'annotation',
  'missing.stroke',
  'sampleMark',
  'aqiOutline',
  ...Object.keys(THEME.status).map((k) => `status.${k}`),
];
const TEXT = ['text', 'muted', 'axis'];
/** Not marks: the page itself, a tinted band drawn at 12 % opacity behind the data, grid lines, a fill inside an outlined mark. */
const NOT_MARKS = ['background', 'band.fill', 'grid', 'missing.fill'];

const all = colours(THEME, '');

describe('chart palette contrast', () => {
  it('every colour in THEME is classified as mark, text or not-a-mark', () => {
    const known = new Set([...MARKS, ...TEXT, ...NOT_MARKS]);
    expect(all.map(([p]) => p).filter((p) => !known.has(p))).toEqual([]);
  });

  it.each(all.filter(([p]) => MARKS.includes(p)))(
    'mark colour %s (%s) reaches 3:1 on the background',
    (_, hex) => {
      expect(contrast(hex, THEME.background)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(all.filter(([p]) => TEXT.includes(p)))(
    'text colour %s (%s) reaches 4.5:1 on the background',
    (_, hex) => {
      expect(contrast(hex, THEME.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the classification would catch a light colour (contrast of the grid grey is below 3:1)', () => {
    expect(contrast(THEME.grid, THEME.background)).toBeLessThan(3);
  });
});
