/**
 * Writing the build's staging folder (`.generated/`). A document is written through the same
 * `GeneratedDoc` its readers use (lib/generated.ts), so file name and shape are declared once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { GeneratedDoc } from '../lib/generated-doc.ts';

/** `value` as JSON (one line unless `indent`) and a newline, creating the folder as needed. */
export async function writeJson(path: string, value: unknown, indent?: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, indent)}\n`);
}

/** Write `doc` into `outDir`; the value has the type its readers get from the schema. */
export async function writeGenerated<S extends z.ZodType>(
  outDir: string,
  doc: GeneratedDoc<S>,
  value: z.infer<S>,
): Promise<void> {
  await writeJson(join(outDir, doc.file), value, doc.indent);
}
