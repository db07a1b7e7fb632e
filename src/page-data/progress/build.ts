/**
 * Page data of the progress pages (home scoreboard, target pages, today's air), built from the
 * indicator results. Pure: no I/O. The shapes it returns are in schema.ts.
 */
import type { z } from 'zod';
import { CATEGORIES, level } from '../../indicators/aqi.ts';
import type { HourlyIndicator } from '../../indicators/pipeline.ts';
import {
  GRADE_II_HEADLINE_ITEMS,
  type Basis,
  type PeriodStatistic,
} from '../../indicators/period.ts';
import { LIMITS_2012, LIMITS_2026 } from '../../indicators/regime.ts';
import {
  assessTarget,
  reconcile,
  targetInputFromPeriod,
  type PublishedStatistic,
  type TargetDefinition,
  type TargetId,
} from '../../indicators/targets.ts';
import { COUNTY_AREA } from '../../indicators/county.ts';
import type { Bilingual } from '../../i18n/text.ts';
import type {
  Headline,
  NowData,
  ScoreboardItem,
  TargetCell,
  VerdictCounts,
  WarningPeriod,
  ytdSchema,
} from './schema.ts';

function annualOf(
  stats: readonly PeriodStatistic[],
  year: string,
  b: Basis,
): PeriodStatistic | undefined {
  return stats.find((s) => s.area === COUNTY_AREA && s.period === year && s.basis === b);
}

function cell(def: TargetDefinition, stat: PeriodStatistic | undefined, b: Basis): TargetCell {
  const empty = { days: 0, required: 324, valid: false, invalidMonths: [] as string[] };
  if (stat === undefined) {
    const p = assessTarget(def, {
      year: def.year,
      basis: b,
      value: null,
      final: true,
      source: 'computed',
    });
    return {
      basis: b,
      value: null,
      verdict: p.verdict,
      readings: p.readings.map((r) => ({ ...r })),
      disagree: p.disagree,
      counts: null,
      validity: empty,
      items: [],
      dustDaysDeducted: 0,
    };
  }
  const input = targetInputFromPeriod(def, stat);
  const p = assessTarget(def, input);
  const grade = stat.gradeII;
  return {
    basis: b,
    value: p.value,
    verdict: p.verdict,
    readings: p.readings.map((r) => ({ ...r })),
    disagree: p.disagree,
    counts: input.counts
      ? { numerator: input.counts.numerator, denominator: input.counts.denominator }
      : null,
    validity: {
      days: stat.days.count,
      required: stat.days.required,
      valid: stat.days.valid,
      invalidMonths: [...stat.days.shortMonths],
    },
    items:
      def.id === 'grade_ii' && grade
        ? grade.items.map((i) => ({
            item: i.item,
            value: i.value,
            limit: i.limit,
            attained: i.attained,
          }))
        : [],
    dustDaysDeducted: stat.dustDaysDeducted,
  };
}

const PUBLISHED_INDICATOR: Readonly<Partial<Record<TargetId, string>>> = {
  pm2_5_annual: 'pm2_5_mean',
  good_days_ratio: 'good_ratio',
  heavy_days_ratio: 'heavy_ratio',
};

/** The least whole number of good days (≥) or most heavy days (≤) that meets a ratio target over `n` days. */
export function daysNeeded(
  targetPercent: number,
  n: number,
  comparison: '>=' | '<=',
): number | null {
  if (n <= 0) return null;
  // Exact integer arithmetic on tenths of a percent: days × 1000 vs target × 10 × n.
  const t10 = Math.round(targetPercent * 10);
  return comparison === '>=' ? Math.ceil((t10 * n) / 1000) : Math.floor((t10 * n) / 1000);
}

export function buildScoreboard(
  targets: readonly TargetDefinition[],
  annual: readonly PeriodStatistic[],
  published: readonly PublishedStatistic[],
): ScoreboardItem[] {
  return targets.map((def) => {
    const raw = cell(def, annualOf(annual, def.year, 'raw'), 'raw');
    const dust = cell(def, annualOf(annual, def.year, 'dust_excluded'), 'dust_excluded');
    const ind = PUBLISHED_INDICATOR[def.id];
    const pub =
      ind === undefined
        ? undefined
        : published.find((p) => p.period === def.year && p.indicator === ind);
    const rec = reconcile(pub, raw.value);
    // What meeting it takes is counted on the basis that counts (equal to raw without a dust list).
    const n = (COUNTING_BASIS[def.id] === 'dust_excluded' ? dust : raw).counts?.denominator ?? 0;
    return {
      id: def.id,
      year: def.year,
      regime: '2012' as const,
      targetValue: def.targetValue,
      comparison: def.comparison,
      planWording: { zh: def.planWordingZh, en: def.planWordingEn },
      alternative: { zh: def.alternativeZh, en: def.alternativeEn },
      raw,
      dust,
      published:
        rec.published === null
          ? null
          : {
              value: rec.published.value,
              sourceUrl: rec.published.source_url,
              published: rec.published.published,
              difference: rec.difference,
            },
      needed: {
        goodDaysAtLeast:
          def.id === 'good_days_ratio' && def.targetValue !== null
            ? daysNeeded(def.targetValue, n, '>=')
            : null,
        heavyDaysAtMost:
          def.id === 'heavy_days_ratio' && def.targetValue !== null
            ? daysNeeded(def.targetValue, n, '<=')
            : null,
      },
    };
  });
}

