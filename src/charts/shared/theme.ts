/**
 * Every colour, size and font of the charts in one place. Marks use presentation attributes with
 * these values (not CSS classes) so an exported SVG looks the same as the inline chart.
 * Our own mark colours reach ≥ 3:1 against white and text colours ≥ 4.5:1 (tested); the
 * official HJ 633 AQI colours cannot, so the calendar adds outlines, patterns and words.
 */
import type { MilestoneStatus } from './types.ts';

export const THEME = {
  font: {
    // The exported PNG maps this stack to the bundled Noto Sans SC (export.ts: sans-serif family).
    family:
      'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
    size: 12,
    small: 11,
  },
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  axis: '#767676',
  grid: '#e0e0e0',
  /** Series colours in order; each ≥ 3:1 on white. */
  series: ['#0b5cad', '#b34700', '#2e7d32', '#6a3d9a', '#a11d4f', '#00695c'],
  target: '#b00020',
  band: { fill: '#2e7d32', opacity: 0.12 },
  requiredPath: '#595959',
  annotation: '#595959',
  missing: { stroke: '#767676', fill: '#ffffff' },
  sampleMark: '#b00020',
  status: {
    done: '#2e7d32',
    'in-progress': '#0b5cad',
    overdue: '#b00020',
    'no-evidence': '#8a4b00',
    'not-started': '#595959',
    unknown: '#767676',
  } satisfies Record<MilestoneStatus, string>,
  /** Outline drawn around the light AQI colours so cells stay visible on white. */
  aqiOutline: '#333333',
  line: { width: 2, targetWidth: 1.5, dash: '4 3' },
  margin: { top: 28, right: 16, bottom: 32, left: 48 },
  defaultSize: {
    line: { width: 640, height: 360 },
    bar: { width: 640, height: 360 },
    calendar: { width: 720, height: 200 },
    rank: { width: 640, height: 360 },
    timeline: { width: 720, height: 0 }, // height grows with the number of milestones
    sparkline: { width: 120, height: 32 },
  },
} as const;

/** Relative luminance (WCAG 2.x) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
