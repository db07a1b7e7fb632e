// The sitemaps.org protocol 0.9 (https://www.sitemaps.org/protocol.html), as a crawler reads a
// sitemap file: checks over the raw bytes and the parsed XML (tests/lib/xml-tree.ts).
import { childrenNamed, parseXml, type XmlElement } from './xml-tree.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const MAX_URLS = 50_000;
/** 50 MB uncompressed. */
export const MAX_BYTES = 52_428_800;
export const MAX_LOC_LENGTH = 2_048;
export const CHANGEFREQ = ['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never'];

// W3C Datetime (https://www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM, YYYY-MM-DD, or a date with
// hh:mm, hh:mm:ss or hh:mm:ss.s and a zone designator (Z or ±hh:mm).
const W3C_DATETIME =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?)?)?$/;
export function isW3cDatetime(s: string): boolean {
  const m = W3C_DATETIME.exec(s);
  if (m === null) return false;
  const n = (k: number): number => Number(m[k] ?? 0);
  const y = n(1);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m[2] !== undefined && (n(2) < 1 || n(2) > 12)) return false;
  if (m[3] !== undefined && (n(3) < 1 || n(3) > (days[n(2) - 1] ?? 0))) return false;
  return n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && n(7) <= 23 && n(8) <= 59;
}

// A priority is a decimal from 0.0 to 1.0.
const PRIORITY = /^(?:0?\.\d+|0(?:\.\d*)?|1(?:\.0*)?)$/;

// In the raw file every "&" starts one of the five entity references or a character reference.
const BARE_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function position(text: string, index: number): string {
  const before = text.slice(0, index);
  return `line ${before.split('\n').length}, column ${index - before.lastIndexOf('\n')}`;
}

/**
 * Every way `file` breaks the sitemap protocol for a site published at `siteBase` (an absolute
 * URL such as "https://air.example.org/" or "https://example.org/air/"); [] when it follows it.
 */
export function sitemapErrors(file: Uint8Array | string, siteBase: string): string[] {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const errors: string[] = [];
  if (bytes.length > MAX_BYTES)
    errors.push(`${bytes.length} bytes uncompressed, more than the protocol's ${MAX_BYTES}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return [...errors, 'not UTF-8: the protocol requires UTF-8 encoding'];
  }
  const decl = /^<\?xml[^?]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (decl !== null && decl[1]?.toUpperCase() !== 'UTF-8')
    errors.push(`XML declaration says encoding="${decl[1] ?? ''}", the protocol requires UTF-8`);
  const amp = BARE_AMP.exec(text);
  if (amp !== null)
    errors.push(`unescaped "&" at ${position(text, amp.index)}: entity-escape it as &amp;`);
  for (const m of text.matchAll(/<loc>([^<]*)<\/loc>/g))
    if (/["'>]/.test(m[1] ?? ''))
      errors.push(
        `${position(text, m.index)}: <loc> has a literal " ' or >, which the protocol requires entity-escaped`,
      );

  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    return [...errors, (e as Error).message];
  }
  if (root.name !== 'urlset') errors.push(`root element is <${root.name}>, expected <urlset>`);
  if (root.attrs['xmlns'] !== SITEMAP_NS)
    errors.push(
      `<urlset> namespace is ${JSON.stringify(root.attrs['xmlns'] ?? null)}, expected ${SITEMAP_NS}`,
    );
  for (const c of root.children)
    if (c.name !== 'url') errors.push(`<urlset> has a <${c.name}> child; only <url> is allowed`);
  const urls = childrenNamed(root, 'url');
  if (urls.length > MAX_URLS)
    errors.push(`${urls.length} URLs, more than the protocol's ${MAX_URLS} per file`);

  const base = new URL(siteBase);
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  const seen = new Set<string>();
  urls.forEach((url, i) => {
    const at = `url ${i + 1}`;
    const one = (name: string, required: boolean): XmlElement | undefined => {
      const found = childrenNamed(url, name);
      if (found.length > 1 || (required && found.length === 0))
        errors.push(
          `${at}: ${found.length} <${name}>, expected ${required ? 'exactly' : 'at most'} 1`,
        );
      return found[0];
    };
    for (const c of url.children)
      if (!c.name.includes(':') && !['loc', 'lastmod', 'changefreq', 'priority'].includes(c.name))
        errors.push(`${at}: unknown element <${c.name}> (extensions need their own namespace)`);
    const locEl = one('loc', true);
    const lastmod = one('lastmod', false);
    const changefreq = one('changefreq', false);
    const priority = one('priority', false);
    if (locEl !== undefined) {
      const loc = locEl.text.trim();
      if (loc.length > MAX_LOC_LENGTH)
        errors.push(`${at}: <loc> is ${loc.length} characters, more than ${MAX_LOC_LENGTH}`);
      if (!/^[\x21-\x7e]+$/.test(loc))
        errors.push(`${at}: <loc> ${JSON.stringify(loc)} is not URL-escaped ASCII (RFC 3986)`);
      let u: URL | null = null;
      try {
        u = new URL(loc);
      } catch {
        errors.push(`${at}: <loc> ${JSON.stringify(loc)} is not an absolute URL`);
      }
      if (u !== null) {
        if (u.protocol !== base.protocol || u.host !== base.host)
          errors.push(`${at}: <loc> ${loc} is not on the site's scheme and host (${base.origin})`);
        else if (!u.pathname.startsWith(basePath) && `${u.pathname}/` !== basePath)
          errors.push(`${at}: <loc> ${loc} is not under the site's base ${base.origin}${basePath}`);
      }
      if (seen.has(loc)) errors.push(`${at}: <loc> ${loc} is listed twice`);
      seen.add(loc);
    }
    if (lastmod !== undefined && !isW3cDatetime(lastmod.text.trim()))
      errors.push(`${at}: <lastmod> ${JSON.stringify(lastmod.text)} is not a W3C Datetime`);
    if (changefreq !== undefined && !CHANGEFREQ.includes(changefreq.text.trim()))
      errors.push(
        `${at}: <changefreq> ${JSON.stringify(changefreq.text)} is not one of ${CHANGEFREQ.join(', ')}`,
      );
    if (priority !== undefined && !PRIORITY.test(priority.text.trim()))
      errors.push(
        `${at}: <priority> ${JSON.stringify(priority.text)} is not a number from 0.0 to 1.0`,
      );
  });
  return errors;
}
