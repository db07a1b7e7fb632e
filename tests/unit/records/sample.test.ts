import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSample } from '../../../scripts/generate-sample.ts';
import { ingestObservations, type QualityReport } from '../../../src/records/ingest.ts';
import { loadStations } from '../../../src/records/stations.ts';
import { loadDustDays } from '../../../src/records/dust.ts';
import { dayOfLabel } from '../../../src/records/time.ts';

describe('the committed sample data', () => {
  it('is exactly what the seeded generator produces (byte for byte)', () => {
    expect(diffSample('data')).toEqual([]);
  }, 60_000);

  describe('ingested by the default build', () => {
    let report: QualityReport;
    const monthly = new Map<string, { pm: number[]; o3: number[] }>();
    const yearly = new Map<string, number[]>();

    beforeAll(async () => {
      const stations = loadStations('data');
      const evaluated = new Set(stations.filter((s) => s.evaluated).map((s) => s.code));
      report = await ingestObservations({
        dataDir: 'data',
        stations,
        rejectionsPath: join(mkdtempSync(join(tmpdir(), 'sample-')), 'rejections.csv.gz'),
        onHour: (h) => {
          if (!evaluated.has(h.station)) return;
          const day = dayOfLabel(h.time);
          const m = monthly.get(day.slice(5, 7)) ?? { pm: [], o3: [] };
          monthly.set(day.slice(5, 7), m);
          if (h.values.pm2_5 !== undefined) {
            m.pm.push(h.values.pm2_5);
            const y = yearly.get(day.slice(0, 4)) ?? [];
            y.push(h.values.pm2_5);
            yearly.set(day.slice(0, 4), y);
          }
          if (h.values.o3 !== undefined) m.o3.push(h.values.o3);
        },
      });
    }, 60_000);

    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;

    it('covers 2022-01-01 01:00 to 2026-11-28 00:00 in five yearly gzip files, every cell accounted for', () => {
      expect(report.span).toEqual({
        first: '2022-01-01T01:00:00+08:00',
        last: '2026-11-28T00:00:00+08:00',
      });
      expect(report.files.map((f) => f.file)).toEqual(
        [2022, 2023, 2024, 2025, 2026].map((y) => `observations/sample-${y}.csv.gz`),
      );
      for (const f of report.files)
        expect(
          f.used + f.rejected + f.outOfScope + f.reference + f.empty + f.identicalDuplicates,
        ).toBe(f.read);
    });

    it('gives a report that survives JSON (it becomes quality.json) and stays small', () => {
      const json = JSON.stringify(report);
      expect(JSON.parse(json)).toEqual(report);
      expect(json.length).toBeLessThan(500_000);
    });

    it('holds bad rows of several kinds for the data-quality page', () => {
      const reasons = report.reasons.map((r) => r.reason);
      for (const r of [
        'negative',
        'not_a_number',
        'implausible',
        'conflict',
        'wrong_field_count',
        'hour_out_of_range',
        'bad_timestamp',
        'outside_active_period',
      ] as const) {
        expect(reasons).toContain(r);
      }
      expect(report.totals.outOfScope).toBeGreaterThan(0);
      expect(report.totals.rejected / report.totals.read).toBeLessThan(0.01);
    });

    it('has winter PM2.5 peaks, summer O3 peaks and a slow improvement', () => {
      const jan = monthly.get('01');
      const jul = monthly.get('07');
      expect(jan && jul && mean(jan.pm) / mean(jul.pm)).toBeGreaterThan(1.8);
      expect(jan && jul && mean(jul.o3) / mean(jan.o3)).toBeGreaterThan(1.8);
      const y2022 = mean(yearly.get('2022') ?? []);
      const y2025 = mean(yearly.get('2025') ?? []);
      expect(y2025).toBeLessThan(y2022 * 0.9);
      expect(y2025).toBeGreaterThan(30);
    });

    it('holds no value of any reference station (never sample values under a real name)', () => {
      const refs = loadStations('data').filter((s) => s.kind === 'reference');
      expect(refs.length).toBe(9);
      for (const r of refs)
        expect(report.stations.find((s) => s.station === r.code)).toMatchObject({
          used: 0,
          rejected: 0,
          empty: 0,
          reference: 0,
        });
    });

    it('has one station-month with fewer than 27 days of 20 or more hours', () => {
      const short = report.stations.flatMap((s) =>
        s.months
          .filter(
            (m) =>
              m.month.slice(5) !== '02' && m.month !== '2026-11' && m.daysWith20Hours.pm2_5 < 27,
          )
          .map((m) => `${s.station} ${m.month}`),
      );
      expect(short).toContain('SAMPLE02 2024-07');
    });

    it('lists a few spring dust days, marked as sample', () => {
      const dust = loadDustDays('data') ?? [];
      expect(dust.length).toBeGreaterThan(5);
      for (const d of dust) {
        expect(['03', '04', '05']).toContain(d.date.slice(5, 7));
        expect(d.source).toContain('虚构');
      }
    });
  });
});
