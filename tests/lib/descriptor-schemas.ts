// JSON Schema checks of the open-data descriptors, with ajv (draft-07).
//
// Data Package: the official Frictionless v2 profiles in ../shared/schemas/frictionless-v2/ (from
// the repository's root; see ../shared/schemas/README.md, not copied into the repository). When
// that directory is missing the check fails under CI (env CI set) and otherwise falls back to the
// hand-written subsets in tests/fixtures/schemas/, saying so in the profile's label.
//
// CSV on the Web: W3C publishes no JSON Schema for CSVW metadata, so its check is always the
// committed subset tests/fixtures/schemas/csvw-metadata.json, written from the W3C Metadata
// Vocabulary for Tabular Data.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the official profiles are expected, relative to the repository's root. */
export const OFFICIAL_REL = '../shared/schemas/frictionless-v2';
/** `FRICTIONLESS_PROFILES_DIR` points elsewhere when a checkout does not sit beside ../shared. */
export const OFFICIAL_DIR = resolve(
  REPO_ROOT,
  process.env['FRICTIONLESS_PROFILES_DIR'] ?? OFFICIAL_REL,
);
export const SUBSET_REL = 'tests/fixtures/schemas';
const SUBSET_DIR = join(REPO_ROOT, SUBSET_REL);

/** The four official profiles, each under the URL it is published at (its identity). */
export const OFFICIAL_PROFILES = {
  'datapackage.json': 'https://datapackage.org/profiles/2.0/datapackage.json',
  'dataresource.json': 'https://datapackage.org/profiles/2.0/dataresource.json',
  'tableschema.json': 'https://datapackage.org/profiles/2.0/tableschema.json',
  'tabledialect.json': 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;

// RFC 3339 date-time (JSON Schema draft-07 §7.3.1), with the calendar checked.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null) return false;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  const oh = m[9] === undefined ? 0 : Number(m[9]);
  const om = m[10] === undefined ? 0 : Number(m[10]);
  return (
    days !== undefined &&
    d >= 1 &&
    d <= days &&
    h <= 23 &&
    mi <= 59 &&
    se <= 60 &&
    oh <= 23 &&
    om <= 59
  );
}
// RFC 3986 URI (absolute, with a scheme): no spaces, controls or characters outside the grammar.
export const isUri = (s: string): boolean =>
  /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(s);
// An address like local@domain (the profiles' contributor email); not the whole RFC 5321.
export const isEmail = (s: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

function newAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Unknown keywords and non-finite numbers are errors; the typing rules of ajv's strict mode
    // (strictTypes, strictTuples, strictRequired) are lint on how a schema is written, which the
    // official profiles do not follow, and do not change what validates.
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    // The profiles' "textarea" is an editor hint, not a JSON Schema format: ignored.
    formats: { 'date-time': isDateTime, uri: isUri, email: isEmail, textarea: true },
  });
  // Words of the Frictionless profiles that are not JSON Schema keywords, accepted and not
  // checked: editor annotations (propertyOrder, context, options, example, notes), and "item",
  // a typo for "items" in the 2.0 profiles (tableschema fieldsMatch), which validators ignore.
  ajv.addVocabulary(['propertyOrder', 'context', 'options', 'example', 'notes', 'item']);
  return ajv;
}

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export interface Profiles {
  readonly kind: 'official' | 'subset';
  /** Which Data Package profile is used, for test names and logs. */
  readonly label: string;
  /** The Data Package profile. */
  readonly datapackage: ValidateFunction;
  /** The parts, official profiles only (the subsets have no separate resource or dialect). */
  readonly parts: {
    readonly dataresource: ValidateFunction;
    readonly tableschema: ValidateFunction;
    readonly tabledialect: ValidateFunction;
  } | null;
}

/** The commit the shared README names for the official profiles, short, or null. */
function officialCommit(dir: string): string | null {
  const readme = join(dir, '..', 'README.md');
  if (!existsSync(readme)) return null;
  const m = /Commit\s*\|\s*`([0-9a-f]{7,40})`/.exec(readFileSync(readme, 'utf8'));
  return m?.[1]?.slice(0, 7) ?? null;
}

