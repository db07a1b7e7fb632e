/**
 * The generated text summary of a chart (the `<desc>` of the SVG and the paragraph under it):
 * minimum, maximum, latest value and where it stands against a reference line (worded in
 * `reference.ts` by the line's kind), in both languages. Missing values are not numbers: a series
 * without any valid value says "no valid data".
 */
import { aqiCategory, AQI_CATEGORIES } from './aqi.ts';
import { parseDate } from './dates.ts';
import { formatNumber } from './format.ts';
import {
  barsAgainst,
  partialNoComparison,
  pointDate,
  referenceGap,
  withUnit as value,
} from './reference.ts';
import { STATUS_NAMES, STRINGS, joinParts } from './strings.ts';
import { MILESTONE_STATUSES } from './types.ts';
import type { Bilingual, ChartSpec, Lang, LinePoint, Reference, TargetLine } from './types.ts';

function both(f: (lang: Lang) => string): Bilingual {
  return { zh: f('zh'), en: f('en') };
}

interface Valued {
  readonly at: string;
  readonly v: number;
  readonly partialTo?: string;
}

/** min, max (first occurrence) and latest (last in date order) of the valid values. */
function extremes(chartId: string, path: string, pts: readonly LinePoint[]) {
  const valid: (Valued & { ms: number })[] = [];
  pts.forEach((p, i) => {
    if (p.y !== null)
      valid.push({
        at: p.x,
        v: p.y,
        ms: parseDate(chartId, `${path}[${i}].x`, p.x),
        ...(p.partialTo === undefined ? {} : { partialTo: p.partialTo }),
      });
  });
  if (valid.length === 0) return null;
  const sorted = [...valid].sort((a, b) => a.ms - b.ms);
  const min = sorted.reduce((m, p) => (p.v < m.v ? p : m));
  const max = sorted.reduce((m, p) => (p.v > m.v ? p : m));
  return { min, max, latest: sorted[sorted.length - 1]! };
}

/** The target line that applies on a date (the last one listed wins if several overlap). */
function targetAt(
  chartId: string,
  targets: readonly TargetLine[] | undefined,
  at: string,
): TargetLine | undefined {
  if (!targets) return undefined;
  const ms = parseDate(chartId, 'summary date', at);
  return [...targets]
    .reverse()
    .find(
      (t, i) =>
        (t.from === undefined || parseDate(chartId, `targets[${i}].from`, t.from) <= ms) &&
        (t.to === undefined || parseDate(chartId, `targets[${i}].to`, t.to) >= ms),
    );
}

function seriesSummary(
  chartId: string,
  path: string,
  name: Bilingual,
  points: readonly LinePoint[],
  unit: string,
  referenceFor: (at: string) => Reference | undefined,
): Bilingual {
  const e = extremes(chartId, path, points);
  return both((lang) => {
    const head = name[lang] === '' ? '' : lang === 'zh' ? `${name.zh}：` : `${name.en}: `;
    if (!e) return `${head}${STRINGS.noValidData[lang]}`;
    const at = (p: Valued) => pointDate(chartId, p.at, p.partialTo, lang);
    const parts =
      lang === 'zh'
        ? [
            `最低 ${value(e.min.v, unit)}${at(e.min)}`,
            `最高 ${value(e.max.v, unit)}${at(e.max)}`,
            `最新 ${value(e.latest.v, unit)}${at(e.latest)}`,
          ]
        : [
            `minimum ${value(e.min.v, unit)}${at(e.min)}`,
            `maximum ${value(e.max.v, unit)}${at(e.max)}`,
            `latest ${value(e.latest.v, unit)}${at(e.latest)}`,
          ];
    const ref = referenceFor(e.latest.at);
    if (ref !== undefined)
      parts.push(
        e.latest.partialTo === undefined
          ? referenceGap(e.latest.v, ref, unit, lang)
          : partialNoComparison(ref, lang),
      );
    return head + parts.join(lang === 'zh' ? '，' : ', ');
  });
}

