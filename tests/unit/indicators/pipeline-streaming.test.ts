import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectResults,
  createIndicatorPipeline,
  type DailyRecord,
  type IndicatorResults,
} from '../../../src/indicators/pipeline.ts';
import { COUNTY_AREA, countyGrid } from '../../../src/indicators/county.ts';
import {
  dailyFromGrid,
  emptyDayGrid,
  putHour,
  type DayGrid,
} from '../../../src/indicators/daily.ts';
import {
  BASES,
  monthSpec,
  periodStatistics,
  yearSpec,
  ytdSpec,
  type PeriodStatistic,
} from '../../../src/indicators/period.ts';
import { ingestObservations } from '../../../src/records/ingest.ts';
import { loadDustDays } from '../../../src/records/dust.ts';
import { loadStations } from '../../../src/records/stations.ts';
import { dayOfLabel, hourOfDay } from '../../../src/records/time.ts';
import type { StationHour } from '../../../src/records/types.ts';

interface Reference {
  daily: DailyRecord[];
  monthly: PeriodStatistic[];
  annual: PeriodStatistic[];
  ytd: PeriodStatistic[];
}

const dayAfter = (date: string, k: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);

/**
 * The all-at-once result as `finish()` computed it before the per-area iteration: every area's
 * daily records first, then the periods of every area over the data range of all of them.
 * Grids are built here from the raw hours, independently of the pipeline's own stores.
 */
function allAtOnce(
  hours: readonly StationHour[],
  all: readonly string[],
  evaluated: ReadonlySet<string>,
  dust: ReadonlySet<string>,
  asOf: string,
): Reference {
  const grids = new Map<string, Map<string, DayGrid>>(all.map((s) => [s, new Map()]));
  for (const h of hours) {
    const byDay = grids.get(h.station);
    if (byDay === undefined) throw new Error(`unexpected station ${h.station}`);
    const day = dayOfLabel(h.time);
    const g = byDay.get(day) ?? emptyDayGrid();
    byDay.set(day, g);
    putHour(g, hourOfDay(h.time), h.values, `${h.station} ${h.time}`);
  }
  const countyDays = [
    ...new Set([...evaluated].flatMap((s) => [...(grids.get(s)?.keys() ?? [])])),
  ].sort();
  const county = new Map<string, DayGrid>();
  for (const d of countyDays)
    county.set(d, countyGrid([...evaluated].flatMap((s) => grids.get(s)?.get(d) ?? [])));
  grids.set(COUNTY_AREA, county);

  const areas = [...all, COUNTY_AREA];
  const dailyOf = new Map<string, DailyRecord[]>();
  for (const area of areas) {
    const byDay = grids.get(area) ?? new Map<string, DayGrid>();
    dailyOf.set(
      area,
      [...byDay.keys()].sort().map((date) => ({
        ...dailyFromGrid(area, date, byDay.get(date) ?? emptyDayGrid()),
        dust: dust.has(date),
      })),
    );
  }
  const daily = areas.flatMap((a) => dailyOf.get(a) ?? []);
  const dates = daily.map((d) => d.date).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const years: string[] = [];
  const months: string[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    years.push(String(y));
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      if (month >= first.slice(0, 7) && month <= last.slice(0, 7)) months.push(month);
    }
  }
  const lastComplete = hourOfDay(asOf) === 24 ? dayOfLabel(asOf) : dayAfter(dayOfLabel(asOf), -1);
  const ytd = ytdSpec(lastComplete);
  const ref: Reference = { daily, monthly: [], annual: [], ytd: [] };
  for (const area of areas) {
    const list = dailyOf.get(area) ?? [];
    for (const basis of BASES) {
      for (const m of months)
        ref.monthly.push(
          periodStatistics(
            area,
            monthSpec(m),
            list.filter((d) => d.date.startsWith(m)),
            dust,
            basis,
          ),
        );
      for (const y of years)
        ref.annual.push(
          periodStatistics(
            area,
            yearSpec(y),
            list.filter((d) => d.date.startsWith(y)),
            dust,
            basis,
          ),
        );
      ref.ytd.push(
        periodStatistics(
          area,
          ytd,
          list.filter((d) => d.date.startsWith(ytd.from.slice(0, 4))),
          dust,
          basis,
        ),
      );
    }
  }
  return ref;
}

function areaOrder(r: IndicatorResults): string[] {
  return [...r.areaResults()].map((a) => a.area);
}

