/**
 * HJ 633 AQI categories as the calendar draws them (domain.md §2.4). The bands and colours are
 * the same in HJ 633-2012 and HJ 633—2026. The chart only maps an already computed AQI to its
 * category; computing the AQI is the indicators' job.
 */
import type { Bilingual } from './types.ts';

export interface AqiCategory {
  /** 1 … 6 (一级 … 六级). */
  readonly level: number;
  /** Upper AQI bound of the category (inclusive); Infinity for 严重污染. */
  readonly max: number;
  readonly name: Bilingual;
  readonly colour: string;
  /** Light colours (< 3:1 on white) get an outline; patterns tell neighbours apart. */
  readonly outline: boolean;
  readonly pattern: 'none' | 'dots' | 'hatch' | 'cross';
}

export const AQI_CATEGORIES: readonly AqiCategory[] = [
  {
    level: 1,
    max: 50,
    name: { zh: '优', en: 'Excellent' },
    colour: '#00E400',
    outline: true,
    pattern: 'none',
  },
  {
    level: 2,
    max: 100,
    name: { zh: '良', en: 'Good' },
    colour: '#FFFF00',
    outline: true,
    pattern: 'dots',
  },
  {
    level: 3,
    max: 150,
    name: { zh: '轻度污染', en: 'Lightly Polluted' },
    colour: '#FF7E00',
    outline: true,
    pattern: 'hatch',
  },
  {
    level: 4,
    max: 200,
    name: { zh: '中度污染', en: 'Moderately Polluted' },
    colour: '#FF0000',
    outline: false,
    pattern: 'none',
  },
  {
    level: 5,
    max: 300,
    name: { zh: '重度污染', en: 'Heavily Polluted' },
    colour: '#99004C',
    outline: false,
    pattern: 'cross',
  },
  {
    level: 6,
    max: Infinity,
    name: { zh: '严重污染', en: 'Severely Polluted' },
    colour: '#7E0023',
    outline: false,
    pattern: 'none',
  },
];

/**
 * The category of a published (integer) AQI. AQI values are ceiled integers (domain.md §2.5),
 * so 50 is 优 and 51 is 良; a fractional AQI is classed by its ceiling for the same reason.
 */
export function aqiCategory(aqi: number): AqiCategory {
  if (!Number.isFinite(aqi) || aqi < 0)
    throw new Error(`AQI must be a finite number ≥ 0, got ${aqi}`);
  const v = Math.ceil(aqi);
  const cat = AQI_CATEGORIES.find((c) => v <= c.max);
  if (!cat) throw new Error(`no AQI category for ${aqi}`); // unreachable: the last max is Infinity
  return cat;
}
