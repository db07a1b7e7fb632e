import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../../src/records/site.ts';
import { writeOpenDataDescriptors } from '../../../../src/publish/open-data/files.ts';
import { checkCsv, checkCsvFile } from '../../../../src/publish/open-data/measure.ts';
import {
  licenceId,
  parseSha256sums,
  sha256sums,
} from '../../../../src/publish/open-data/descriptors.ts';
import { FIXED_DATASETS, datasetsFor } from '../../../../src/publish/open-data/catalogue.ts';
import {
  CSVW_LABEL,
  OFFICIAL_DIR,
  csvwValidator,
  isDateTime,
  isEmail,
  isUri,
  loadProfiles,
  schemaErrors,
  testProfiles,
} from '../../../lib/descriptor-schemas.ts';
import { tempDir, writeFixtureData } from './fixture.ts';

const site = loadSite('data');
const AS_OF = '2024-01-01T03:00:00+08:00';
// The Data Package profile used (official, or the committed subset outside CI) is in the test names
// and on one line of the test output, so a CI log shows which profile checked the descriptors.
const profiles = testProfiles();
console.info(`open-data descriptors: Data Package profile: ${profiles.label}; CSVW: ${CSVW_LABEL}`);
const csvwSchema = csvwValidator();
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function built(): Promise<{
  dir: string;
  pub: string;
  dp: Record<string, unknown>;
  csvw: Record<string, unknown>;
}> {
  const dir = tempDir('od-');
  writeFixtureData(dir);
  await writeOpenDataDescriptors(dir, site, AS_OF);
  const pub = join(dir, 'public', 'data');
  const read = (f: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(pub, f), 'utf8')) as Record<string, unknown>;
  return { dir, pub, dp: read('datapackage.json'), csvw: read('csv-metadata.json') };
}

type Res = {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  sample: boolean;
  schema?: { fields: { name: string; unit?: string }[] };
};

describe('writeOpenDataDescriptors', () => {
  it(`writes a datapackage.json that validates against the Data Package v2 profile — profile: ${profiles.label}`, async () => {
    const { dp } = await built();
    expect(schemaErrors(profiles.get().datapackage, dp)).toEqual([]);
    expect(dp['created']).toBe(AS_OF);
  });

  it(`whose profile rejects it once broken, naming where — profile: ${profiles.label}`, async () => {
    const { dp } = await built();
    const broken = structuredClone(dp) as { resources: Res[]; created: string };
    broken.created = '2024-01-01 03:00';
    const r = broken.resources.findIndex((x) => x.schema !== undefined);
    const table = broken.resources[r];
    if (table?.schema?.fields[0] === undefined) throw new Error('no table resource');
    table.hash = 'sha256:not-hex';
    Object.assign(table.schema.fields[0], { type: 'float' });
    const errors = schemaErrors(profiles.get().datapackage, broken);
    expect(errors).toContain('/created: must match format "date-time"');
    expect(errors.some((e) => e.startsWith(`/resources/${r}/hash: must match pattern`))).toBe(true);
    expect(
      errors.some((e) => e.startsWith(`/resources/${r}/schema/fields/0/type: must be equal to`)),
    ).toBe(true);
  });

  // CSVW: W3C publishes no JSON Schema; the subset follows the Metadata Vocabulary for Tabular Data.
  it(`writes a csv-metadata.json that validates against the ${CSVW_LABEL}, one table per plain CSV`, async () => {
    const { csvw } = await built();
    expect(schemaErrors(csvwSchema, csvw)).toEqual([]);
    const csvCount = datasetsFor(['hourly-2024.csv']).filter((d) => d.format === 'csv').length;
    expect((csvw['tables'] as unknown[]).length).toBe(csvCount);
  });

  it('gives every resource the bytes and sha256 of its file, and lists every published dataset', async () => {
    const { pub, dp } = await built();
    const resources = dp['resources'] as Res[];
    expect(resources.map((r) => r.path)).toEqual(
      datasetsFor(['hourly-2024.csv']).map((d) => d.path),
    );
    for (const r of resources) {
      const buf = readFileSync(join(pub, r.path));
      expect(r.bytes).toBe(buf.length);
      expect(r.hash).toBe(`sha256:${sha(buf)}`);
    }
  });

  it('says which resources derive from sample data, and gives units of measure', async () => {
    const { dp } = await built();
    const resources = dp['resources'] as Res[];
    const hourly = resources.find((r) => r.name === 'hourly-2024');
    expect(hourly?.sample).toBe(site.sample.observations);
    expect(resources.find((r) => r.name === 'plan-measures')?.sample).toBe(false);
    expect(hourly?.schema?.fields.find((f) => f.name === 'co')?.unit).toBe('mg/m³');
  });

  it('writes SHA256SUMS whose lines match the files, and Excel copies that start with a BOM', async () => {
    const { pub } = await built();
    const lines = parseSha256sums(readFileSync(join(pub, 'SHA256SUMS'), 'utf8'), 'SHA256SUMS');
    expect(lines.map((l) => l.path)).toContain('excel/daily.csv');
    for (const l of lines) expect(sha(readFileSync(join(pub, l.path)))).toBe(l.sha256);
    const excel = readFileSync(join(pub, 'excel', 'daily.csv'));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(readFileSync(join(pub, 'daily.csv')))).toBe(true);
  });

  it('is deterministic: a second run over the same files writes the same bytes', async () => {
    const a = await built();
    const b = await built();
    for (const f of ['datapackage.json', 'csv-metadata.json', 'SHA256SUMS'])
      expect(readFileSync(join(a.pub, f)).equals(readFileSync(join(b.pub, f)))).toBe(true);
  });

  it('stops on a file under /data/ that the catalogue does not describe', async () => {
    const dir = tempDir('od-');
    writeFixtureData(dir);
    writeFileSync(join(dir, 'public', 'data', 'stray.csv'), 'a\n1\n');
    await expect(writeOpenDataDescriptors(dir, site, AS_OF)).rejects.toThrow(
      /stray\.csv: published under \/data\/ but has no entry/,
    );
  });
});

