import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FRAME,
  KM_PER_DEGREE,
  MARKER_SHAPE,
  MIN_SPAN_KM,
  layoutStationMap,
  markerPath,
  niceFloor,
  projectKm,
  textWidth,
  type Box,
  type MapStationInput,
} from '../../../../src/page-data/stations/index.ts';

const st = (
  code: string,
  lon: number,
  lat: number,
  kind: MapStationInput['kind'] = 'county',
  label = code,
): MapStationInput => ({ code, lon, lat, kind, label });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y);
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('projectKm(lon, lat, lon0, lat0, refLat)', () => {
  it('puts one degree of latitude at 111.2 km north', () => {
    expect(projectKm(114, 34, 114, 33, 33).north).toBeCloseTo(111.195, 2);
    expect(KM_PER_DEGREE).toBeCloseTo(111.195, 2);
  });

  it.each([
    [0, 1],
    [33.38, Math.cos((33.38 * Math.PI) / 180)],
    [60, 0.5],
  ])('scales one degree of longitude at latitude %d by cos(lat)', (lat, k) => {
    expect(projectKm(115, lat, 114, lat, lat).east).toBeCloseTo(KM_PER_DEGREE * k, 6);
  });
});

describe('niceFloor(max)', () => {
  it.each([
    [0.07, 0.05],
    [0.7, 0.5],
    [1, 1],
    [1.99, 1],
    [2, 2],
    [4.99, 2],
    [5, 5],
    [9.9, 5],
    [10, 10],
    [37, 20],
    [120, 100],
  ])('gives %d → %d', (max, nice) => {
    expect(niceFloor(max)).toBe(nice);
  });

  it.each([0, -1, Number.NaN, Infinity])('refuses %d', (v) => {
    expect(() => niceFloor(v)).toThrow(/finite number > 0/);
  });
});

describe('textWidth(text, fontSize)', () => {
  it('counts CJK and full-width characters as one em and others as 0.6 em', () => {
    expect(textWidth('示例站一（虚构）', 10)).toBe(80);
    expect(textWidth('ab12', 10)).toBe(24);
  });
});

describe('markerPath(shape, x, y, r)', () => {
  it.each([
    ['square', 4],
    ['triangle', 3],
    ['diamond', 4],
  ] as const)('draws a %s with %d corners', (shape, corners) => {
    const p = markerPath(shape, 100, 50, 7);
    expect(p.match(/[MLHV]/g)).toHaveLength(corners);
    expect(p.endsWith('Z')).toBe(true);
  });

  it('draws a circle as two arcs of radius r around the point', () => {
    expect(markerPath('circle', 100, 50, 7)).toBe('M93,50a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z');
  });

  it('gives each station kind its own shape', () => {
    expect(new Set(Object.values(MARKER_SHAPE)).size).toBe(5);
  });

  it('draws a reference station as a closed pentagon of five vertices', () => {
    expect(MARKER_SHAPE.reference).toBe('pentagon');
    const d = markerPath('pentagon', 10, 10, 6);
    expect(d.startsWith('M10,3.1')).toBe(true);
    expect(d.split('L')).toHaveLength(5);
    expect(d.endsWith('Z')).toBe(true);
  });
});

