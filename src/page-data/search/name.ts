/**
 * The `name` metadata field of an indexed page: its title split into the words the browser's
 * search splits a query into. Pagefind segments a Chinese query with `Intl.Segmenter` but keeps
 * a metadata value whole, so without this a page titled 县商务局 never earns the title boost for
 * the query 县商务局 (县 + 商务局). Same segmenter (ICU), same words; the search page weights
 * this field (src/scripts/search.ts).
 */
import { HTML_LANG } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/strings.ts';

/** Lower-case words of `title`, space-separated; punctuation, and so every comma, dropped. */
export function searchName(lang: Lang, title: string): string {
  const words = new Intl.Segmenter(HTML_LANG[lang], { granularity: 'word' }).segment(title);
  return [...words]
    .filter((w) => w.isWordLike === true)
    .map((w) => w.segment.toLocaleLowerCase())
    .join(' ');
}

/** The attribute value that sets a field (Pagefind's `key:value` form, one field per element). */
export function searchNameMeta(lang: Lang, field: 'name' | 'hub', text: string): string {
  return `${field}:${searchName(lang, text)}`;
}