describe('checkCsv', () => {
  const spec = FIXED_DATASETS.find((d) => d.name === 'target-progress');
  if (spec === undefined) throw new Error('no target-progress dataset');
  const header = spec.fields.map((f) => f.name).join(',');

  it('counts data rows and finds the period covered', () => {
    const text = `${header}\npm2_5_annual,2025,raw,38,35,<,not_met,,computed,true\npm2_5_annual,2024,raw,,35,<,not_assessable,,computed,true\n`;
    expect(checkCsv(text, 't.csv', spec)).toEqual({
      rows: 2,
      period: { first: '2024', last: '2025' },
    });
  });

  it.each([
    ['a wrong header', 'target,year\n', 't.csv:1: expected the header'],
    [
      'a number that is not one',
      `${header}\npm2_5_annual,2025,raw,3 8,35,<,met,,computed,true\n`,
      't.csv:2: column value: expected number, got "3 8"',
    ],
    [
      'a value outside its enum',
      `${header}\npm2_5_annual,2025,raw,38,35,<,maybe,,computed,true\n`,
      't.csv:2: column verdict: expected one of met, not_met, not_assessable',
    ],
    [
      'a boolean spelt 1',
      `${header}\npm2_5_annual,2025,raw,38,35,<,met,,computed,1\n`,
      't.csv:2: column sample: expected boolean',
    ],
    ['a short row', `${header}\npm2_5_annual,2025\n`, 't.csv:2: expected 10 cells, got 2'],
  ])('stops on %s, naming file, line and column', (_what, text, message) => {
    expect(() => checkCsv(text, 't.csv', spec)).toThrow(message);
  });
});

describe('checkCsvFile (streamed, for the build’s files)', () => {
  const spec = FIXED_DATASETS.find((d) => d.name === 'target-progress');
  if (spec === undefined) throw new Error('no target-progress dataset');
  const header = spec.fields.map((f) => f.name).join(',');
  const row = (year: number, value: number): string =>
    `pm2_5_annual,${year},raw,${value},35,<,not_met,,computed,true`;
  // ≈ 60 bytes a row: 20,000 rows are over a megabyte, many stream chunks.
  const big = (eol: string, bad?: number): string =>
    [
      header,
      ...Array.from({ length: 20_000 }, (_, k) =>
        k + 2 === bad ? row(2000, 1).replace(',1,', ',x,') : row(2000 + (k % 26), 30 + (k % 9)),
      ),
    ].join(eol) + eol;

  it.each([
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['LF, gzip', '\n', true],
  ])(
    'gives what checkCsv gives on the whole text (%s), and the line terminator',
    async (_name, eol, gz) => {
      const text = big(eol);
      const dir = tempDir('csvfile-');
      const path = join(dir, gz ? 't.csv.gz' : 't.csv');
      writeFileSync(path, gz ? gzipSync(text) : text);
      const streamed = await checkCsvFile(path, 't.csv', spec, gz);
      expect(streamed).toEqual({ ...checkCsv(text, 't.csv', spec), lineTerminator: eol });
      expect(streamed.rows).toBe(20_000);
      expect(streamed.period).toEqual({ first: '2000', last: '2025' });
    },
  );

  it.each([
    [
      'a bad cell far into the file',
      big('\n', 15_000),
      't.csv:15000: column value: expected number, got "x"',
    ],
    [
      'a blank line before the end',
      `${header}\n${row(2024, 1)}\n\n${row(2025, 2)}\n`,
      't.csv:3: expected 10 cells, got 1',
    ],
    ['a byte-order mark', `\uFEFF${header}\n`, 't.csv:1: expected UTF-8 without a byte-order mark'],
    ['an empty file', '', 't.csv:1: expected the header'],
  ])('stops on %s, naming file and line', async (_name, text, message) => {
    const path = join(tempDir('csvfile-'), 't.csv');
    writeFileSync(path, text);
    await expect(checkCsvFile(path, 't.csv', spec, false)).rejects.toThrow(message);
  });

  it('accepts a header-only file as zero rows', async () => {
    const path = join(tempDir('csvfile-'), 't.csv');
    writeFileSync(path, `${header}\n`);
    expect(await checkCsvFile(path, 't.csv', spec, false)).toEqual({
      rows: 0,
      period: null,
      lineTerminator: '\n',
    });
  });
});

