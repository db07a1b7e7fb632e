/**
 * CNEMC's hourly snapshot (one row per station and hour: `timepoint,stationcode,…,aqi,pm10,…`),
 * the format the monitoring centre's real-time pages publish. Highest priority, with the
 * county's own export. The publisher's AQI and primary pollutant are kept for cross-checks only.
 */
import { z } from 'zod';
import { dayOfLabel, labelOfDateHour } from '../time.ts';
import type { Pollutant } from '../types.ts';
import { parseValue } from './cells.ts';
import type { FileSink, ObservationFormat, RowHandler } from './format.ts';

export const SNAPSHOT_COLUMNS = [
  'timepoint',
  'stationcode',
  'longitude',
  'latitude',
  'area',
  'positionname',
  'primarypollutant',
  'aqi',
  'pm10',
  'pm10_24h',
  'pm2_5',
  'pm2_5_24h',
  'o3',
  'o3_24h',
  'o3_8h',
  'o3_8h_24h',
  'no2',
  'no2_24h',
  'so2',
  'so2_24h',
  'co',
  'co_24h',
] as const;

/**
 * Snapshot column → pollutant for the 1-hour values. The O3 columns of this archive are
 * mislabelled: `o3_24h` holds the current 1-hour O3 (domain.md §2.8, fixture README).
 */
export const SNAPSHOT_VALUE_COLUMNS: Readonly<Record<string, Pollutant>> = {
  so2: 'so2',
  no2: 'no2',
  pm10: 'pm10',
  pm2_5: 'pm2_5',
  co: 'co',
  o3_24h: 'o3',
};
/** Publisher-computed snapshot fields: kept for cross-checks, never used as measurements. */
export const SNAPSHOT_REFERENCE_COLUMNS = [
  'aqi',
  'primarypollutant',
  'pm10_24h',
  'pm2_5_24h',
  'o3',
  'o3_8h',
  'o3_8h_24h',
  'no2_24h',
  'so2_24h',
  'co_24h',
] as const;

export const SnapshotKeySchema = z.object({
  timepoint: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/),
});

const REQUIRED = [
  'timepoint',
  'stationcode',
  'aqi',
  'primarypollutant',
  ...Object.keys(SNAPSHOT_VALUE_COLUMNS),
];

export const cnemcHourlySnapshot: ObservationFormat<'cnemc-hourly-snapshot'> = {
  id: 'cnemc-hourly-snapshot',
  description: 'CNEMC hourly snapshot (timepoint,stationcode,…,aqi,pm10,pm10_24h,pm2_5,…,co_24h)',
  priority: 3,
  detect: (header) => header.includes('timepoint') && header.includes('stationcode'),
  missing: (header) => REQUIRED.find((c) => !header.includes(c)),
  spanReader: (header) => {
    const i = header.indexOf('timepoint');
    return {
      timeColumns: [i],
      read: (c) => {
        const raw = (c[i] ?? '').trim();
        if (!SnapshotKeySchema.safeParse({ timepoint: raw }).success) return null;
        if (!/^0+$/.test(raw.slice(14).replaceAll(':', ''))) return null;
        const label = labelOfDateHour(raw.slice(0, 10), Number(raw.slice(11, 13)));
        return label === null ? null : dayOfLabel(label);
      },
    };
  },
  handler: snapshotHandler,
};

function snapshotHandler(header: string[], sink: FileSink): RowHandler {
  const col = (name: string): number => header.indexOf(name);
  const iTime = col('timepoint');
  const iCode = col('stationcode');
  const iAqi = col('aqi');
  const iPrimary = col('primarypollutant');
  const valueCols = Object.entries(SNAPSHOT_VALUE_COLUMNS).map(([c, p]) => [col(c), p] as const);
  const refCount = SNAPSHOT_REFERENCE_COLUMNS.filter((c) => col(c) !== -1).length;
  const known = new Set<string>([
    ...Object.keys(SNAPSHOT_VALUE_COLUMNS),
    ...SNAPSHOT_REFERENCE_COLUMNS,
    'timepoint',
    'stationcode',
    'longitude',
    'latitude',
    'area',
    'positionname',
  ]);
  sink.unknownColumns(header.filter((h) => !known.has(h)));
  const perRow = valueCols.length + refCount;
  return {
    fields: header.length,
    cellsPerRow: perRow,
    rejectRow(cells, line, reason, detail) {
      const code = (cells[iCode] ?? '').trim();
      if (cells.length > iCode && !sink.stations.has(code)) {
        sink.outOfScope(perRow);
        return;
      }
      sink.reject(line, '', `${detail}: ${cells.slice(0, 2).join(',')}`, reason, perRow, code);
    },
    row(cells, line) {
      const code = (cells[iCode] as string).trim();
      const st = sink.stations.get(code);
      if (st === undefined) {
        sink.outOfScope(perRow);
        return;
      }
      const rawTime = (cells[iTime] as string).trim();
      const key = SnapshotKeySchema.safeParse({ timepoint: rawTime });
      let label: string | null = null;
      if (key.success) {
        const hh = Number(rawTime.slice(11, 13));
        const rest = rawTime.slice(14).replaceAll(':', '');
        if (hh > 24)
          return sink.reject(line, 'timepoint', rawTime, 'hour_out_of_range', perRow, code);
        if (/^0+$/.test(rest)) label = labelOfDateHour(rawTime.slice(0, 10), hh);
      }
      if (label === null)
        return sink.reject(line, 'timepoint', rawTime, 'bad_timestamp', perRow, code);
      const setAside = sink.checkDay(st, label, line, 'timepoint', rawTime);
      if (setAside !== null) return sink.reject(line, 'timepoint', rawTime, setAside, perRow, code);
      sink.reference(code, refCount);
      const aqiRaw = (cells[iAqi] as string).trim();
      const primaryRaw = (cells[iPrimary] as string).trim();
      if (aqiRaw !== '' || primaryRaw !== '') {
        const aqi = aqiRaw === '' ? null : parseValue(aqiRaw, 'pm10');
        sink.published({
          station: code,
          time: label,
          aqi: aqi !== null && aqi.ok ? aqi.value : null,
          primary: primaryRaw === '' ? [] : primaryRaw.split(',').map((s) => s.trim()),
          file: sink.file,
          line,
        });
      }
      for (const [j, p] of valueCols) sink.take(code, label, p, cells[j] as string, line, j);
    },
  };
}
