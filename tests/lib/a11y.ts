// Accessibility checks shared by the browser tests and `npm run bench:site`: an axe scan with the
// WCAG 2.2 AA rule set, reported as plain rows (rule id, impact, target selectors).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Run axe on the loaded page; one finding per violated rule, with every offending node's selector. */
export async function axeScan(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

/** One line per finding, for test failure messages and the benchmark log. */
export function describeFindings(path: string, findings: readonly AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `${path}: ${f.rule} (${f.impact}) ${f.help} — ${f.targets.slice(0, 5).join(', ')}${f.targets.length > 5 ? ` … +${f.targets.length - 5}` : ''}`,
    )
    .join('\n');
}

// The checks below run inside the page. They are strings, not functions: vitest rewrites test
// code (helpers such as __name would be undefined in the page), and the benchmark runs the same
// text under plain Node.

/** Selector of everything a keyboard user can reach with Tab (when visible and enabled). */
export const FOCUSABLE =
  'a[href], button:not([disabled]), summary, input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A short, stable description of an element for failure messages. */
const DESCRIBE = `(el) => {
  if (!el || el === document.body) return 'body';
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const href = el.getAttribute && el.getAttribute('href') ? '[href="' + el.getAttribute('href') + '"]' : '';
  const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + href + (text ? ' "' + text + '"' : '');
}`;

export interface FocusStop {
  what: string;
  /** Outline or box-shadow drawn while focused. */
  indicator: boolean;
  /** Some part of the element is on screen and not covered by another element (WCAG 2.4.11). */
  unobscured: boolean;
}

/** In-page: describe the focused element and whether its focus is visible and unobscured. */
export const FOCUS_STATE = `(() => {
  const describe = ${DESCRIBE};
  const el = document.activeElement;
  if (!el || el === document.body) return { what: 'body', indicator: false, unobscured: false };
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  const r = el.getBoundingClientRect();
  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2]];
  const unobscured = points.some(([x, y]) => {
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
  });
  return { what: describe(el), indicator: outline || shadow, unobscured };
})()`;

/** In-page: every visible element that should be in the tab order, described. */
export const TAB_TARGETS = `(() => {
  const describe = ${DESCRIBE};
  return [...document.querySelectorAll(${JSON.stringify(FOCUSABLE)})]
    .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.tabIndex >= 0)
    .map(describe);
})()`;

/** In-page: how far the page scrolls sideways, and the widest elements that cause it. */
export const REFLOW = `(() => {
  const describe = ${DESCRIBE};
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const scrollers = '.table-scroll, .chart-table-scroll';
  const wide = scrollWidth <= width ? [] : [...document.body.querySelectorAll('*')]
    .filter((el) => !el.closest(scrollers) && el.getBoundingClientRect().right > width + 0.5)
    .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5))
    .slice(0, 8)
    .map((el) => describe(el) + ' right=' + Math.round(el.getBoundingClientRect().right));
  return { width, scrollWidth, wide };
})()`;

/**
 * In-page: stand-alone targets smaller than 24×24 CSS px that also fail WCAG 2.5.8's spacing
 * exception (a 24 px circle on each undersized target meets no other target or circle). Links
 * inside a line of text are exempt ("inline"), and so are targets inside scrolled-away boxes.
 */
export const SMALL_TARGETS = `(() => {
  const describe = ${DESCRIBE};
  const blocky = (el) => {
    let b = el.parentElement;
    while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
    return b;
  };
  const inlineInText = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = blocky(el);
    if (!block) return false;
    const own = (el.textContent || '').trim();
    const around = (block.textContent || '').replace(own, '');
    return /\\p{L}|\\p{N}/u.test(around);
  };
  const all = [...document.querySelectorAll('a[href], button, summary, input, select, textarea')]
    .filter((el) => el.checkVisibility({ visibilityProperty: true }))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  const small = all.filter(({ el, r }) => (r.width < 24 || r.height < 24) && !inlineInText(el));
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const circleHitsRect = ([x, y], r) => {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    return dx * dx + dy * dy < 144;
  };
  const bad = small.filter((t) => {
    const c = centre(t.r);
    return all.some((u) => {
      if (u.el === t.el || u.el.contains(t.el) || t.el.contains(u.el)) return false;
      if (circleHitsRect(c, u.r)) return true;
      if (!small.includes(u)) return false;
      const [x, y] = centre(u.r);
      return Math.hypot(x - c[0], y - c[1]) < 24;
    });
  });
  return bad.map((t) => describe(t.el) + ' ' + Math.round(t.r.width) + '×' + Math.round(t.r.height));
})()`;

/**
 * In-page: text in CJK script (ideographs or full-width punctuation) outside any element marked
 * lang="zh…", within the elements matching `roots` (used on English pages).
 */
export const unmarkedCjk = (roots: string): string => `(() => {
  const describe = ${DESCRIBE};
  const out = [];
  for (const root of document.querySelectorAll(${JSON.stringify(roots)})) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\\u3400-\\u9fff\\uff01-\\uff5e\\u3000-\\u303f]/.test(n.data)) continue;
    const holder = n.parentElement;
    if (!holder || holder.closest('script, style, textarea')) continue;
    const lang = holder.closest('[lang]')?.getAttribute('lang') ?? '';
    if (!lang.startsWith('zh')) out.push(describe(holder));
  }
  }
  return [...new Set(out)];
})()`;
