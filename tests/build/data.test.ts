// Tests over the built /data/ pages and files (run `npm run build` first).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, distFiles, readDist } from '../lib/dist.ts';
import {
  CSVW_LABEL,
  csvwValidator,
  schemaErrors,
  testProfiles,
} from '../lib/descriptor-schemas.ts';
import { parseSha256sums } from '../../src/publish/open-data/descriptors.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { OPEN_DATA_DOC } from '../../src/page-data/open-data/index.ts';

beforeAll(assertBuilt);

// The Data Package profile used (official, or the committed subset outside CI) is in the test names.
const profiles = testProfiles();
const sha = (file: string): string =>
  createHash('sha256')
    .update(readFileSync(join(DIST, file)))
    .digest('hex');
const json = (file: string): Record<string, unknown> =>
  JSON.parse(readDist(file)) as Record<string, unknown>;
const hrefs = (html: string): Set<string> =>
  new Set([...html.matchAll(/href="([^"#]+)/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')));

describe('the published descriptors', () => {
  it(`datapackage.json validates against the Data Package v2 profile — profile: ${profiles.label}`, () => {
    expect(schemaErrors(profiles.get().datapackage, json('data/datapackage.json'))).toEqual([]);
  });

  // The committed subsets have no separate resource and dialect profiles: skipped with them.
  it.skipIf(profiles.kind === 'subset')(
    `each resource, its table schema and dialect validate against their own profiles — profile: ${profiles.label}`,
    () => {
      const parts = profiles.get().parts;
      if (parts === null) throw new Error('official profiles without their parts');
      const resources = json('data/datapackage.json')['resources'] as Record<string, unknown>[];
      expect(resources.length).toBeGreaterThan(10);
      for (const r of resources) {
        const name = String(r['name']);
        expect(schemaErrors(parts.dataresource, r), name).toEqual([]);
        if (r['schema'] !== undefined)
          expect(schemaErrors(parts.tableschema, r['schema']), name).toEqual([]);
        if (r['dialect'] !== undefined)
          expect(schemaErrors(parts.tabledialect, r['dialect']), name).toEqual([]);
      }
    },
  );

  // CSVW: W3C publishes no JSON Schema; the subset follows the Metadata Vocabulary for Tabular Data.
  it(`csv-metadata.json validates against the ${CSVW_LABEL} and names files that exist`, () => {
    const md = json('data/csv-metadata.json');
    expect(schemaErrors(csvwValidator(), md)).toEqual([]);
    const files = new Set(distFiles());
    for (const t of md['tables'] as { url: string }[])
      expect(files.has(`data/${t.url}`), t.url).toBe(true);
  });

  it('gives every resource the bytes and SHA-256 of the file in dist/', () => {
    for (const r of json('data/datapackage.json')['resources'] as {
      path: string;
      bytes: number;
      hash: string;
    }[]) {
      expect(readFileSync(join(DIST, 'data', r.path)).length, r.path).toBe(r.bytes);
      expect(r.hash, r.path).toBe(`sha256:${sha(`data/${r.path}`)}`);
    }
  });

  it('SHA256SUMS matches every file it lists', () => {
    const lines = parseSha256sums(readDist('data/SHA256SUMS'), 'SHA256SUMS');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(sha(`data/${l.path}`), l.path).toBe(l.sha256);
  });
});

describe.each([
  ['zh', 'data/index.html'],
  ['en', 'en/data/index.html'],
] as const)('the %s /data/ page', (_lang, file) => {
  it('links every file published under /data/', () => {
    const links = hrefs(readDist(file));
    const files = distFiles().filter((f) => f.startsWith('data/') && !f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(links.has(`/${f}`), f).toBe(true);
  });

  it('states rows, period, size and SHA-256 of every dataset, and marks sample data', () => {
    const page = readDist(file);
    const data = readGenerated(OPEN_DATA_DOC);
    for (const d of data.datasets) {
      expect(page).toContain(`id="${d.name}"`);
      expect(page).toContain(d.sha256);
    }
    expect(page.match(/class="badge"/g)?.length ?? 0).toBeGreaterThanOrEqual(
      data.datasets.filter((d) => d.sample).length,
    );
  });
});

describe.each([
  ['zh', 'data/changelog/index.html'],
  ['en', 'en/data/changelog/index.html'],
] as const)('the %s changelog page', (lang, file) => {
  it('shows every changelog entry in its language', () => {
    const page = readDist(file)
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const data = readGenerated(OPEN_DATA_DOC);
    expect(data.changelog.length).toBeGreaterThan(0);
    for (const e of data.changelog) for (const item of e[lang]) expect(page).toContain(item);
  });
});
