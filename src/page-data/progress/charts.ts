/**
 * Chart specs of the progress pages, with their headline sentences, tables and CSVs, built from
 * indicator results. Every number in a headline comes from the same rows as the chart.
 */
import type { PeriodStatistic } from '../../indicators/period.ts';
import { LIMITS_2012, LIMITS_2026, REGIME_2026_FROM } from '../../indicators/regime.ts';
import { COUNTY_AREA } from '../../indicators/county.ts';
import type { TargetDefinition, TargetId } from '../../indicators/targets.ts';
import type {
  Bilingual,
  Cell,
  LineChartSpec,
  LinePoint,
  Reference,
  SparklineSpec,
  BarChartSpec,
} from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from '../site/index.ts';

const REGIME_NOTE: Bilingual = {
  zh: '2026-03-01 新标准施行',
  en: '2026-03-01 new standards in force',
};

const fmt = (v: number | null, d = 0): string => (v === null ? '—' : v.toFixed(d));

function county(
  stats: readonly PeriodStatistic[],
  basis: 'raw' | 'dust_excluded',
): PeriodStatistic[] {
  return stats.filter((s) => s.area === COUNTY_AREA && s.basis === basis);
}

type TrendKind = 'pm2_5' | 'good' | 'heavy';
/** Chart ids are ASCII slugs of [a-z0-9-]. */
const TREND_ID: Readonly<Record<TrendKind, string>> = {
  pm2_5: 'pm25',
  good: 'good-days',
  heavy: 'heavy-days',
};
/** The plan target each trend is read against. */
const TARGET_ID: Readonly<Record<TrendKind, TargetId>> = {
  pm2_5: 'pm2_5_annual',
  good: 'good_days_ratio',
  heavy: 'heavy_days_ratio',
};

const TREND: Readonly<
  Record<
    TrendKind,
    {
      title: Bilingual;
      unit: string;
      label: Bilingual;
      /** The label inside an English sentence ("Xiping County's 2025 good-days ratio"). */
      inSentence: string;
      decimals: number;
      pick: (s: PeriodStatistic) => number | null;
    }
  >
> = {
  pm2_5: {
    title: { zh: 'PM2.5 月均浓度与年均浓度', en: 'PM2.5 monthly and annual means' },
    unit: 'µg/m³',
    label: { zh: 'PM2.5 浓度', en: 'PM2.5' },
    inSentence: 'PM2.5 annual mean',
    decimals: 0,
    pick: (s) => s.concentrations.pm2_5.value,
  },
  good: {
    title: { zh: '优良天数比率（按月）', en: 'Good-days ratio by month' },
    unit: '%',
    label: { zh: '优良天数比率', en: 'Good-days ratio' },
    inSentence: 'good-days ratio',
    decimals: 1,
    pick: (s) => s.goodRatio,
  },
  heavy: {
    title: { zh: '重度及以上污染天数比率（按月）', en: 'Heavy-or-worse days ratio by month' },
    unit: '%',
    label: { zh: '重度及以上污染天数比率', en: 'Heavy-or-worse days ratio' },
    inSentence: 'heavy-or-worse days ratio',
    decimals: 1,
    pick: (s) => s.heavyRatio,
  },
};

/**
 * The plan's target as a reference for the chart summary: a target (not a limit), with the
 * comparison the plan's words ask for, named with its year.
 */
function planReference(plan: TargetDefinition): Reference {
  if (plan.targetValue === null || plan.comparison === 'attained')
    throw new Error(`planReference(${plan.id}): expected a numeric target`);
  return {
    value: plan.targetValue,
    kind: 'target',
    comparison: plan.comparison,
    name: { zh: `${plan.year} 年目标`, en: `${plan.year} target` },
  };
}

/**
 * A period whose data ends before the period does (the current month or year) is partial;
 * `lastDay` is the last natural day with data (`YYYY-MM-DD`).
 */
function partial(lastDay: string | null, s: PeriodStatistic): { partialTo?: string } {
  return lastDay !== null && s.to > lastDay ? { partialTo: lastDay } : {};
}