describe('the per-area iteration of the indicator results', () => {
  it('gives the same records as the all-at-once result on the bundled sample data', async () => {
    const stations = loadStations('data');
    const dust = new Set((loadDustDays('data') ?? []).map((d) => d.date));
    const evaluated = new Set(
      stations.filter((s) => s.evaluated && s.kind !== 'control').map((s) => s.code),
    );
    const all = stations.map((s) => s.code);
    const pipeline = createIndicatorPipeline({
      evaluatedStations: evaluated,
      allStations: all,
      dustDays: dust,
    });
    const hours: StationHour[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'pipeline-streaming-'));
    try {
      const quality = await ingestObservations({
        dataDir: 'data',
        stations,
        onHour: (h) => {
          hours.push(h);
          pipeline.addHour(h);
        },
        rejectionsPath: join(dir, 'rejections.csv.gz'),
      });
      const asOf = quality.span?.last;
      if (asOf === undefined) throw new Error('the sample data has no hours');
      const results = pipeline.finish({ asOf });
      const reference = allAtOnce(hours, all, evaluated, dust, asOf);
      expect(reference.daily.length).toBeGreaterThan(5000);
      expect(reference.ytd.length).toBe(2 * (all.length + 1));

      // Each step holds exactly one area, in `areas` order.
      const seen: string[] = [];
      for (const a of results.areaResults()) {
        seen.push(a.area);
        for (const list of [a.daily, a.monthly, a.annual, a.ytd])
          expect(list.every((x) => x.area === a.area)).toBe(true);
      }
      expect(seen).toEqual(results.areas);
      expect(results.areas).toEqual([...all, COUNTY_AREA]);

      const streamed = collectResults(results);
      expect(JSON.stringify(streamed.daily)).toBe(JSON.stringify(reference.daily));
      expect(JSON.stringify(streamed.monthly)).toBe(JSON.stringify(reference.monthly));
      expect(JSON.stringify(streamed.annual)).toBe(JSON.stringify(reference.annual));
      expect(JSON.stringify(streamed.ytd)).toBe(JSON.stringify(reference.ytd));
      // A second iteration recomputes the same records.
      expect(JSON.stringify(collectResults(results))).toBe(JSON.stringify(streamed));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("spans every area's periods over the data range of all areas, not its own", () => {
    const p = createIndicatorPipeline({
      evaluatedStations: new Set(['A']),
      allStations: ['A', 'B'],
      dustDays: new Set(),
    });
    // A full day of PM2.5, so each day has a valid daily mean: A on 10 January, B on 10 March.
    for (let h = 1; h <= 24; h++) {
      const hh = String(h % 24).padStart(2, '0');
      p.addHour({
        station: 'A',
        time: h === 24 ? '2025-01-11T00:00:00+08:00' : `2025-01-10T${hh}:00:00+08:00`,
        values: { pm2_5: 40 },
      });
      p.addHour({
        station: 'B',
        time: h === 24 ? '2025-03-11T00:00:00+08:00' : `2025-03-10T${hh}:00:00+08:00`,
        values: { pm2_5: 50 },
      });
    }
    const byArea = new Map([...p.finish().areaResults()].map((a) => [a.area, a]));
    for (const area of ['A', 'B', COUNTY_AREA]) {
      const months = byArea
        .get(area)
        ?.monthly.map((m) => `${m.basis}/${m.period}/${m.concentrations.pm2_5.count}`);
      const jan = area === 'B' ? 0 : 1;
      const mar = area === 'B' ? 1 : 0;
      expect(months).toEqual([
        `raw/2025-01/${jan}`,
        'raw/2025-02/0',
        `raw/2025-03/${mar}`,
        `dust_excluded/2025-01/${jan}`,
        'dust_excluded/2025-02/0',
        `dust_excluded/2025-03/${mar}`,
      ]);
      expect(byArea.get(area)?.ytd).toEqual([]);
    }
    expect(byArea.get('B')?.daily.map((d) => d.date)).toEqual(['2025-03-10']);
  });

  it.each([
    ['no hours at all', [] as StationHour[], ['A', 'B', COUNTY_AREA]],
    [
      'one hour of a control station',
      [{ station: 'B', time: '2025-01-01T01:00:00+08:00', values: { so2: 3 } }],
      ['A', 'B', COUNTY_AREA],
    ],
  ])('yields every area once, even with %s', (_name, hours, order) => {
    const p = createIndicatorPipeline({
      evaluatedStations: new Set(['A']),
      allStations: ['A', 'B'],
      dustDays: new Set(),
    });
    for (const h of hours) p.addHour(h);
    const r = p.finish();
    expect(areaOrder(r)).toEqual(order);
    expect(collectResults(r).daily.map((d) => d.area)).toEqual(hours.map((h) => h.station));
  });
});
