/**
 * Page data of /ranking/: the county's published positions, one series per ranking body (never
 * one axis for different bodies), the plan's target band computed from the baseline, and our own
 * composite index beside the published one. Pure functions; `buildRankingData` in
 * src/publish/feature-files.ts writes their output. Background: domain.md §4.
 */
import {
  type Bilingual,
  type PublishedPosition,
  type RankingBaseline,
  type RankingConfig,
  type RankingRecords,
} from '../../records/ranking/index.ts';
import {
  type IndexComparisonRow,
  type RankingPageData,
  type RankingSeries,
  type SeriesPoint,
  type TargetBand,
} from './schema.ts';
import { kindOf, ordinal, periodLabel, periodStart, periodsBetween } from './periods.ts';

// ---------------------------------------------------------------------------------------------
// Target band.

/**
 * The plan's target band: baseline rank − placesMin … baseline rank − placesMax (1 = best),
 * clamped at 1; `unknown` when the baseline is unknown. Never a hard-coded rank.
 */
export function targetBand(
  baseline: RankingBaseline,
  placesMin: number,
  placesMax: number,
): TargetBand {
  if (placesMin < 1 || placesMax < placesMin)
    throw new Error(`target places must satisfy 1 ≤ min ≤ max, got ${placesMin}…${placesMax}`);
  if (baseline === 'unknown') return { status: 'unknown', placesMin, placesMax };
  const best = Math.max(1, baseline.value - placesMax);
  const worst = Math.max(1, baseline.value - placesMin);
  return {
    status: 'known',
    placesMin,
    placesMax,
    baseline: {
      body: baseline.body,
      year: baseline.year,
      rank: baseline.value,
      source: baseline.source,
    },
    best,
    worst,
    clamped: baseline.value - placesMax < 1,
  };
}

/** Where a rank stands against the band: better than its best end, within it, or short of it. */
export function rankAgainstBand(
  rank: number,
  band: TargetBand,
): 'beyond' | 'within' | 'short' | 'unknown' {
  if (band.status === 'unknown') return 'unknown';
  if (rank < band.best) return 'beyond';
  return rank <= band.worst ? 'within' : 'short';
}

// ---------------------------------------------------------------------------------------------
// Series.

function positionDisplay(
  p: PublishedPosition,
  tiedWith: readonly string[],
  unitNoun: Bilingual,
): Bilingual {
  if (p.rank === null) return p.positionText ?? { zh: '名次未公布', en: 'position not published' };
  const tied = tiedWith.length > 0;
  const zh = `${tied ? '并列' : ''}第${p.rank}名${p.unitsRanked === null ? '' : `（共${p.unitsRanked}${unitNoun.zh}）`}`;
  const en = `${ordinal(p.rank)}${tied ? ' (tied)' : ''}${p.unitsRanked === null ? '' : ` of ${p.unitsRanked} ${unitNoun.en}`}`;
  return { zh, en };
}

/**
 * The county's series in one ranking body: one point per period from the body's first to its
 * last table, with gaps for periods without a table (missing) or without the county (not listed).
 */
