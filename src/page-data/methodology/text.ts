/**
 * Text of the methodology page, Chinese first, English second. Paragraphs that print numbers are
 * functions of the page data (build.ts), so every number comes from the code; the text
 * only says what the numbers mean and where the rule comes from.
 */
import type { Lang } from '../../i18n/text.ts';
import type { MethodologyText } from './text-kit.ts';
import { en } from './text-en.ts';
import { zh } from './text-zh.ts';

const TEXT: Readonly<Record<Lang, MethodologyText>> = { zh, en };

/** The methodology page's text in one language. */
export function methodologyText(lang: Lang): MethodologyText {
  return TEXT[lang];
}
