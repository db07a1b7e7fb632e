/** burning-points.csv (issue 9): fire points per date, township and kind (plan section 五(二)). */
import { readCsv, RowReader } from './csv.ts';
import { checkSourceUrl } from './privacy.ts';
import { burningPointSchema, type BurningPoint, type Loaded, type SourceLink } from './schema.ts';
import { BURNING_KINDS } from './vocab.ts';

export const BURNING_COLUMNS = [
  'date',
  'township',
  'kind',
  'points',
  'deduction_cny',
  'source_url',
  'note',
  'sample',
] as const;

/** Optional column: the site's English gloss of `note` (issue 19). */
export const BURNING_OPTIONAL_COLUMNS = ['note_en'] as const;

export function parseBurningPoints(
  text: string,
  file: string,
  townships: ReadonlySet<string>,
): Loaded<BurningPoint> {
  const csv = readCsv(text, file, BURNING_COLUMNS, BURNING_OPTIONAL_COLUMNS);
  const rd = new RowReader(file, csv.header);
  const out: BurningPoint[] = [];
  const seen = new Map<string, number>();
  for (const row of csv.rows) {
    const before = rd.issues.length;
    const date = rd.date(row, 'date', true);
    const township = rd.text(row, 'township', true);
    if (township !== null && !townships.has(township))
      rd.fail(row, 'township', 'expected a township id listed in townships.csv');
    const kind = rd.oneOf(
      row,
      'kind',
      BURNING_KINDS.map((k) => k.id),
    );
    const key = `${date ?? ''}|${township ?? ''}|${kind ?? ''}`;
    if (seen.has(key))
      rd.fail(
        row,
        'kind',
        `duplicate date, township and kind (first on line ${seen.get(key) ?? 0}); one row each`,
      );
    seen.set(key, seen.get(key) ?? row.line);
    const points = rd.integer(row, 'points', true);
    const deductionCny = rd.integer(row, 'deduction_cny', false);
    const sample = rd.bool(row, 'sample');
    const urlCell = rd.text(row, 'source_url', false);
    let source: SourceLink | null = null;
    if (urlCell !== null && urlCell !== '' && sample !== null) {
      const checked = checkSourceUrl(urlCell, sample);
      if (typeof checked === 'string') rd.fail(row, 'source_url', checked);
      else source = checked;
    }
    const note = rd.text(row, 'note', false);
    const noteEn = rd.text(row, 'note_en', false);
    if (noteEn !== null && noteEn !== '' && note === '')
      rd.fail(row, 'note_en', 'an English note glosses note: give note too');
    if (rd.issues.length > before) continue;
    const rec = burningPointSchema.safeParse({
      date,
      township,
      kind,
      points,
      deductionCny,
      source,
      note,
      noteEn,
      sample,
    });
    if (rec.success) out.push(rec.data);
    else rd.fail(row, '', `row does not match the fire-point schema: ${rec.error.message}`, '');
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}
