/**
 * Chart specs of the ranking page, built from its page data: one rank chart per ranking body.
 * Pure: every headline number comes from the same rows as the chart and its table.
 */
import type { Bilingual, Cell, RankChartSpec, TableColumn } from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from '../site/index.ts';
import { periodStart } from './periods.ts';
import { type RankingPageData, type RankingSeries, type TargetBand } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Ranking: rank over time.

/**
 * Where a ranking period sits on the chart's calendar axis: months and years as they are, an ISO
 * week at its Monday (the axis takes calendar dates only).
 */
export function rankPlotDate(period: string): string {
  return /^\d{4}-W\d{2}$/.test(period) ? periodStart(period) : period;
}

const listSep = (lang: 'zh' | 'en'): string => (lang === 'zh' ? '；' : '; ');

/**
 * The rank chart of one ranking body, or null when the body has no numeric rank to draw. Ranks
 * given only in words are not points: they stay in the table and are named in the headline.
 */
export function rankChartSpec(
  ctx: ChartContext,
  series: RankingSeries,
  band: TargetBand,
): RankChartSpec | null {
  const ranked = series.points.filter((p) => p.rank !== null);
  const latest = ranked.at(-1);
  if (latest === undefined) return null;
  const wordsOnly = series.points.filter((p) => p.status === 'text_only');
  const units = series.points.map((p) => p.unitsRanked).filter((u): u is number => u !== null);
  const unitsKnown = ranked.every((p) => p.unitsRanked !== null);
  const ownBand = series.chart.band;
  // The axis must reach every drawn rank and the band, whatever the published table size says.
  const total = Math.max(...ranked.map((p) => p.rank ?? 1), ...units, ownBand?.worst ?? 1);
  const weekly = series.frequency === 'week';
  const county = ctx.county;

  const head: Bilingual = {
    zh: `${county.zh}在“${series.name.zh}”中有 ${ranked.length} 期公开的具体名次，最新为${latest.periodLabel.zh}${latest.display.zh}`,
    en: `${county.en} has ${ranked.length} published numeric rank${ranked.length === 1 ? '' : 's'} in “${series.name.en}”; the latest is ${latest.display.en} in ${latest.periodLabel.en}`,
  };
  const parts: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (wordsOnly.length > 0) {
    const shown = wordsOnly.slice(0, 2);
    const more = wordsOnly.length > shown.length;
    parts.zh.push(
      `另有 ${wordsOnly.length} 期只有文字描述、没有名次，不画作点（${shown.map((p) => `${p.periodLabel.zh}：${p.display.zh}`).join('；')}${more ? '等' : ''}）`,
    );
    parts.en.push(
      `${wordsOnly.length} more period${wordsOnly.length === 1 ? ' is' : 's are'} described in words without a number and not drawn (${shown.map((p) => `${p.periodLabel.en}: ${p.display.en}`).join('; ')}${more ? ', …' : ''})`,
    );
  }
  if (!unitsKnown) {
    parts.zh.push(`参加排名的单位总数未全部公布，纵轴只画到已知最大的第 ${total} 名`);
    parts.en.push(
      `the number of units ranked is not always published, so the axis stops at the largest known rank, ${total}`,
    );
  }
  if (band.status === 'unknown') {
    parts.zh.push('基线名次未知，图中没有目标区间');
    parts.en.push('the baseline rank is unknown, so no target band is drawn');
  } else if (ownBand !== null) {
    parts.zh.push(`目标区间为第 ${ownBand.best}–${ownBand.worst} 名`);
    parts.en.push(`the target band is ranks ${ownBand.best}–${ownBand.worst}`);
  } else {
    parts.zh.push('目标区间以另一项排名为基线，不画在此图中');
    parts.en.push('the target band is based on another ranking and is not drawn here');
  }
  const headline: Bilingual = {
    zh: `${[head.zh, ...parts.zh].join(listSep('zh'))}。`,
    en: `${[head.en, ...parts.en].join(listSep('en'))}.`,
  };

  const rows: Cell[][] = series.points.map((p) => [
    p.period,
    p.rank === null ? null : rankPlotDate(p.period),
    p.rank,
    p.unitsRanked,
    p.display.zh,
    p.display.en,
  ]);
  const columns: TableColumn[] = [
    { zh: '时段', en: 'Period' },
    weekly
      ? {
          zh: '图中日期（ISO 周画在该周星期一）',
          en: 'Date on the chart (an ISO week at its Monday)',
        }
      : { zh: '图中日期', en: 'Date on the chart' },
    { zh: '名次', en: 'Rank' },
    { zh: '参加排名的单位数', en: 'Units ranked' },
    { zh: '位置（来源原话，中文）', en: 'Position in words (Chinese)', cells: 'zh' },
    { zh: '位置（英文）', en: 'Position in words (English)' },
  ];
  return {
    type: 'rank',
    meta: {
      ...chartMeta(ctx, series.chart.id, series.chart.title, headline, { columns, rows }),
      source: {
        zh: `${series.publisher.zh}：${series.name.zh}`,
        en: `${series.publisher.en}: ${series.name.en}`,
      },
      dataDate: periodStart(latest.period),
    },
    total,
    ...(unitsKnown ? {} : { totalIsUnitCount: false }),
    ...(series.frequency === 'month'
      ? { step: 'month' as const }
      : series.frequency === 'year'
        ? { step: 'year' as const }
        : {}),
    series: [
      {
        key: series.id,
        name: series.name,
        // Missing, unlisted and words-only periods are null: the line breaks there.
        points: series.points.map((p) => ({ x: rankPlotDate(p.period), rank: p.rank })),
      },
    ],
    ...(ownBand === null
      ? {}
      : {
          target: {
            best: ownBand.best,
            worst: ownBand.worst,
            label: {
              zh: `目标区间：第 ${ownBand.best}–${ownBand.worst} 名`,
              en: `Target band: ranks ${ownBand.best}–${ownBand.worst}`,
            },
          },
        }),
  };
}

/** Every ranking body's chart (bodies without a numeric rank have none). */
export function rankingCharts(ctx: ChartContext, data: RankingPageData): RankChartSpec[] {
  return data.series.flatMap((s) => rankChartSpec(ctx, s, data.band) ?? []);
}
