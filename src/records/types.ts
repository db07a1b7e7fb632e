/**
 * Shared record types of the ingest stage. Every later stage imports these; nothing here imports
 * another stage.
 */

/** The six pollutants of GB 3095 that enter the AQI, in the site's column order. */
export const POLLUTANTS = ['so2', 'no2', 'pm10', 'pm2_5', 'co', 'o3'] as const;
export type Pollutant = (typeof POLLUTANTS)[number];

/** Units: µg/m³ for every pollutant except CO, which is mg/m³ (GB 3095 Table 1). */
export const UNITS: Readonly<Record<Pollutant, 'µg/m³' | 'mg/m³'>> = {
  so2: 'µg/m³',
  no2: 'µg/m³',
  pm10: 'µg/m³',
  pm2_5: 'µg/m³',
  co: 'mg/m³',
  o3: 'µg/m³',
};

/**
 * One station-hour of validated 1-hour mean concentrations.
 *
 * `time` is the hour label as the standard uses it (HJ 663 Table A.1): the END of the averaging
 * hour, in Beijing time, written `YYYY-MM-DDTHH:00:00+08:00` with HH 00–23. The value labelled
 * `2025-01-02T00:00:00+08:00` covers 23:00–24:00 of 2025-01-01 and belongs to that day.
 * A pollutant absent from `values` is missing for that hour (never 0, never NaN).
 */
export interface StationHour {
  readonly station: string;
  readonly time: string;
  readonly values: Readonly<Partial<Record<Pollutant, number>>>;
}