/** The long chart of a target page: monthly values (raw and dust-deducted), annual values, target lines. */
export function trendChart(
  ctx: ChartContext,
  kind: TrendKind,
  monthly: readonly PeriodStatistic[],
  annual: readonly PeriodStatistic[],
  plan: TargetDefinition,
  baseline: { year: number; value: number } | null,
  lastDay: string | null = null,
): LineChartSpec {
  const t = TREND[kind];
  const raw = county(monthly, 'raw');
  const dust = county(monthly, 'dust_excluded');
  const years = county(annual, 'raw');
  const pts = (list: readonly PeriodStatistic[]): LinePoint[] =>
    list.map((s) => ({ x: s.period, y: t.pick(s), ...partial(lastDay, s) }));
  // The plan's number and year, from the plan data (data/plan/targets.csv, never retyped here).
  const target = plan.targetValue;
  const targetYear = plan.year;
  if (target === null || plan.id !== TARGET_ID[kind])
    throw new Error(`trendChart(${kind}): expected the plan's numeric ${TARGET_ID[kind]} target`);
  const targets: LineChartSpec['targets'] =
    kind === 'pm2_5'
      ? [
          {
            ...planReference(plan),
            label: {
              zh: `目标：低于 ${target}（${targetYear}）`,
              en: `Target: below ${target} (${targetYear})`,
            },
            to: '2026-02',
          },
          {
            value: LIMITS_2026.annual.pm2_5,
            // A standard's limit, not a target (issue 18).
            kind: 'limit',
            name: { zh: '新标准二级限值', en: 'new grade-II limit' },
            label: { zh: '新标准二级限值 30', en: 'New grade-II limit 30' },
            from: REGIME_2026_FROM.slice(0, 7),
          },
        ]
      : [
          {
            ...planReference(plan),
            label:
              kind === 'good'
                ? { zh: `目标 ≥ ${target}%`, en: `Target ≥ ${target} %` }
                : { zh: `目标 ≤ ${target}%`, en: `Target ≤ ${target} %` },
          },
        ];
  const annualOfTarget = years.find((s) => s.period === targetYear);
  const v = annualOfTarget ? t.pick(annualOfTarget) : null;
  // The assessed reading (dust deducted, docs/decisions/020) leads; raw follows when it differs.
  const dustAnnual = county(annual, 'dust_excluded').find((s) => s.period === targetYear);
  const vd = dustAnnual ? t.pick(dustAnnual) : null;
  const unitZh = t.unit === '%' ? '%' : ' 微克/立方米';
  const unitEn = t.unit === '%' ? ' %' : ' µg/m³';
  const targetZh =
    kind === 'pm2_5'
      ? `低于 ${target} 微克/立方米`
      : kind === 'good'
        ? `不低于 ${target}%`
        : `不高于 ${target}%`;
  const targetEn =
    kind === 'pm2_5'
      ? `below ${target} µg/m³`
      : kind === 'good'
        ? `at least ${target} %`
        : `at most ${target} %`;
  const headline: Bilingual =
    v === null || vd === null
      ? {
          zh: `${targetYear} 年${ctx.county.zh}${t.label.zh}有效数据不足，无法判断是否达到目标。`,
          en: `${ctx.county.en}'s ${targetYear} ${t.inSentence} has not enough valid data to judge the target.`,
        }
      : vd === v
        ? {
            zh: `${targetYear} 年${ctx.county.zh}${t.label.zh}为 ${fmt(v, t.decimals)}${unitZh}（扣除沙尘与否相同），目标为${targetZh}。`,
            en: `${ctx.county.en}'s ${targetYear} ${t.inSentence} was ${fmt(v, t.decimals)}${unitEn}, with or without the dust deduction; the target is ${targetEn}.`,
          }
        : {
            zh: `${targetYear} 年${ctx.county.zh}${t.label.zh}扣除沙尘后为 ${fmt(vd, t.decimals)}${unitZh}（未扣除为 ${fmt(v, t.decimals)}${unitZh}），目标为${targetZh}。`,
            en: `${ctx.county.en}'s ${targetYear} ${t.inSentence} was ${fmt(vd, t.decimals)}${unitEn} with dust deducted (${fmt(v, t.decimals)}${unitEn} raw); the target is ${targetEn}.`,
          };
  const dustOf = (list: readonly PeriodStatistic[], period: string): number | null => {
    const d = list.find((x) => x.period === period);
    return d === undefined ? null : t.pick(d);
  };
  const dustYears = county(annual, 'dust_excluded');
  const rows: Cell[][] = [
    ...raw.map((s) => [s.period, t.pick(s), dustOf(dust, s.period), s.days.count, s.regime]),
    ...years.map((y) => [y.period, t.pick(y), dustOf(dustYears, y.period), y.days.count, y.regime]),
  ];
  const spec: LineChartSpec = {
    type: 'line',
    meta: chartMeta(ctx, `${TREND_ID[kind]}-trend`, t.title, headline, {
      columns: [
        { zh: '时段', en: 'Period' },
        { zh: `${t.label.zh}（${t.unit}）`, en: `${t.label.en} (${t.unit})` },
        { zh: '扣除沙尘后', en: 'Dust deducted' },
        { zh: '有效天数', en: 'Valid days' },
        { zh: '标准', en: 'Rules' },
      ],
      rows,
    }),
    y: { label: t.label, unit: t.unit, min: 0 },
    step: 'month',
    series: [
      { key: 'raw', name: { zh: '月值', en: 'Monthly' }, points: pts(raw) },
      {
        key: 'dust',
        name: { zh: '月值（扣除沙尘）', en: 'Monthly, dust deducted' },
        points: pts(dust),
      },
    ],
    targets,
    annotations: [{ x: REGIME_2026_FROM.slice(0, 7), label: REGIME_NOTE }],
    ...(baseline
      ? {
          requiredPath: {
            from: { x: `${baseline.year}-12`, y: baseline.value },
            to: { x: `${targetYear}-12`, y: target },
            label: { zh: '从基准年到目标的路径', en: 'Path from the baseline to the target' },
          },
        }
      : {}),
  };
  return spec;
}

