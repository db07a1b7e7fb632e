/**
 * The build's data step (called by scripts/build-data.ts): data folder in, validated page data
 * and open-data files out, into the staging folder Astro reads. This is the one module of the
 * page-data stage that does I/O; it composes the pure stages and writes their results.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { checkDataFolder } from '../records/folder.ts';
import { loadSite, type Site } from '../records/site.ts';
import { loadPlan } from '../records/plan/index.ts';
import { countyStationCodes, loadStations, silentReferenceStations } from '../records/stations.ts';
import { loadDustDays } from '../records/dust.ts';
import { loadPublished } from '../records/published.ts';
import { ingestObservations, type QualityReport } from '../records/ingest.ts';
import { dataWindow } from '../records/window.ts';
import { createIndicatorPipeline, type DailyRecord } from '../indicators/pipeline.ts';
import { COUNTY_AREA } from '../indicators/county.ts';
import {
  assessTarget,
  planTargets,
  targetInputFromPeriod,
  type TargetDefinition,
  type TargetId,
} from '../indicators/targets.ts';
import { BASES, type PeriodStatistic } from '../indicators/period.ts';
import { dayOfLabel } from '../records/time.ts';
import { exportPng, exportSvg } from '../charts/shared/export.ts';
import type { ChartSpec } from '../charts/shared/types.ts';
import { csvDocument, csvLine, type Cell } from './csv.ts';
import {
  DAILY_FIELDS,
  HOURLY_FIELDS,
  PERIOD_FIELDS,
  TARGET_FIELDS,
  dailyRow,
  hourlyRow,
  periodRow,
  targetRow,
} from './open-data/tables.ts';
import {
  SITE_DOC,
  siteDataSchema,
  type Bilingual,
  type SiteData,
  type ChartContext,
} from '../page-data/site/index.ts';
import { REPORT_DOC, buildReportPage } from '../page-data/report/index.ts';
import {
  PROGRESS_DOC,
  buildHeadline,
  buildNow,
  buildScoreboard,
  buildWarnings,
  buildYtd,
  type ProgressPageData,
  annualSparkline,
  gradeIIChart,
  trendChart,
} from '../page-data/progress/index.ts';
import {
  STATIONS_DOC,
  buildStationsData,
  createRecentCollector,
  stationSeries,
  type StationSeries,
  calendarChart,
  last7Chart,
} from '../page-data/stations/index.ts';
import { buildEnforcementData, buildPlanData, buildRankingData } from './feature-files.ts';
import { featureCharts } from './feature-charts.ts';
import {
  createReferenceStore,
  crossCheckPublishedAqi,
  type AqiCrossCheck,
} from '../indicators/aqi-cross-check.ts';
import { CHARTS_DOC, chartRegistrySchema } from '../page-data/gallery/index.ts';
import { QUALITY_DOC } from '../page-data/quality/index.ts';
import { writeGenerated } from './staging.ts';
import { writeOpenDataDescriptors } from './open-data/files.ts';
import { defaultReleaseStore } from './release/release.ts';
import { writeCurrentFiles } from './current.ts';

const SAMPLE_LABELS: Readonly<Record<string, Bilingual>> = {
  observations: { zh: '监测数据', en: 'monitoring data' },
  dust_days: { zh: '沙尘日', en: 'dust days' },
  published: { zh: '官方发布统计', en: 'published statistics' },
  enforcement: { zh: '执法案例', en: 'enforcement cases' },
};

export interface BuildSummary {
  readonly asOf: string | null;
  readonly hours: number;
  readonly charts: number;
}

async function closeStream(s: WriteStream): Promise<void> {
  s.end();
  await once(s, 'finish');
}

/** A CSV file written row by row, waiting for the stream to drain rather than buffering it all. */
function openCsv(
  path: string,
  header: readonly string[],
): { write(row: readonly Cell[]): Promise<void>; close(): Promise<void> } {
  const s = createWriteStream(path);
  s.write(csvLine(header));
  return {
    async write(row) {
      if (!s.write(csvLine(row))) await once(s, 'drain');
    },
    close: () => closeStream(s),
  };
}

export function siteDataFrom(site: Site, asOf: string | null, planTitle: Bilingual): SiteData {
  return siteDataSchema.parse({
    name: site.site_name ?? {
      zh: `${site.county.zh}空气质量公开`,
      en: `${site.county.en} air quality in the open`,
    },
    planTitle,
    county: site.county,
    province: site.province,
    parentCity: site.parent_city,
    publicUrl: site.public_url,
    licence: site.licence,
    contact: site.contact,
    sampleDatasets: Object.entries(site.sample)
      .filter(([, isSample]) => isSample)
      .map(([k]) => SAMPLE_LABELS[k] ?? { zh: k, en: k }),
    asOf,
    sources: Object.values(site.sources).map((name) => ({ name })),
    sampleObservations: site.sample.observations,
  });
}

