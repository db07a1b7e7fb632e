/**
 * Chart specs of the station pages, with their headline sentences, tables and CSVs, built from
 * indicator results. Every number in a headline comes from the same rows as the chart.
 */
import type { DailyRecord } from '../../indicators/pipeline.ts';
import { dayOfLabel } from '../../records/time.ts';
import type {
  Bilingual,
  CalendarChartSpec,
  LineChartSpec,
  LinePoint,
} from '../../charts/shared/types.ts';
import { chartMeta, type ChartContext } from '../site/index.ts';

/** Daily AQI calendar of one area and year. */
export function calendarChart(
  ctx: ChartContext,
  area: string,
  areaName: Bilingual,
  year: string,
  days: readonly DailyRecord[],
  lastDate: string,
): CalendarChartSpec {
  const inYear = days.filter((d) => d.area === area && d.date.startsWith(year));
  const to = lastDate.startsWith(year) ? lastDate : `${year}-12-31`;
  const good = inYear.filter((d) => d.aqi.aqi !== null && d.aqi.aqi <= 100).length;
  const heavy = inYear.filter((d) => d.aqi.aqi !== null && d.aqi.aqi > 200).length;
  const valid = inYear.filter((d) => d.aqi.aqi !== null).length;
  const headline: Bilingual = {
    zh: `${year} 年${areaName.zh}在 ${valid} 个可评价的日子里，${good} 天优良，${heavy} 天重度及以上污染。`,
    en: `In ${year}, ${areaName.en} had ${good} good days and ${heavy} heavy-or-worse days out of ${valid} days that could be evaluated.`,
  };
  return {
    type: 'calendar',
    meta: chartMeta(
      ctx,
      `calendar-${area.toLowerCase()}-${year}`,
      { zh: `${areaName.zh} ${year} 年每日空气质量指数`, en: `${areaName.en}: daily AQI, ${year}` },
      headline,
      {
        columns: [
          { zh: '日期', en: 'Date' },
          { zh: 'AQI', en: 'AQI' },
          { zh: '首要污染物', en: 'Primary pollutant' },
          { zh: '沙尘日', en: 'Dust day' },
          { zh: '标准', en: 'Rules' },
        ],
        rows: inYear.map((d) => [
          d.date,
          d.aqi.aqi,
          d.aqi.primary.join(';'),
          d.dust ? 'yes' : '',
          d.regime,
        ]),
      },
    ),
    from: `${year}-01-01`,
    to,
    days: inYear.map((d) => ({ date: d.date, aqi: d.aqi.aqi })),
  };
}

/** The last 7 days of hourly AQI of a station. */
export function last7Chart(
  ctx: ChartContext,
  code: string,
  name: Bilingual,
  points: readonly { time: string; aqi: number | null }[],
): LineChartSpec {
  const vals = points.map((p) => p.aqi).filter((v): v is number => v !== null);
  const headline: Bilingual =
    vals.length === 0
      ? {
          zh: `过去 7 天${name.zh}没有可评价的小时 AQI。`,
          en: `${name.en} has no hourly AQI that could be evaluated in the last 7 days.`,
        }
      : {
          zh: `过去 7 天${name.zh}的小时 AQI 在 ${Math.min(...vals)} 到 ${Math.max(...vals)} 之间（${vals.length} 个有效小时）。`,
          en: `Over the last 7 days ${name.en}'s hourly AQI ranged from ${Math.min(...vals)} to ${Math.max(...vals)} (${vals.length} valid hours).`,
        };
  // Hourly points on a day axis: label each by its Beijing date and hour for the table.
  return {
    type: 'line',
    meta: chartMeta(
      ctx,
      `aqi-7d-${code.toLowerCase()}`,
      { zh: `${name.zh}：过去 7 天小时 AQI`, en: `${name.en}: hourly AQI, last 7 days` },
      headline,
      {
        columns: [
          { zh: '时间（北京时间，小时结束）', en: 'Hour (Beijing time, end of hour)' },
          { zh: 'AQI', en: 'AQI' },
        ],
        rows: points.map((p) => [p.time, p.aqi]),
      },
    ),
    y: { label: { zh: '小时 AQI', en: 'Hourly AQI' }, unit: '', min: 0 },
    series: [
      {
        key: 'aqi',
        name: { zh: '每日最高小时 AQI', en: 'Highest hourly AQI of each day' },
        points: dailyMaxPoints(points),
      },
    ],
    step: 'day',
    targets: [
      {
        value: 100,
        // The upper end of "good", not a target (issue 18).
        kind: 'threshold',
        name: { zh: '良的上限', en: 'upper end of Good' },
        label: { zh: 'AQI 100（良的上限）', en: 'AQI 100 (upper end of Good)' },
      },
    ],
  };
}

/** The line kit plots calendar days: show each day's highest hourly AQI (the table keeps every hour). */
function dailyMaxPoints(points: readonly { time: string; aqi: number | null }[]): LinePoint[] {
  const byDay = new Map<string, number | null>();
  for (const p of points) {
    // Hour-ending labels: 00:00 closes the previous natural day (HJ 663; docs/decisions/003).
    const day = dayOfLabel(p.time);
    const prev = byDay.get(day);
    if (p.aqi === null) {
      if (!byDay.has(day)) byDay.set(day, null);
    } else byDay.set(day, prev === undefined || prev === null ? p.aqi : Math.max(prev, p.aqi));
  }
  return [...byDay].map(([x, y]) => ({ x, y }));
}
