/**
 * Layout of the stations map: station coordinates projected onto a plain SVG canvas, with a scale
 * bar and a north arrow. No tiles, no third-party map and no administrative boundaries (publishing
 * boundaries in China needs map approval) — only the points the data folder gives. Pure: the
 * `.astro` component maps the placed marks to SVG elements.
 */

export type StationKind = 'national' | 'provincial' | 'county' | 'control' | 'reference';
export type MarkerShape = 'square' | 'triangle' | 'circle' | 'diamond' | 'pentagon';

/** Shape per kind, so a marker's kind is told by its outline and not by colour alone. */
export const MARKER_SHAPE: Readonly<Record<StationKind, MarkerShape>> = {
  national: 'square',
  provincial: 'triangle',
  county: 'circle',
  control: 'diamond',
  reference: 'pentagon',
};

/**
 * Kilometres per degree of latitude on a sphere of the mean Earth radius (6371.0088 km, IUGG).
 * The map is a sketch of relative positions; the ellipsoid would change distances by < 1 %.
 */
export const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

/** Smallest span the map shows (km), so one station, or stations on one line, still get a scale. */
export const MIN_SPAN_KM = 2;

export interface MapStationInput {
  readonly code: string;
  readonly lon: number;
  readonly lat: number;
  readonly kind: StationKind;
  /** The label drawn beside the marker (the station's name in the page language). */
  readonly label: string;
}

export interface MapFrame {
  readonly width: number;
  readonly height: number;
  /** Free margin around the plotted stations (px), room for labels. */
  readonly padding: number;
  /** Band at the bottom kept for the scale bar (px). */
  readonly footer: number;
  readonly fontSize: number;
  /** Marker radius (px). */
  readonly radius: number;
}

export const DEFAULT_FRAME: MapFrame = {
  width: 640,
  height: 420,
  padding: 40,
  footer: 40,
  fontSize: 13,
  radius: 7,
};

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel {
  readonly text: string;
  /** Text anchor point; `anchor` says which end of the text sits there. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** The estimated box of the text (for overlap checks and tests). */
  readonly box: Box;
  /** True when no candidate position avoided every other label and marker. */
  readonly overlaps: boolean;
}

export interface PlacedMarker {
  readonly code: string;
  readonly kind: StationKind;
  readonly shape: MarkerShape;
  readonly x: number;
  readonly y: number;
  /** SVG path data of the marker symbol. */
  readonly path: string;
  readonly label: PlacedLabel;
}

export interface PlacedScaleBar {
  /** Left end of the bar. */
  readonly x: number;
  readonly y: number;
  /** Bar length in px. */
  readonly length: number;
  /** What the bar stands for, in km (1, 2 or 5 × 10ⁿ). */
  readonly km: number;
}

export interface PlacedNorthArrow {
  /** Tip of the arrow. */
  readonly x: number;
  readonly y: number;
  readonly length: number;
  /** Path of the arrow head (a triangle pointing up). */
  readonly path: string;
}

export interface PlacedStationMap {
  readonly width: number;
  readonly height: number;
  readonly markers: readonly PlacedMarker[];
  readonly scaleBar: PlacedScaleBar;
  readonly north: PlacedNorthArrow;
  /** Pixels per kilometre, the same east–west and north–south. */
  readonly pxPerKm: number;
  /** The latitude whose cosine scales longitudes (mean of the stations). */
  readonly refLat: number;
}

/**
 * Equirectangular projection with longitudes scaled by cos(reference latitude): east–west and
 * north–south kilometres are equal near the stations. Returns km east and north of (lon0, lat0).
 */
export function projectKm(
  lon: number,
  lat: number,
  lon0: number,
  lat0: number,
  refLat: number,
): { east: number; north: number } {
  const k = Math.cos((refLat * Math.PI) / 180);
  return { east: (lon - lon0) * k * KM_PER_DEGREE, north: (lat - lat0) * KM_PER_DEGREE };
}

/** The largest 1, 2 or 5 × 10ⁿ not above `max` (max > 0). */
export function niceFloor(max: number): number {
  if (!(max > 0) || !Number.isFinite(max))
    throw new RangeError(`niceFloor needs a finite number > 0, got ${max}`);
  const p = 10 ** Math.floor(Math.log10(max));
  const m = max / p;
  // Rounding guard: 10 ** -1 * 5 is 0.5000000000000001 > 0.5.
  const pick = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return Number((pick * p).toPrecision(12));
}

/** Estimated rendered width of a label: CJK and full-width characters one em, others 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x2e80 ? fontSize : 0.6 * fontSize;
  }
  return w;
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

/** SVG path of a marker symbol centred on (x, y) with "radius" r (areas roughly equal). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r2(x - r)},${r2(y)}a${r2(r)},${r2(r)} 0 1,0 ${r2(2 * r)},0a${r2(r)},${r2(r)} 0 1,0 ${r2(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${r2(x - s)},${r2(y - s)}H${r2(x + s)}V${r2(y + s)}H${r2(x - s)}Z`;
    }
    case 'triangle': {
      const t = r * 1.25;
      return `M${r2(x)},${r2(y - t)}L${r2(x + t * 0.866)},${r2(y + t * 0.5)}L${r2(x - t * 0.866)},${r2(y + t * 0.5)}Z`;
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M${r2(x)},${r2(y - d)}L${r2(x + d)},${r2(y)}L${r2(x)},${r2(y + d)}L${r2(x - d)},${r2(y)}Z`;
    }
    case 'pentagon': {
      const p = r * 1.15;
      const pts = [0, 1, 2, 3, 4].map((i) => {
        const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
        return `${r2(x + p * Math.cos(a))},${r2(y + p * Math.sin(a))}`;
      });
      return `M${pts.join('L')}Z`;
    }
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, width: number, height: number): boolean {
  return a.x >= 0 && a.y >= 0 && a.x + a.width <= width && a.y + a.height <= height;
}

/**
 * Place the stations on the frame. Throws on no stations or a coordinate that is not a finite
 * longitude/latitude, naming the station.
 */
