/**
 * The per-cell rules every observation format shares: number syntax, plausibility bounds and unit
 * conversion (domain.md §2, data/README.md).
 */
import type { Pollutant } from '../types.ts';
import { MAX_VALUE_CHARS } from '../limits.ts';

/**
 * Upper bounds of a physically plausible 1-hour value (µg/m³; CO mg/m³). Set well above the
 * highest hourly values published in China (dust storms have pushed PM10 past 9,000 µg/m³; the
 * AQI tables end at PM10 600, PM2.5 500, SO2 2,620, NO2 3,840, CO 150, O3 1,200), so that only
 * typing errors, unit mix-ups and sentinel values (9999) fall outside.
 */
export const PLAUSIBLE_MAX: Readonly<Record<Pollutant, number>> = {
  so2: 3000,
  no2: 4000,
  pm10: 9990,
  pm2_5: 3000,
  co: 150,
  o3: 1500,
};

const NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)$/;
const NEGATIVE = /^-(?:\d+\.?\d*|\.\d+)$/;

export type CellResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'not_a_number' | 'negative' | 'implausible' | 'too_long' };

/** Read one non-empty measurement cell. Surrounding spaces are tolerated; anything else that is not a plain decimal is rejected. */
export function parseValue(raw: string, pollutant: Pollutant): CellResult {
  // before the regexes: a megabyte-long cell is no reading, and a regex over it is slow
  if (raw.length > MAX_VALUE_CHARS) return { ok: false, reason: 'too_long' };
  const s = raw.trim();
  if (!NUMBER.test(s))
    return { ok: false, reason: NEGATIVE.test(s) && Number(s) !== 0 ? 'negative' : 'not_a_number' };
  const value = Number(s);
  if (value > PLAUSIBLE_MAX[pollutant]) return { ok: false, reason: 'implausible' };
  return { ok: true, value };
}

/** Molar masses (g/mol) for ppm/ppb → mass concentration. */
const MOLAR_MASS: Readonly<Partial<Record<Pollutant, number>>> = {
  so2: 64.066,
  no2: 46.0055,
  co: 28.01,
  o3: 47.9982,
};
/** Molar volume at the GB 3095 reference state for gases, 298.15 K and 1013.25 hPa (L/mol). */
export const MOLAR_VOLUME_L = 24.465;

/**
 * Convert an OpenAQ value to the site's unit (µg/m³; CO mg/m³). Returns null for a unit that does
 * not fit the pollutant (e.g. PM in ppm).
 */
export function toSiteUnit(value: number, unit: string, pollutant: Pollutant): number | null {
  const u = unit.trim().toLowerCase().replace('μ', 'µ').replace('³', '3');
  const mass = u === 'µg/m3' || u === 'ug/m3' ? 'ug' : u === 'mg/m3' ? 'mg' : null;
  if (mass !== null) {
    const ug = mass === 'ug' ? value : value * 1000;
    return pollutant === 'co' ? ug / 1000 : ug;
  }
  const mm = MOLAR_MASS[pollutant];
  if (mm === undefined) return null;
  const ppm = u === 'ppm' ? value : u === 'ppb' ? value / 1000 : null;
  if (ppm === null) return null;
  const mgPerM3 = (ppm * mm) / MOLAR_VOLUME_L;
  return pollutant === 'co' ? mgPerM3 : mgPerM3 * 1000;
}
