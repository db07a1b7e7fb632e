/**
 * Shapes and helpers of the methodology page's text: the `MethodologyText` type both halves
 * (text-zh.ts, text-en.ts) fill, and the small formatters they share.
 */
import type { Lang } from '../../i18n/strings.ts';
import { type Mixed } from '../../i18n/mixed.ts';
import type { Pollutant } from '../../records/types.ts';
import type { AqiResult } from '../../indicators/aqi.ts';
import type { GradeIIOutcome, PeriodConcentrations } from '../../indicators/period.ts';
import type { Regime } from '../../indicators/regime.ts';
import type { Verdict } from '../../indicators/targets.ts';
import type { Averaging, MethodologyPageData, SectionId } from './schema.ts';
import { POLLUTANT_SYMBOL as POLLUTANT_NAMES } from '../../i18n/labels.ts';

export type D = MethodologyPageData;

export interface SectionText {
  readonly heading: string;
  /** Paragraphs of explanation; Chinese fragments in English text are marked (cn). */
  readonly body: (d: D) => readonly Mixed[];
  /** Worked examples, computed by the indicator functions (may be empty). */
  readonly examples: (d: D) => readonly Mixed[];
}

/** An official document the page cites. */
export interface SourceDoc {
  readonly id: string;
  readonly number: string;
  readonly title: Mixed;
  readonly note: string;
  /** Official text on the MEE site, where one is known. */
  readonly url?: string;
}

export interface MethodologyText {
  readonly title: string;
  readonly description: string;
  readonly intro: string;
  readonly tocHeading: string;
  readonly exampleLabel: string;
  readonly provisionalMark: string;
  readonly formulaLabel: string;
  readonly regimeName: Readonly<Record<Regime, string>>;
  readonly pollutant: Readonly<Record<Pollutant, string>>;
  readonly averaging: Readonly<Record<Averaging, string>>;
  readonly statistic: Readonly<Record<keyof PeriodConcentrations, string>>;
  readonly verdict: Readonly<Record<Verdict, string>>;
  readonly sections: Readonly<Record<SectionId, SectionText>>;
  /** Formulas as plain text, one per line, and what their symbols mean. */
  readonly formulas: {
    readonly iaqi: readonly string[];
    readonly iaqiLegend: string;
    readonly percentile: readonly string[];
    readonly percentileLegend: string;
    readonly ratios: readonly string[];
    readonly composite: readonly string[];
    readonly compositeLegend: string;
  };
  readonly regimeTable: {
    readonly caption: string;
    readonly topic: string;
    readonly period: string;
    readonly limits: string;
    readonly aqi: string;
    readonly assessment: string;
    readonly periodOf: (d: D, r: Regime) => string;
    readonly docs: Readonly<
      Record<'limits' | 'aqi' | 'assessment', Readonly<Record<Regime, string>>>
    >;
  };
  readonly breakpoints: {
    readonly caption: (r: Regime) => string;
    readonly iaqiHeader: string;
    readonly none: string;
    readonly changedMark: string;
    readonly changedLegend: string;
    readonly realtimeMark: string;
    readonly realtimeLegend: string;
    readonly notes: (
      r: Regime,
    ) => readonly { readonly text: string; readonly provisional: boolean }[];
  };
  readonly categories: {
    readonly caption: string;
    readonly range: string;
    readonly level: string;
    readonly category: string;
    readonly colour: string;
    readonly health: string;
    readonly advice: string;
    readonly above: (min: number) => string;
  };
  readonly limits: {
    readonly caption: string;
    readonly pollutant: string;
    readonly averaging: string;
    readonly unit: string;
    readonly legend: string;
  };
  readonly chart: {
    readonly caption: string;
    readonly concentration: string;
    readonly iaqi: (r: Regime) => string;
  };
  readonly targetsTable: {
    readonly caption: string;
    readonly target: string;
    readonly headline: string;
    readonly second: string;
  };
  readonly compositeTable: {
    readonly caption: string;
    readonly pollutant: string;
    readonly statistic: string;
    readonly limit: string;
    readonly index: (r: Regime) => string;
    readonly sum: string;
  };
  readonly sampleDatasetsNow: (names: readonly string[]) => string;
  readonly provisionalLimitsHeading: string;
  readonly provisionalRulesHeading: string;
  readonly sourcesHeading: string;
  readonly sourcesIntro: string;
  readonly officialText: string;
  readonly sources: readonly SourceDoc[];
}

/** A number with at most `max` decimals, no grouping (standards print 2620, not 2,620). */
export function fmt(x: number, max = 2): string {
  const r = Number(x.toFixed(max));
  return Object.is(r, -0) ? '0' : String(r);
}

const MEE = 'https://www.mee.gov.cn/ywgz/fgbz/bz/bzwb/jcffbz';
export const URLS = {
  hj633_2012: `${MEE}/201203/W020250407406362045613.pdf`,
  hj663_2013: `${MEE}/201309/W020250407408679440652.pdf`,
  hj633_2026: `${MEE}/202602/W020260225366493492011.pdf`,
  hj663_2026: `${MEE}/202602/W020260225383639187925.pdf`,
} as const;

export function list(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

export function pollutants(lang: Lang, ps: readonly Pollutant[]): string {
  return ps.length === 0
    ? lang === 'zh'
      ? '无'
      : 'none'
    : list(
        lang,
        ps.map((p) => POLLUTANT_NAMES[p]),
      );
}

export function aqiLine(lang: Lang, r: AqiResult): string {
  const sub = (Object.keys(r.iaqi) as Pollutant[]).map(
    (p) => `${POLLUTANT_NAMES[p]} ${r.iaqi[p] ?? ''}`,
  );
  return lang === 'zh'
    ? `分指数 ${list(lang, sub)}；AQI = ${r.aqi ?? '—'}，首要污染物 ${pollutants(lang, r.primary)}，超标污染物 ${pollutants(lang, r.exceedance)}`
    : `sub-indices ${list(lang, sub)}; AQI = ${r.aqi ?? '—'}, primary pollutant ${pollutants(lang, r.primary)}, exceedance pollutants ${pollutants(lang, r.exceedance)}`;
}

export const OUTCOME: Readonly<Record<Lang, Record<GradeIIOutcome, string>>> = {
  zh: { attained: '达标', not_attained: '未达标', not_assessable: '无法判定' },
  en: { attained: 'attained', not_attained: 'not attained', not_assessable: 'not assessable' },
};
