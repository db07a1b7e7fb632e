// Real headless Chromium (Debian's /usr/bin/chromium or CHROME_PATH) driven by playwright-core.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bundledCjkFonts } from '../../src/charts/shared/export.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH',
    );
  }
  return found;
}

// Flags that keep Chromium quiet on a closed network (toolchain.md).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fontconfig file that adds the npm package's Noto Sans SC to the machine's fonts, so Chinese
 * renders (and is measured) the same on a machine without any CJK system font.
 */
function fontconfigFile(dir: string): string {
  const fontDirs = [...new Set(bundledCjkFonts().map((f) => dirname(f)))];
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      ...fontDirs.map((d) => `  <dir>${d}</dir>`),
      `  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

export interface Session {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(opts: { javaScriptEnabled: boolean }): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'xiping-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(dir) },
    javaScriptEnabled: opts.javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Visit {
  page: Page;
  status: number;
  /** Every URL the page requested. */
  requests: string[];
  /** Requests to any origin other than the site's. */
  foreign: string[];
  /** Content-Security-Policy violations Chromium reported. */
  cspViolations: string[];
  /** Requests that failed (blocked or unreachable). */
  failed: string[];
}

/** Open `path` on the test server, recording requests and CSP violations. */
export async function visit(session: Session, baseUrl: string, path: string): Promise<Visit> {
  const page = await session.context.newPage();
  const origin = new URL(baseUrl).origin;
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  return { page, status: response?.status() ?? 0, requests, foreign, cspViolations, failed };
}