/** A KPI sparkline of annual county values. */
export function annualSparkline(
  ctx: ChartContext,
  kind: TrendKind,
  annual: readonly PeriodStatistic[],
  plan: TargetDefinition,
  lastDay: string | null = null,
): SparklineSpec {
  const t = TREND[kind];
  const years = county(annual, 'raw');
  const points = years.map((s) => ({ x: s.period, y: t.pick(s), ...partial(lastDay, s) }));
  const latest = [...points].reverse().find((p) => p.y !== null);
  const headline: Bilingual = latest
    ? {
        // The sparkline draws the raw series; the card's first row is dust deducted, so say which.
        zh: `${t.label.zh}年度值（未扣除沙尘），最近一个有效年份 ${latest.x} 年为 ${fmt(latest.y, t.decimals)}${t.unit === '%' ? '%' : ' 微克/立方米'}。`,
        en: `${t.label.en}, annual values (raw); the latest valid year, ${latest.x}, was ${fmt(latest.y, t.decimals)}${t.unit === '%' ? ' %' : ' µg/m³'}.`,
      }
    : {
        zh: `${t.label.zh}年度值（未扣除沙尘）：有效数据不足。`,
        en: `${t.label.en}, annual values (raw): not enough valid data.`,
      };
  return {
    type: 'sparkline',
    meta: chartMeta(
      ctx,
      `${TREND_ID[kind]}-annual`,
      { zh: `${t.label.zh}（年度）`, en: `${t.label.en} (annual)` },
      headline,
      {
        columns: [
          { zh: '年份', en: 'Year' },
          { zh: `${t.label.zh}（${t.unit}）`, en: `${t.label.en} (${t.unit})` },
          { zh: '标准', en: 'Rules' },
        ],
        rows: years.map((s) => [s.period, t.pick(s), s.regime]),
      },
    ),
    unit: t.unit,
    step: 'year',
    points,
    target: planReference(plan),
  };
}

