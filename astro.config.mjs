// @ts-check
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { renderHeadersFile } from './src/security/headers.ts';

/** The public URL comes from the data folder (via build:data), so another county's site is right. */
function siteUrl() {
  try {
    return JSON.parse(readFileSync('.generated/site.json', 'utf8')).publicUrl;
  } catch {
    return 'https://example.org/';
  }
}

/**
 * Writes dist/_headers from the one definition in src/security/headers.ts.
 * @type {import('astro').AstroIntegration}
 */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      await writeFile(new URL('_headers', dir), renderHeadersFile());
    },
  },
};

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Keep every script an external file: the CSP allows no inline script.
  // One stylesheet for the whole site (3 KB gzip): a single render-blocking request per page,
  // cached across pages (issue 12's budget), instead of one CSS file per component.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  devToolbar: { enabled: false },
  integrations: [securityHeaders],
});