const res = {
  name: 'a',
  path: 'a.csv',
  bytes: 1,
  hash: `sha256:${'a'.repeat(64)}`,
  schema: { fields: [{ name: 'x', type: 'string' }] },
};
const good = { resources: [res] };
// Descriptors with one known error each, and the instance path ajv gives for it (the same under
// the official profiles and the subsets).
const BAD_PACKAGES: [string, unknown, string][] = [
  ['no resources', {}, "/: must have required property 'resources'"],
  [
    'a resource without a path or data',
    { resources: [{ name: 'a' }] },
    '/resources/0: must match exactly one schema in oneOf',
  ],
  [
    'a hash that is not hex',
    { resources: [{ ...res, hash: 'sha256:xyz' }] },
    '/resources/0/hash: must match pattern',
  ],
  [
    'a path that climbs out',
    { resources: [{ ...res, path: '../a.csv' }] },
    '/resources/0/path: must match pattern',
  ],
  [
    'an unknown field type',
    { resources: [{ ...res, schema: { fields: [{ name: 'x', type: 'text' }] } }] },
    '/resources/0/schema/fields/0/type: must be equal to one of the allowed values',
  ],
  [
    'an empty field list',
    { resources: [{ ...res, schema: { fields: [] } }] },
    '/resources/0/schema/fields: must NOT have fewer than 1 items',
  ],
  [
    'a missing value that is not a string',
    { resources: [{ ...res, schema: { ...res.schema, missingValues: [0] } }] },
    '/resources/0/schema/missingValues',
  ],
  [
    'a created that is not a date-time',
    { ...good, created: '28/11/2026' },
    '/created: must match format "date-time"',
  ],
  [
    'a created on 30 February',
    { ...good, created: '2026-02-30T00:00:00+08:00' },
    '/created: must match format "date-time"',
  ],
  [
    'a homepage that is not a URI',
    { ...good, homepage: 'air quality' },
    '/homepage: must match format "uri"',
  ],
  [
    'a licence with a spaced name',
    { ...good, licenses: [{ name: 'CC BY 4.0' }] },
    '/licenses/0/name: must match pattern',
  ],
];

describe(`the Data Package profile — profile: ${profiles.label}`, () => {
  it('accepts a minimal valid package', () => {
    expect(schemaErrors(profiles.get().datapackage, good)).toEqual([]);
  });
  it.each(BAD_PACKAGES)(
    'rejects a package with %s, at the path of the error',
    (_what, pkg, error) => {
      const errors = schemaErrors(profiles.get().datapackage, pkg);
      expect(
        errors.some((e) => e.startsWith(error)),
        errors.join('\n'),
      ).toBe(true);
    },
  );
});

describe('the committed subsets (the fallback without ../shared)', () => {
  const subset = loadProfiles({}, '/nonexistent/frictionless-v2');
  it('are what loadProfiles gives when the official profiles are missing and CI is unset', () => {
    expect(subset.kind).toBe('subset');
    expect(subset.label).toBe(
      'committed subset (tests/fixtures/schemas) — ../shared/schemas/frictionless-v2 not found',
    );
    expect(schemaErrors(subset.datapackage, good)).toEqual([]);
  });
  it.each([
    ...BAD_PACKAGES,
    // Stricter than the official 2.0 profile, which leaves bytes unbounded.
    ['negative bytes', { resources: [{ ...res, bytes: -1 }] }, '/resources/0/bytes: must be >= 0'],
  ] as [string, unknown, string][])(
    'reject a package with %s, at the path of the error',
    (_what, pkg, error) => {
      const errors = schemaErrors(subset.datapackage, pkg);
      expect(
        errors.some((e) => e.startsWith(error)),
        errors.join('\n'),
      ).toBe(true);
    },
  );
});

