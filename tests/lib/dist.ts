// Helpers for tests over the built site in dist/.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve('dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is not built: run "npm run build" first (npm test does it for you)');
  }
}

/** Every file under dist/, as URL-style paths relative to dist ("en/index.html"). */
export function distFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(DIST, full).split(sep).join('/'));
    }
  };
  walk(DIST);
  return out;
}

export function htmlPages(): string[] {
  return distFiles().filter((f) => f.endsWith('.html'));
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The URL path a page file is served at ("en/about/index.html" → "/en/about/"). */
export function pageUrl(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/**
 * One page per template in each language: every top-level page, and for deeper routes the first
 * page of each (first segment, depth) pair — e.g. one station page, one station-year page.
 */
export function templatePages(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of htmlPages()
    .filter((f) => !f.startsWith('404'))
    .sort()) {
    const url = pageUrl(file);
    const en = url.startsWith('/en/');
    const segs = (en ? url.slice(3) : url).split('/').filter(Boolean);
    const key = segs.length <= 1 ? `${en}:${segs.join('/')}` : `${en}:${segs[0]}:${segs.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(url);
  }
  return out;
}

const CJK_RUN = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]+/g;

/**
 * Of the built pages whose URL matches `route`, the one with the most separate runs of Chinese in
 * its HTML (first in URL order on a tie): the page of that route with the most fragments to mark.
 * Undefined when no page matches.
 */
export function mostChinesePage(route: RegExp): string | undefined {
  let best: { url: string; count: number } | undefined;
  for (const file of htmlPages().sort()) {
    const url = pageUrl(file);
    if (!route.test(url)) continue;
    const count = readDist(file).match(CJK_RUN)?.length ?? 0;
    if (best === undefined || count > best.count) best = { url, count };
  }
  return best?.url;
}
