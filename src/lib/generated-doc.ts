/**
 * One document of the build's staging folder (`.generated/`): its file name and the zod schema
 * that both its writer (src/publish/) and its reader (lib/generated.ts, in pages) use, so the two
 * sides cannot name different files or shapes. Each family's `schema.ts` declares its own.
 */
import type { z } from 'zod';

export interface GeneratedDoc<S extends z.ZodType = z.ZodType> {
  /** The file under `.generated/`, e.g. `progress.json`. */
  readonly file: string;
  readonly schema: S;
  /** Indent the JSON (for the documents people read while debugging); default one line. */
  readonly indent?: number;
}

export function generatedDoc<S extends z.ZodType>(
  file: string,
  schema: S,
  options: { readonly indent?: number } = {},
): GeneratedDoc<S> {
  return { file, schema, ...options };
}
