// build:data — turns DATA_DIR (default data/) into validated page data in .generated/.
// Thin entry point: environment, progress output and exit codes; the work is in src/page-data.
import { resolve } from 'node:path';
import { buildSiteData } from '../src/publish/build.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const outDir = resolve(process.env.GENERATED_DIR ?? '.generated');
const started = performance.now();

try {
  const summary = await buildSiteData(dataDir, outDir, (line) =>
    console.log(`build:data: ${line}`),
  );
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `build:data: ${dataDir} → ${outDir} (as_of ${summary.asOf ?? 'none'}, ${summary.charts} charts, ${secs} s)`,
  );
} catch (err) {
  // One clear message (the loaders name file, line, column and what was expected), exit ≠ 0.
  console.error(`build:data failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