function joinBoth(items: readonly Bilingual[]): Bilingual {
  return both((lang) => {
    const s = joinParts(
      items.map((i) => i[lang]),
      lang,
    );
    return lang === 'zh' ? `${s}。` : `${s}.`;
  });
}

export function summarize(spec: ChartSpec): Bilingual {
  const id = spec.meta.id;
  switch (spec.type) {
    case 'line':
      return joinBoth(
        spec.series.map((s, i) =>
          seriesSummary(id, `series[${i}].points`, s.name, s.points, spec.y.unit, (at) =>
            targetAt(id, spec.targets, at),
          ),
        ),
      );
    case 'sparkline':
      return joinBoth([
        seriesSummary(id, 'points', { zh: '', en: '' }, spec.points, spec.unit, () => spec.target),
      ]);
    case 'bar':
      return joinBoth(
        spec.series.map((s) => {
          const labelled = s.values.flatMap((v, i) => {
            const c = spec.categories[i];
            return v === null || !c ? [] : [{ v, c }];
          });
          return both((lang) => {
            const head = `${s.name[lang]}${lang === 'zh' ? '：' : ': '}`;
            if (labelled.length === 0) return head + STRINGS.noValidData[lang];
            const min = labelled.reduce((m, p) => (p.v < m.v ? p : m));
            const max = labelled.reduce((m, p) => (p.v > m.v ? p : m));
            const u = spec.value.unit;
            // Categories have no "last": the summary names the extremes and, with a reference
            // line, the categories on its far side.
            const parts =
              lang === 'zh'
                ? [
                    `最低 ${value(min.v, u)}（${min.c.label.zh}）`,
                    `最高 ${value(max.v, u)}（${max.c.label.zh}）`,
                  ]
                : [
                    `minimum ${value(min.v, u)} (${min.c.label.en})`,
                    `maximum ${value(max.v, u)} (${max.c.label.en})`,
                  ];
            if (spec.target)
              parts.push(
                barsAgainst(
                  labelled.map((p) => ({ v: p.v, label: p.c.label })),
                  spec.target,
                  u,
                  lang,
                ),
              );
            return head + parts.join(lang === 'zh' ? '，' : ', ');
          });
        }),
      );
    case 'calendar': {
      const from = parseDate(id, 'from', spec.from);
      const to = parseDate(id, 'to', spec.to);
      const totalDays = Math.round((to - from) / 86_400_000) + 1;
      const valid = spec.days.filter((d): d is { date: string; aqi: number } => d.aqi !== null);
      const counts = AQI_CATEGORIES.map(
        (c) => valid.filter((d) => aqiCategory(d.aqi).level === c.level).length,
      );
      const missing = totalDays - valid.length;
      if (valid.length === 0)
        return both((lang) => `${spec.from}–${spec.to}: ${STRINGS.noValidData[lang]}`);
      const sorted = [...valid].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const max = sorted.reduce((m, d) => (d.aqi > m.aqi ? d : m));
      const latest = sorted[sorted.length - 1]!;
      const good = (counts[0] ?? 0) + (counts[1] ?? 0);
      return both((lang) => {
        const cats = AQI_CATEGORIES.map((c, i) => `${c.name[lang]} ${counts[i]}`).join(
          lang === 'zh' ? '，' : ', ',
        );
        const ratio = formatNumber((good / valid.length) * 100);
        return lang === 'zh'
          ? `${spec.from} 至 ${spec.to} 共 ${totalDays} 天，有效 ${valid.length} 天（${cats}），无数据 ${missing} 天；优良天数比例 ${ratio}%；AQI 最高 ${max.aqi}（${max.date}，${aqiCategory(max.aqi).name.zh}）；最新 ${latest.aqi}（${latest.date}，${aqiCategory(latest.aqi).name.zh}）。`
          : `${spec.from} to ${spec.to}: ${totalDays} days, ${valid.length} with valid data (${cats}), ${missing} without data; share of excellent or good days ${ratio}%; highest AQI ${max.aqi} (${max.date}, ${aqiCategory(max.aqi).name.en}); latest ${latest.aqi} (${latest.date}, ${aqiCategory(latest.aqi).name.en}).`;
      });
    }
    case 'rank':
      return joinBoth(
        spec.series.map((s, i) => {
          // A rank is better when smaller, so "best" is the minimum.
          const e = extremes(
            id,
            `series[${i}].points`,
            s.points.map((p) => ({ x: p.x, y: p.rank })),
          );
          return both((lang) => {
            const head = `${s.name[lang]}${lang === 'zh' ? '：' : ': '}`;
            if (!e) return head + STRINGS.noValidData[lang];
            // "of N" only when N is the number of units ranked, not just the largest rank known.
            const of =
              spec.totalIsUnitCount === false
                ? { zh: '', en: '' }
                : { zh: `共 ${spec.total} 个，`, en: ` of ${spec.total}` };
            const parts =
              lang === 'zh'
                ? [
                    `最好第 ${e.min.v} 名（${e.min.at}）`,
                    `最差第 ${e.max.v} 名（${e.max.at}）`,
                    `最新第 ${e.latest.v} 名（${of.zh}${e.latest.at}）`,
                  ]
                : [
                    `best rank ${e.min.v} (${e.min.at})`,
                    `worst ${e.max.v} (${e.max.at})`,
                    `latest ${e.latest.v}${of.en} (${e.latest.at})`,
                  ];
            const tg = spec.target;
            if (tg) {
              const r = e.latest.v;
              if (r > tg.worst)
                parts.push(
                  lang === 'zh'
                    ? `距目标区间（第 ${tg.best}–${tg.worst} 名）还差 ${r - tg.worst} 个位次`
                    : `${r - tg.worst} places short of the target range ${tg.best}–${tg.worst}`,
                );
              else if (r < tg.best)
                parts.push(
                  lang === 'zh'
                    ? `优于目标区间（第 ${tg.best}–${tg.worst} 名）${tg.best - r} 个位次`
                    : `${tg.best - r} places better than the target range ${tg.best}–${tg.worst}`,
                );
              else
                parts.push(
                  lang === 'zh'
                    ? `处于目标区间（第 ${tg.best}–${tg.worst} 名）内`
                    : `within the target range ${tg.best}–${tg.worst}`,
                );
            }
            return head + parts.join(lang === 'zh' ? '，' : ', ');
          });
        }),
      );
    case 'timeline': {
      const counts = MILESTONE_STATUSES.map((st) => ({
        st,
        n: spec.items.filter((it) => it.status === st).length,
      })).filter((c) => c.n > 0);
      const asOf = parseDate(id, 'asOf', spec.asOf);
      const upcoming = spec.items
        .map((it, i) => ({ it, ms: parseDate(id, `items[${i}].deadline`, it.deadline) }))
        .filter((x) => x.ms >= asOf && x.it.status !== 'done')
        .sort((a, b) => a.ms - b.ms)[0];
      return both((lang) => {
        const cs = counts
          .map((c) => `${STATUS_NAMES[c.st][lang]} ${c.n}`)
          .join(lang === 'zh' ? '，' : ', ');
        const head =
          lang === 'zh'
            ? `截至 ${spec.asOf}，共 ${spec.items.length} 项（${cs}）`
            : `As of ${spec.asOf}, ${spec.items.length} milestones (${cs})`;
        const next = upcoming
          ? lang === 'zh'
            ? `；下一个截止：${upcoming.it.label.zh}（${upcoming.it.deadline}）`
            : `; next deadline: ${upcoming.it.label.en} (${upcoming.it.deadline})`
          : '';
        return `${head}${next}${lang === 'zh' ? '。' : '.'}`;
      });
    }
  }
}
