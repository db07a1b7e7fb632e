// A small JSON Schema (draft-07) validator for the keywords the vendored descriptor schemas use:
// type, enum, const, required, properties, additionalProperties, items (schema or tuple),
// minItems, maxItems, minLength, maxLength, minProperties, pattern, minimum, format
// (date-time, uri), anyOf, oneOf, allOf, $ref (local "#/…" and other files by $id).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Schema = Record<string, unknown>;
const SCHEMA_DIR = join(import.meta.dirname, '..', 'fixtures', 'schemas');

export function loadSchemas(...files: string[]): Map<string, Schema> {
  return new Map(
    files.map((f) => [f, JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Schema]),
  );
}

const typeOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v;

const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    !Number.isNaN(Date.parse(s)),
  uri: (s) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s),
};

/** Errors of `value` against `schemas.get(root)`, each as "<json path>: <what was expected>". */
export function validate(value: unknown, root: string, schemas: Map<string, Schema>): string[] {
  const errors: string[] = [];
  const resolve = (ref: string, base: string): [Schema, string] => {
    const [file, pointer = ''] = ref.split('#');
    const doc = file === '' || file === undefined ? base : file;
    let node: unknown = schemas.get(doc);
    if (node === undefined) throw new Error(`schema ${doc} not loaded`);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as Schema)[part];
    if (node === undefined) throw new Error(`unresolved $ref ${ref} in ${base}`);
    return [node as Schema, doc];
  };
  const check = (v: unknown, s: Schema, path: string, doc: string, out: string[]): void => {
    if (typeof s['$ref'] === 'string') {
      const [target, tdoc] = resolve(s['$ref'], doc);
      check(v, target, path, tdoc, out);
    }
    const t = typeOf(v);
    const types =
      s['type'] === undefined ? null : ([] as string[]).concat(s['type'] as string | string[]);
    if (types !== null && !types.some((x) => x === t || (x === 'number' && t === 'integer'))) {
      out.push(`${path}: expected type ${types.join('|')}, got ${t}`);
      return;
    }
    if (Array.isArray(s['enum']) && !s['enum'].some((e) => JSON.stringify(e) === JSON.stringify(v)))
      out.push(`${path}: expected one of ${JSON.stringify(s['enum'])}`);
    if ('const' in s && JSON.stringify(s['const']) !== JSON.stringify(v))
      out.push(`${path}: expected ${JSON.stringify(s['const'])}`);
    if (typeof v === 'string') {
      if (typeof s['minLength'] === 'number' && [...v].length < s['minLength'])
        out.push(`${path}: shorter than ${s['minLength']}`);
      if (typeof s['maxLength'] === 'number' && [...v].length > s['maxLength'])
        out.push(`${path}: longer than ${s['maxLength']}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v))
        out.push(`${path}: does not match ${s['pattern']}`);
      const fmt = typeof s['format'] === 'string' ? FORMATS[s['format']] : undefined;
      if (fmt !== undefined && !fmt(v)) out.push(`${path}: not a ${String(s['format'])}`);
    }
    if (typeof v === 'number' && typeof s['minimum'] === 'number' && v < s['minimum'])
      out.push(`${path}: below ${s['minimum']}`);
    if (Array.isArray(v)) {
      if (typeof s['minItems'] === 'number' && v.length < s['minItems'])
        out.push(`${path}: fewer than ${s['minItems']} items`);
      if (typeof s['maxItems'] === 'number' && v.length > s['maxItems'])
        out.push(`${path}: more than ${s['maxItems']} items`);
      const items = s['items'];
      if (Array.isArray(items))
        items.forEach(
          (is, i) => i < v.length && check(v[i], is as Schema, `${path}[${i}]`, doc, out),
        );
      else if (items !== undefined)
        v.forEach((x, i) => check(x, items as Schema, `${path}[${i}]`, doc, out));
    }
    if (t === 'object') {
      const o = v as Record<string, unknown>;
      for (const r of (s['required'] as string[] | undefined) ?? [])
        if (!(r in o)) out.push(`${path}: missing required ${r}`);
      if (typeof s['minProperties'] === 'number' && Object.keys(o).length < s['minProperties'])
        out.push(`${path}: fewer than ${s['minProperties']} properties`);
      const props = (s['properties'] as Record<string, Schema> | undefined) ?? {};
      for (const [k, x] of Object.entries(o)) {
        const ps = props[k];
        if (ps !== undefined) check(x, ps, `${path}.${k}`, doc, out);
        else if (s['additionalProperties'] === false) out.push(`${path}: unexpected property ${k}`);
        else if (typeof s['additionalProperties'] === 'object')
          check(x, s['additionalProperties'] as Schema, `${path}.${k}`, doc, out);
      }
    }
    const branches = (key: string): number[] =>
      ((s[key] as Schema[] | undefined) ?? []).map((b) => {
        const sub: string[] = [];
        check(v, b, path, doc, sub);
        return sub.length;
      });
    if (Array.isArray(s['allOf']))
      for (const b of s['allOf'] as Schema[]) check(v, b, path, doc, out);
    if (Array.isArray(s['anyOf']) && !branches('anyOf').includes(0))
      out.push(`${path}: matches none of anyOf`);
    if (Array.isArray(s['oneOf'])) {
      const n = branches('oneOf').filter((x) => x === 0).length;
      if (n !== 1) out.push(`${path}: matches ${n} of oneOf, expected exactly 1`);
    }
  };
  const rootSchema = schemas.get(root);
  if (rootSchema === undefined) throw new Error(`schema ${root} not loaded`);
  check(value, rootSchema, '$', root, errors);
  return errors;
}
