/**
 * OpenAQ's archive (one row per sensor reading: `location_id,…,datetime,…,parameter,units,value`),
 * a re-publication of CNEMC's values: it wins over the daily wide archive, not over CNEMC's own
 * hourly files. Values come in µg/m³, mg/m³, ppm or ppb and are converted to the site's units.
 */
import { z } from 'zod';
import { dayOfLabel, epochToLabel } from '../time.ts';
import type { Pollutant } from '../types.ts';
import { parseValue, toSiteUnit } from './cells.ts';
import type { FileSink, ObservationFormat, RowHandler } from './format.ts';

export const OPENAQ_REQUIRED = ['location_id', 'datetime', 'parameter', 'value'] as const;
export const OPENAQ_PARAMETERS: Readonly<Record<string, Pollutant>> = {
  pm25: 'pm2_5',
  pm10: 'pm10',
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  o3: 'o3',
};

export const OpenAqKeySchema = z.object({
  datetime: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/),
});

export const openAqArchive: ObservationFormat<'openaq-archive'> = {
  id: 'openaq-archive',
  description:
    'OpenAQ archive (location_id,sensors_id,location,datetime,lat,lon,parameter,units,value)',
  priority: 2,
  detect: (header) => header.includes('location_id') && header.includes('parameter'),
  missing: (header) => {
    const gap = OPENAQ_REQUIRED.find((c) => !header.includes(c));
    if (gap === undefined && !header.includes('units') && !header.includes('unit')) return 'units';
    return gap;
  },
  spanReader: (header) => {
    const i = header.indexOf('datetime');
    return {
      timeColumns: [i],
      read: (c) => {
        const raw = (c[i] ?? '').trim();
        if (!OpenAqKeySchema.safeParse({ datetime: raw }).success) return null;
        const ms = Date.parse(raw);
        return Number.isNaN(ms) || ms % 3_600_000 !== 0 ? null : dayOfLabel(epochToLabel(ms));
      },
    };
  },
  handler: openAqHandler,
};

function openAqHandler(header: string[], sink: FileSink): RowHandler {
  const col = (name: string): number => header.indexOf(name);
  const iLoc = col('location_id');
  const iTime = col('datetime');
  const iParam = col('parameter');
  const iUnit = col('units') !== -1 ? col('units') : col('unit');
  const iValue = col('value');
  const known = new Set([
    'location_id',
    'sensors_id',
    'sensor_id',
    'location',
    'datetime',
    'lat',
    'lon',
    'parameter',
    'units',
    'unit',
    'value',
  ]);
  sink.unknownColumns(header.filter((h) => !known.has(h)));
  return {
    fields: header.length,
    cellsPerRow: 1,
    rejectRow(cells, line, reason, detail) {
      const code = (cells[iLoc] ?? '').trim();
      if (cells.length > iLoc && !sink.stations.has(code)) {
        sink.outOfScope(1);
        return;
      }
      sink.reject(line, '', `${detail}: ${cells.slice(0, 4).join(',')}`, reason, 1, code);
    },
    row(cells, line) {
      const code = (cells[iLoc] as string).trim();
      const st = sink.stations.get(code);
      const pollutant = OPENAQ_PARAMETERS[(cells[iParam] as string).trim().toLowerCase()];
      // other stations and parameters the site does not use (temperature, pm1, …) are out of scope
      if (st === undefined || pollutant === undefined) {
        sink.outOfScope(1);
        return;
      }
      const rawTime = (cells[iTime] as string).trim();
      const ms = OpenAqKeySchema.safeParse({ datetime: rawTime }).success
        ? Date.parse(rawTime)
        : NaN;
      if (Number.isNaN(ms) || ms % 3_600_000 !== 0)
        return sink.reject(line, 'datetime', rawTime, 'bad_timestamp', 1, code);
      // OpenAQ hourly values are taken as hour-ending, like CNEMC's (docs/decisions/002)
      const label = epochToLabel(ms);
      const setAside = sink.checkDay(st, label, line, 'datetime', rawTime);
      if (setAside !== null) return sink.reject(line, 'datetime', rawTime, setAside, 1, code);
      const raw = cells[iValue] as string;
      if (raw.trim() === '') {
        sink.empty(code);
        return;
      }
      const unit = cells[iUnit] as string;
      const n = parseValue(raw, 'pm10'); // syntax and sign only; bounds after conversion
      if (!n.ok && n.reason !== 'implausible')
        return sink.reject(line, header[iValue] as string, raw, n.reason, 1, code);
      const v = toSiteUnit(Number(raw.trim()), unit, pollutant);
      if (v === null)
        return sink.reject(line, header[iUnit] as string, unit, 'unknown_unit', 1, code);
      const checked = parseValue(String(v), pollutant);
      if (!checked.ok)
        return sink.reject(line, header[iValue] as string, raw, checked.reason, 1, code);
      sink.offer(code, label, pollutant, v, line, iValue, raw);
    },
  };
}
