// build:data — turns DATA_DIR (default data/) into validated page data in .generated/.
// Thin entry point: argument handling, progress output and exit codes; logic lives in src/.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { siteDataSchema, type SiteData } from '../src/page-data/site-data.ts';
import { buildEnforcementData } from '../src/page-data/enforcement.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const outDir = resolve(process.env.GENERATED_DIR ?? '.generated');

async function main(): Promise<void> {
  const raw: unknown = JSON.parse(await readFile(join(dataDir, 'site.json'), 'utf8'));
  const site: SiteData = siteDataSchema.parse(raw);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'public', 'data'), { recursive: true });
  await writeFile(join(outDir, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
  await buildEnforcementData(dataDir, outDir, site.asOf);
  console.log(`build:data: ${dataDir} → ${outDir}`);
}

main().catch((err: unknown) => {
  console.error(`build:data failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
