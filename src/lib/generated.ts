/**
 * Read the build's staging folder (`.generated/`, written by `npm run build:data`). Pages and
 * endpoints use this; every file is validated with the same zod schema that wrote it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import type { GeneratedDoc } from './generated-doc.ts';
import { SITE_DOC, type SiteData } from '../page-data/site/index.ts';

export const GENERATED_DIR = resolve(process.env.GENERATED_DIR ?? '.generated');

const cache = new Map<string, unknown>();

/** Parse a `.generated/` document with its schema; a missing file says which command makes it. */
export function readGenerated<S extends z.ZodType>(doc: GeneratedDoc<S>): z.infer<S> {
  const { file: name, schema } = doc;
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<S>;
  const file = join(GENERATED_DIR, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run "npm run build:data" before "astro build"`);
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  cache.set(name, parsed.data);
  return parsed.data;
}

export function siteData(): SiteData {
  return readGenerated(SITE_DOC);
}

/** Every file under `.generated/public/`, as URL paths relative to the site root (no leading /). */
export function publicFiles(): string[] {
  const root = join(GENERATED_DIR, 'public');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  try {
    walk(root);
  } catch {
    return [];
  }
  return out;
}

export function readPublicFile(path: string): Buffer {
  return readFileSync(join(GENERATED_DIR, 'public', path));
}

import { CHARTS_DOC } from '../page-data/gallery/index.ts';
import type { ChartSpec } from '../charts/shared/types.ts';

export function allCharts(): ChartSpec[] {
  return readGenerated(CHARTS_DOC);
}

/** The chart with this id; a missing id is a build error naming it. */
export function chartById(id: string): ChartSpec {
  const spec = allCharts().find((c) => c.meta.id === id);
  if (!spec) throw new Error(`no chart "${id}" in .generated/charts.json`);
  return spec;
}

/** Whether the registry holds a chart with this id (features without drawable data have none). */
export function hasChart(id: string): boolean {
  return allCharts().some((c) => c.meta.id === id);
}

/** The placeholders of the UI strings, filled from the data folder. */
export function siteVars(lang: 'zh' | 'en'): { county: string; site: string; plan: string } {
  const s = siteData();
  return { county: s.county[lang], site: s.name[lang], plan: s.planTitle[lang] };
}
