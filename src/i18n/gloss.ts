/**
 * English glosses of official Chinese references (issue 19): plan section numbers ("八(三)" →
 * "8 (3)") and legal citations (《中华人民共和国大气污染防治法》第一百零八条 → the law's English
 * name and "Article 108", with the original after it, marked as Chinese). The original stays the
 * authority: a law this table does not know is never translated, only its article numbers.
 */
import { mixed, zh, type Part } from './mixed.ts';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral below 10 000 as a number ('一百零八' → 108, '十四' → 14, '二十' → 20), or
 * null when `s` is not one.
 */
export function chineseNumeral(s: string): number | null {
  if (s === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zero = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    const u = UNITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // two digits in a row
      if (d === 0) zero = true;
      digit = d;
    } else if (u !== undefined) {
      if (u >= lastUnit) return null; // units must fall: 百 before 十
      if (digit === 0) return null; // 零十
      // A bare leading 十 is 一十 ('十四' → 14); elsewhere a unit needs its digit.
      if (digit === null && total !== 0) return null;
      total += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
    } else return null;
  }
  // '一百八' is colloquial for 180: without 零 a last digit after 百 or 千 is ambiguous.
  if (digit !== null && digit !== 0 && lastUnit > 10 && lastUnit !== Infinity && !zero) return null;
  return total + (digit ?? 0);
}

const NUMERAL = '[零〇一二三四五六七八九十百千两]+';
const SECTION = new RegExp(`^(${NUMERAL})[(（](${NUMERAL})[)）]$`, 'u');

/**
 * A plan section in Arabic numerals: '八(三)' → '8 (3)', '四(四)、三(五)' → '4 (4), 3 (5)';
 * a bare chapter '八' → '8'. Null when any part is not a section number.
 */
export function planSectionEn(s: string): string | null {
  const out: string[] = [];
  for (const piece of s.split(/[、，,；;]/u)) {
    const p = piece.trim();
    const m = SECTION.exec(p);
    if (m) {
      const chapter = chineseNumeral(m[1] ?? '');
      const item = chineseNumeral(m[2] ?? '');
      if (chapter === null || item === null) return null;
      out.push(`${chapter} (${item})`);
    } else {
      const chapter = chineseNumeral(p);
      if (chapter === null) return null;
      out.push(String(chapter));
    }
  }
  return out.join(', ');
}

/** `planSectionEn` for a section number written in code: throws when it is not one. */
export function planSectionEnOf(s: string): string {
  const en = planSectionEn(s);
  if (en === null) throw new Error(`not a plan section number: ${s}`);
  return en;
}

/**
 * The English names of the laws and regulations that county air-pollution decisions cite (the
 * official or customary translations). A law not listed is shown in Chinese, never translated.
 */
export const LAW_NAMES_EN: Readonly<Record<string, string>> = {
  中华人民共和国大气污染防治法:
    "Law of the People's Republic of China on the Prevention and Control of Atmospheric Pollution",
  中华人民共和国环境保护法: "Environmental Protection Law of the People's Republic of China",
  中华人民共和国行政处罚法: "Law of the People's Republic of China on Administrative Penalties",
  中华人民共和国行政强制法: "Law of the People's Republic of China on Administrative Coercion",
  中华人民共和国环境影响评价法:
    "Law of the People's Republic of China on Environmental Impact Assessment",
  排污许可管理条例: 'Regulations on the Administration of Pollutant Discharge Permits',
  河南省大气污染防治条例:
    'Henan Province Regulations on the Prevention and Control of Air Pollution',
};

const UNIT_EN: Readonly<Record<string, string>> = { 条: 'Article', 款: 'paragraph', 项: 'item' };
const CITATION = new RegExp(`^(?:《([^》]+)》)?((?:第${NUMERAL}[条款项])+)$`, 'u');
const PROVISION = new RegExp(`第(${NUMERAL})([条款项])`, 'gu');

/** '第九十九条第一项' → 'Article 99, item 1'; null when a number does not parse. */
function provisionEn(s: string): string | null {
  const out: string[] = [];
  for (const m of s.matchAll(PROVISION)) {
    const n = chineseNumeral(m[1] ?? '');
    const unit = UNIT_EN[m[2] ?? ''];
    if (n === null || unit === undefined) return null;
    out.push(`${unit} ${n}`);
  }
  return out.length > 0 ? out.join(', ') : null;
}

/**
 * An English gloss of a legal basis as published, each citation followed by its original marked
 * as Chinese: "Law of … Atmospheric Pollution, Article 108 (original: 《…》第一百零八条)". Several
 * citations (separated by 、，；;) are glossed one by one, and a citation without its own 《law》
 * takes the one before it. An unknown law keeps its Chinese name ("Article 5 of 《…》"); text that
 * is not a citation is shown as published, marked, and said to be so.
 */
export function legalBasisEn(s: string): readonly Part[] {
  const pieces = s
    .split(/[、，；;]/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let law: string | null = null;
  const glosses: (readonly Part[])[] = [];
  for (const piece of pieces) {
    const m = CITATION.exec(piece);
    const provision = m ? provisionEn(m[2] ?? '') : null;
    if (m?.[1] !== undefined) law = m[1];
    if (!m || provision === null || law === null) {
      glosses.push(mixed`${zh(piece)} (as published, in Chinese)`);
      continue;
    }
    const name = LAW_NAMES_EN[law];
    glosses.push(
      name === undefined
        ? mixed`${provision} of ${zh(`《${law}》`)} (original: ${zh(piece)})`
        : mixed`${name}, ${provision} (original: ${zh(piece)})`,
    );
  }
  if (glosses.length === 0) return [zh(s)];
  return glosses.flatMap((g, i) => (i === 0 ? g : ['; ', ...g]));
}
