// Distance and direction of a reference station from the county seat (haversine, initial
// bearing), with a worked example: Luohe 2400A 漯河大学 from Xiping's county seat.
import { describe, expect, it } from 'vitest';
import {
  compassEn,
  directionZh,
  fromPoint,
  fromSeat,
  fromSeatLabel,
  KM_PER_DEGREE,
} from '../../../../src/page-data/stations/index.ts';

// the bundled site.json's county_seat
const SEAT = { lon: 114.02, lat: 33.38 };

describe('distance and direction from the county seat', () => {
  it('says the distance is unknown when site.json gives no county seat', () => {
    expect(fromSeatLabel('zh', null, { lon: 114, lat: 33.5 })).toBe(
      '距离未知（site.json 未给出县城坐标 county_seat）',
    );
    expect(fromSeatLabel('en', null, { lon: 114, lat: 33.5 })).toBe(
      'distance unknown (site.json gives no county_seat)',
    );
  });

  it('worked example: Luohe 2400A (114.0055 E, 33.5698 N) from the seat (114.02 E, 33.38 N)', () => {
    // Δφ = 0.1898° → 0.1898 × 111.195 = 21.105 km north; Δλ = −0.0145° × cos(33.47°) = −0.01209°
    // → 1.345 km west. √(21.105² + 1.345²) = 21.148 km; bearing atan2(−1.345, 21.105) = −3.65°.
    const f = fromSeat(SEAT, { lon: 114.0055, lat: 33.5698 });
    expect(f.km).toBeCloseTo(21.15, 1);
    expect(f.bearing).toBeCloseTo(356.35, 0);
    expect(fromSeatLabel('zh', SEAT, { lon: 114.0055, lat: 33.5698 })).toBe(
      '北偏西 4°，约 21 公里',
    );
    expect(fromSeatLabel('en', SEAT, { lon: 114.0055, lat: 33.5698 })).toBe('21 km N');
  });

  it('Zhumadian 2420A (114.0189 E, 32.9656 N) lies about 46 km due south', () => {
    const f = fromSeat(SEAT, { lon: 114.0189, lat: 32.9656 });
    expect(f.km).toBeCloseTo(0.4144 * KM_PER_DEGREE, 0);
    expect(fromSeatLabel('zh', SEAT, { lon: 114.0189, lat: 32.9656 })).toBe('正南，约 46 公里');
    expect(fromSeatLabel('en', SEAT, { lon: 114.0189, lat: 32.9656 })).toBe('46 km S');
  });

  it('one degree of latitude is KM_PER_DEGREE; the seat itself is 0 km', () => {
    expect(fromPoint({ lon: 0, lat: 0 }, { lon: 0, lat: 1 }).km).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(fromPoint({ lon: 0, lat: 0 }, { lon: 1, lat: 0 }).bearing).toBeCloseTo(90, 6);
    expect(fromSeat(SEAT, SEAT).km).toBe(0);
  });

  it('names the eight compass points and the Chinese quadrant form', () => {
    expect([0, 22.4, 22.6, 90, 180, 225, 292.6, 337.6].map(compassEn)).toEqual([
      'N',
      'N',
      'NE',
      'E',
      'S',
      'SW',
      'NW',
      'N',
    ]);
    expect([0, 12, 90, 100, 180, 185, 270, 300, 359.6].map(directionZh)).toEqual([
      '正北',
      '北偏东 12°',
      '正东',
      '南偏东 80°',
      '正南',
      '南偏西 5°',
      '正西',
      '北偏西 60°',
      '正北',
    ]);
  });
});
