/**
 * Site benchmark (issue 12), not a test: `npm run bench:site [-- --skip axe,lighthouse,scale]
 * [--scale 5,20,100]`. Needs a built dist/ of the bundled data. Measures, in this order:
 *   1. bytes: every page's first load (HTML+CSS+JS gzip, JS gzip, images) against the budgets;
 *   2. axe:   the WCAG 2.2 AA axe rules on every page, both languages (JavaScript on);
 *   3. lighthouse: mobile preset on the home page, a target page, a station page (if built) and
 *      the enforcement list, served with the shipped headers and gzip;
 *   4. scale: time and peak RSS of `npm run build` for synthetic data sets of N stations over
 *      five years (scripts/generate-sample.ts --stations N), then the bundled data (last, so
 *      dist/ and .generated/ end as they started).
 * Prints a Markdown report and writes it to docs/benchmarks.md between the "Site" markers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../src/server/static-server.ts';
import { htmlPages, pageUrl, assertBuilt } from '../tests/lib/dist.ts';
import { pageWeight } from '../tests/lib/page-weight.ts';
import { axeScan, describeFindings } from '../tests/lib/a11y.ts';
import { chromiumPath, openBrowser } from '../tests/browser/browser.ts';

const PAGE_BUDGET = 80 * 1024;
const JS_BUDGET = 10 * 1024;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const skip = new Set((arg('--skip') ?? '').split(',').filter(Boolean));
const scaleSizes = (arg('--scale') ?? '5,20,100').split(',').map(Number);
const SCALE_LIMIT_S = 600;
const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
  console.log(line);
};
const kb = (n: number): string => (n / 1024).toFixed(1);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function machine(): string {
  const chromium = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim();
  const free =
    spawnSync('free', ['-h'], { encoding: 'utf8' }).stdout.split('\n')[1]?.replace(/\s+/g, ' ') ??
    '';
  return [
    `- Machine: ${cpus().length} cores (\`nproc\`), ${cpus()[0]?.model ?? 'unknown CPU'}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free at start (\`free -h\`: ${free.trim()})`,
    `- Node ${process.version}; ${chromium}`,
  ].join('\n');
}

function bytes(): void {
  const pages = htmlPages();
  const w = pages.map(pageWeight);
  const over = w.filter((p) => p.total > PAGE_BUDGET || p.jsGz > JS_BUDGET);
  const heaviest = [...w].sort((a, b) => b.total - a.total).slice(0, 3);
  say('### Bytes per page (first load, gzip level 9)');
  say();
  say(
    `| Pages | Total max | Total median | JS max | Images max | Over 80 KB / 10 KB JS | Stylesheets per page | Web fonts |`,
  );
  say(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
  say(
    `| ${w.length} | ${kb(Math.max(...w.map((p) => p.total)))} KB | ${kb(median(w.map((p) => p.total)))} KB | ${kb(Math.max(...w.map((p) => p.jsGz)))} KB | ${kb(Math.max(...w.map((p) => p.images)))} KB | ${over.length} | ${Math.max(...w.map((p) => p.stylesheets))} | ${w.reduce((n, p) => n + p.fontFaces, 0)} |`,
  );
  say();
  say(`Heaviest: ${heaviest.map((p) => `\`${pageUrl(p.file)}\` ${kb(p.total)} KB`).join(', ')}.`);
  say();
}

async function axe(base: string): Promise<void> {
  const pages = htmlPages()
    .map(pageUrl)
    .filter((u) => !u.startsWith('/404'));
  const session = await openBrowser({ javaScriptEnabled: true });
  let violations = 0;
  let nodes = 0;
  const bad: string[] = [];
  const started = performance.now();
  try {
    for (const url of pages) {
      const page = await session.context.newPage();
      await page.goto(`${base}${url}`, { waitUntil: 'load' });
      const f = await axeScan(page);
      await page.close();
      violations += f.length;
      nodes += f.reduce((n, x) => n + x.targets.length, 0);
      if (f.length) bad.push(describeFindings(url, f));
    }
  } finally {
    await session.close();
  }
  say('### axe, every page (WCAG 2.2 AA tags, JavaScript on)');
  say();
  say(
    `${pages.length} pages scanned in ${((performance.now() - started) / 1000).toFixed(0)} s: **${violations} violations** (${nodes} nodes) on ${bad.length} pages.`,
  );
  if (bad.length) say(['', '```', ...bad.slice(0, 20), '```'].join('\n'));
  say();
}

/** Run a child without blocking this process's event loop (the static server lives here). */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function lighthouse(base: string): Promise<void> {
  const files = new Set(htmlPages());
  const station = [...files].find((f) => /^stations\/[^/]+\/index\.html$/.test(f));
  const targets = [
    ['home', '/'],
    ['target page', '/targets/pm2_5/'],
    ['station page', station ? pageUrl(station) : null],
    ['enforcement list', '/enforcement/'],
  ] as const;
  say('### Lighthouse (mobile preset, local Chromium, shipped headers, gzip)');
  say();
  say('| Page | Performance | Accessibility | Best Practices | SEO | LCP | CLS |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  const cli = resolve('node_modules/lighthouse/cli/index.js');
  for (const [label, url] of targets) {
    if (!url) {
      say(`| ${label} | not built in this tree | | | | | |`);
      continue;
    }
    const r = await run(
      process.execPath,
      [
        cli,
        `${base}${url}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run',
      ],
      { ...process.env, CHROME_PATH: chromiumPath() },
    );
    if (r.status !== 0) {
      say(
        `| ${label} \`${url}\` | failed: ${(r.stderr || '').trim().split('\n').pop() ?? ''} | | | | | |`,
      );
      continue;
    }
    const j = JSON.parse(r.stdout) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const score = (k: string): string => String(Math.round((j.categories[k]?.score ?? 0) * 100));
    const lcp = ((j.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000).toFixed(2);
    const cls = (j.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3);
    say(
      `| ${label} \`${url}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp} s | ${cls} |`,
    );
  }
  say();
}

interface StepRun {
  seconds: number;
  peakMb: number;
}

interface BuildRun {
  label: string;
  data: StepRun;
  site: StepRun;
  pages: number;
  ok: boolean;
  note: string;
}

/** One npm script under /usr/bin/time: wall time and the peak RSS of its largest process. */
function timedStep(
  script: string,
  env: NodeJS.ProcessEnv,
): { step: StepRun; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npm', 'run', script], {
    encoding: 'utf8',
    env,
    timeout: SCALE_LIMIT_S * 1000,
    maxBuffer: 256 * 2 ** 20,
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [secs, kbMax] = last.split(' ').map(Number);
  return {
    step: { seconds: secs ?? NaN, peakMb: (kbMax ?? NaN) / 1024 },
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    timedOut: r.error !== undefined,
  };
}

/**
 * `npm run build` as its two steps, each measured on its own: build:data is where the hourly data
 * are read (docs/decisions/015), astro build renders the pages from the page data.
 */
function timedBuild(label: string, dataDir: string | null): BuildRun {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  };
  const data = timedStep('build:data', env);
  const failed = (r: ReturnType<typeof timedStep>, name: string): string =>
    r.timedOut
      ? `${name} stopped after ${SCALE_LIMIT_S} s`
      : (r.stderr.split('\n').find((l) => /failed|Error/.test(l)) ?? `${name} exit ${r.status}`);
  if (data.status !== 0)
    return {
      label,
      data: data.step,
      site: { seconds: NaN, peakMb: NaN },
      pages: 0,
      ok: false,
      note: failed(data, 'build:data'),
    };
  const site = timedStep('build:site', env);
  const pages = /(\d+) page\(s\) built/.exec(site.stdout)?.[1];
  const ok = site.status === 0 && pages !== undefined;
  return {
    label,
    data: data.step,
    site: site.step,
    pages: Number(pages ?? 0),
    ok,
    note: ok ? '' : failed(site, 'astro build'),
  };
}

function scale(): void {
  const runs: BuildRun[] = [];
  for (const n of scaleSizes) {
    const dir = mkdtempSync(join(tmpdir(), `xiping-scale-${n}-`));
    try {
      cpSync('data', dir, { recursive: true });
      rmSync(join(dir, 'observations'), { recursive: true, force: true });
      const gen = spawnSync(
        process.execPath,
        ['scripts/generate-sample.ts', dir, '--stations', String(n)],
        { encoding: 'utf8' },
      );
      if (gen.status !== 0)
        throw new Error(`generate-sample --stations ${n} failed: ${gen.stderr}`);
      const run = timedBuild(`${n} stations × 5 years (synthetic)`, dir);
      runs.push(run);
      console.error(
        `scale: ${run.label}: build:data ${run.data.seconds} s ${run.data.peakMb.toFixed(0)} MB, astro build ${run.site.seconds} s ${run.site.peakMb.toFixed(0)} MB, ${run.pages} pages ${run.note}`,
      );
      if (!run.ok) break; // a larger set will not do better
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  runs.push(timedBuild('bundled data (4 sample stations, 2022–2026)', null));
  say(
    '### Build scale (`npm run build` = build:data + astro build, each under `/usr/bin/time`; peak RSS of its largest process)',
  );
  say();
  say('| Data | Time | build:data | astro build | Pages | Time per page | Note |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of runs) {
    const total = r.data.seconds + r.site.seconds;
    const step = (x: StepRun): string =>
      Number.isNaN(x.seconds) ? '—' : `${x.seconds.toFixed(1)} s, ${x.peakMb.toFixed(0)} MB`;
    say(
      `| ${r.label} | ${Number.isNaN(total) ? '—' : `${total.toFixed(1)} s`} | ${step(r.data)} | ${step(r.site)} | ${r.pages} | ${r.pages ? ((total / r.pages) * 1000).toFixed(0) : '—'} ms | ${r.ok ? '' : 'FAILED: '}${r.note} |`,
    );
  }
  say();
}

function record(): void {
  const file = 'docs/benchmarks.md';
  const begin = '<!-- bench:site begin -->';
  const end = '<!-- bench:site end -->';
  const block = `${begin}\n## Site\n\nCommand: \`npm run bench:site${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`\n\n${out.join('\n')}\n${end}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = old.includes(begin)
    ? old.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block)
    : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.error(`recorded in ${file}`);
}

assertBuilt();
say(machine());
say();
bytes();
if (!skip.has('axe') || !skip.has('lighthouse')) {
  const site = await startStaticServer(resolve('dist'));
  try {
    if (!skip.has('axe')) await axe(site.url);
    if (!skip.has('lighthouse')) await lighthouse(site.url);
  } finally {
    await site.close();
  }
}
if (!skip.has('scale')) scale();
record();
