/**
 * Bad chart input stops the build with a message that names the chart, the field path and what
 * was expected — never a NaN coordinate or a silently dropped point.
 */
export class ChartSpecError extends Error {
  constructor(chartId: string, path: string, expected: string, got: unknown) {
    super(`chart "${chartId}": ${path}: expected ${expected}, got ${describe(got)}`);
    this.name = 'ChartSpecError';
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** A finite number, or throw naming chart and path. */
export function finite(chartId: string, path: string, v: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new ChartSpecError(chartId, path, 'a finite number', v);
  }
  return v;
}

/** A finite number or null (null = missing, kept as a gap). */
export function finiteOrNull(chartId: string, path: string, v: number | null): number | null {
  return v === null ? null : finite(chartId, path, v);
}