/**
 * The Data Package profiles to check descriptors against: the official ones when `dir` exists;
 * otherwise an error when `env.CI` is set, else the committed subsets.
 */
export function loadProfiles(
  env: Readonly<Record<string, string | undefined>> = process.env,
  dir: string = OFFICIAL_DIR,
): Profiles {
  const ajv = newAjv();
  if (existsSync(dir)) {
    // Each profile under its published URL, so that a $ref by URL between them resolves offline
    // (the 2.0 profiles of this commit are self-contained, with the parts inlined).
    for (const [file, id] of Object.entries(OFFICIAL_PROFILES))
      ajv.addSchema(readJson(join(dir, file)), id);
    const get = (file: keyof typeof OFFICIAL_PROFILES): ValidateFunction => {
      const v = ajv.getSchema(OFFICIAL_PROFILES[file]);
      if (v === undefined) throw new Error(`${file}: profile did not compile`);
      return v;
    };
    const commit = officialCommit(dir);
    return {
      kind: 'official',
      label: `official Frictionless v2 (${OFFICIAL_REL}${commit === null ? '' : `, commit ${commit}`})`,
      datapackage: get('datapackage.json'),
      parts: {
        dataresource: get('dataresource.json'),
        tableschema: get('tableschema.json'),
        tabledialect: get('tabledialect.json'),
      },
    };
  }
  if (env['CI'] !== undefined && env['CI'] !== '')
    throw new Error(
      `official Frictionless v2 profiles not found at ${dir} (${OFFICIAL_REL} from the repository's root) and CI is set: CI must check against the official profiles (see ../shared/schemas/README.md), not the committed subsets`,
    );
  ajv.addSchema(readJson(join(SUBSET_DIR, 'tableschema-v2.json')));
  return {
    kind: 'subset',
    label: `committed subset (${SUBSET_REL}) — ${OFFICIAL_REL} not found`,
    datapackage: ajv.compile(readJson(join(SUBSET_DIR, 'datapackage-v2.json'))),
    parts: null,
  };
}

/**
 * For a test file: the label of the profile to name tests with, and the profiles themselves.
 * When loading fails (official profiles missing under CI) the label says so and `get()` throws
 * the error, so the tests that need the profile fail with it and the file's other tests run.
 */
export function testProfiles(
  env: Readonly<Record<string, string | undefined>> = process.env,
  dir: string = OFFICIAL_DIR,
): {
  readonly kind: Profiles['kind'] | 'missing';
  readonly label: string;
  readonly get: () => Profiles;
} {
  try {
    const p = loadProfiles(env, dir);
    return { kind: p.kind, label: p.label, get: () => p };
  } catch (e) {
    return {
      kind: 'missing',
      label: `official Frictionless v2 REQUIRED (CI is set) — ${OFFICIAL_REL} not found`,
      get: () => {
        throw e;
      },
    };
  }
}

/**
 * CSV on the Web: W3C publishes no JSON Schema for CSVW metadata, so this is the committed subset
 * written from the W3C Metadata Vocabulary for Tabular Data, whatever ../shared holds.
 */
export const CSVW_LABEL =
  'committed CSVW subset (tests/fixtures/schemas/csvw-metadata.json; no official JSON Schema exists, follows the W3C Metadata Vocabulary for Tabular Data)';
export function csvwValidator(): ValidateFunction {
  return newAjv().compile(readJson(join(SUBSET_DIR, 'csvw-metadata.json')));
}

/** ajv's errors as "<instance path>: <message>" lines; [] when `value` is valid. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) =>
      `${e.instancePath === '' ? '/' : e.instancePath}: ${e.message ?? e.keyword}${
        e.keyword === 'additionalProperties' ? ` ${JSON.stringify(e.params)}` : ''
      }`,
  );
}
