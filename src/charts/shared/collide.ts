/** Label collision handling in one dimension, shared by every chart type. */

/**
 * Move labels (centres `pos`, each `size` tall) apart so none overlap, keeping them inside
 * [min, max] and as close to their wanted position as a simple two-pass sweep allows.
 * Returns the new centres in the input order.
 */
export function spreadLabels(
  pos: readonly number[],
  size: number,
  min: number,
  max: number,
): number[] {
  const order = pos.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.p, min + size / 2), max - size / 2));
  // Downward pass: push each label below its predecessor.
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k]!, placed[k - 1]! + size);
  }
  // Upward pass: if the last label left the range, push the stack back up.
  const last = placed.length - 1;
  if (last >= 0 && placed[last]! > max - size / 2) {
    placed[last] = max - size / 2;
    for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - size);
  }
  const out = new Array<number>(pos.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/**
 * Which of the labels (sorted by position, each `[start, end]`) to keep so that kept labels are
 * at least `gap` apart. The first label is always kept; the last is preferred over its neighbour.
 */
export function thinLabels(spans: readonly (readonly [number, number])[], gap: number): boolean[] {
  const keep = spans.map(() => false);
  let lastEnd = -Infinity;
  spans.forEach(([s, e], i) => {
    if (s >= lastEnd + gap) {
      keep[i] = true;
      lastEnd = e;
    }
  });
  return keep;
}

/** Assign each interval a row so intervals in one row do not overlap (greedy, input order). */
export function stackRows(spans: readonly (readonly [number, number])[], gap: number): number[] {
  const rowEnds: number[] = [];
  return spans.map(([s, e]) => {
    let row = rowEnds.findIndex((end) => s >= end + gap);
    if (row === -1) row = rowEnds.push(e) - 1;
    else rowEnds[row] = e;
    return row;
  });
}