export function layoutStationMap(
  stations: readonly MapStationInput[],
  frame: MapFrame = DEFAULT_FRAME,
): PlacedStationMap {
  if (stations.length === 0) throw new Error('layoutStationMap: expected at least one station');
  for (const s of stations) {
    if (
      !Number.isFinite(s.lon) ||
      s.lon < -180 ||
      s.lon > 180 ||
      !Number.isFinite(s.lat) ||
      s.lat < -90 ||
      s.lat > 90
    )
      throw new RangeError(
        `layoutStationMap: station ${s.code} has no valid coordinates (lon ${s.lon}, lat ${s.lat})`,
      );
  }
  const { width, height, padding, footer, fontSize, radius } = frame;
  const refLat = stations.reduce((n, s) => n + s.lat, 0) / stations.length;
  const lons = stations.map((s) => s.lon);
  const lats = stations.map((s) => s.lat);
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const km = stations.map((s) => projectKm(s.lon, s.lat, lon0, lat0, refLat));
  const spanE = Math.max(
    MIN_SPAN_KM,
    Math.max(...km.map((p) => p.east)) - Math.min(...km.map((p) => p.east)),
  );
  const spanN = Math.max(
    MIN_SPAN_KM,
    Math.max(...km.map((p) => p.north)) - Math.min(...km.map((p) => p.north)),
  );
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding - footer;
  if (innerW <= 0 || innerH <= 0)
    throw new RangeError('layoutStationMap: the frame leaves no room inside its padding');
  const pxPerKm = Math.min(innerW / spanE, innerH / spanN);
  const cx = padding + innerW / 2;
  const cy = padding + innerH / 2;

  const points = stations.map((s, i) => {
    const p = km[i] ?? { east: 0, north: 0 };
    return { s, x: r2(cx + p.east * pxPerKm), y: r2(cy - p.north * pxPerKm) };
  });
  const markerBoxes: Box[] = points.map((p) => ({
    x: p.x - radius * 1.3,
    y: p.y - radius * 1.3,
    width: radius * 2.6,
    height: radius * 2.6,
  }));

  // Greedy label placement, west to east: right of the marker, else left, else a little up or down.
  const order = points.map((_, i) => i).sort((a, b) => (points[a]?.x ?? 0) - (points[b]?.x ?? 0));
  const labels = new Array<PlacedLabel>(points.length);
  const placed: Box[] = [];
  const gap = radius + 4;
  for (const i of order) {
    const p = points[i];
    if (p === undefined) continue;
    const w = textWidth(p.s.label, fontSize);
    const h = fontSize * 1.2;
    const candidates: { x: number; y: number; anchor: 'start' | 'end'; box: Box }[] = [];
    for (const dy of [0, -h, h, -2 * h, 2 * h]) {
      const baseline = p.y + dy + fontSize * 0.35;
      const top = baseline - fontSize * 0.85;
      candidates.push({
        x: p.x + gap,
        y: baseline,
        anchor: 'start',
        box: { x: p.x + gap, y: top, width: w, height: h },
      });
      candidates.push({
        x: p.x - gap,
        y: baseline,
        anchor: 'end',
        box: { x: p.x - gap - w, y: top, width: w, height: h },
      });
    }
    const others = markerBoxes.filter((_, j) => j !== i);
    const free = candidates.find(
      (c) =>
        inside(c.box, width, height - footer) &&
        !placed.some((b) => intersects(b, c.box)) &&
        !others.some((b) => intersects(b, c.box)),
    );
    const fallback = candidates.find((c) => inside(c.box, width, height)) ?? candidates[0];
    const pick = free ?? fallback;
    if (pick === undefined) continue; // unreachable: candidates is never empty
    const box = {
      x: r2(pick.box.x),
      y: r2(pick.box.y),
      width: r2(pick.box.width),
      height: r2(pick.box.height),
    };
    placed.push(box);
    labels[i] = {
      text: p.s.label,
      x: r2(pick.x),
      y: r2(pick.y),
      anchor: pick.anchor,
      box,
      overlaps: free === undefined,
    };
  }

  const markers: PlacedMarker[] = points.map((p, i) => {
    const shape = MARKER_SHAPE[p.s.kind];
    const label = labels[i];
    if (label === undefined) throw new Error(`layoutStationMap: no label placed for ${p.s.code}`);
    return {
      code: p.s.code,
      kind: p.s.kind,
      shape,
      x: p.x,
      y: p.y,
      path: markerPath(shape, p.x, p.y, radius),
      label,
    };
  });

  // Scale bar: a round length of at most a quarter of the inner width, bottom left.
  const barKm = niceFloor(innerW / 4 / pxPerKm);
  const scaleBar: PlacedScaleBar = {
    x: padding,
    y: height - footer / 2,
    length: r2(barKm * pxPerKm),
    km: barKm,
  };
  const arrowLen = 28;
  const nx = width - padding / 2 - 8;
  const ny = 10;
  const north: PlacedNorthArrow = {
    x: nx,
    y: ny,
    length: arrowLen,
    path: `M${nx},${ny}L${nx + 7},${ny + 14}L${nx},${ny + 10}L${nx - 7},${ny + 14}Z`,
  };
  return { width, height, markers, scaleBar, north, pxPerKm, refLat };
}
