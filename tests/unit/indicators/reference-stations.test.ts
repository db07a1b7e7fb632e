// Reference stations (neighbouring national stations, stations.csv kind `reference`) never enter
// the county's figures: with the real CNEMC snapshot hour in the data folder, so that the nine
// reference stations HAVE values, the county's hourly, daily and period results are exactly those
// of the same folder without it (docs/decisions/025).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTY_AREA } from '../../../src/indicators/county.ts';
import {
  collectResults,
  createIndicatorPipeline,
  type HourlyIndicator,
} from '../../../src/indicators/pipeline.ts';
import { ingestObservations } from '../../../src/records/ingest.ts';
import {
  countyStationCodes,
  loadStations,
  silentReferenceStations,
} from '../../../src/records/stations.ts';
import { dataDir } from '../records/helpers.ts';

const FIXTURE = 'tests/fixtures/cnemc-hourly/2022-01-01T00.csv';
const REFERENCE = ['2399A', '2400A', '2401A', '2402A', '3478A', '3479A', '2420A', '2421A', '2422A'];

/** A full natural day 2021-12-31 (hours 1…24) of the three evaluated sample stations plus the control. */
function countyFile(): string {
  const lines = ['station,date,hour,pm2_5,pm10,so2,no2,co,o3'];
  for (let h = 1; h <= 24; h++)
    for (const [code, pm] of [
      ['SAMPLE01', 20],
      ['SAMPLE02', 24],
      ['SAMPLE03', 31],
    ] as const)
      lines.push(`${code},2021-12-31,${h},${pm},${pm + 30},6,20,0.5,${30 + h}`);
  return `${lines.join('\n')}\n`;
}

async function runFolder(withSnapshot: boolean) {
  const dir = dataDir({ 'observations/county.csv': countyFile() });
  copyFileSync('data/stations.csv', join(dir, 'stations.csv'));
  if (withSnapshot) copyFileSync(FIXTURE, join(dir, 'observations', '2022-01-01T00.csv'));
  const stations = loadStations(dir);
  const pipeline = createIndicatorPipeline({
    evaluatedStations: countyStationCodes(stations),
    allStations: stations.map((s) => s.code),
    dustDays: new Set(),
  });
  const report = await ingestObservations({
    dataDir: dir,
    stations,
    onHour: (h) => pipeline.addHour(h),
    onSettled: (d) => pipeline.settleBefore(d),
    rejectionsPath: join(dir, 'rejections.csv.gz'),
  });
  const results = pipeline.finish({});
  const hourly: HourlyIndicator[] = [...results.hourly()];
  const collected = collectResults(results);
  results.close();
  const county = {
    hourly: hourly.filter((h) => h.area === COUNTY_AREA),
    daily: collected.daily.filter((d) => d.area === COUNTY_AREA),
    monthly: collected.monthly.filter((d) => d.area === COUNTY_AREA),
    annual: collected.annual.filter((d) => d.area === COUNTY_AREA),
  };
  return { stations, report, hourly, county };
}

describe('reference stations and the county figures', () => {
  it('the bundled stations.csv lists the nine as reference, not evaluated, none among the county codes', () => {
    const stations = loadStations('data');
    const refs = stations.filter((s) => s.kind === 'reference');
    expect(refs.map((s) => s.code)).toEqual(REFERENCE);
    expect(refs.every((s) => !s.evaluated)).toBe(true);
    expect([...countyStationCodes(stations)].sort()).toEqual(['SAMPLE01', 'SAMPLE02', 'SAMPLE03']);
  });

  it('with the reference stations holding real values, the county results are unchanged', async () => {
    const without = await runFolder(false);
    const withRefs = await runFolder(true);
    // the reference stations did get their values, as their own areas
    const h2400 = withRefs.hourly.find((h) => h.area === '2400A');
    expect(h2400).toMatchObject({ time: '2022-01-01T00:00:00+08:00', values: { pm2_5: 123 } });
    expect(without.hourly.some((h) => h.area === '2400A')).toBe(false);
    // … and the county did not: same hourly, daily, monthly and annual values
    expect(withRefs.county.hourly.length).toBe(24);
    expect(withRefs.county.daily.length).toBe(1);
    expect(JSON.stringify(withRefs.county)).toBe(JSON.stringify(without.county));
    // the last hour of 2021-12-31 is the snapshot hour: a mean of the three county stations only
    const last = withRefs.county.hourly.at(-1);
    expect(last?.time).toBe('2022-01-01T00:00:00+08:00');
    expect(last?.values.pm2_5).toBe(25); // (20 + 24 + 31) / 3 = 25
  });

  it('keeps a reference station that sent rows in the quality report and drops the silent ones', async () => {
    const without = await runFolder(false);
    const silentAll = silentReferenceStations(without.report, without.stations);
    expect([...silentAll.silent]).toEqual(REFERENCE);
    expect(silentAll.report.stations.map((s) => s.station)).toEqual([
      'SAMPLE01',
      'SAMPLE02',
      'SAMPLE03',
      'SAMPLE04',
    ]);
    const withRefs = await runFolder(true);
    const heard = silentReferenceStations(withRefs.report, withRefs.stations);
    expect([...heard.silent]).toEqual([]);
    expect(heard.report.stations).toHaveLength(13);
  });

  it('the fixture really is the snapshot the bundled entries cite', () => {
    expect(readFileSync(FIXTURE, 'utf8').split('\n')[0]).toMatch(
      /^timepoint,stationcode,longitude,latitude,area,positionname,/,
    );
  });
});
