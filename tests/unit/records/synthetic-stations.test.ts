import { describe, expect, it } from 'vitest';
import {
  SAMPLE_STATIONS,
  stationsCsv,
  syntheticStations,
} from '../../../scripts/generate-sample.ts';

describe('syntheticStations(n) for the scale benchmark', () => {
  it('gives n fictitious stations with distinct codes, none of them a bundled one', () => {
    const s = syntheticStations(12);
    expect(s.map((x) => x.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `SYN${String(i + 1).padStart(3, '0')}`),
    );
    expect(s.every((x) => x.name.endsWith('（虚构）'))).toBe(true);
    expect(s.some((x) => SAMPLE_STATIONS.some((b) => b.code === x.code))).toBe(false);
  });

  it.each([0, -1, 1.5, 1000, Number.NaN])('refuses a station count of %s', (n) => {
    expect(() => syntheticStations(n)).toThrow(/--stations: expected an integer 1…999/);
  });

  it('writes stations.csv with the bundled columns, one row per station', () => {
    const lines = stationsCsv(syntheticStations(3)).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'code,name_zh,name_en,lon,lat,kind,evaluated,active_from,active_to,source',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]?.split(',')).toHaveLength(10);
  });
});
