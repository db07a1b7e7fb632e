/**
 * <site-search>: a minimal UI over Pagefind's JS API (loaded from the site's own /pagefind/,
 * never bundled and never from another origin). Pagefind's own UI injects styles, which the CSP
 * forbids, so the markup here is ours. Results are built as DOM nodes: the excerpt's HTML is
 * parsed inertly and only its text and <mark> survive.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: {
    noWorker?: boolean;
    excerptLength?: number;
    ranking?: { metaWeights?: Record<string, number> };
  }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

// A variable path keeps the bundler from resolving it: the file exists only after the index is built.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;
/**
 * A match in a page's `name` (its title in words, set by Base.astro for every indexed page) lifts
 * the page above pages that only mention the words: a station's or department's name finds its
 * own page first. `hub` (a section page's title, menu label and a line of its text) does the same
 * for a subject's plain word. Pagefind's own title boost (5) stays; it misses Chinese titles,
 * which it keeps as one word. Tuned against tests/browser/search-queries.test.ts: a `hub` weight
 * of 20 puts the station list above a station's own page; `name` at 10 did too once the
 * methodology stopped quoting 示例站一 (fewer pages with 示例 raised its weight on the list page).
 */
const RANKING = { metaWeights: { name: 15, hub: 10 } };

function safeExcerpt(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.append(m);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

class SiteSearch extends HTMLElement {
  private engine: Promise<Pagefind> | null = null;
  private seq = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.hidden = false;
    document.documentElement.classList.add('js-search');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(input.value);
    });
    let timer = 0;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void this.run(input.value), 250);
    });
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      input.value = q;
      void this.run(q);
    }
  }

  private load(): Promise<Pagefind> {
    this.engine ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(
      async (pf) => {
        // No web worker: a worker runs under its own response's CSP, which (rightly) lacks
        // 'wasm-unsafe-eval'; on the main thread only this page's policy applies.
        await pf.options({ noWorker: true, ranking: RANKING });
        await pf.init();
        return pf;
      },
    );
    return this.engine;
  }

  private async run(raw: string): Promise<void> {
    const q = raw.trim();
    const seq = ++this.seq;
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    if (q === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    let found: { url: string; excerpt: string; meta: { title?: string } }[];
    try {
      const pf = await this.load();
      const res = await pf.search(q);
      found = await Promise.all((res?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    } catch {
      if (seq === this.seq) status.textContent = this.dataset['failed'] ?? '';
      return;
    }
    if (seq !== this.seq) return; // a newer query has started
    const fill = (t: string | undefined) =>
      (t ?? '').replace('{q}', q).replace('{n}', String(found.length));
    status.textContent = fill(found.length === 0 ? this.dataset['none'] : this.dataset['results']);
    list.replaceChildren(
      ...found.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.append(safeExcerpt(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
