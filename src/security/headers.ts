/**
 * The site's HTTP security headers, defined once. Every shipped format (Netlify/Cloudflare
 * `_headers`, nginx, Caddy, the `<meta>` fallback) and the test server are generated from here.
 *
 * The policy allows nothing but the site's own origin: no CDN, web font, analytics or map tile can
 * load, so a reader (and especially a whistleblower) is never exposed to a third party.
 */

export interface CspOptions {
  /** Pages that may be framed by other sites (the embed pages only). */
  readonly frameable?: boolean;
  /** The search page's engine compiles WebAssembly. */
  readonly wasm?: boolean;
}

/** The Content-Security-Policy for a page. No 'unsafe-inline', no 'unsafe-eval'. */
export function contentSecurityPolicy(opts: CspOptions = {}): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', opts.wasm ? "'self' 'wasm-unsafe-eval'" : "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', opts.frameable ? '*' : "'none'"],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Headers every response carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HeaderRule {
  /**
   * A path pattern in the `_headers` syntax: a literal path, a trailing `*`, or `:name`
   * placeholders that each match one non-empty path segment (Netlify and Cloudflare Pages both).
   */
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers set by an earlier, broader rule that this rule removes (`! Name` in `_headers`). */
  readonly remove?: readonly string[];
}

/** Paths of the reporting page: never cached, and (nginx) never logged. */
export const REPORT_PATHS = ['/report/', '/en/report/'] as const;
/** Paths that may be framed by other origins. */
export const EMBED_PATTERNS = ['/embed/*', '/en/embed/*'] as const;
/** The search page, whose engine needs WebAssembly. */
export const SEARCH_PATHS = ['/search/', '/en/search/'] as const;
/** Astro's hashed build output: a changed file gets a new name, so it may be cached for a year. */
export const ASSET_PATTERN = '/_astro/*';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The open data: fetched by journalists' tools on other origins. */
export const DATA_PATTERN = '/data/*';
/**
 * Chart downloads (`/charts/<id>/<id>.<lang>.svg|png`, `/charts/<id>/<id>.csv`): a newsroom page
 * hotlinks the image and fetches the CSV. The chart pages (`/charts/`, `/charts/<id>/`) have one
 * segment fewer, so they stay same-origin.
 */
export const CHART_DOWNLOAD_PATTERN = '/charts/:id/:file';
/** What other origins may do with the open data and the chart downloads. */
export const SHARED_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/**
 * The ordered header rules. As on Cloudflare Pages and Netlify, every matching rule applies: a
 * header set twice is joined with ", " (two CSPs would both be enforced), so a rule that replaces a
 * header first detaches it with `! Name`.
 */
export function headerRules(): readonly HeaderRule[] {
  const base: HeaderRule = {
    pattern: '/*',
    headers: {
      ...COMMON_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Frame-Options': 'DENY',
    },
  };
  const embeds: HeaderRule[] = EMBED_PATTERNS.map((pattern) => ({
    pattern,
    headers: { 'Content-Security-Policy': contentSecurityPolicy({ frameable: true }) },
    remove: ['X-Frame-Options', 'Content-Security-Policy'],
  }));
  const search: HeaderRule[] = SEARCH_PATHS.map((pattern) => ({
    pattern,
    headers: { 'Content-Security-Policy': contentSecurityPolicy({ wasm: true }) },
    remove: ['Content-Security-Policy'],
  }));
  const report: HeaderRule[] = REPORT_PATHS.map((pattern) => ({
    pattern,
    headers: { 'Cache-Control': 'no-store' },
  }));
  // Journalists' tools fetch the open data and chart downloads from other origins; the base
  // rule's same-origin CORP is detached first, so the response carries one value.
  const shared: HeaderRule[] = [DATA_PATTERN, CHART_DOWNLOAD_PATTERN].map((pattern) => ({
    pattern,
    headers: SHARED_HEADERS,
    remove: ['Cross-Origin-Resource-Policy'],
  }));
  // Detached first, so a broader rule that ever sets Cache-Control cannot join a second value.
  const assets: HeaderRule = {
    pattern: ASSET_PATTERN,
    headers: { 'Cache-Control': IMMUTABLE },
    remove: ['Cache-Control'],
  };
  return [base, ...embeds, ...search, ...report, ...shared, assets];
}

/** The pattern as a regular expression source (nginx and Caddy use it for placeholder rules). */
export function patternRegex(pattern: string): string {
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const body = pattern
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : esc(seg)))
    .join('/');
  return body.endsWith('*') ? `^${body.slice(0, -1)}` : `^${body}$`;
}

