/**
 * Mechanical reading of the plan's text: join the page-break splits, find every number and date,
 * and find the responsibility clauses "（…负责）". Used by the extraction test that keeps
 * data/plan/*.csv honest against the source, and by anything that needs to quote the text.
 * See docs/decisions/010-plan-data.md.
 */
import { chineseNumeral } from '../../i18n/gloss.ts';

/** A section heading line: 一、…  十、… */
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;
/** An item heading at the start of a paragraph: （一）… */
const ITEM_HEADING = /^（([一二三四五六七八九十]+)）/;

/**
 * The plan's paragraphs with page-break splits joined. A paragraph that does not end a sentence
 * (。 or a closing ）) continues in the next one, unless it is the title or a heading; the
 * original's page breaks cut words such as "非道路移动机" / "械" and "公" / "安局" this way.
 */
export function planParagraphs(text: string): string[] {
  const raw = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const out: string[] = [];
  let carry = '';
  raw.forEach((line, i) => {
    const para = carry + line;
    const standalone = i === 0 || SECTION_HEADING.test(para) || /[。）]$/.test(para);
    if (standalone || i === raw.length - 1) {
      out.push(para);
      carry = '';
    } else {
      carry = para;
    }
  });
  return out;
}

/** The plan text with page-break splits joined, one paragraph per line. */
export function joinedPlanText(text: string): string {
  return planParagraphs(text).join('\n');
}

/**
 * The Chinese numerals 一 … 九十九 as used in the plan's headings, to numbers: the general reader
 * (src/i18n/gloss.ts) limited to the digits and 十, so 百, 千 and 零 stay unread here.
 */
export function chineseNumeralValue(s: string): number | null {
  return /^[一二两三四五六七八九十]+$/u.test(s) ? chineseNumeral(s) : null;
}

export type NumberTokenKind = 'date' | 'year' | 'number' | 'chinese_numeral' | 'roman_numeral';

/** One number or date found in the text. */
export interface NumberToken {
  readonly kind: NumberTokenKind;
  /** The characters matched, as written. */
  readonly text: string;
  /** Offset of the match in the text it was found in. */
  readonly start: number;
  readonly end: number;
  /** Numeric value (万 applied: "50 万元" → 500000); null for dates and unparsed numerals. */
  readonly value: number | null;
  /** YYYY-MM-DD for dates ("2024年6月底" → 2024-06-30; "年底" → 12-31); YYYY for years. */
  readonly date: string | null;
  /** True when the number was followed by % (the value is then in percent). */
  readonly percent: boolean;
}

function lastDayOfMonth(year: number, month: number): string {
  // Date.UTC with day 0 of the next month is the last day of this month, with no local zone.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full-width digits, point and percent to ASCII, one character for one so offsets stay put. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const TOKEN = new RegExp(
  [
    // 2024年6月底 / 2024 年 10 月底
    String.raw`(?<ym>(?<ymY>\d{4})\s*年\s*(?<ymM>\d{1,2})\s*月底)`,
    // 2024年年底 / 2025 年年底
    String.raw`(?<ye>(?<yeY>\d{4})\s*年\s*年底)`,
    // 10月底 (year from the closest year written before it)
    String.raw`(?<m>(?<mM>\d{1,2})\s*月底)`,
    // 2025年 / 2025 年
    String.raw`(?<y>(?<yY>\d{4})\s*年)`,
    // 82.5% / 50 万 / 3
    String.raw`(?<n>(?<nV>\d+(?:\.\d+)?)(?<nPct>\s*%)?(?<nWan>\s*万)?)`,
    // Chinese numerals outside headings: 一次, 十四五, 二十大, 四级, 国三 …
    String.raw`(?<c>[一二三四五六七八九十百千万两]+)`,
    // Roman numerals: Ⅲ类, and 国 VI written with Latin letters
    String.raw`(?<r>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|(?<=国\s*)[IVX]+(?![A-Za-z]))`,
  ].join('|'),
  'g',
);

/**
 * Every number and date in `text`, in order. Heading numbers （一） and 一、 are not quantities and
 * are skipped; everything else — including Chinese numerals inside words — is returned, so a
 * test can require each to be accounted for.
 */
