/**
 * What an enforcement page shows of the official Chinese texts of a case (issue 19): on Chinese
 * pages the text as published; on English pages an English gloss with the original marked as
 * Chinese — plan sections in Arabic numerals, legal citations glossed, facts and notes with the
 * site's English text when the data has one, or a plain "published in Chinese only".
 */
import type { Lang } from '../../i18n/text.ts';
import { legalBasisEn, planSectionEn } from '../../i18n/gloss.ts';
import { mixed, zh, type Mixed } from '../../i18n/mixed.ts';
import { enforcementText } from './text.ts';

/** The plan section a category derives from: '八(三)' on Chinese pages, 'Section 8 (3)' on English. */
export function planSectionText(lang: Lang, clause: string): Mixed {
  if (lang === 'zh') return clause;
  const en = planSectionEn(clause);
  return en === null
    ? mixed`${enforcementText(lang, 'case.section', { n: '' })}${zh(clause)}`
    : enforcementText(lang, 'case.section', { n: en });
}

/** The legal basis: as published on Chinese pages, glossed with the original on English ones. */
export function legalBasisText(lang: Lang, legalBasis: string): Mixed {
  return lang === 'zh' ? legalBasis : legalBasisEn(legalBasis);
}

/** One term and its description in the case page's list of facts. */
export interface FactRow {
  readonly term: string;
  readonly detail: Mixed;
}

type Glossed = 'summary' | 'revocationNote';

/**
 * A free text published in Chinese (`original`) with the site's optional English text: on Chinese
 * pages the original alone; on English pages the original marked as Chinese and the English
 * beneath it, labelled as the site's, or the original with a note that there is no English.
 */
export function glossedRows(
  lang: Lang,
  kind: Glossed,
  original: string,
  english: string | null,
): readonly FactRow[] {
  if (lang === 'zh') return [{ term: enforcementText(lang, `case.${kind}`), detail: original }];
  if (english !== null && english !== '') {
    return [
      { term: enforcementText(lang, `case.${kind}.original`), detail: [zh(original)] },
      { term: enforcementText(lang, `case.${kind}.en`), detail: english },
    ];
  }
  return [
    {
      term: enforcementText(lang, `case.${kind}`),
      detail: [zh(original), enforcementText(lang, 'case.chineseOnly')],
    },
  ];
}

/**
 * A short note in a table cell (fire points): on English pages the site's English with the
 * original after it, or the original marked with "in Chinese only"; on Chinese pages as written.
 */
export function glossedNote(lang: Lang, note: string, noteEn: string): Mixed {
  if (lang === 'zh' || note === '') return note;
  if (noteEn === '') return [zh(note), enforcementText(lang, 'gloss.chineseOnly')];
  return [
    noteEn,
    enforcementText(lang, 'gloss.original'),
    zh(note),
    enforcementText(lang, 'gloss.close'),
  ];
}