function matches(pattern: string, path: string): boolean {
  if (pattern.includes(':')) return new RegExp(patternRegex(pattern)).test(path);
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The headers the rules give a path, with the host's semantics (detach, then join duplicates). */
export function headersForPath(
  path: string,
  rules: readonly HeaderRule[] = headerRules(),
): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.remove ?? []) out.delete(name.toLowerCase());
    for (const [k, v] of Object.entries(rule.headers)) {
      const prev = out.get(k.toLowerCase());
      out.set(k.toLowerCase(), [k, prev ? `${prev[1]}, ${v}` : v]);
    }
  }
  return Object.fromEntries([...out.values()]);
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function renderHeadersFile(rules: readonly HeaderRule[] = headerRules()): string {
  const blocks = rules.map((r) => {
    const lines = [r.pattern];
    for (const name of r.remove ?? []) lines.push(`  ! ${name}`);
    for (const [k, v] of Object.entries(r.headers)) lines.push(`  ${k}: ${v}`);
    return lines.join('\n');
  });
  return `# Generated from src/security/headers.ts — edit there, not here.\n${blocks.join('\n\n')}\n`;
}

/** Parse a `_headers` file back into rules (the test server applies the shipped file itself). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string>; remove: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: {}, remove: [] });
      return;
    }
    const current = rules.at(-1);
    if (!current) throw new Error(`_headers line ${i + 1}: header before any path`);
    const body = line.trim();
    if (body.startsWith('!')) {
      current.remove.push(body.slice(1).trim());
      return;
    }
    const colon = body.indexOf(':');
    if (colon <= 0)
      throw new Error(`_headers line ${i + 1}: expected "Name: value", got "${body}"`);
    current.headers[body.slice(0, colon).trim()] = body.slice(colon + 1).trim();
  });
  return rules;
}

function nginxHeaders(headers: Readonly<Record<string, string>>, indent: string): string[] {
  // A year's caching is for the asset itself: without `always`, nginx leaves it off a 404.
  return Object.entries(headers).map(
    ([k, v]) => `${indent}add_header ${k} "${v}"${v === IMMUTABLE ? '' : ' always'};`,
  );
}

/**
 * An nginx snippet for the `server {}` block. nginx does not inherit `add_header` into a location
 * that sets its own, so every location repeats the full set of headers it needs.
 */
export function renderNginx(): string {
  const files = 'try_files $uri $uri/ =404;';
  const block = (match: string, path: string, extra: string[] = []): string[] => [
    `location ${match} {`,
    ...[files, ...extra].map((e) => `  ${e}`),
    ...nginxHeaders(headersForPath(path), '  '),
    '}',
  ];
  const lines = [
    '# Generated from src/security/headers.ts — edit there, not here.',
    '# Include inside the server {} block that serves dist/ (root /path/to/dist;).',
    'gzip on;',
    'gzip_types text/css application/javascript application/json image/svg+xml text/csv application/xml application/rss+xml;',
    ...block('/', '/'),
    ...block('^~ /embed/', '/embed/x/'),
    ...block('^~ /en/embed/', '/en/embed/x/'),
    ...block('= /search/', '/search/'),
    ...block('= /en/search/', '/en/search/'),
    // The reporting pages are neither cached nor logged.
    ...block('= /report/', '/report/', ['access_log off;']),
    ...block('= /en/report/', '/en/report/', ['access_log off;']),
    ...block('^~ /data/', '/data/x'),
    // A regex location: it wins over the `/` prefix location for the download files only.
    ...block(`~ ${patternRegex(CHART_DOWNLOAD_PATTERN)}`, '/charts/x/x.svg'),
    ...block('^~ /_astro/', '/_astro/x'),
  ];
  return `${lines.join('\n')}\n`;
}

/** A Caddyfile site block. */
export function renderCaddyfile(): string {
  const rules = headerRules();
  const lines = [
    '# Generated from src/security/headers.ts — edit there, not here.',
    'example.org {',
    '  root * /srv/dist',
    '  encode gzip',
    '  file_server',
  ];
  rules.forEach((r, i) => {
    const name = `@r${i}`;
    lines.push(
      r.pattern.includes(':')
        ? `  ${name} path_regexp ${patternRegex(r.pattern)}`
        : `  ${name} path ${r.pattern}`,
    );
    lines.push(`  header ${name} {`);
    // Caddy's `header` replaces a value it sets; only headers it does not set need deleting.
    for (const h of r.remove ?? []) if (!(h in r.headers)) lines.push(`    -${h}`);
    for (const [k, v] of Object.entries(r.headers)) lines.push(`    ${k} "${v}"`);
    lines.push('  }');
  });
  lines.push(
    '  # Reporting pages are not logged: keep `log` out of this site block, or skip them there.',
  );
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * The CSP as a `<meta http-equiv>` fallback for hosts that cannot set headers. A meta policy
 * cannot carry `frame-ancestors` (browsers ignore it there), nor any caching rule.
 */
export function metaCsp(opts: CspOptions = {}): string {
  return contentSecurityPolicy(opts)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}
