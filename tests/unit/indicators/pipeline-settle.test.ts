// The indicator pipeline settles days as the ingest finishes them and reads its results back
// from a scratch file (docs/decisions/015): same results as holding every grid, few grids alive.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectResults,
  createIndicatorPipeline,
  type IndicatorResults,
  type PipelineProbe,
} from '../../../src/indicators/pipeline.ts';
import { ingestObservations } from '../../../src/records/ingest.ts';
import { loadDustDays } from '../../../src/records/dust.ts';
import { loadStations } from '../../../src/records/stations.ts';
import type { StationHour } from '../../../src/records/types.ts';

const root = mkdtempSync(join(tmpdir(), 'pipeline-settle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function digest(results: IndicatorResults): { hourly: string; rows: number; collected: string } {
  const h = createHash('sha256');
  let rows = 0;
  for (const row of results.hourly()) {
    h.update(`${JSON.stringify(row)}\n`);
    rows++;
  }
  return {
    hourly: h.digest('hex'),
    rows,
    collected: createHash('sha256')
      .update(JSON.stringify(collectResults(results)))
      .digest('hex'),
  };
}

const hour = (station: string, time: string, values: StationHour['values']): StationHour => ({
  station,
  time,
  values,
});

describe('settling days and spooling their grids', () => {
  it('gives the bundled data the same hourly, daily and period results while holding about a day of grids', async () => {
    const stations = loadStations('data');
    const dustDays = new Set((loadDustDays('data') ?? []).map((d) => d.date));
    const evaluatedStations = new Set(
      stations.filter((s) => s.evaluated && s.kind !== 'control').map((s) => s.code),
    );
    const allStations = stations.map((s) => s.code);
    const spillDir = mkdtempSync(join(root, 'bundled-'));
    const probe: PipelineProbe = { pendingGrids: 0, peakPendingGrids: 0, spooledGrids: 0 };
    const settled = createIndicatorPipeline({
      evaluatedStations,
      allStations,
      dustDays,
      spillDir,
      probe,
    });
    const held = createIndicatorPipeline({ evaluatedStations, allStations, dustDays });
    let settles = 0;
    const quality = await ingestObservations({
      dataDir: 'data',
      stations,
      onHour: (h) => {
        settled.addHour(h);
        held.addHour(h);
      },
      onSettled: (date) => {
        settled.settleBefore(date);
        settles++;
      },
      rejectionsPath: join(root, 'rejections.csv.gz'),
    });
    const asOf = quality.span?.last;
    if (asOf === undefined) throw new Error('the sample data has no hours');
    expect(settles).toBeGreaterThan(1_700);
    // Grids wait for their day to be settled: a day or two of the stations, never the years.
    expect(probe.peakPendingGrids).toBeGreaterThan(0);
    expect(probe.peakPendingGrids).toBeLessThanOrEqual(2 * stations.length);
    const a = settled.finish({ asOf });
    const b = held.finish({ asOf });
    expect(probe.pendingGrids).toBe(0);
    expect(probe.spooledGrids).toBeGreaterThan(5_000);
    const da = digest(a);
    // every station-hour, plus the county's hours on top
    expect(da.rows).toBeGreaterThan(quality.hoursEmitted);
    expect(da).toEqual(digest(b));
    // The scratch file is in spillDir while the results live, and gone after close().
    expect(readdirSync(spillDir)).toHaveLength(1);
    a.close();
    b.close();
    expect(readdirSync(spillDir)).toEqual([]);
    expect(() => [...a.areaResults()]).toThrow(/after close/);
  }, 120_000);

  it('keeps moving means across midnight when the day before was settled, and not across a missing day', () => {
    const opts = {
      evaluatedStations: new Set(['A']),
      allStations: ['A'],
      dustDays: new Set<string>(),
      spillDir: root,
    };
    const label = (day: string, h: number): string =>
      h === 24
        ? `${new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}T00:00:00+08:00`
        : `${day}T${String(h).padStart(2, '0')}:00:00+08:00`;
    const feed = (settle: boolean, days: readonly string[]): Map<string, number | null> => {
      const p = createIndicatorPipeline(opts);
      for (const [i, day] of days.entries()) {
        // O3 at hours 1…4 and 21…24 of each natural day: 100·(i+1) + hour.
        for (const h of [1, 2, 3, 4, 21, 22, 23, 24])
          p.addHour(hour('A', label(day, h), { o3: 100 * (i + 1) + h }));
        if (settle) p.settleBefore(label(day, 24).slice(0, 10));
      }
      const r = p.finish();
      const out = new Map([...r.hourly()].map((h) => [h.time, h.o3_8h]));
      r.close();
      return out;
    };
    const consecutive = feed(true, ['2025-05-01', '2025-05-02']);
    expect(consecutive).toEqual(feed(false, ['2025-05-01', '2025-05-02']));
    // 05-02 04:00: hours 21…24 of 05-01 (121…124, from the settled day) and 1…4 of 05-02
    // (201…204): 8 values, mean 162.5 → 162 (GB/T 8170 half to even).
    expect(consecutive.get('2025-05-02T04:00:00+08:00')).toBe(162);
    // The first day has nothing before it: 4 values < 6.
    expect(consecutive.get('2025-05-01T04:00:00+08:00')).toBeNull();
    // With a day missing in between, the window does not reach two days back.
    const gap = feed(true, ['2025-05-01', '2025-05-03']);
    expect(gap).toEqual(feed(false, ['2025-05-01', '2025-05-03']));
    expect(gap.get('2025-05-03T04:00:00+08:00')).toBeNull();
  });

  it('refuses an hour of a settled day and a bound that is not a date', () => {
    const p = createIndicatorPipeline({
      evaluatedStations: new Set(['A']),
      allStations: ['A'],
      dustDays: new Set(),
    });
    p.addHour(hour('A', '2025-01-10T05:00:00+08:00', { pm2_5: 30 }));
    p.settleBefore('2025-01-11');
    // 2025-01-11 00:00 is hour 24 of 01-10: settled.
    expect(() => p.addHour(hour('A', '2025-01-11T00:00:00+08:00', { pm2_5: 31 }))).toThrow(
      /A 2025-01-11T00:00:00\+08:00: the day 2025-01-10 was already settled/,
    );
    p.addHour(hour('A', '2025-01-11T01:00:00+08:00', { pm2_5: 31 }));
    // an earlier bound is ignored, a malformed one throws
    p.settleBefore('2025-01-01');
    expect(() => p.settleBefore('~')).toThrow(/not a date/);
    const r = p.finish();
    expect(collectResults(r).daily.map((d) => `${d.area} ${d.date}`)).toEqual([
      'A 2025-01-10',
      'A 2025-01-11',
      'county 2025-01-10',
      'county 2025-01-11',
    ]);
    r.close();
  });

  it('closes its scratch file when disposed, also before finish()', () => {
    const spillDir = mkdtempSync(join(root, 'dispose-'));
    {
      using p = createIndicatorPipeline({
        evaluatedStations: new Set(['A']),
        allStations: ['A'],
        dustDays: new Set(),
        spillDir,
      });
      p.addHour(hour('A', '2025-01-10T05:00:00+08:00', { pm2_5: 30 }));
      p.settleBefore('2025-01-11');
      expect(readdirSync(spillDir)).toHaveLength(1);
    }
    expect(readdirSync(spillDir)).toEqual([]);
  });
});
