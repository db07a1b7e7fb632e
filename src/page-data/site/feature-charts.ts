/**
 * Chart specs of the ranking, plan and enforcement pages, built from the page data those features
 * already compute: one rank chart per ranking body, the plan's milestone timeline, and the
 * enforcement bar and line charts. Pure: every headline number comes from the same rows as the
 * chart and its table.
 */
import { formatNumber } from '../../charts/shared/format.ts';
import type {
  BarChartSpec,
  Bilingual,
  Cell,
  ChartSpec,
  LineChartSpec,
  MilestoneStatus,
  RankChartSpec,
  TableColumn,
  TimelineChartSpec,
} from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from './charts.ts';
import type { ChartData, EnforcementPageData } from '../enforcement/build.ts';
import type { PageStatus, PlanPagesData } from '../plan/build.ts';
import { STATUS_LABEL } from '../plan/text.ts';
import {
  periodStart,
  type RankingPageData,
  type RankingSeries,
  type TargetBand,
} from '../ranking/build.ts';

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

// ---------------------------------------------------------------------------------------------
// Plan: milestone timeline.

/** How a plan status is drawn: the kit's status with its shape and word. */
export const MILESTONE_OF: Readonly<Record<PageStatus, MilestoneStatus>> = {
  done: 'done',
  in_progress: 'in-progress',
  missed: 'overdue',
  no_published_evidence: 'no-evidence',
  not_started: 'not-started',
  not_due: 'not-started',
  not_assessable: 'unknown',
};

/**
 * The plan's milestone timeline: one mark per target with a deadline, the status date as the
 * "today" rule. Null without a status date (no observations: nothing to check deadlines against)
 * or without dated targets.
 */
