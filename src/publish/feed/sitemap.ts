/**
 * sitemap.xml and robots.txt. Pure: the page list comes from the built site and the one date
 * from the build's as_of, so a rebuild of the same data writes the same bytes.
 */
import { xmlEscape } from './feed.ts';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Every page URL (absolute, sorted, each once) with `<lastmod>` = the Beijing date of as_of.
 * `paths` are site paths such as `/` and `/en/stations/`.
 */
export function sitemapXml(
  paths: readonly string[],
  publicUrl: string,
  asOf: string | null,
): string {
  const base = publicUrl.replace(/\/$/, '');
  const unique = [...new Set(paths)].sort();
  if (unique.length > SITEMAP_MAX_URLS)
    throw new Error(
      `sitemap: ${unique.length} URLs, more than the protocol's ${SITEMAP_MAX_URLS} per file`,
    );
  for (const p of unique)
    if (!p.startsWith('/'))
      throw new Error(`sitemap: expected a site path starting with "/", got "${p}"`);
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}T/.test(asOf))
    throw new Error(`sitemap: as_of is not a timestamp: "${asOf}"`);
  const lastmod = asOf === null ? '' : `<lastmod>${asOf.slice(0, 10)}</lastmod>`;
  const urls = unique.map(
    (p) => `<url><loc>${xmlEscape(base + encodeURI(p))}</loc>${lastmod}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The URL path of a built HTML file (`en/about/index.html` → `/en/about/`); null for 404 pages. */
export function pagePathOfFile(file: string): string | null {
  const f = file.replace(/\\/g, '/').replace(/^\//, '');
  if (!f.endsWith('.html') || /^404(\.html|\/index\.html)$/.test(f)) return null;
  return `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
export function robotsTxt(publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  return `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`;
}
