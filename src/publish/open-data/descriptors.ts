/**
 * Open-data descriptors, pure: the facts measured from each published file in, the Frictionless
 * Data Package v2 descriptor, the CSVW metadata and SHA256SUMS out. No clock: `created` is the
 * data's as_of date, so a rebuild of the same data is byte-identical.
 */
import type { FieldSpec, FieldType } from './tables.ts';
import type { DatasetSpec } from './catalogue.ts';
import type { Bilingual } from '../../i18n/text.ts';

/** What the writer measured of one published file. */
export interface ResourceFacts {
  readonly spec: DatasetSpec;
  readonly bytes: number;
  /** Lower-case hex SHA-256 of the file as published. */
  readonly sha256: string;
  /** Data rows (header excluded) of a CSV; null for other formats. */
  readonly rows: number | null;
  /** Least and greatest value of the dataset's period column; null when it has none or no rows. */
  readonly period: { readonly first: string; readonly last: string } | null;
  /** Line terminator the CSV uses. */
  readonly lineTerminator: '\n' | '\r\n';
  /** The file derives from generated sample data (site.json `sample`). */
  readonly sample: boolean;
}

export interface PackageContext {
  readonly county: Bilingual;
  readonly publicUrl: string;
  readonly licence: { readonly name: string; readonly url: string };
  /** site.json `sources`: citation lines per dataset key. */
  readonly sources: Readonly<Record<string, Bilingual>>;
  /** The build's as_of label (`…+08:00`), or null without observations. */
  readonly asOf: string | null;
}

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATARESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';
export const TABLESCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

const MEDIATYPES: Readonly<Record<DatasetSpec['format'], string>> = {
  csv: 'text/csv',
  json: 'application/json',
  txt: 'text/plain',
  'csv.gz': 'application/gzip',
};

/** Open Definition style id of a licence name ('CC BY 4.0' → 'CC-BY-4.0'). */
export function licenceId(name: string): string {
  return name.trim().replace(/[^-a-zA-Z0-9._]+/g, '-');
}

const sampleNote = (sample: boolean): string =>
  sample
    ? ' SAMPLE DATA: derived from generated, fictitious data, not published observations or records. 样例数据（虚构）。'
    : '';

function tableField(fs: FieldSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: fs.name,
    type: fs.type,
    description: fs.description,
  };
  if (fs.unit !== undefined) out['unit'] = fs.unit;
  if (fs.type === 'boolean') {
    out['trueValues'] = ['true'];
    out['falseValues'] = ['false'];
  }
  if (fs.enum !== undefined) out['constraints'] = { enum: [...fs.enum] };
  return out;
}

function sourcesOf(ctx: PackageContext, r: ResourceFacts): { title: string }[] {
  const s = r.spec.sourceKey === undefined ? undefined : ctx.sources[r.spec.sourceKey];
  return s === undefined ? [] : [{ title: `${s.zh} / ${s.en}` }];
}

