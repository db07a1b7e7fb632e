// stations.csv's reference stations (docs/decisions/025): the schema's rules, and the bundled
// entries checked cell by cell against the national network's snapshot they cite.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadStations } from '../../../src/records/stations.ts';
import { dataDir, STATIONS_HEADER } from './helpers.ts';

const FIXTURE = 'tests/fixtures/cnemc-hourly/2022-01-01T00.csv';
const HEADER = `${STATIONS_HEADER},city_zh,city_en`;
const REF = '2400A,漯河：漯河大学,Luohe: Luohe University,114.0055,33.5698,reference';

const load = (csv: string) => () => loadStations(dataDir({ 'stations.csv': csv }));

describe('stations.csv: the reference kind', () => {
  it('reads a reference row with its city; the city columns are optional for other rows', () => {
    const [s] = loadStations(
      dataDir({ 'stations.csv': `${HEADER}\n${REF},no,2021-12-31,,snapshot,漯河市,Luohe\n` }),
    );
    expect(s).toMatchObject({
      kind: 'reference',
      evaluated: false,
      city_zh: '漯河市',
      city_en: 'Luohe',
    });
    // an older header without the city columns still loads: city null
    const [old] = loadStations(
      dataDir({
        'stations.csv': `${STATIONS_HEADER}\nA1,甲,A,114,33.4,county,yes,2021-01-01,,t\n`,
      }),
    );
    expect(old).toMatchObject({ kind: 'county', city_zh: null, city_en: null });
  });

  it('refuses a reference station that counts for the county', () => {
    expect(load(`${HEADER}\n${REF},yes,2021-12-31,,snapshot,漯河市,Luohe\n`)).toThrow(
      /stations\.csv.*line 2.*evaluated.*expected evaluated = no for a reference station/,
    );
  });

  it('refuses a reference station without its city', () => {
    expect(load(`${HEADER}\n${REF},no,2021-12-31,,snapshot,,Luohe\n`)).toThrow(
      /line 2.*city_zh.*expected city_zh and city_en for a reference station/,
    );
    expect(load(`${STATIONS_HEADER}\n${REF},no,2021-12-31,,snapshot\n`)).toThrow(
      /expected city_zh and city_en/,
    );
  });
});

describe('the bundled reference stations', () => {
  const snapshot = new Map(
    Papa.parse<Record<string, string>>(readFileSync(FIXTURE, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => [r.stationcode, r]),
  );
  const refs = loadStations('data').filter((s) => s.kind === 'reference');

  it('are the nine of Luohe and Zhumadian, with code, name, city and coordinates as published', () => {
    expect(refs.map((s) => `${s.city_en} ${s.code}`)).toEqual([
      'Luohe 2399A',
      'Luohe 2400A',
      'Luohe 2401A',
      'Luohe 2402A',
      'Luohe 3478A',
      'Luohe 3479A',
      'Zhumadian 2420A',
      'Zhumadian 2421A',
      'Zhumadian 2422A',
    ]);
    for (const s of refs) {
      const row = snapshot.get(s.code);
      expect(row, s.code).toBeDefined();
      expect(s.lon).toBe(Number(row?.longitude));
      expect(s.lat).toBe(Number(row?.latitude));
      expect(s.city_zh).toBe(row?.area);
      expect(s.name_zh.endsWith(`：${row?.positionname ?? '?'}`)).toBe(true);
      expect(s.name_en.startsWith(`${s.city_en ?? '?'}: `)).toBe(true);
      expect(s.evaluated).toBe(false);
      expect(s.source).toContain('tests/fixtures/cnemc-hourly/2022-01-01T00.csv');
      // active from the natural day of the snapshot hour 2022-01-01T00 (hour-ending labels)
      expect(s.active_from).toBe('2021-12-31');
    }
  });
});
