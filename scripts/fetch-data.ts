// npm run fetch:data -- [--from YYYY-MM-DD] [--until YYYY-MM-DD] — download new published
// observation files from the sources in DATA_DIR/site.json (fetch.sources) into
// DATA_DIR/observations/<source id>/. Thin entry point: arguments, environment, output, exit
// codes (0 all files fine, 1 a file failed, 2 bad arguments or configuration); the work is in
// src/fetch. See docs/decisions/012-fetching.md.
//
// Unlike the build, fetching may look at the clock: "what has been published by now" is a
// question about today. Only this script does so, and only to default --until; the date it
// picks is printed, and what it fetches becomes data that later builds read deterministically.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite } from '../src/records/site.ts';
import { beijingDate } from '../src/records/time.ts';
import { FetchPlanError } from '../src/fetch/plan.ts';
import { fetchObservations } from '../src/fetch/run.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const say = (line: string): void => console.log(`fetch:data: ${line}`);

try {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      until: { type: 'string' },
      timeout: { type: 'string' },
      attempts: { type: 'string' },
    },
    strict: true,
  });
  const positive = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0)
      throw new FetchPlanError(`--${name} "${v}": expected a positive whole number`);
    return n;
  };
  const timeoutSeconds = positive(values.timeout, 'timeout');
  const attempts = positive(values.attempts, 'attempts');
  let until = values.until;
  if (until === undefined) {
    until = beijingDate(Date.now());
    say(`--until not given: using today's date in Beijing, ${until}`);
  }
  let site;
  try {
    site = loadSite(dataDir);
  } catch (e) {
    // a missing or invalid site.json is configuration: exit 2 like every other such error
    throw new FetchPlanError(e instanceof Error ? e.message : String(e));
  }
  if (site.fetch.sources.length === 0) {
    say(`no sources in ${dataDir}/site.json (fetch.sources): nothing to fetch`);
    process.exit(0);
  }
  const summary = await fetchObservations({
    dataDir,
    sources: site.fetch.sources,
    until,
    from: values.from,
    ...(timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }),
    ...(attempts === undefined ? {} : { attempts }),
    log: say,
  });
  const count = (s: string): number => summary.results.filter((r) => r.status === s).length;
  say(
    `${summary.results.length} files: ${count('new')} new, ${count('replaced')} replaced, ${count('unchanged')} unchanged, ${summary.failed} failed`,
  );
  if (summary.failed > 0) process.exit(1);
} catch (err) {
  console.error(`fetch:data failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(
    err instanceof FetchPlanError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true
      ? 2
      : 1,
  );
}
