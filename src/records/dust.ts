/** dust-days.csv (optional): natural days flagged as sand-dust affected by a publisher, with the source. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { readTable, isCalendarDate } from './table.ts';

export const DustDaySchema = z.object({
  date: z.string().refine(isCalendarDate, 'expected a date YYYY-MM-DD'),
  source: z.string().min(1, 'expected the source that flagged this day (URL or citation)'),
});
export type DustDay = z.output<typeof DustDaySchema>;

/** Load `<dataDir>/dust-days.csv`; an absent file means no list (return null), never "no dust days". */
export function loadDustDays(dataDir: string): DustDay[] | null {
  const path = join(dataDir, 'dust-days.csv');
  if (!existsSync(path)) return null;
  const rows = readTable(path, 'dust-days.csv', ['date', 'source'], DustDaySchema);
  const seen = new Map<string, number>();
  for (const r of rows) {
    const prev = seen.get(r.value.date);
    if (prev !== undefined)
      throw new IngestError(
        'dust-days.csv',
        r.line,
        'date',
        `expected each date once; ${r.value.date} is also on line ${prev}`,
      );
    seen.set(r.value.date, r.line);
  }
  return rows.map((r) => r.value).sort((a, b) => (a.date < b.date ? -1 : 1));
}
