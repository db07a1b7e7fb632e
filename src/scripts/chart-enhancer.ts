/**
 * <chart-enhancer>: progressive enhancement for a server-rendered chart (no framework).
 * Without JavaScript the chart, its <title> tooltips and its data table already work; with it:
 * - the chart is one tab stop; arrow keys move between data points (calendar: ←/→ a week,
 *   ↑/↓ a day), Home/End jump to the ends;
 * - tooltips (WCAG 1.4.13) are hoverable (they live inside the element), dismissible (Escape)
 *   and persistent (they stay while hovered or focused; a click pins them);
 * - the "Cite this chart" access date is filled with the reader's date.
 * CSP: positions are set through the CSSOM (el.style.left), never a style attribute.
 */

const zh = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? 'zh').startsWith('zh');

class ChartEnhancer extends HTMLElement {
  private marks: Element[] = [];
  private texts: string[] = [];
  private i = -1;
  private tip: HTMLDivElement | null = null;
  private pinned = false;
  private timer = 0;
  private readonly onDocKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.tip && !this.tip.hidden) this.hide(true);
  };

  connectedCallback(): void {
    this.fillAccessDate();
    const svg = this.querySelector('svg');
    if (!svg || this.tip) return;
    this.marks = [...svg.querySelectorAll('[data-i]')].sort(
      (a, b) => Number(a.getAttribute('data-i')) - Number(b.getAttribute('data-i')),
    );
    if (this.marks.length === 0) return;
    // Move each mark's <title> into memory so the browser's own tooltip does not double ours.
    // Marks get no aria-label: inside <svg role="img"> they are presentational (ARIA forbids a
    // name there); the tip below is a live region, so the focused point is announced from it.
    this.texts = this.marks.map((m) => {
      const t = m.querySelector(':scope > title');
      const s = t?.textContent ?? '';
      t?.remove();
      return s;
    });
    const tip = document.createElement('div');
    tip.className = 'chart-tip';
    tip.setAttribute('role', 'status');
    tip.hidden = true;
    this.append(tip);
    this.tip = tip;
    const name = svg.querySelector('title')?.textContent ?? '';
    this.tabIndex = 0;
    this.setAttribute('role', 'group');
    this.setAttribute(
      'aria-label',
      `${name}${zh(this) ? '（方向键浏览数据点）' : ' (arrow keys move between data points)'}`,
    );

    this.addEventListener('pointerover', (e) => {
      const at = this.indexOf(e.target);
      if (at >= 0) this.show(at);
      window.clearTimeout(this.timer);
    });
    this.addEventListener('pointerleave', () => {
      if (!this.pinned) this.timer = window.setTimeout(() => this.hide(false), 400);
    });
    this.addEventListener('click', (e) => {
      const at = this.indexOf(e.target);
      if (at >= 0) {
        this.pinned = !(this.pinned && at === this.i);
        this.show(at);
      }
    });
    this.addEventListener('focus', () => this.show(this.i < 0 ? 0 : this.i));
    this.addEventListener('blur', () => this.hide(true));
    this.addEventListener('keydown', (e) => this.key(e));
    document.addEventListener('keydown', this.onDocKey);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onDocKey);
  }

  private indexOf(target: EventTarget | null): number {
    const mark = target instanceof Element ? target.closest('[data-i]') : null;
    return mark ? this.marks.indexOf(mark) : -1;
  }

  private key(e: KeyboardEvent): void {
    const rows = Number(this.querySelector('svg')?.getAttribute('data-rows') ?? 0);
    const step: Record<string, number> = rows
      ? { ArrowRight: rows, ArrowLeft: -rows, ArrowDown: 1, ArrowUp: -1 }
      : { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const last = this.marks.length - 1;
    let next: number;
    if (e.key in step)
      next = Math.min(last, Math.max(0, (this.i < 0 ? 0 : this.i) + (step[e.key] ?? 0)));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Escape') return this.hide(true);
    else return;
    e.preventDefault();
    this.show(next);
  }

  private show(at: number): void {
    const tip = this.tip;
    const mark = this.marks[at];
    if (!tip || !mark) return;
    this.marks[this.i]?.classList.remove('is-active');
    mark.classList.add('is-active');
    this.i = at;
    tip.textContent = this.texts[at] ?? '';
    tip.hidden = false;
    const box = this.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.min(
      Math.max(0, m.left - box.left + m.width / 2 - w / 2),
      Math.max(0, box.width - w),
    );
    const above = m.top - box.top - h - 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : m.bottom - box.top + 6}px`;
  }

  private hide(force: boolean): void {
    if (!this.tip || (this.pinned && !force)) return;
    this.pinned = false;
    this.tip.hidden = true;
    this.marks[this.i]?.classList.remove('is-active');
  }

  /** The citation's access date is the reader's today, so builds stay deterministic. */
  private fillAccessDate(): void {
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    this.closest('figure')
      ?.querySelectorAll<HTMLElement>('[data-access-date]')
      .forEach((el) => {
        const time = el.querySelector('time');
        if (time) {
          time.dateTime = iso;
          time.textContent = iso;
        }
        el.hidden = false;
      });
  }
}

if (!customElements.get('chart-enhancer')) customElements.define('chart-enhancer', ChartEnhancer);
