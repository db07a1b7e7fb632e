/** townships.csv (issue 9): the township ids every case and fire point must name. */
import { readCsv, RowReader } from './csv.ts';
import { slug, type Loaded, type Township } from './schema.ts';
import { FICTITIOUS_MARK } from './vocab.ts';

export const TOWNSHIP_COLUMNS = ['id', 'name_zh', 'name_en', 'sample'] as const;

export function parseTownships(text: string, file: string): Loaded<Township> {
  const csv = readCsv(text, file, TOWNSHIP_COLUMNS);
  const rd = new RowReader(file, csv.header);
  const out: Township[] = [];
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const id = rd.text(row, 'id', true);
    if (id !== null && !slug.safeParse(id).success)
      rd.fail(row, 'id', 'expected an ASCII slug (a-z, 0-9, hyphens)');
    else if (id !== null && seen.has(id)) rd.fail(row, 'id', 'duplicate township id');
    if (id !== null) seen.add(id);
    const zh = rd.text(row, 'name_zh', true);
    const en = rd.text(row, 'name_en', true);
    const sample = rd.bool(row, 'sample');
    if (sample === true && zh !== null && !zh.includes(FICTITIOUS_MARK)) {
      rd.fail(
        row,
        'name_zh',
        `a sample township must be obviously fictitious: its name must contain ${FICTITIOUS_MARK}`,
      );
    }
    if (id !== null && zh !== null && en !== null && sample !== null)
      out.push({ id, zh, en, sample });
  }
  const issues = [...csv.issues, ...rd.issues];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, records: out };
}
