/**
 * The county's own hourly export (`station,date,hour,pm2_5,pm10,so2,no2,co,o3`), a direct export
 * of its stations only: an unknown station code is a typo to fix, not out of scope.
 */
import { z } from 'zod';
import { dayOfLabel, labelOfDateHour } from '../time.ts';
import { POLLUTANTS } from '../types.ts';
import type { FileSink, ObservationFormat, RowHandler } from './format.ts';

export const COUNTY_COLUMNS = [
  'station',
  'date',
  'hour',
  'pm2_5',
  'pm10',
  'so2',
  'no2',
  'co',
  'o3',
] as const;

export const CountyKeySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hour: z.string().regex(/^-?\d{1,3}$/),
});

export const countyHourly: ObservationFormat<'county-hourly'> = {
  id: 'county-hourly',
  description: 'county hourly CSV (station,date,hour,pm2_5,pm10,so2,no2,co,o3)',
  priority: 3,
  detect: (header) => header[0] === 'station' && header.includes('date') && header.includes('hour'),
  missing: (header) => COUNTY_COLUMNS.find((c) => !header.includes(c)),
  spanReader: (header) => {
    const iDate = header.indexOf('date');
    const iHour = header.indexOf('hour');
    return {
      timeColumns: [iDate, iHour],
      read: (c) => {
        const key = CountyKeySchema.safeParse({
          date: (c[iDate] ?? '').trim(),
          hour: (c[iHour] ?? '').trim(),
        });
        if (!key.success) return null;
        const label = labelOfDateHour(key.data.date, Number(key.data.hour));
        return label === null ? null : dayOfLabel(label);
      },
    };
  },
  handler: countyHandler,
};

function countyHandler(header: string[], sink: FileSink): RowHandler {
  const col = (name: string): number => header.indexOf(name);
  const iStation = col('station');
  const iDate = col('date');
  const iHour = col('hour');
  const valueCols = POLLUTANTS.map((p) => [col(p), p] as const);
  sink.unknownColumns(header.filter((h) => !(COUNTY_COLUMNS as readonly string[]).includes(h)));
  const perRow = valueCols.length;
  return {
    fields: header.length,
    cellsPerRow: perRow,
    rejectRow(cells, line, reason, detail) {
      sink.reject(
        line,
        '',
        `${detail}: ${cells.slice(0, 3).join(',')}`,
        reason,
        perRow,
        (cells[iStation] ?? '').trim(),
      );
    },
    row(cells, line) {
      const code = (cells[iStation] as string).trim();
      const st = sink.stations.get(code);
      // a county file should hold only the county's stations: an unknown code is a typo to fix
      if (st === undefined)
        return sink.reject(line, 'station', code, 'unknown_station', perRow, null);
      const key = CountyKeySchema.safeParse({
        date: (cells[iDate] as string).trim(),
        hour: (cells[iHour] as string).trim(),
      });
      if (!key.success) {
        const bad = String(key.error.issues[0]?.path[0] ?? 'date');
        return sink.reject(
          line,
          bad,
          (cells[bad === 'hour' ? iHour : iDate] as string).trim(),
          bad === 'hour' ? 'hour_out_of_range' : 'bad_timestamp',
          perRow,
          code,
        );
      }
      const h = Number(key.data.hour);
      if (h < 0 || h > 24)
        return sink.reject(line, 'hour', key.data.hour, 'hour_out_of_range', perRow, code);
      const label = labelOfDateHour(key.data.date, h);
      if (label === null)
        return sink.reject(line, 'date', key.data.date, 'bad_timestamp', perRow, code);
      const setAside = sink.checkDay(st, label, line, 'date', key.data.date);
      if (setAside !== null)
        return sink.reject(line, 'date', key.data.date, setAside, perRow, code);
      for (const [j, p] of valueCols) sink.take(code, label, p, cells[j] as string, line, j);
    },
  };
}
