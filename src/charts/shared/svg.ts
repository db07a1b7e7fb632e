/**
 * A tiny string builder for SVG elements: numbers rounded to 1 decimal, absent attributes
 * dropped, strings escaped. Every renderer goes through it so markup stays compact and safe.
 */
import { escapeAttr, escapeText } from './escape.ts';

export type AttrValue = string | number | undefined | null | false;

/** Round to one decimal (and turn -0 into 0) so coordinates stay short and stable. */
export function r1(n: number): number {
  const v = Math.round(n * 10) / 10;
  return v === 0 ? 0 : v;
}

export function attrs(a: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'number') {
      // A NaN here would be drawn nowhere without any error: refuse it.
      if (!Number.isFinite(v)) throw new Error(`svg attribute ${k} is not a finite number: ${v}`);
      out += ` ${k}="${r1(v)}"`;
    } else {
      out += ` ${k}="${escapeAttr(v)}"`;
    }
  }
  return out;
}

/** `<name …/>` or `<name …>children</name>`; children are already-built markup. */
export function tag(
  name: string,
  a: Readonly<Record<string, AttrValue>>,
  children?: string,
): string {
  return children === undefined
    ? `<${name}${attrs(a)}/>`
    : `<${name}${attrs(a)}>${children}</${name}>`;
}

/** A `<text>` element with escaped content. */
export function text(a: Readonly<Record<string, AttrValue>>, content: string): string {
  return tag('text', a, escapeText(content));
}

/** A `<title>` child: the native tooltip without JavaScript and the enhancer's tooltip text. */
export function title(content: string): string {
  return `<title>${escapeText(content)}</title>`;
}

/** Path data from points, rounded: `M x,y L x,y …`. */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r1(x)},${r1(y)}`).join('');
}

/** Round every number in a path string produced by d3-shape. */
export function roundPath(d: string): string {
  return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (m) => String(r1(Number(m))));
}