describe('loadProfiles', () => {
  it('fails, saying why, when the official profiles are missing and CI is set', () => {
    expect(() => loadProfiles({ CI: 'true' }, '/nonexistent/frictionless-v2')).toThrow(
      /official Frictionless v2 profiles not found at \/nonexistent\/frictionless-v2 .* CI is set/,
    );
    const t = testProfiles({ CI: 'true' }, '/nonexistent/frictionless-v2');
    expect(t.label).toContain('REQUIRED');
    expect(() => t.get()).toThrow('CI is set');
  });
  it.runIf(existsSync(OFFICIAL_DIR))(
    'uses the official profiles when ../shared has them, CI or not',
    () => {
      for (const env of [{}, { CI: 'true' }]) {
        const p = loadProfiles(env);
        expect(p.kind).toBe('official');
        expect(p.label).toMatch(
          /^official Frictionless v2 \(\.\.\/shared\/schemas\/frictionless-v2, commit [0-9a-f]{7}\)$/,
        );
      }
    },
  );
});

// CSVW: W3C publishes no JSON Schema for its metadata; this subset follows the W3C Metadata
// Vocabulary for Tabular Data (§5), see tests/fixtures/schemas/README.md.
describe(`the CSVW metadata check — ${CSVW_LABEL}`, () => {
  it.each([
    [
      'no tables',
      { '@context': 'http://www.w3.org/ns/csvw', tables: [] },
      '/tables: must NOT have fewer than 1 items',
    ],
    [
      'a wrong context',
      {
        '@context': 'http://example.org/',
        tables: [{ url: 'a.csv', tableSchema: { columns: [{ name: 'a' }] } }],
      },
      '/@context: must match a schema in anyOf',
    ],
    [
      'a column name with a space',
      {
        '@context': 'http://www.w3.org/ns/csvw',
        tables: [{ url: 'a.csv', tableSchema: { columns: [{ name: 'a b' }] } }],
      },
      '/tables/0/tableSchema/columns/0/name: must match pattern',
    ],
    [
      'an unknown datatype',
      {
        '@context': 'http://www.w3.org/ns/csvw',
        tables: [{ url: 'a.csv', tableSchema: { columns: [{ name: 'a', datatype: 'float64' }] } }],
      },
      '/tables/0/tableSchema/columns/0/datatype: must match a schema in anyOf',
    ],
  ] as [string, unknown, string][])(
    'rejects CSVW metadata with %s, at the path of the error',
    (_what, md, error) => {
      const errors = schemaErrors(csvwSchema, md);
      expect(
        errors.some((e) => e.startsWith(error)),
        errors.join('\n'),
      ).toBe(true);
    },
  );
});

describe('the formats given to ajv (ajv-formats is not installed)', () => {
  it.each([
    ['2026-11-28T00:00:00+08:00', true],
    ['2024-02-29T23:59:60.5Z', true],
    ['2026-02-29T00:00:00+08:00', false],
    ['2026-11-28T24:00:00+08:00', false],
    ['2026-11-28 00:00:00+08:00', false],
    ['2026-11-28', false],
  ])('date-time (RFC 3339): %s → %s', (s, ok) => {
    expect(isDateTime(s)).toBe(ok);
  });
  it.each([
    ['https://air.example.org/data/', true],
    ['mailto:a@example.org', true],
    ['/data/', false],
    ['https://air.example.org/a b', false],
  ])('uri (RFC 3986, absolute): %s → %s', (s, ok) => {
    expect(isUri(s)).toBe(ok);
  });
  it.each([
    ['a@example.org', true],
    ['a example.org', false],
  ])('email: %s → %s', (s, ok) => {
    expect(isEmail(s)).toBe(ok);
  });
});

describe('helpers', () => {
  it.each([
    ['CC BY 4.0', 'CC-BY-4.0'],
    ['ODC-By-1.0', 'ODC-By-1.0'],
  ])('licenceId(%j) is %j', (name, id) => {
    expect(licenceId(name)).toBe(id);
  });
  it('sha256sums sorts by path and parseSha256sums reads it back; a bad line names its line', () => {
    const text = sha256sums([
      { path: 'b', sha256: 'b'.repeat(64) },
      { path: 'a', sha256: 'a'.repeat(64) },
    ]);
    expect(parseSha256sums(text, 'S').map((l) => l.path)).toEqual(['a', 'b']);
    expect(() => parseSha256sums(`${text}oops\n`, 'S')).toThrow('S:3:');
  });
});