export function extractNumberTokens(text: string): NumberToken[] {
  const src = halfWidth(text);
  const tokens: NumberToken[] = [];
  let lastYear: number | null = null;
  for (const m of src.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const start = m.index;
    const matched = m[0];
    const end = start + matched.length;
    const base = { text: text.slice(start, end), start, end };
    if (g['ym'] !== undefined) {
      const y = Number(g['ymY']);
      lastYear = y;
      tokens.push({
        ...base,
        kind: 'date',
        value: null,
        date: lastDayOfMonth(y, Number(g['ymM'])),
        percent: false,
      });
    } else if (g['ye'] !== undefined) {
      const y = Number(g['yeY']);
      lastYear = y;
      tokens.push({
        ...base,
        kind: 'date',
        value: null,
        date: lastDayOfMonth(y, 12),
        percent: false,
      });
    } else if (g['m'] !== undefined) {
      const date = lastYear === null ? null : lastDayOfMonth(lastYear, Number(g['mM']));
      tokens.push({ ...base, kind: 'date', value: null, date, percent: false });
    } else if (g['y'] !== undefined) {
      const y = Number(g['yY']);
      lastYear = y;
      tokens.push({ ...base, kind: 'year', value: y, date: String(y), percent: false });
    } else if (g['n'] !== undefined) {
      const wan = g['nWan'] !== undefined ? 10_000 : 1;
      // Multiply via string digits so 0.3 or 82.5 never pick up binary-float noise.
      const value = Number(g['nV']) * wan;
      tokens.push({ ...base, kind: 'number', value, date: null, percent: g['nPct'] !== undefined });
    } else if (g['r'] !== undefined) {
      tokens.push({ ...base, kind: 'roman_numeral', value: null, date: null, percent: false });
    } else {
      const lineStart = src.lastIndexOf('\n', start - 1) + 1;
      const before = src.slice(lineStart, start);
      const after = src.slice(end, end + 1);
      const isSectionHeading = before === '' && after === '、';
      const isItemHeading = before === '（' && after === '）' && lineStart === start - 1;
      if (isSectionHeading || isItemHeading) continue;
      tokens.push({
        ...base,
        kind: 'chinese_numeral',
        value: chineseNumeralValue(matched),
        date: null,
        percent: false,
      });
    }
  }
  return tokens;
}

/** A responsibility clause at the end of an item: （县发展改革委牵头，生态环境分局配合）. */
export interface ResponsibilityClause {
  /** Section and item number, e.g. "3.2". */
  readonly measureId: string;
  /** The clause without its brackets. */
  readonly text: string;
  /** Names with their role as the clause states it. */
  readonly bodies: readonly {
    readonly name: string;
    readonly role: string;
    readonly openList: boolean;
  }[];
}

const ROLE_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/按照?职责分工负责$/, 'joint'],
  [/负责落实$/, 'implementing'],
  [/参与$/, 'implementing'],
  [/牵头$/, 'lead'],
  [/配合$/, 'cooperating'],
  [/负责$/, 'joint'],
];

/**
 * The responsibility clauses of every item, read mechanically: the final parenthesis of an item
 * paragraph, split into groups at ，, each group's role from its last words (牵头, 配合,
 * 按职责分工负责, 负责, 负责落实, 参与) and its names split at 、. A trailing 等 marks an open list.
 */
export function responsibilityClauses(joinedText: string): ResponsibilityClause[] {
  const out: ResponsibilityClause[] = [];
  let section = 0;
  for (const para of joinedText.split('\n')) {
    const sec = /^([一二三四五六七八九十]+)、/.exec(para);
    if (sec?.[1] !== undefined) {
      section = chineseNumeralValue(sec[1]) ?? 0;
      continue;
    }
    const item = ITEM_HEADING.exec(para);
    const clause = /（([^（）]*(?:负责|牵头|配合|参与)[^（）]*)）$/.exec(para);
    if (item?.[1] === undefined || clause?.[1] === undefined) continue;
    const measureId = `${section}.${chineseNumeralValue(item[1]) ?? 0}`;
    const bodies: { name: string; role: string; openList: boolean }[] = [];
    for (const group of clause[1].split('，')) {
      const rule = ROLE_SUFFIXES.find(([re]) => re.test(group));
      if (rule === undefined) throw new Error(`${measureId}: no role words in "${group}"`);
      let names = group.replace(rule[0], '');
      const openList = names.endsWith('等');
      if (openList) names = names.slice(0, -1);
      // The township group is one body: 各乡镇、办事处、管委会.
      const parts = names.startsWith('各乡镇') ? [names] : names.split('、');
      for (const name of parts) bodies.push({ name, role: rule[1], openList });
    }
    out.push({ measureId, text: clause[1], bodies });
  }
  return out;
}
