/**
 * Text whose Chinese fragments are marked as such, so an English page can tag each fragment
 * lang="zh-CN" (WCAG 3.1.2, language of parts) without text modules returning HTML. A `Mixed`
 * is either a plain string or a list of parts; `<Mixed>` (src/components/Mixed.astro) renders it.
 */

/** A fragment in Chinese: a name, document number, quotation or data value as published. */
export interface ZhPart {
  readonly zh: string;
}

export type Part = string | ZhPart;
export type Mixed = string | readonly Part[];

/** Mark `text` as Chinese. */
export function zh(text: string): ZhPart {
  return { zh: text };
}

export function isZhPart(p: Part): p is ZhPart {
  return typeof p !== 'string';
}

/**
 * Tagged template: `mixed\`Section ${zh('十(四)')} of the plan\`` → parts. Interpolated strings
 * and numbers become plain text; adjacent plain pieces are merged and empty ones dropped.
 */
export function mixed(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | ZhPart)[]
): readonly Part[] {
  const out: Part[] = [];
  const push = (p: Part): void => {
    const last = out.at(-1);
    if (typeof p === 'string') {
      if (p === '') return;
      if (typeof last === 'string') out[out.length - 1] = last + p;
      else out.push(p);
    } else if (p.zh !== '') {
      out.push(p);
    }
  };
  strings.forEach((s, i) => {
    push(s);
    const v = values[i];
    if (v !== undefined) push(typeof v === 'number' ? String(v) : v);
  });
  return out;
}

/** The parts of a `Mixed` (a plain string is one part). */
export function parts(m: Mixed): readonly Part[] {
  return typeof m === 'string' ? [m] : m;
}

/** The text without marks: for attributes, <title> and plain-text outputs. */
export function plain(m: Mixed): string {
  return parts(m)
    .map((p) => (typeof p === 'string' ? p : p.zh))
    .join('');
}

/** Apply `f` to the plain-text parts only (e.g. filling `{name}` placeholders). */
export function mapPlain(m: Mixed, f: (s: string) => string): Mixed {
  return typeof m === 'string' ? f(m) : m.map((p) => (typeof p === 'string' ? f(p) : p));
}

// Han ideographs, CJK and full-width punctuation (the set tests/lib/a11y.ts checks for).
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff01-\\uff5e';
// A run starts (after any digits glued to it, as in 12369环保举报) and ends with a CJK character;
// spaces, digits, dots, slashes, dashes and ellipses between CJK characters stay inside it.
const RUN = new RegExp(`\\d*[${CJK}](?:[\\s\\d./…·-]*[${CJK}])*`, 'gu');

/**
 * Mark the Chinese runs of free English text written by people (curators' notes in data files,
 * which quote the plan inline); text in code marks its fragments explicitly with `zh()`.
 */
export function markChinese(text: string): readonly Part[] {
  const out: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(zh(m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The `lang` attribute for an element holding Chinese data on a page in `pageLang`: "zh-CN" on
 * English pages, nothing on Chinese ones (the page's own lang already says it).
 */
export function zhLang(pageLang: 'zh' | 'en'): 'zh-CN' | undefined {
  return pageLang === 'en' ? 'zh-CN' : undefined;
}
