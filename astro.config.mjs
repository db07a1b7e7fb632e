// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { renderHeadersFile } from './src/security/headers.ts';
import { pagePathOfFile, sitemapXml } from './src/publish/feed/sitemap.ts';

/** The public URL comes from the data folder (via build:data), so another county's site is right. */
function siteUrl() {
  try {
    return JSON.parse(readFileSync('.generated/site.json', 'utf8')).publicUrl;
  } catch {
    return 'https://example.org/';
  }
}

/** The build's as_of label (the sitemap's only date), null without observations. */
function siteAsOf() {
  try {
    return JSON.parse(readFileSync('.generated/site.json', 'utf8')).asOf ?? null;
  } catch {
    return null;
  }
}

/**
 * After the pages are written: dist/sitemap.xml from the built HTML files, then the Pagefind index
 * (dist/pagefind/) of the pages marked data-pagefind-body. Both here so `astro build` alone makes
 * a complete site.
 * @type {import('astro').AstroIntegration}
 */
const sitemapAndSearch = {
  name: 'sitemap-and-search',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const root = fileURLToPath(dir);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
      const paths = files.map((f) => pagePathOfFile(f)).filter((p) => p !== null);
      await writeFile(new URL('sitemap.xml', dir), sitemapXml(paths, siteUrl(), siteAsOf()));
      logger.info(`sitemap.xml: ${paths.length} pages`);
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: root });
      if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      const out = await index.writeFiles({ outputPath: `${root}/pagefind` });
      if (out.errors.length > 0) throw new Error(`pagefind: ${out.errors.join('; ')}`);
      await pagefind.close();
      logger.info(`pagefind: ${added.page_count} pages indexed`);
    },
  },
};

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
  integrations: [securityHeaders, sitemapAndSearch],
});
