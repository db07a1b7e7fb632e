/**
 * <reading-age>: tells the reader when "the air now" is not now. The page is built in advance
 * and its build never reads a clock, so only the reader's browser can know how old the reading
 * is: this compares the reading's time (`data-time`, with its offset) with the reader's clock
 * and, when the reading is stale, fills the element's status note. Without JavaScript the card
 * shows the timestamp and the build-time age sentence instead.
 * The words come from the page (`data-stale` with `{age}`, and the six age forms with `{n}`),
 * in the page's language: this script has no text of its own. No requests, no storage.
 */
import { AGE_FORMS, ageInWords, type AgeForm, type AgeWords } from '../i18n/age.ts';

/**
 * A reading older than this is called out. The county AQI is hourly and each hour reaches the
 * site some time after it ends, so a reading one or two hours old is as fresh as the data can
 * be; three hours leaves room for that delay and still catches data that have stopped coming.
 */
export const STALE_AFTER_MS = 3 * 60 * 60 * 1000;

/** `minuteOne` → `data-minute-one`'s dataset key `minuteOne`: the forms are the keys. */
function wordsOf(el: HTMLElement): AgeWords | null {
  const entries = AGE_FORMS.map((f: AgeForm) => [f, el.dataset[f]] as const);
  if (entries.some(([, v]) => v === undefined)) return null;
  return Object.fromEntries(entries) as unknown as AgeWords;
}

class ReadingAge extends HTMLElement {
  connectedCallback(): void {
    const time = Date.parse(this.dataset.time ?? '');
    const stale = this.dataset.stale;
    const words = wordsOf(this);
    const note = this.querySelector<HTMLElement>('.now-stale');
    if (Number.isNaN(time) || stale === undefined || words === null || note === null) return;
    const age = Date.now() - time;
    if (age <= STALE_AFTER_MS) return;
    note.textContent = stale.replace('{age}', ageInWords(words, age));
    note.hidden = false;
  }
}

if (!customElements.get('reading-age')) customElements.define('reading-age', ReadingAge);