export function planTimelineSpec(ctx: ChartContext, plan: PlanPagesData): TimelineChartSpec | null {
  const { rows } = plan.overview.timeline;
  const asOf = plan.statusDate;
  if (asOf === null || rows.length === 0) return null;
  const count = (s: PageStatus): number => rows.filter((r) => r.status === s).length;
  const order: readonly PageStatus[] = [
    'no_published_evidence',
    'missed',
    'in_progress',
    'not_started',
    'not_due',
    'not_assessable',
  ];
  const others = order.filter((s) => count(s) > 0);
  const done = count('done');
  const headline: Bilingual = {
    zh: `截至 ${asOf}，方案中有截止日期的 ${rows.length} 项目标里，有公开证据表明已完成的 ${done} 项${others.map((s) => `，${STATUS_LABEL[s].zh} ${count(s)} 项`).join('')}。`,
    en: `As of ${asOf}, published evidence shows ${done} of the plan's ${rows.length} targets with a deadline done${others.map((s) => `; ${STATUS_LABEL[s].en.toLowerCase()}: ${count(s)}`).join('')}.`,
  };
  return {
    type: 'timeline',
    meta: {
      ...chartMeta(ctx, plan.overview.timeline.id, plan.overview.timeline.title, headline, {
        columns: [
          { zh: '目标编号', en: 'Target' },
          { zh: '目标', en: 'Target (Chinese)', cells: 'zh' },
          { zh: '目标（英文）', en: 'Target (English)' },
          { zh: '截止日期', en: 'Deadline' },
          { zh: '状态', en: 'Status (Chinese)', cells: 'zh' },
          { zh: '状态（英文）', en: 'Status (English)' },
        ],
        rows: rows.map((r) => [
          r.targetId,
          r.label.zh,
          r.label.en,
          r.deadline,
          STATUS_LABEL[r.status].zh,
          STATUS_LABEL[r.status].en,
        ]),
      }),
      // The deadlines are the plan's; the statuses are this site's reading of published evidence.
      source: {
        zh: `${plan.source.title.zh}；状态由本站依据公开证据评估`,
        en: `${plan.source.title.en}; statuses assessed by this site from published evidence`,
      },
      dataDate: asOf,
    },
    asOf,
    items: rows.map((r) => ({
      key: r.targetId,
      label: { zh: `${r.targetId} ${r.label.zh}`, en: `${r.targetId} ${r.label.en}` },
      deadline: r.deadline,
      status: MILESTONE_OF[r.status],
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Enforcement: bars and a line.

/** Registry id of an enforcement chart (the page data's ids are short and generic). */
export function enforcementChartId(chart: Pick<ChartData, 'id'>): string {
  return `enforcement-${chart.id}`;
}

type Dimension = 'year' | 'month' | 'category' | 'township';

function dimensionOf(chart: ChartData): Dimension {
  const m = /-by-(year|month|category|township)$/.exec(chart.id);
  if (m === null)
    throw new Error(
      `enforcement chart "${chart.id}": expected an id ending in -by-year, -by-month, -by-category or -by-township`,
    );
  return m[1] as Dimension;
}

const DIMENSION_WORD: Readonly<Record<Dimension, { zh: string; en: string; enNoun: string }>> = {
  year: { zh: '年份', en: 'in', enNoun: 'years' },
  month: { zh: '月份', en: 'in', enNoun: 'months' },
  category: { zh: '类别', en: 'in the category', enNoun: 'categories' },
  township: { zh: '乡镇（街道）', en: 'in', enNoun: 'townships' },
};

/** At most three tied leaders by name; more are counted, not listed. */
const TOP_NAMED = 3;

// English units are plural nouns ("cases", "fire points"): one of them is singular.
const amount = (v: number, unit: Bilingual, lang: 'zh' | 'en'): string =>
  `${formatNumber(v)} ${lang === 'en' && v === 1 ? unit.en.replace(/s$/, '') : unit[lang]}`;

/** "合计 N 件，最多的类别是 X（M 件）" from the rows the chart draws. */
export function enforcementHeadline(chart: ChartData, sample: boolean): Bilingual {
  const dim = dimensionOf(chart);
  const rowTotals = chart.rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const max = Math.max(0, ...rowTotals);
  const top = chart.rows.filter((_, i) => rowTotals[i] === max);
  const prefix = sample ? { zh: '示例数据中，', en: 'In the sample data, ' } : { zh: '', en: '' };
  const span =
    (dim === 'year' || dim === 'month') && chart.rows.length > 0
      ? {
          zh: `${chart.rows[0]?.label.zh ?? ''}至${chart.rows.at(-1)?.label.zh ?? ''}`,
          en: ` from ${chart.rows[0]?.label.en ?? ''} to ${chart.rows.at(-1)?.label.en ?? ''}`,
        }
      : { zh: '', en: '' };
  const bySeries =
    chart.series.length > 1
      ? {
          zh: `（${chart.series.map((s, i) => `${s.label.zh} ${formatNumber(chart.rows.reduce((a, r) => a + (r.values[i] ?? 0), 0))}`).join('，')}）`,
          en: ` (${chart.series.map((s, i) => `${s.label.en} ${formatNumber(chart.rows.reduce((a, r) => a + (r.values[i] ?? 0), 0))}`).join(', ')})`,
        }
      : { zh: '', en: '' };
  const title = {
    zh: chart.title.zh,
    en: chart.title.en.charAt(0).toLowerCase() + chart.title.en.slice(1),
  };
  if (total === 0)
    return {
      zh: `${prefix.zh}${span.zh}${title.zh}合计为 0。`,
      en: `${prefix.en}${title.en}${span.en} total 0.`,
    };
  const many = top.length > 1;
  const named = top.slice(0, TOP_NAMED);
  const w = DIMENSION_WORD[dim];
  const leaders =
    top.length > TOP_NAMED
      ? {
          zh: `${named.map((r) => r.label.zh).join('、')}等 ${top.length} 个${w.zh}`,
          en: `${top.length} ${w.enNoun}, among them ${named.map((r) => r.label.en).join(', ')}`,
        }
      : {
          zh: named.map((r) => r.label.zh).join('、'),
          en: `${w.en} ${named.map((r) => r.label.en).join(' and ')}`,
        };
  return {
    zh: `${prefix.zh}${span.zh}${title.zh}合计 ${amount(total, chart.unit, 'zh')}${bySeries.zh}；最多的${w.zh}是${leaders.zh}（${many ? '各 ' : ''}${amount(max, chart.unit, 'zh')}）。`,
    en: `${prefix.en}${title.en}${span.en}: ${amount(total, chart.unit, 'en')} in all${bySeries.en}; the most ${leaders.en} (${amount(max, chart.unit, 'en')}${many ? ' each' : ''}).`,
  };
}

/**
 * One enforcement chart: a bar chart (stacked when the rows carry two or more series), or a line
 * for the monthly count. Null when there are no rows to draw. The values are the table's values.
 */
export function enforcementChartSpec(
  ctx: ChartContext,
  chart: ChartData,
  asOf: string,
): BarChartSpec | LineChartSpec | null {
  if (chart.rows.length === 0) return null;
  const dim = dimensionOf(chart);
  const timeKeys = dim === 'year' || dim === 'month';
  const columns: TableColumn[] = [
    { zh: '键', en: 'Key' },
    ...(timeKeys
      ? []
      : ([
          { zh: '名称', en: 'Name (Chinese)', cells: 'zh' },
          { zh: '名称（英文）', en: 'Name (English)' },
        ] satisfies TableColumn[])),
    ...chart.series.map((s) => ({
      zh: `${s.label.zh}（${chart.unit.zh}）`,
      en: `${s.label.en} (${chart.unit.en})`,
    })),
  ];
  const rows: Cell[][] = chart.rows.map((r) => [
    r.key,
    ...(timeKeys ? [] : [r.label.zh, r.label.en]),
    ...r.values,
  ]);
  const meta = {
    ...chartMeta(
      ctx,
      enforcementChartId(chart),
      chart.title,
      enforcementHeadline(chart, ctx.sample),
      { columns, rows },
    ),
    dataDate: asOf,
  };
  const valueLabel: Bilingual =
    chart.series.length === 1 && chart.series[0] !== undefined
      ? ((label: Bilingual): Bilingual => ({
          zh: `${label.zh}（${chart.unit.zh}）`,
          // "Cases (cases)" says nothing twice.
          en:
            label.en.toLowerCase() === chart.unit.en ? label.en : `${label.en} (${chart.unit.en})`,
        }))({
          zh: chart.series[0].label.zh.replace(/（[^）]*）$/, ''),
          en: chart.series[0].label.en.replace(/ \([^)]*\)$/, ''),
        })
      : { zh: `${chart.title.zh}（${chart.unit.zh}）`, en: `${chart.title.en} (${chart.unit.en})` };
  if (chart.type === 'line') {
    if (dim !== 'month' && dim !== 'year')
      throw new Error(`enforcement chart "${chart.id}": a line needs months or years as rows`);
    return {
      type: 'line',
      meta,
      y: { label: valueLabel, unit: '', min: 0 },
      step: dim,
      series: chart.series.map((s, i) => ({
        key: s.id,
        name: s.label,
        points: chart.rows.map((r) => ({ x: r.key, y: r.values[i] ?? null })),
      })),
    };
  }
  return {
    type: 'bar',
    meta,
    orientation: timeKeys ? 'vertical' : 'horizontal',
    mode: chart.series.length > 1 ? 'stacked' : 'grouped',
    categories: chart.rows.map((r) => ({ key: r.key, label: r.label })),
    series: chart.series.map((s, i) => ({
      key: s.id,
      name: s.label,
      values: chart.rows.map((r) => r.values[i] ?? null),
    })),
    value: { label: valueLabel, unit: '' },
  };
}

/** Every enforcement chart: the case overview and the fire points. */
export function enforcementCharts(
  ctx: ChartContext,
  data: EnforcementPageData,
): (BarChartSpec | LineChartSpec)[] {
  const own: ChartContext = { ...ctx, sample: data.sample };
  return [...data.charts, ...data.burning.charts].flatMap(
    (c) => enforcementChartSpec(own, c, data.asOf) ?? [],
  );
}

// ---------------------------------------------------------------------------------------------

/** Inputs of `featureCharts`: each feature's page data and where its data comes from. */
export interface FeatureChartInputs {
  readonly ranking: RankingPageData;
  readonly plan: PlanPagesData;
  readonly enforcement: EnforcementPageData;
  readonly enforcementSource: Bilingual;
}

/**
 * The specs of all three features, for the build's chart registry. `ctx` carries the site (URL,
 * county). Sources and sample flags are each feature's own: rankings name their publisher, the
 * plan its document (both published texts, not sample); enforcement data says for itself.
 */
export function featureCharts(ctx: ChartContext, inputs: FeatureChartInputs): ChartSpec[] {
  const plan = planTimelineSpec({ ...ctx, sample: false }, inputs.plan);
  return [
    ...rankingCharts({ ...ctx, sample: false }, inputs.ranking),
    ...(plan === null ? [] : [plan]),
    ...enforcementCharts({ ...ctx, source: inputs.enforcementSource }, inputs.enforcement),
  ];
}