export function buildSeries(
  config: RankingConfig,
  bodyId: string,
  positions: readonly PublishedPosition[],
): RankingSeries {
  const body = config.bodies.find((b) => b.id === bodyId);
  if (body === undefined) throw new Error(`unknown ranking body "${bodyId}"`);
  const rows = positions.filter((p) => p.body === bodyId);
  const periods = [...new Set(rows.map((p) => p.period))].sort();
  const first = periods[0];
  const last = periods.at(-1);
  const points: SeriesPoint[] = [];
  const unitsChanges: RankingSeries['unitsChanges'] = [];
  let lastUnits: number | null = null;
  for (const period of first === undefined || last === undefined
    ? []
    : periodsBetween(first, last)) {
    const table = rows.filter((p) => p.period === period);
    const own = table.find((p) => p.unit === config.county);
    const tableUnits = table.find((p) => p.unitsRanked !== null)?.unitsRanked ?? null;
    let unitsChanged = false;
    if (tableUnits !== null) {
      if (lastUnits !== null && lastUnits !== tableUnits) {
        unitsChanged = true;
        unitsChanges.push({ period, from: lastUnits, to: tableUnits });
      }
      lastUnits = tableUnits;
    }
    const label = periodLabel(period);
    if (own === undefined) {
      const status = table.length === 0 ? 'missing' : 'not_listed';
      points.push({
        period,
        periodLabel: label,
        status,
        rank: null,
        unitsRanked: tableUnits,
        tiedWith: [],
        unitsChanged,
        display:
          status === 'missing'
            ? { zh: '无该期数据', en: 'no data for this period' }
            : { zh: '未列入公布的名单', en: 'not in the published list' },
        positionText: null,
        basis: null,
        compositeIndex: null,
        source: null,
        note: null,
      });
      continue;
    }
    const tiedWith =
      own.rank === null
        ? []
        : table.filter((p) => p !== own && p.rank === own.rank).map((p) => p.unit);
    points.push({
      period,
      periodLabel: label,
      status: own.rank === null ? 'text_only' : 'ranked',
      rank: own.rank,
      unitsRanked: own.unitsRanked ?? tableUnits,
      tiedWith,
      unitsChanged,
      display: positionDisplay(
        { ...own, unitsRanked: own.unitsRanked ?? tableUnits },
        tiedWith,
        body.unitNoun,
      ),
      positionText: own.positionText,
      basis: own.basis,
      compositeIndex: own.compositeIndex?.value ?? null,
      source: {
        name: { zh: `${body.name.zh}，${label.zh}`, en: `${body.name.en}, ${label.en}` },
        url: own.sourceUrl,
        kind: own.sourceKind,
      },
      note: own.note,
    });
  }
  const known = points.filter((p) => p.status === 'ranked' || p.status === 'text_only');
  const latest = known.at(-1) ?? null;
  const county = config.countyName;
  // A number without the size of the table says little: add the source's words where it has them.
  const latestWords: Bilingual =
    latest?.rank !== null && latest?.positionText
      ? {
          zh: `${latest.display.zh}，来源原话：${latest.positionText.zh}`,
          en: `${latest.display.en}; the source says: ${latest.positionText.en}`,
        }
      : (latest?.display ?? { zh: '', en: '' });
  const headline: Bilingual =
    latest === null
      ? {
          zh: `数据中没有${county.zh}在该排名中的公开名次。`,
          en: `The data hold no published position of ${county.en} in this ranking.`,
        }
      : {
          zh: `${county.zh}在该排名中最新的公开名次：${latest.periodLabel.zh}，${latestWords.zh}。已收录${known.length}期。`,
          en: `${county.en}'s latest published position in this ranking: ${latest.periodLabel.en}, ${latestWords.en}. ${known.length} period${known.length === 1 ? '' : 's'} recorded.`,
        };
  const worstSeen = Math.max(0, ...points.map((p) => Math.max(p.rank ?? 0, p.unitsRanked ?? 0)));
  return {
    id: body.id,
    frequency: body.frequency,
    name: body.name,
    publisher: body.publisher,
    scope: body.scope,
    method: body.method,
    rules: body.rules.map((id) => {
      const rule = config.rules.find((r) => r.id === id);
      if (rule === undefined)
        throw new Error(`ranking body "${body.id}" names unknown rule "${id}"`);
      return { name: rule.name, source: rule.source };
    }),
    points,
    latest,
    unitsChanges,
    headline,
    chart: {
      id: `ranking-${body.id}`,
      type: 'rank-over-time',
      title: { zh: `${county.zh}：${body.name.zh}`, en: `${county.en}: ${body.name.en}` },
      worstRank: worstSeen === 0 ? null : worstSeen,
      rows: points.map((p) => ({
        period: p.period,
        label: p.periodLabel,
        rank: p.rank,
        text: p.display,
      })),
      band: null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Our composite index beside the published one.

/** One value of our own composite index for the county, as the indicators stage computes it. */
export interface ComputedCompositeIndex {
  readonly period: string;
  readonly value: number;
  readonly basis: 'raw' | 'dust_excluded';
  readonly regime: '2012' | '2026' | 'mixed';
}

const REGIME_2026_FROM = '2026-03-01';

/**
 * Our dust-deducted composite index beside every published index of the county, flagged when
 * they differ by more than the published rounding (half a unit in its last decimal: 0.005 at two
 * decimals). Periods we computed without a published value are listed too (flag no_published).
 * A period that starts before 2026-03-01 must come with the 2012 rules (domain.md §1).
 */
export function compareCompositeIndex(
  county: string,
  positions: readonly PublishedPosition[],
  computed: readonly ComputedCompositeIndex[],
): IndexComparisonRow[] {
  const ours = new Map<string, ComputedCompositeIndex>();
  for (const c of computed) {
    kindOf(c.period);
    if (!Number.isFinite(c.value))
      throw new Error(
        `computed composite index for ${c.period} is not a finite number: ${c.value}`,
      );
    if (c.basis !== 'dust_excluded') continue; // published rankings deduct sand-dust
    if (periodStart(c.period) < REGIME_2026_FROM && c.regime !== '2012')
      throw new Error(
        `computed composite index for ${c.period} uses the ${c.regime} rules; periods before ${REGIME_2026_FROM} need the 2012 rules`,
      );
    if (ours.has(c.period))
      throw new Error(`computed composite index given twice for ${c.period} (dust_excluded)`);
    ours.set(c.period, c);
  }
  const rows: IndexComparisonRow[] = [];
  const published = positions.filter((p) => p.unit === county && p.compositeIndex !== null);
  for (const p of published) {
    const pub = p.compositeIndex;
    if (pub === null) continue;
    const mine = ours.get(p.period) ?? null;
    const tolerance = 0.5 * 10 ** -pub.decimals;
    const diff = mine === null ? null : mine.value - pub.value;
    rows.push({
      period: p.period,
      periodLabel: periodLabel(p.period),
      body: p.body,
      computed: mine?.value ?? null,
      computedRegime: mine?.regime ?? null,
      published: pub.value,
      publishedDecimals: pub.decimals,
      publishedBasis: p.basis,
      difference: diff === null ? null : Number(diff.toFixed(pub.decimals + 1)),
      // A small epsilon keeps a difference of exactly half a unit from flagging through float error.
      flag:
        diff === null ? 'no_computed' : Math.abs(diff) > tolerance + 1e-9 ? 'disagree' : 'agree',
    });
  }
  for (const c of ours.values()) {
    if (published.some((p) => p.period === c.period)) continue;
    rows.push({
      period: c.period,
      periodLabel: periodLabel(c.period),
      body: null,
      computed: c.value,
      computedRegime: c.regime,
      published: null,
      publishedDecimals: null,
      publishedBasis: null,
      difference: null,
      flag: 'no_published',
    });
  }
  return rows.sort(
    (a, b) =>
      periodStart(a.period).localeCompare(periodStart(b.period)) ||
      a.period.localeCompare(b.period) ||
      (a.body ?? '').localeCompare(b.body ?? ''),
  );
}

// ---------------------------------------------------------------------------------------------
// The page.

function bandSentence(
  band: TargetBand,
  county: Bilingual,
  config: RankingConfig,
  series: readonly RankingSeries[],
): Bilingual {
  const { placesMin, placesMax } = band;
  if (band.status === 'unknown')
    return {
      zh: `目标是提升${placesMin}至${placesMax}个位次，但基线名次未知，目标区间无法计算。`,
      en: `The target is to move up ${placesMin} to ${placesMax} places, but the baseline rank is unknown, so the target band cannot be computed.`,
    };
  const bodyName = config.bodies.find((b) => b.id === band.baseline.body)?.name ?? {
    zh: band.baseline.body,
    en: band.baseline.body,
  };
  const range =
    band.best === band.worst
      ? { zh: `第${band.best}名`, en: `${ordinal(band.best)}` }
      : {
          zh: `第${band.best}至${band.worst}名`,
          en: `${ordinal(band.best)} to ${ordinal(band.worst)}`,
        };
  let zh = `基线：${band.baseline.year}年${county.zh}在“${bodyName.zh}”中排第${band.baseline.rank}名；提升${placesMin}至${placesMax}个位次即${range.zh}${band.clamped ? '（已到第1名为止）' : ''}。`;
  let en = `Baseline: ${county.en} ranked ${ordinal(band.baseline.rank)} in “${bodyName.en}” in ${band.baseline.year}; moving up ${placesMin} to ${placesMax} places means ${range.en}${band.clamped ? ' (capped at 1st)' : ''}.`;
  const latest = series.find((s) => s.id === band.baseline.body)?.latest;
  if (latest?.rank !== null && latest?.rank !== undefined) {
    const where = rankAgainstBand(latest.rank, band);
    const words = {
      beyond: { zh: '已超过目标区间', en: 'beyond the band' },
      within: { zh: '在目标区间内', en: 'within the band' },
      short: { zh: '尚未进入目标区间', en: 'not yet within the band' },
      unknown: { zh: '', en: '' },
    }[where];
    zh += `最新名次（${latest.periodLabel.zh}，${latest.display.zh}）${words.zh}。`;
    en += ` The latest position (${latest.periodLabel.en}, ${latest.display.en}) is ${words.en}.`;
  }
  return { zh, en };
}

/** The whole page data, from validated records and our computed index. */
export function rankingPageData(
  records: RankingRecords,
  computed: readonly ComputedCompositeIndex[],
  computedIsSample: boolean,
): RankingPageData {
  const { config, positions } = records;
  const series = config.bodies.map((b) => buildSeries(config, b.id, positions));
  const band = targetBand(config.baseline, config.target.placesMin, config.target.placesMax);
  for (const s of series) {
    if (band.status === 'known' && band.baseline.body === s.id)
      s.chart.band = { best: band.best, worst: band.worst };
  }
  const own = positions.filter((p) => p.unit === config.county);
  const withData = series.filter((s) => s.latest !== null);
  const county = config.countyName;
  const summary: Bilingual =
    own.length === 0
      ? {
          zh: `数据中还没有${county.zh}的公开名次。`,
          en: `The data hold no published position of ${county.en} yet.`,
        }
      : {
          zh: `已收录${county.zh}的${own.length}个公开名次，来自${withData.length}个排名（${withData.map((s) => s.name.zh).join('；')}），其中${own.filter((p) => p.rank === null).length}个来源只给出文字描述、没有具体名次。`,
          en: `${own.length} published position${own.length === 1 ? '' : 's'} of ${county.en} ${own.length === 1 ? 'is' : 'are'} recorded, from ${withData.length} ranking${withData.length === 1 ? '' : 's'} (${withData.map((s) => s.name.en).join('; ')}); for ${own.filter((p) => p.rank === null).length} of them the source describes the position in words without a number.`,
        };
  return {
    county,
    meaning: config.meaning,
    summary,
    series,
    target: { text: config.target.text, year: config.target.year, source: config.target.source },
    band,
    bandText: bandSentence(band, county, config, series),
    baselineNote: config.baselineNote,
    indexComparison: compareCompositeIndex(config.county, positions, computed),
    computedIsSample,
    consequences: config.consequences,
    downloads: [
      {
        path: '/data/ranking/rankings.csv',
        name: { zh: '公开名次（CSV）', en: 'Published positions (CSV)' },
      },
      {
        path: '/data/ranking/composite-index.csv',
        name: { zh: '综合指数对照（CSV）', en: 'Composite index comparison (CSV)' },
      },
    ],
  };
}
