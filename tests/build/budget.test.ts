// Issue 12's first-load budgets that the byte test in dist.test.ts does not cover: one
// render-blocking stylesheet, no web fonts, images inside the page budget, no script needed to
// read the content (every script is a deferred module; the chart data are in the HTML).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, htmlPages, readDist } from '../lib/dist.ts';
import { pageWeight } from '../lib/page-weight.ts';
/** Same figure as dist.test.ts (a test file cannot be imported without running its tests). */
const PAGE_BUDGET_BYTES = 80 * 1024;

beforeAll(assertBuilt);
const pages = existsSync(join(DIST, 'index.html')) ? htmlPages() : [];

describe('first-load budgets', () => {
  it.each(pages)(
    '%s loads one stylesheet, no web font, and stays within 80 KB with its images',
    (file) => {
      const w = pageWeight(file);
      expect(w.stylesheets).toBe(1);
      expect(w.fontFaces).toBe(0);
      expect(w.total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    },
  );

  it.each(pages)('%s runs only deferred module scripts (none blocks rendering)', (file) => {
    for (const tag of readDist(file).match(/<script\b[^>]*\ssrc="[^"]*"[^>]*>/g) ?? []) {
      expect(tag, tag).toMatch(/\stype="module"/);
    }
  });
});