describe('layoutStationMap(stations, frame)', () => {
  const sample = [
    st('S1', 114.021, 33.383, 'county', '示例站一（虚构）'),
    st('S2', 113.985, 33.402, 'county', '示例站二（虚构）'),
    st('S3', 114.064, 33.361, 'provincial', '示例站三（虚构）'),
    st('S4', 113.9, 33.46, 'control', '示例对照站（虚构）'),
  ];

  it('draws north up and east right', () => {
    const m = layoutStationMap([st('SW', 114, 33), st('NE', 114.05, 33.05)]);
    const [sw, ne] = m.markers;
    expect(ne!.x).toBeGreaterThan(sw!.x);
    expect(ne!.y).toBeLessThan(sw!.y);
  });

  it('keeps kilometres equal east–west and north–south (cos(mean lat) scaling)', () => {
    const m = layoutStationMap([st('A', 114, 33.4), st('B', 114.1, 33.4), st('C', 114, 33.5)]);
    const [a, b, c] = m.markers;
    const refLat = (33.4 + 33.4 + 33.5) / 3;
    expect(dist(a!, b!) / dist(a!, c!)).toBeCloseTo(Math.cos((refLat * Math.PI) / 180), 3);
    expect(dist(a!, c!) / m.pxPerKm).toBeCloseTo(0.1 * KM_PER_DEGREE, 1);
  });

  it('fits the stations inside the padded frame, above the scale-bar band', () => {
    const f = DEFAULT_FRAME;
    const m = layoutStationMap(sample);
    for (const mk of m.markers) {
      expect(mk.x).toBeGreaterThanOrEqual(f.padding - 0.01);
      expect(mk.x).toBeLessThanOrEqual(f.width - f.padding + 0.01);
      expect(mk.y).toBeGreaterThanOrEqual(f.padding - 0.01);
      expect(mk.y).toBeLessThanOrEqual(f.height - f.padding - f.footer + 0.01);
    }
    // The widest extent touches the padding on one axis.
    const xs = m.markers.map((mk) => mk.x);
    const ys = m.markers.map((mk) => mk.y);
    const usedW = Math.max(...xs) - Math.min(...xs);
    const usedH = Math.max(...ys) - Math.min(...ys);
    const innerW = f.width - 2 * f.padding;
    const innerH = f.height - 2 * f.padding - f.footer;
    expect(Math.max(usedW / innerW, usedH / innerH)).toBeCloseTo(1, 3);
  });

  it('centres a single station and still gives it a scale from the minimum span', () => {
    const f = DEFAULT_FRAME;
    const m = layoutStationMap([st('ONLY', 114, 33.4)]);
    expect(m.markers[0]!.x).toBeCloseTo(f.width / 2, 5);
    expect(m.markers[0]!.y).toBeCloseTo(f.padding + (f.height - 2 * f.padding - f.footer) / 2, 5);
    expect(m.pxPerKm).toBeCloseTo(
      Math.min(f.width - 2 * f.padding, f.height - 2 * f.padding - f.footer) / MIN_SPAN_KM,
      5,
    );
  });

  it('draws a scale bar of a round number of km no longer than a quarter of the map', () => {
    const m = layoutStationMap(sample);
    const innerW = DEFAULT_FRAME.width - 2 * DEFAULT_FRAME.padding;
    const { km, length } = m.scaleBar;
    expect(km / 10 ** Math.floor(Math.log10(km))).toBeOneOf([1, 2, 5]);
    expect(length).toBeCloseTo(km * m.pxPerKm, 1);
    expect(length).toBeLessThanOrEqual(innerW / 4 + 0.01);
    expect(length).toBeGreaterThan(innerW / 4 / 2.5);
    expect(m.scaleBar.y).toBeGreaterThan(DEFAULT_FRAME.height - DEFAULT_FRAME.footer);
  });

  it('puts a north arrow pointing up in the top right corner', () => {
    const m = layoutStationMap(sample);
    expect(m.north.x).toBeGreaterThan(DEFAULT_FRAME.width * 0.9);
    expect(m.north.y).toBeLessThan(DEFAULT_FRAME.padding);
    expect(m.north.path.startsWith(`M${m.north.x},${m.north.y}`)).toBe(true);
  });

  it('gives each station a marker of its kind’s shape and its own text label', () => {
    const m = layoutStationMap(sample);
    expect(m.markers.map((mk) => [mk.code, mk.shape, mk.label.text])).toEqual([
      ['S1', 'circle', '示例站一（虚构）'],
      ['S2', 'circle', '示例站二（虚构）'],
      ['S3', 'triangle', '示例站三（虚构）'],
      ['S4', 'diamond', '示例对照站（虚构）'],
    ]);
  });

  it('keeps every label inside the frame and clear of other labels and markers', () => {
    const m = layoutStationMap(sample);
    for (const mk of m.markers) {
      const b = mk.label.box;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(DEFAULT_FRAME.width);
      expect(mk.label.overlaps).toBe(false);
      for (const other of m.markers)
        if (other !== mk) expect(overlap(b, other.label.box)).toBe(false);
    }
  });

  it('turns the label of the easternmost station to its left when the right side has no room', () => {
    const m = layoutStationMap([
      st('W', 114, 33.4, 'county', 'West'),
      st('E', 114.2, 33.4, 'county', 'A long English station name'),
    ]);
    const east = m.markers.find((mk) => mk.code === 'E');
    expect(east?.label.anchor).toBe('end');
    expect(east!.label.x).toBeLessThan(east!.x);
  });

  it('moves a label up or down when two stations sit side by side', () => {
    const m = layoutStationMap([
      st('A', 114, 33.4, 'county', 'Alpha station'),
      st('B', 114.001, 33.4, 'county', 'Bravo station'),
      st('C', 114.3, 33.1),
    ]);
    const [a, b] = m.markers;
    expect(overlap(a!.label.box, b!.label.box)).toBe(false);
  });

  it('refuses an empty station list', () => {
    expect(() => layoutStationMap([])).toThrow(/at least one station/);
  });

  it.each([
    [Number.NaN, 33],
    [181, 33],
    [114, 91],
  ])('refuses station coordinates lon %d, lat %d, naming the station', (lon, lat) => {
    expect(() => layoutStationMap([st('BAD1', lon, lat)])).toThrow(/BAD1/);
  });
});