/** The Frictionless Data Package v2 descriptor for the published files. */
export function buildDataPackage(
  ctx: PackageContext,
  resources: readonly ResourceFacts[],
): Record<string, unknown> {
  const licenses = [
    { name: licenceId(ctx.licence.name), path: ctx.licence.url, title: ctx.licence.name },
  ];
  const anySample = resources.some((r) => r.sample);
  const pkg: Record<string, unknown> = {
    $schema: DATAPACKAGE_PROFILE,
    // A lower-case ASCII name from the county (Frictionless names: [a-z0-9._-]).
    name: `${ctx.county.en
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-air-quality`,
    title: `${ctx.county.zh}空气质量公开 / ${ctx.county.en} air quality in the open`,
    description:
      'Air-quality observations, computed indicators, the county air-quality plan, enforcement disclosures and the provincial ranking, as published by this site. Columns: snake_case; units in each field; times ISO 8601 with +08:00 labelling the end of the hour; empty cell = missing.' +
      (anySample
        ? ' Some resources are SAMPLE DATA (fictitious): see each resource’s `sample` property.'
        : ''),
    homepage: `${ctx.publicUrl.replace(/\/$/, '')}/data/`,
    licenses,
    resources: resources.map((r) => {
      const res: Record<string, unknown> = {
        $schema: DATARESOURCE_PROFILE,
        name: r.spec.name,
        path: r.spec.path,
        title: `${r.spec.title.zh} / ${r.spec.title.en}`,
        description: `${r.spec.description.en}${sampleNote(r.sample)}`,
        format: r.spec.format === 'csv.gz' ? 'csv' : r.spec.format,
        mediatype: MEDIATYPES[r.spec.format],
        encoding: 'utf-8',
        bytes: r.bytes,
        hash: `sha256:${r.sha256}`,
        sources: sourcesOf(ctx, r),
        licenses,
        sample: r.sample,
      };
      if (r.spec.format === 'csv.gz') res['compression'] = 'gz';
      if (r.spec.fields.length > 0) {
        res['type'] = 'table';
        res['dialect'] = {
          header: true,
          delimiter: ',',
          lineTerminator: r.lineTerminator,
          quoteChar: '"',
          doubleQuote: true,
        };
        res['schema'] = {
          $schema: TABLESCHEMA_PROFILE,
          fields: r.spec.fields.map(tableField),
          missingValues: [''],
        };
      }
      return res;
    }),
  };
  if (ctx.asOf !== null) pkg['created'] = ctx.asOf;
  if (ctx.asOf !== null) pkg['version'] = ctx.asOf.slice(0, 10);
  return pkg;
}

const CSVW_TYPES: Readonly<Record<FieldType, string>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function csvwColumn(fs: FieldSpec): Record<string, unknown> {
  const col: Record<string, unknown> = {
    name: fs.name,
    titles: fs.name,
    'dc:description': fs.description,
  };
  if (fs.type === 'boolean') col['datatype'] = { base: 'boolean', format: 'true|false' };
  else if (fs.enum !== undefined)
    col['datatype'] = { base: 'string', format: `^(${fs.enum.map(escapeRegex).join('|')})$` };
  else col['datatype'] = CSVW_TYPES[fs.type];
  if (fs.unit !== undefined) col['schema:unitText'] = fs.unit;
  return col;
}

/** CSV on the Web metadata (W3C tabular metadata) for the published plain CSV files. */
export function buildCsvw(
  ctx: PackageContext,
  resources: readonly ResourceFacts[],
): Record<string, unknown> {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    'dc:title': `${ctx.county.en} air quality in the open: open data`,
    'dc:license': { '@id': ctx.licence.url },
    ...(ctx.asOf === null
      ? {}
      : { 'dc:modified': { '@value': ctx.asOf.slice(0, 10), '@type': 'xsd:date' } }),
    tables: resources
      .filter((r) => r.spec.format === 'csv')
      .map((r) => ({
        url: r.spec.path,
        'dc:title': r.spec.title.en,
        'dc:description': `${r.spec.description.en}${sampleNote(r.sample)}`,
        'dc:license': { '@id': ctx.licence.url },
        dialect: {
          header: true,
          delimiter: ',',
          quoteChar: '"',
          doubleQuote: true,
          lineTerminators: [r.lineTerminator],
          encoding: 'utf-8',
        },
        tableSchema: { columns: r.spec.fields.map(csvwColumn) },
      })),
  };
}

/** `sha256sum`-compatible lines (`<hex>  <path>`), sorted by path so the file is stable. */
export function sha256sums(
  entries: readonly { readonly path: string; readonly sha256: string }[],
): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** Parse SHA256SUMS text; a malformed line is an error naming the line. */
export function parseSha256sums(text: string, file: string): { path: string; sha256: string }[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (m === null || m[1] === undefined || m[2] === undefined)
        throw new Error(
          `${file}:${n}: expected "<64 hex digits>  <path>", got "${line.slice(0, 80)}"`,
        );
      return { sha256: m[1], path: m[2] };
    });
}

/** The Excel-friendly copy of a CSV: the same path under excel/, UTF-8 byte-order mark first. */
export function excelPath(path: string): string {
  return `excel/${path}`;
}
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
