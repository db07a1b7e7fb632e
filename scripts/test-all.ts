// npm test — every check, in one command, with one closing line CI can read:
//   tests: N passed, M failed
// 1. lint, 2. formatting (prettier --check; npm run format fixes it), 3. type check (astro check),
// 4. build twice and compare dist/ byte for byte, 5. vitest (unit, build-output and browser projects).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function check(label: string, ok: boolean): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  console.log(`${ok ? '✔' : '✘'} ${label}`);
}

/** sha256 over every file of dist/ (path and bytes), to compare two builds. */
function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
check('lint (eslint, zero warnings)', run('lint', npm, ['run', '-s', 'lint']));
check('formatting (prettier --check)', run('format check', npm, ['run', '-s', 'format:check']));
check('type check (astro check)', run('type check', npm, ['run', '-s', 'check:types']));

const built = run('build', npm, ['run', '-s', 'build']);
check('build from the bundled data', built);
if (built) {
  const first = treeHash('dist');
  const again = run('second build (determinism)', npm, ['run', '-s', 'build']);
  const second = again ? treeHash('dist') : new Map<string, string>();
  const differ = [...new Set([...first.keys(), ...second.keys()])].filter(
    (k) => first.get(k) !== second.get(k),
  );
  if (differ.length)
    console.log(`files that differ between two builds: ${differ.slice(0, 20).join(', ')}`);
  check(
    `two builds give a byte-identical dist/ (${first.size} files)`,
    again && differ.length === 0,
  );
}

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
run('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: {
      name: string;
      status: string;
      message?: string;
      assertionResults: { status: string }[];
    }[];
  };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails without a failed test (it did not load, or a hook threw — e.g. no Chromium)
  // still counts as one failure: nothing is ever skipped silently.
  for (const r of json.testResults) {
    if (r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')) {
      failed++;
      failures.push(`${relative('.', r.name)}: ${r.message ?? 'failed to run'}`);
    }
  }
  if (json.numTotalTests === 0) {
    failed++;
    failures.push('vitest ran no test');
  }
} catch (err) {
  failed++;
  failures.push(`vitest report unreadable: ${String(err)}`);
}

if (failures.length) console.log(`\nFailed:\n- ${failures.join('\n- ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
