/**
 * Where a reference station lies from the county seat: great-circle distance (haversine) and
 * initial bearing, computed at build time from stations.csv's coordinates — never stored.
 * Pure.
 */
import type { Lang } from '../../i18n/text.ts';
import { KM_PER_DEGREE } from './map.ts';
import { fromSeatText, noSeatText } from './text.ts';

/** The county seat, from site.json → county_seat (docs/decisions/025); null when not given. */
export interface Seat {
  readonly lon: number;
  readonly lat: number;
}

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

/** Distance and bearing of a station from the county seat. */
export function fromSeat(
  seat: Seat,
  station: { readonly lon: number; readonly lat: number },
): FromSeat {
  return fromPoint(seat, station);
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
  seat: Seat | null,
  station: { readonly lon: number; readonly lat: number },
): string {
  if (seat === null) return noSeatText(lang);
  const f = fromSeat(seat, station);
  return fromSeatText(lang, roundKm(f.km), directionZh(f.bearing), compassEn(f.bearing));
}
