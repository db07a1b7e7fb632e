// npm run release — cut a frozen data release from the last build (run "npm run build:data" first).
// npm run release -- --verify <dir> — check a release folder against data/releases/<name>.json.
// Thin entry point: arguments, environment (RELEASE_STORE, DATA_DIR, GENERATED_DIR), exit codes.
import { resolve } from 'node:path';
import {
  DuplicateReleaseError,
  cutRelease,
  defaultReleaseStore,
  verifyRelease,
} from '../src/publish/release/release.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const generatedDir = resolve(process.env.GENERATED_DIR ?? '.generated');
const args = process.argv.slice(2);

try {
  if (args[0] === '--verify') {
    const dir = args[1];
    if (dir === undefined) throw new Error('usage: npm run release -- --verify <release dir>');
    const problems = await verifyRelease(dir, dataDir);
    for (const p of problems) console.error(`release: ${p}`);
    if (problems.length > 0) process.exit(1);
    console.log(`release: ${resolve(dir)} matches its manifest`);
  } else if (args.length > 0) {
    throw new Error(`unknown arguments: ${args.join(' ')} (expected none, or --verify <dir>)`);
  } else {
    const store = defaultReleaseStore();
    const m = await cutRelease({ generatedDir, dataDir, store });
    console.log(
      `release: ${m.name} written to ${resolve(store, m.name)} (${m.files.length} files, ZIP ${m.zip.bytes} bytes)`,
    );
    console.log(
      `release: manifest data/releases/${m.name}.json — commit it, and add a CHANGELOG entry naming ${m.name}`,
    );
  }
} catch (err) {
  console.error(`release failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof DuplicateReleaseError ? 3 : 1);
}