/** Run the data step. `log` receives one progress line per stage. */
export async function buildSiteData(
  dataDir: string,
  outDir: string,
  log: (s: string) => void,
): Promise<BuildSummary> {
  checkDataFolder(dataDir);
  const site = loadSite(dataDir);
  const stations = loadStations(dataDir);
  const dust = loadDustDays(dataDir);
  const published = loadPublished(dataDir);
  const dustDays = new Set((dust ?? []).map((d) => d.date));
  const sample = site.sample.observations;

  await rm(outDir, { recursive: true, force: true });
  const pub = join(outDir, 'public');
  await mkdir(join(pub, 'data'), { recursive: true });

  // 1. Ingest → indicator pipeline, hour by hour. Settled days' grids and the published AQI
  // references go to scratch files in the temp folder (`using`: removed however the build ends),
  // so no step holds the hours of all stations (docs/decisions/015).
  const evaluated = countyStationCodes(stations);
  using pipeline = createIndicatorPipeline({
    evaluatedStations: evaluated,
    allStations: stations.map((s) => s.code),
    dustDays,
    spillDir: tmpdir(),
  });
  using references = createReferenceStore({ dir: tmpdir() });
  const bound = dataWindow(dataDir, site.data_until);
  const ingested: QualityReport = await ingestObservations({
    dataDir,
    stations,
    dataUntil: bound.until,
    onHour: (h) => pipeline.addHour(h),
    onSettled: (date) => pipeline.settleBefore(date),
    onReference: (r) => references.add(r),
    rejectionsPath: join(pub, 'data', 'rejections.csv.gz'),
  });
  const { silent, report: quality } = silentReferenceStations(ingested, stations);
  const asOf = quality.span?.last ?? null;
  log(
    `ingest: ${quality.hoursEmitted} station-hours, ${quality.totals.rejected} cells rejected, as_of ${asOf ?? 'none'}, data window to ${bound.until ?? 'no bound'} (${bound.rule})`,
  );
  const results = pipeline.finish(asOf === null ? {} : { asOf });

  // 2. Hourly open data, one file per year, streamed; recent hours and the AQI cross-check on the way.
  const recent = createRecentCollector(asOf);
  const check = crossCheckPublishedAqi((area) => references.forStation(area));
  const streams = new Map<string, WriteStream>();
  let hours = 0;
  for (const h of results.hourly()) {
    const year = h.time.slice(0, 4);
    let s = streams.get(year);
    if (s === undefined) {
      s = createWriteStream(join(pub, 'data', `hourly-${year}.csv`));
      s.write(csvLine(HOURLY_FIELDS.map((f) => f.name)));
      streams.set(year, s);
    }
    if (!s.write(csvLine(hourlyRow(h, sample)))) await once(s, 'drain');
    recent.add(h);
    if (h.area !== COUNTY_AREA) check.add(h);
    hours++;
  }
  for (const s of streams.values()) await closeStream(s);
  const crossCheck: AqiCrossCheck = check.result();
  log(
    `hourly: ${hours} rows in ${streams.size} files; published-AQI cross-check ${crossCheck.agree}/${crossCheck.compared} agree`,
  );

  // 3. Daily, monthly and annual tables, area by area: one area's daily records are in memory at
  // a time. What the later steps need is taken on the way: the county's records and periods
  // (every other consumer reads only the county), each station's page series and calendars.
  const dataDate = asOf === null ? '' : asOf.slice(0, 10);
  const ctx: ChartContext = {
    publicUrl: site.public_url,
    sample,
    source: site.sources['observations'] ?? { zh: '监测数据', en: 'Monitoring data' },
    dataDate,
    county: site.county,
  };
  // The last natural day with data: an as-of hour labelled 00:00 closes the day before (HJ 663 A.1).
  const lastDay = asOf === null ? null : dayOfLabel(asOf);
  const stationNames = new Map(stations.map((s) => [s.code, { zh: s.name_zh, en: s.name_en }]));
  const dailyCsv = openCsv(
    join(pub, 'data', 'daily.csv'),
    DAILY_FIELDS.map((f) => f.name),
  );
  const monthlyCsv = openCsv(
    join(pub, 'data', 'monthly.csv'),
    PERIOD_FIELDS.map((f) => f.name),
  );
  const annualCsv = openCsv(
    join(pub, 'data', 'annual.csv'),
    PERIOD_FIELDS.map((f) => f.name),
  );
  const dailyYears = new Set<string>();
  const series = new Map<string, StationSeries>();
  const stationCalendars = new Map<string, ChartSpec[]>();
  let countyDaily: readonly DailyRecord[] = [];
  let countyMonthly: readonly PeriodStatistic[] = [];
  let countyAnnual: readonly PeriodStatistic[] = [];
  let countyYtd: readonly PeriodStatistic[] = [];
  for (const a of results.areaResults()) {
    if (silent.has(a.area)) continue; // no rows: no empty periods under a real station's name
    for (const d of a.daily) {
      await dailyCsv.write(dailyRow(d, sample));
      dailyYears.add(d.date.slice(0, 4));
    }
    for (const p of a.monthly) await monthlyCsv.write(periodRow(p, sample));
    for (const p of a.annual) await annualCsv.write(periodRow(p, sample));
    if (a.area === COUNTY_AREA) {
      countyDaily = a.daily;
      countyMonthly = a.monthly;
      countyAnnual = a.annual;
      countyYtd = a.ytd;
      continue;
    }
    const st = stationSeries(a.area, a.daily, a.monthly);
    series.set(a.area, st);
    const name = stationNames.get(a.area);
    if (lastDay !== null && name !== undefined) {
      stationCalendars.set(
        a.area,
        st.years.map((y) => calendarChart(ctx, a.area, name, y.year, a.daily, lastDay)),
      );
    }
  }
  for (const c of [dailyCsv, monthlyCsv, annualCsv]) await c.close();
  // The plan's computed targets: number, comparison and year from data/plan/targets.csv.
  const planRecords = loadPlan(dataDir);
  const targets = planTargets(planRecords.targets);
  const progressRows = targets.flatMap((def) =>
    BASES.flatMap((b) => {
      const stat = countyAnnual.find(
        (s) => s.area === COUNTY_AREA && s.period === def.year && s.basis === b,
      );
      return stat === undefined ? [] : [assessTarget(def, targetInputFromPeriod(def, stat))];
    }),
  );
  await writeFile(
    join(pub, 'data', 'target-progress.csv'),
    csvDocument(
      TARGET_FIELDS.map((f) => f.name),
      progressRows.map((t) => targetRow(t, sample)),
    ),
  );

  // 4. Page data.
  const planSource = planRecords.source;
  const planDoc = planSource.documents.find((d) => d.id === planSource.current);
  const planTitle: Bilingual = planDoc
    ? { zh: planDoc.title_zh, en: planDoc.title_en }
    : { zh: `${site.county.zh}空气质量行动方案`, en: `${site.county.en} air-quality action plan` };
  const siteData = siteDataFrom(site, asOf, planTitle);
  await writeGenerated(outDir, SITE_DOC, siteData);
  await writeGenerated(
    outDir,
    REPORT_DOC,
    buildReportPage(site, asOf === null ? null : asOf.slice(0, 10)),
  );
  const scoreboard = buildScoreboard(
    targets,
    countyAnnual,
    published.map((p) => ({ ...p, area: p.area_en })),
  );
  // The ranking target has no computed verdict (its band needs a baseline rank the plan does not
  // name, see /ranking/), so it counts as not assessable in its year's answer.
  const rankingTargets = planRecords.targets.flatMap((t) =>
    t.unit === 'ranking_places' && t.deadline !== null
      ? [{ year: t.deadline.slice(0, 4), verdict: 'not_assessable' as const }]
      : [],
  );
  const progress: ProgressPageData = {
    asOf,
    warnings: buildWarnings(site.warning_periods ?? [], asOf === null ? null : dayOfLabel(asOf)),
    // the year the headline targets are set for (the first target's, in plan order)
    targetYear: targets[0]?.year ?? '',
    targets,
    scoreboard,
    dustList: dust !== null,
    headline: buildHeadline(scoreboard, rankingTargets, dust !== null, lastDay),
    ytd: buildYtd(countyYtd),
    now: buildNow(recent.latest(COUNTY_AREA)),
  };
  await writeGenerated(outDir, PROGRESS_DOC, progress);
  const stationsData = buildStationsData({
    stations: stations.map((s) => ({
      code: s.code,
      nameZh: s.name_zh,
      nameEn: s.name_en,
      lon: s.lon,
      lat: s.lat,
      kind: s.kind,
      evaluated: s.evaluated,
      activeFrom: s.active_from,
      activeTo: s.active_to,
      source: s.source,
      cityZh: s.city_zh,
      cityEn: s.city_en,
    })),
    seat: site.county_seat ?? null,
    asOf,
    series: (c) => series.get(c),
    latest: (c) => recent.latest(c),
    recent: (c) => recent.recent(c),
  });
  await writeGenerated(outDir, STATIONS_DOC, stationsData);
  await writeGenerated(outDir, QUALITY_DOC, { quality, crossCheck, sample, window: bound });
  await writeFile(
    join(pub, 'data', 'quality.json'),
    `${JSON.stringify({ sample, as_of: asOf, data_window: bound, ...quality, aqi_cross_check: crossCheck }, null, 1)}\n`,
  );

  // 5. Charts: specs for the pages, and their downloads (SVG and PNG in both languages, CSV).
  const baseline = (b: Site['baselines']['pm2_5']) =>
    b === 'unknown' ? null : { year: b.year, value: b.value };
  const charts: ChartSpec[] = [];
  if (lastDay !== null) {
    // Charts of the targets the plan has (another county's plan may lack one), in this order.
    const byId = (id: TargetId): TargetDefinition | undefined => targets.find((t) => t.id === id);
    const trends = [
      ['pm2_5', byId('pm2_5_annual'), site.baselines.pm2_5],
      ['good', byId('good_days_ratio'), site.baselines.good_ratio],
      ['heavy', byId('heavy_days_ratio'), site.baselines.heavy_ratio],
    ] as const;
    for (const [kind, def, base] of trends)
      if (def !== undefined)
        charts.push(
          trendChart(ctx, kind, countyMonthly, countyAnnual, def, baseline(base), lastDay),
        );
    for (const [kind, def] of trends)
      if (def?.targetValue != null)
        charts.push(annualSparkline(ctx, kind, countyAnnual, def, lastDay));
    const gradeII = byId('grade_ii');
    if (gradeII !== undefined) charts.push(gradeIIChart(ctx, countyAnnual, gradeII.year));
    const countyName: Bilingual = { zh: site.county.zh, en: site.county.en };
    // Every year with data at any station, as before: a county calendar may be empty.
    for (const y of [...dailyYears].sort())
      charts.push(calendarChart(ctx, COUNTY_AREA, countyName, y, countyDaily, lastDay));
    for (const st of stationsData.stations) {
      if (silent.has(st.meta.code)) continue; // no hours: its page says so instead of an empty chart
      const name = { zh: st.meta.nameZh, en: st.meta.nameEn };
      charts.push(last7Chart(ctx, st.meta.code, name, st.last7Days));
      charts.push(...(stationCalendars.get(st.meta.code) ?? []));
    }
  }
  // Ranking: our own composite index beside the published ranks (dust-deducted, 2012 rules to 2026-02).
  const computedIndex = countyAnnual
    .concat(countyMonthly)
    .filter(
      (s) =>
        s.area === COUNTY_AREA &&
        s.basis === 'dust_excluded' &&
        s.regime !== 'mixed' &&
        s.compositeIndex !== null,
    )
    .map((s) => ({
      period: s.period,
      value: s.compositeIndex?.rounded ?? 0,
      basis: s.basis,
      regime: s.regime,
    }));
  const ranking = await buildRankingData(dataDir, outDir, computedIndex, sample);
  const plan = await buildPlanData(dataDir, outDir, asOf);
  const enforcement = await buildEnforcementData(dataDir, outDir, asOf);
  const enforcementSource = site.sources['enforcement'] ?? {
    zh: '执法信息公开',
    en: 'Published enforcement decisions',
  };
  charts.push(...featureCharts(ctx, { ranking, plan, enforcement, enforcementSource }));

  await writeChartDownloads(pub, charts);
  await writeGenerated(outDir, CHARTS_DOC, chartRegistrySchema.parse(charts));
  log(`charts: ${charts.length} specs, downloads written`);
  const openData = await writeOpenDataDescriptors(outDir, site, asOf, {
    dataDir,
    releaseStore: defaultReleaseStore(),
  });
  log(
    `current: ${(await writeCurrentFiles(pub, { site: siteData, monthly: countyMonthly, progress, plan, enforcement, openData })).join(' ')}`,
  );

  return { asOf, hours, charts: charts.length };
}

/** Each chart's downloads at /charts/<id>/<id>.{zh,en}.{svg,png} and /charts/<id>/<id>.csv. */
async function writeChartDownloads(pub: string, charts: readonly ChartSpec[]): Promise<void> {
  for (const spec of charts) {
    const dir = join(pub, 'charts', spec.meta.id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${spec.meta.id}.csv`), spec.meta.csv);
    for (const lang of ['zh', 'en'] as const) {
      const svg = exportSvg(spec, lang);
      await writeFile(join(dir, `${spec.meta.id}.${lang}.svg`), svg);
      await writeFile(join(dir, `${spec.meta.id}.${lang}.png`), exportPng(svg));
    }
  }
}
