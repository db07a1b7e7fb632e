/**
 * The formula guard through the real writers (issue 21): hostile text in an observation file,
 * the plan's measures and departments and a chart table comes out of every published CSV as text
 * a spreadsheet shows, never runs. The bundled data holds no such cell, so this, not the dist/
 * scan (tests/build/csv-policy.test.ts), is what proves the writers guard; the first block
 * proves that scan would catch one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../src/charts/shared/csv.ts';
import { buildPlanPages, type PlanPagesData } from '../../../src/page-data/plan/index.ts';
import { departmentsCsv, measuresCsv } from '../../../src/publish/feature-files.ts';
import { ingestObservations } from '../../../src/records/ingest.ts';
import { loadPlan } from '../../../src/records/plan/index.ts';
import { isUnguardedFormula, unguardedFormulaCells } from '../../lib/csv-scan.ts';
import { dataDir, station } from '../records/helpers.ts';

const HOSTILE = [
  '=HYPERLINK("http://x","click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '\n@x',
];

const cells = (text: string): string[] =>
  Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data.flat();

describe('the dist/ scan (tests/lib/csv-scan.ts)', () => {
  it.each(HOSTILE)('flags the unguarded cell %j', (cell) => {
    expect(isUnguardedFormula(cell)).toBe(true);
    expect(isUnguardedFormula(`'${cell}`)).toBe(false);
  });

  it('passes numbers, a lone "=" and text with a sign inside', () => {
    for (const c of ['-3', '+2.5', ' -1e-3 ', '=', '<=', 'a=b', '1-2', '西平县', ''])
      expect(isUnguardedFormula(c)).toBe(false);
  });

  it('finds a formula in a CSV written without the guard, naming row and column', () => {
    expect(unguardedFormulaCells('a,b\nok,"=HYPERLINK(""http://x"")"\n')).toEqual([
      'row 2, column 2: =HYPERLINK("http://x")',
    ]);
  });
});

describe('rejections.csv.gz', () => {
  it('writes hostile raw values as text and keeps a negative number a number', async () => {
    const header = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';
    const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const rows = HOSTILE.map((v, i) => `S1,2024-05-01,${i + 1},${quoted(v)},,,,,`);
    const dir = dataDir({
      'observations/c.csv': `${header}\n${rows.join('\n')}\nS1,2024-05-01,20,-99,,,,,\n`,
    });
    const path = join(dir, 'rejections.csv.gz');
    await ingestObservations({
      dataDir: dir,
      stations: [station('S1')],
      onHour: () => undefined,
      rejectionsPath: path,
    });
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    expect(unguardedFormulaCells(text)).toEqual([]);
    const values = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
      .data.filter((r) => r['column'] === 'pm2_5')
      .map((r) => r['value']);
    expect(values).toEqual([...HOSTILE.map((v) => `'${v}`), '-99']);
  });
});

describe('the plan tables', () => {
  const plan = buildPlanPages(loadPlan('data'), '2026-11-27');
  const [m0, ...ms] = plan.measures;
  const [d0, ...ds] = plan.departments;
  if (m0 === undefined || d0 === undefined) throw new Error('the bundled plan has no measures');
  const hostile: PlanPagesData = {
    ...plan,
    measures: [{ ...m0, summary: { zh: HOSTILE[0] ?? '', en: HOSTILE[6] ?? '' } }, ...ms],
    departments: [{ ...d0, name: { zh: HOSTILE[1] ?? '', en: HOSTILE[3] ?? '' } }, ...ds],
  };

  it.each([
    ['plan-measures.csv', measuresCsv, [HOSTILE[0], HOSTILE[6]]],
    ['plan-departments.csv', departmentsCsv, [HOSTILE[1], HOSTILE[3]]],
  ] as const)('%s guards hostile names and summaries', (_file, write, planted) => {
    const text = write(hostile);
    expect(unguardedFormulaCells(text)).toEqual([]);
    for (const p of planted) expect(cells(text)).toContain(`'${p ?? ''}`);
  });
});

describe('chart downloads', () => {
  it('guard a hostile label and keep numbers unquoted', () => {
    const text = tableToCsv({
      columns: [
        { zh: '站点', en: 'Station' },
        { zh: '值', en: 'Value' },
      ],
      rows: [[HOSTILE[0] ?? '', -3]],
    });
    expect(unguardedFormulaCells(text)).toEqual([]);
    expect(text.split('\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""click"")",-3`);
  });
});