/**
 * The basis each headline target is assessed on. 环办监测〔2016〕120号 has target assessments and
 * rankings deduct sand-dust data, so the deducted reading counts; the plan names no basis
 * (docs/decisions/020). Without a dust list the bases are equal and raw is what there is.
 */
export const COUNTING_BASIS: Readonly<Record<TargetId, Basis>> = {
  pm2_5_annual: 'dust_excluded',
  good_days_ratio: 'dust_excluded',
  heavy_days_ratio: 'dust_excluded',
  grade_ii: 'dust_excluded',
};

/** The cell of the basis that counts, then the other one. */
export function countingCells(
  item: Pick<ScoreboardItem, 'id' | 'raw' | 'dust'>,
  dustList: boolean,
): readonly [TargetCell, TargetCell] {
  return dustList && COUNTING_BASIS[item.id] === 'dust_excluded'
    ? [item.dust, item.raw]
    : [item.raw, item.dust];
}

type Verdict = TargetCell['verdict'];

/** Grade II in one figure: of the six headline statistics, how many are over their limit. */
export function gradeIIOver(c: Pick<TargetCell, 'items'>): { n: number; over: number } {
  const head = c.items.filter((i) =>
    (GRADE_II_HEADLINE_ITEMS as readonly string[]).includes(i.item),
  );
  return { n: head.length, over: head.filter((i) => i.attained === false).length };
}

function tally(verdicts: readonly Verdict[]): VerdictCounts {
  return {
    met: verdicts.filter((v) => v === 'met').length,
    notMet: verdicts.filter((v) => v === 'not_met').length,
    notAssessable: verdicts.filter((v) => v === 'not_assessable').length,
  };
}

/**
 * One answer per target year: the computed targets' verdicts on the basis that counts, plus
 * `extra` targets judged elsewhere (the ranking, which has no computed verdict yet). Years in
 * the order the plan lists them.
 */
export function buildHeadline(
  scoreboard: readonly ScoreboardItem[],
  extra: readonly { year: string; verdict: Verdict }[],
  dustList: boolean,
  lastDay: string | null,
): Headline[] {
  const years = [...new Set([...scoreboard.map((i) => i.year), ...extra.map((e) => e.year)])];
  return years.map((year) => {
    const items = scoreboard.filter((i) => i.year === year);
    const others = extra.filter((e) => e.year === year).map((e) => e.verdict);
    const first = items.map((i) => countingCells(i, dustList)[0]);
    const second = items.map((i) => countingCells(i, dustList)[1]);
    return {
      year,
      total: items.length + others.length,
      counting: first[0]?.basis ?? 'raw',
      counts: tally([...first.map((c) => c.verdict), ...others]),
      other: dustList
        ? {
            basis: second[0]?.basis ?? 'raw',
            counts: tally([...second.map((c) => c.verdict), ...others]),
          }
        : null,
      hasValidDay: items.some((i) => i.raw.validity.days > 0),
      complete: lastDay !== null && lastDay >= `${year}-12-31`,
      through: lastDay,
    };
  });
}

export function buildYtd(ytd: readonly PeriodStatistic[]): z.infer<typeof ytdSchema> | null {
  const county = ytd.filter((s) => s.area === COUNTY_AREA);
  const first = county[0];
  if (first === undefined) return null;
  return {
    period: first.period,
    from: first.from,
    to: first.to,
    regime: first.regime,
    daysByRegime: { ...first.daysByRegime },
    bases: county.map((s) => ({
      basis: s.basis,
      pm2_5: s.concentrations.pm2_5.value,
      pm2_5Valid: s.concentrations.pm2_5.valid,
      good: { value: s.goodRatio, numerator: s.goodDays, denominator: s.validDays },
      heavy: { value: s.heavyRatio, numerator: s.heavyDays, denominator: s.validDays },
      evaluableDays: s.days.count,
    })),
    limits: {
      pm2_5_2012: LIMITS_2012.annual.pm2_5,
      pm2_5_2026: LIMITS_2026.annual.pm2_5,
      pm10_2012: LIMITS_2012.annual.pm10,
      pm10_2026: LIMITS_2026.annual.pm10,
    },
  };
}

/** Today's air: the county's latest hour (the hour labelled `asOf`, or the latest before it). */
export function buildNow(latest: HourlyIndicator | undefined): NowData | null {
  if (latest === undefined) return null;
  const cat = latest.aqi.aqi === null ? null : level(latest.aqi.aqi);
  return {
    time: latest.time,
    aqi: latest.aqi.aqi,
    level: latest.aqi.level,
    primary: [...latest.aqi.primary],
    values: { ...latest.values },
    regime: latest.regime,
    category:
      cat === null
        ? null
        : {
            zh: cat.zh,
            en: cat.en,
            hex: cat.hex,
            healthZh: cat.healthZh,
            healthEn: cat.healthEn,
            adviceZh: cat.adviceZh,
            adviceEn: cat.adviceEn,
          },
  };
}

/** The data folder's heavy-pollution warning periods, newest first, flagged when in force at `asOfDate`. */
export function buildWarnings(
  periods: readonly {
    from: string;
    to: string;
    level?: Bilingual | undefined;
    source: { url: string | null; note?: Bilingual | undefined };
  }[],
  asOfDate: string | null,
): WarningPeriod[] {
  return [...periods]
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))
    .map((p) => ({
      from: p.from,
      to: p.to,
      level: p.level ?? null,
      source: { url: p.source.url, note: p.source.note ?? null },
      current: asOfDate !== null && p.from <= asOfDate && asOfDate <= p.to,
    }));
}

export { CATEGORIES };
