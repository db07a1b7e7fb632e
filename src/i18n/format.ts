import type { Lang } from './strings.ts';

/** English month names, January first (the one list: feed, ranking and enforcement labels, charts). */
export const MONTH_NAMES_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Three-letter English month names (`Jan` … `Dec`), which are also RFC 822's. */
export const MONTH_ABBR_EN: readonly string[] = MONTH_NAMES_EN.map((m) => m.slice(0, 3));

/** BCP 47 locale per site language (numbers and dates are formatted per locale). */
export const LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** HTML `lang` attribute values. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/**
 * A path in the given language: Chinese at `/…`, English at `/en/…`. `path` is the Chinese
 * (unprefixed) path and always starts with `/`.
 */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`path must start with '/': ${path}`);
  return lang === 'zh' ? path : `/en${path}`;
}

/** Strip the `/en` prefix: the language-neutral path of a URL path. */
export function neutralPath(pathname: string): { lang: Lang; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return { lang: 'en', path: pathname.slice(3) || '/' };
  }
  return { lang: 'zh', path: pathname };
}

/** A number with locale grouping and a fixed number of decimals. */
export function formatNumber(lang: Lang, value: number, decimals = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/**
 * A calendar date (`YYYY-MM-DD`) in the reader's language. Formatted in UTC on purpose: the
 * string already is a Beijing calendar date, and no machine zone may shift it.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${isoDate}`);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}

/** An hour label (`…+08:00`) as Beijing date and time in the reader's language. */
export function formatDateTime(lang: Lang, label: string): string {
  const ms = Date.parse(label);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${label}`);
  const s = new Intl.DateTimeFormat(LOCALE[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(ms);
  return lang === 'zh' ? `${s}（北京时间）` : `${s} Beijing time`;
}

/** The other site language: the target of the language switch. */
export const OTHER_LANG: Readonly<Record<Lang, Lang>> = { zh: 'en', en: 'zh' };

/** Open Graph `og:locale` values (underscore form, as the protocol writes them). */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh_CN', en: 'en_US' };

/** The colon after a label: full-width `：` in Chinese, `: ` in English. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** The separator between list items: the enumeration comma `、` in Chinese, `, ` in English. */
export function listSep(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}

/** The separator between clauses: full-width `；` in Chinese, `; ` in English. */
export function clauseSep(lang: Lang): string {
  return lang === 'zh' ? '；' : '; ';
}

/** The comma between phrases: full-width `，` in Chinese, `, ` in English. */
export function comma(lang: Lang): string {
  return lang === 'zh' ? '，' : ', ';
}

/** The full stop ending a sentence: `。` in Chinese, `.` in English. */
export function fullStop(lang: Lang): string {
  return lang === 'zh' ? '。' : '.';
}

/** The separator between whole sentences: none in Chinese, one space in English. */
export function sentenceSep(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/** The opening and closing parenthesis: full-width `（…）` in Chinese, ` (…)` in English. */
export const PAREN: Readonly<Record<Lang, { readonly open: string; readonly close: string }>> = {
  zh: { open: '（', close: '）' },
  en: { open: ' (', close: ')' },
};

/** `s` in parentheses: `（s）` in Chinese, ` (s)` (with the space before) in English. */
export function parens(lang: Lang, s: string): string {
  return `${PAREN[lang].open}${s}${PAREN[lang].close}`;
}

/** A formatted number with the percent sign: `82.5%` in Chinese, `82.5 %` in English. */
export function percent(lang: Lang, formatted: string): string {
  return lang === 'zh' ? `${formatted}%` : `${formatted} %`;
}

/** The `lang` attribute for text in `text` inside an element in `around`: none when they agree. */
export function langAttr(text: Lang, around: Lang): string | undefined {
  return text === around ? undefined : HTML_LANG[text];
}