/** Grade II in the target year: each item as a share of its limit (100 % = at the limit). */
export function gradeIIChart(
  ctx: ChartContext,
  annual: readonly PeriodStatistic[],
  targetYear: string,
): BarChartSpec {
  const stat = county(annual, 'raw').find((s) => s.period === targetYear);
  // A folder without the target year still draws the ten items, each marked "no data".
  const L = LIMITS_2012;
  const noData: readonly { item: string; value: null; limit: number; attained: null }[] = (
    [
      ['so2', L.annual.so2],
      ['no2', L.annual.no2],
      ['pm10', L.annual.pm10],
      ['pm2_5', L.annual.pm2_5],
      ['co_p95', L.daily.co],
      ['o3_8h_p90', L.o3_8h],
      ['so2_p98', L.daily.so2],
      ['no2_p98', L.daily.no2],
      ['pm10_p95', L.daily.pm10],
      ['pm2_5_p95', L.daily.pm2_5],
    ] as const
  ).map(([item, limit]) => ({ item, value: null, limit, attained: null }));
  const items = stat?.gradeII?.items ?? noData;
  const NAMES: Readonly<Record<string, Bilingual>> = {
    so2: { zh: 'SO2 年均', en: 'SO2 annual mean' },
    no2: { zh: 'NO2 年均', en: 'NO2 annual mean' },
    pm10: { zh: 'PM10 年均', en: 'PM10 annual mean' },
    pm2_5: { zh: 'PM2.5 年均', en: 'PM2.5 annual mean' },
    co_p95: { zh: 'CO 第95百分位', en: 'CO 95th percentile' },
    o3_8h_p90: { zh: 'O3 日最大8小时第90百分位', en: 'O3 8-h 90th percentile' },
    so2_p98: { zh: 'SO2 第98百分位', en: 'SO2 98th percentile' },
    no2_p98: { zh: 'NO2 第98百分位', en: 'NO2 98th percentile' },
    pm10_p95: { zh: 'PM10 第95百分位', en: 'PM10 95th percentile' },
    pm2_5_p95: { zh: 'PM2.5 第95百分位', en: 'PM2.5 95th percentile' },
  };
  const share = (v: number | null, limit: number): number | null =>
    v === null ? null : Math.round((v / limit) * 1000) / 10;
  const over = items
    .filter((i) => i.attained === false)
    .map((i) => NAMES[i.item] ?? { zh: i.item, en: i.item });
  const missing = items.filter((i) => i.attained === null).length;
  const headline: Bilingual =
    stat === undefined
      ? {
          zh: `没有 ${targetYear} 年的数据：${targetYear} 年二级达标无法评价。`,
          en: `No ${targetYear} data: grade II in ${targetYear} cannot be assessed.`,
        }
      : stat.gradeII === null || missing === items.length
        ? {
            zh: `${targetYear} 年二级达标无法评价：有效数据不足。`,
            en: `Grade II in ${targetYear} cannot be assessed: not enough valid data.`,
          }
        : over.length > 0
          ? {
              zh: `${targetYear} 年有 ${over.length} 项超过二级限值：${over.map((o) => o.zh).join('、')}。`,
              en: `In ${targetYear}, ${over.length} item(s) exceeded the grade-II limit: ${over.map((o) => o.en).join(', ')}.`,
            }
          : missing > 0
            ? {
                zh: `${targetYear} 年已评价的项目均未超过二级限值，但有 ${missing} 项有效数据不足。`,
                en: `In ${targetYear} no assessed item exceeded its grade-II limit, but ${missing} item(s) lack valid data.`,
              }
            : {
                zh: `${targetYear} 年全部项目均未超过二级限值。`,
                en: `In ${targetYear} every item was within its grade-II limit.`,
              };
  return {
    type: 'bar',
    meta: chartMeta(
      ctx,
      `grade-ii-${targetYear}`,
      {
        zh: `${targetYear} 年二级标准各项（占限值百分比）`,
        en: `Grade II items in ${targetYear} (% of the limit)`,
      },
      headline,
      {
        columns: [
          { zh: '项目', en: 'Item (Chinese)', cells: 'zh' },
          { zh: '项目（英文）', en: 'Item (English)' },
          { zh: '数值', en: 'Value' },
          { zh: '二级限值', en: 'Grade-II limit' },
          { zh: '占限值 %', en: '% of limit' },
        ],
        rows: items.map((i) => {
          const name = NAMES[i.item] ?? { zh: i.item, en: i.item };
          return [name.zh, name.en, i.value, i.limit, share(i.value, i.limit)];
        }),
      },
    ),
    orientation: 'horizontal',
    mode: 'grouped',
    categories: items.map((i) => ({
      key: i.item,
      label: NAMES[i.item] ?? { zh: i.item, en: i.item },
    })),
    series: [
      {
        key: 'share',
        name: { zh: '占限值百分比', en: '% of limit' },
        values: items.map((i) => share(i.value, i.limit)),
      },
    ],
    value: { label: { zh: '占二级限值的百分比', en: 'Share of the grade-II limit' }, unit: '%' },
    target: {
      value: 100,
      kind: 'limit',
      name: { zh: '二级限值', en: 'grade-II limit' },
      label: { zh: '限值', en: 'Limit' },
    },
  };
}
