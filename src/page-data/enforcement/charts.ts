/**
 * Chart specs of the enforcement pages, built from their page data: the bar and line charts.
 * Pure: every headline number comes from the same rows as the chart and its table.
 */
import { formatNumber } from '../../charts/shared/format.ts';
import type {
  BarChartSpec,
  Bilingual,
  Cell,
  LineChartSpec,
  TableColumn,
} from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from '../site/index.ts';
import type { ChartData, EnforcementPageData } from './schema.ts';

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
