/**
 * The one home of the language types (issue 16; tests/unit/architecture.test.ts keeps it so):
 * `Lang`, the `{ zh, en }` pair `Bilingual` and its zod schema. A leaf: every stage may import
 * it, and it imports nothing of the project outside `i18n/`.
 */
import { z } from 'zod';
import { mapPlain, plain, type Mixed } from './mixed.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages, Chinese first. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Both texts present and non-empty: a reader never gets a blank where a sentence should be. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** Values for a text's `{name}` placeholders. */
export type TextVars = Readonly<Record<string, string | number>>;

/**
 * One family's text table, both languages, looked up by key. Chinese first; English is typed
 * against the Chinese keys, so a missing translation fails `astro check`.
 */
export interface TextTable<K extends string> {
  /** Plain text (attributes, titles, plain-text outputs), placeholders filled from `vars`. */
  (lang: Lang, key: K, vars?: TextVars): string;
  /** The same with its Chinese fragments marked, for `<Mixed>` in page markup. */
  mixed(lang: Lang, key: K, vars?: TextVars): Mixed;
  /** The raw text with its placeholders unfilled, for a browser script that fills them. */
  template(lang: Lang, key: K): string;
  /** Every key, for the parity test. */
  keys(): readonly K[];
  /** The table's name, used in errors and by the parity test. */
  readonly id: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Define a family's text table: `export const enforcementText = defineText('enforcement', { zh,
 * en })`, then `enforcementText(lang, 'figures.heading')`. A placeholder without a value throws,
 * naming the table and the key: a reader never sees `{county}`.
 */
export function defineText<const Z extends Readonly<Record<string, Mixed>>>(
  id: string,
  tables: { readonly zh: Z; readonly en: { readonly [P in keyof Z]: Mixed } },
): TextTable<keyof Z & string> {
  type K = keyof Z & string;
  const byLang: Readonly<Record<Lang, Readonly<Record<K, Mixed>>>> = tables;
  const fill =
    (key: K, vars: TextVars | undefined) =>
    (s: string): string =>
      s.replace(PLACEHOLDER, (_, name: string) => {
        const v = vars?.[name];
        if (v === undefined) throw new Error(`text "${id}.${key}" needs {${name}}`);
        return String(v);
      });
  const raw = (lang: Lang, key: K): Mixed => {
    const m = byLang[lang][key] as Mixed | undefined;
    if (m === undefined) throw new TypeError(`text "${id}" has no key "${key}"`);
    return m;
  };
  const mixedText = (lang: Lang, key: K, vars?: TextVars): Mixed =>
    mapPlain(raw(lang, key), fill(key, vars));
  const text = (lang: Lang, key: K, vars?: TextVars): string => plain(mixedText(lang, key, vars));
  return Object.assign(text, {
    mixed: mixedText,
    template: (lang: Lang, key: K): string => plain(raw(lang, key)),
    keys: (): readonly K[] => Object.keys(tables.zh) as K[],
    id,
  });
}

/** A table written as `key → { zh, en }` pairs, turned into the `{ zh, en }` shape `defineText` takes. */
export function byKey<const T extends Readonly<Record<string, Bilingual>>>(
  pairs: T,
): {
  readonly zh: { readonly [P in keyof T]: string };
  readonly en: { readonly [P in keyof T]: string };
} {
  const pick = (lang: Lang): { [P in keyof T]: string } =>
    Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, v[lang]])) as {
      [P in keyof T]: string;
    };
  return { zh: pick('zh'), en: pick('en') };
}

/** The reader's half of a pair: `pick(lang, { zh: m.nameZh, en: m.nameEn })`. */
export function pick<T>(lang: Lang, pair: { readonly zh: T; readonly en: T }): T {
  return pair[lang];
}
