/**
 * Where a reference station lies from the county seat: great-circle distance (haversine) and
 * initial bearing, computed at build time from stations.csv's coordinates — never stored.
 * Pure.
 */
import type { Lang } from '../../i18n/text.ts';
import { KM_PER_DEGREE } from './map.ts';
import { fromSeatText } from './text.ts';

/**
 * The county seat of Xiping (西平县城), approximate: 114.02° E, 33.38° N. Neither site.json nor
 * the data folder records it; this is the town centre read off public maps to two decimals
 * (≈ 1 km), enough for "about 20 km north". docs/decisions/025.
 */
export const COUNTY_SEAT = { lon: 114.02, lat: 33.38 } as const;

/** Mean Earth radius (km, IUGG), the sphere {@link KM_PER_DEGREE} uses. */
const EARTH_RADIUS_KM = (KM_PER_DEGREE * 360) / (2 * Math.PI);

const rad = (d: number): number => (d * Math.PI) / 180;

export interface FromSeat {
  /** Great-circle distance from the county seat, km. */
  readonly km: number;
  /** Initial bearing from the county seat, degrees clockwise from true north, 0 ≤ b < 360. */
  readonly bearing: number;
}

/** Haversine distance and initial bearing from `from` to `to` (decimal degrees). */
export function fromPoint(
  from: { readonly lon: number; readonly lat: number },
  to: { readonly lon: number; readonly lat: number },
): FromSeat {
  const φ1 = rad(from.lat);
  const φ2 = rad(to.lat);
  const dφ = φ2 - φ1;
  const dλ = rad(to.lon - from.lon);
  const h = Math.sin(dφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(dλ / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  const bearing = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  return { km, bearing };
}

/** Distance and bearing of a station from {@link COUNTY_SEAT}. */
export function fromSeat(station: { readonly lon: number; readonly lat: number }): FromSeat {
  return fromPoint(COUNTY_SEAT, station);
}

const COMPASS_EN = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** Eight-point compass name of a bearing (N = 337.5° … 22.5°). */
export function compassEn(bearing: number): (typeof COMPASS_EN)[number] {
  return COMPASS_EN[Math.round(bearing / 45) % 8] as (typeof COMPASS_EN)[number];
}

/**
 * Chinese direction as surveyors write it: the nearer of north/south, then the angle towards
 * east/west, e.g. 北偏东 12° (bearing 12°), 南偏西 5° (bearing 185°); a due direction as 正北 etc.
 * The angle is rounded to whole degrees.
 */
export function directionZh(bearing: number): string {
  const b = Math.round(bearing) % 360;
  if (b === 0) return '正北';
  if (b === 90) return '正东';
  if (b === 180) return '正南';
  if (b === 270) return '正西';
  if (b < 90) return `北偏东 ${b}°`;
  if (b < 180) return `南偏东 ${180 - b}°`;
  if (b < 270) return `南偏西 ${b - 180}°`;
  return `北偏西 ${360 - b}°`;
}

/** Distance rounded for the reader: whole km ("约 21 公里" / "21 km"). */
export function roundKm(km: number): number {
  return Math.max(1, Math.round(km));
}

/** A station's distance and direction from the county seat in the page language. */
export function fromSeatLabel(
  lang: Lang,
  station: { readonly lon: number; readonly lat: number },
): string {
  const f = fromSeat(station);
  return fromSeatText(lang, roundKm(f.km), directionZh(f.bearing), compassEn(f.bearing));
}
