import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersForPath,
  metaCsp,
  parseHeadersFile,
  renderCaddyfile,
  renderHeadersFile,
  renderNginx,
} from '../../../src/security/headers.ts';

describe('contentSecurityPolicy()', () => {
  it('allows nothing but the own origin and never unsafe-inline or unsafe-eval', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lets only the search page compile WebAssembly', () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("'wasm-unsafe-eval'");
    expect(headersForPath('/search/')['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
    expect(headersForPath('/stations/')['Content-Security-Policy']).not.toContain('wasm');
  });

  it('the meta fallback drops frame-ancestors, which browsers ignore in <meta>', () => {
    expect(metaCsp()).not.toContain('frame-ancestors');
    expect(metaCsp()).toContain("default-src 'none'");
  });
});

describe('headersForPath(path)', () => {
  it('gives every page one CSP and the privacy headers', () => {
    const h = headersForPath('/about/');
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(h['Referrer-Policy']).toBe('no-referrer');
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['Cache-Control']).toBeUndefined();
  });

  it.each(['/embed/pm2_5-annual/', '/en/embed/pm2_5-annual/'])(
    'lets %s be framed, with one CSP',
    (p) => {
      const h = headersForPath(p);
      expect(h['X-Frame-Options']).toBeUndefined();
      expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy({ frameable: true }));
    },
  );

  it.each(['/report/', '/en/report/'])('never caches %s', (p) => {
    expect(headersForPath(p)['Cache-Control']).toBe('no-store');
  });

  it('opens /data/* to other origins (CORS) for journalists’ tools', () => {
    const h = headersForPath('/data/daily.csv');
    expect(h['Access-Control-Allow-Origin']).toBe('*');
    expect(h['Cross-Origin-Resource-Policy']).toBe('cross-origin');
  });

  it.each([
    '/charts/pm25-trend/pm25-trend.zh.svg',
    '/charts/pm25-trend/pm25-trend.en.png',
    '/charts/pm25-trend/pm25-trend.csv',
  ])('lets other origins hotlink and fetch the chart download %s, with one CORP value', (p) => {
    const h = headersForPath(p);
    expect(h['Access-Control-Allow-Origin']).toBe(
      headersForPath('/data/a.csv')['Access-Control-Allow-Origin'],
    );
    // Exactly one value: the base rule's same-origin was detached, not joined.
    expect(h['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });

  it.each([
    '/charts/',
    '/en/charts/',
    '/charts/pm25-trend/',
    '/en/charts/pm25-trend/',
    '/embed/x/',
  ])('keeps the page %s same-origin, without CORS', (p) => {
    const h = headersForPath(p);
    expect(h['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(h['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('a :placeholder matches one non-empty path segment', () => {
    const rules = parseHeadersFile('/a/:id/:file\n  X-A: 1\n');
    expect(headersForPath('/a/b/c.svg', rules)['X-A']).toBe('1');
    for (const p of ['/a/b/', '/a/b', '/a//c', '/a/b/c/d', '/x/a/b/c']) {
      expect(headersForPath(p, rules)['X-A']).toBeUndefined();
    }
  });

  it('joins a header set twice, as static hosts do, unless it was detached', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/x/\n  X-A: 2\n/y/\n  ! X-A\n  X-A: 3\n');
    expect(headersForPath('/x/', rules)['X-A']).toBe('1, 2');
    expect(headersForPath('/y/', rules)['X-A']).toBe('3');
  });
});

describe('hashed assets (/_astro/*)', () => {
  const IMMUTABLE = 'public, max-age=31536000, immutable';

  it('are cached for a year with exactly one Cache-Control value', () => {
    const h = headersForPath('/_astro/index.abc123.js');
    // Exactly the one value: a second matching rule would have been joined with ", ".
    expect(h['Cache-Control']).toBe(IMMUTABLE);
    expect(Object.keys(h).filter((k) => k.toLowerCase() === 'cache-control')).toHaveLength(1);
    // The other headers of "/*" still apply.
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });

  it('stay one value even if a broader rule ever sets Cache-Control', () => {
    const rules = parseHeadersFile(
      `/*\n  Cache-Control: no-cache\n${renderHeadersFile().replace(/^#.*\n/, '')}`,
    );
    expect(headersForPath('/_astro/x.css', rules)['Cache-Control']).toBe(IMMUTABLE);
  });

  it('the shipped _headers has the rule, and parses back to one value', () => {
    const file = renderHeadersFile();
    expect(file).toContain(`/_astro/*\n  ! Cache-Control\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(headersForPath('/_astro/x.css', parseHeadersFile(file))['Cache-Control']).toBe(
      IMMUTABLE,
    );
  });

  it.each(['/', '/about/', '/data/a.csv', '/embed/x/', '/search/', '/_astro', '/x/_astro/a.js'])(
    '%s is not cached as immutable',
    (p) => {
      expect(headersForPath(p)['Cache-Control']).toBeUndefined();
    },
  );

  it.each(['/report/', '/en/report/'])('%s keeps its single no-store', (p) => {
    expect(headersForPath(p)['Cache-Control']).toBe('no-store');
  });

  it('nginx caches /_astro/ for a year but not its 404s (no `always`)', () => {
    const conf = renderNginx();
    const block = conf.slice(conf.indexOf('location ^~ /_astro/'));
    expect(block).toContain(`add_header Cache-Control "${IMMUTABLE}";`);
    expect(conf.match(/Cache-Control "public/g)).toHaveLength(1);
    expect(block).toContain("default-src 'none'");
  });
});

describe('shipped header files', () => {
  it('_headers parses back into the same headers for every kind of path', () => {
    const parsed = parseHeadersFile(renderHeadersFile());
    for (const p of [
      '/',
      '/embed/x/',
      '/en/embed/x/',
      '/search/',
      '/report/',
      '/data/a.csv',
      '/charts/x/x.zh.svg',
      '/charts/x/',
      '/_astro/a.js',
    ]) {
      expect(headersForPath(p, parsed)).toEqual(headersForPath(p));
    }
  });

  it('parseHeadersFile names the line of a malformed header', () => {
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
  });

  it('deploy/nginx.conf and deploy/Caddyfile are current with src/security/headers.ts', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(renderNginx());
    expect(readFileSync('deploy/Caddyfile', 'utf8')).toBe(renderCaddyfile());
  });

  it('nginx and Caddy give the chart downloads, and only them, cross-origin CORP', () => {
    const conf = renderNginx();
    const block = conf.slice(
      conf.indexOf('location ~ ^/charts/'),
      conf.indexOf('location ^~ /_astro/'),
    );
    expect(block).toContain('location ~ ^/charts/[^/]+/[^/]+$ {');
    expect(block).toContain('add_header Cross-Origin-Resource-Policy "cross-origin" always;');
    expect(block).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(block.match(/Cross-Origin-Resource-Policy/g)).toHaveLength(1);
    const caddy = renderCaddyfile();
    expect(caddy).toMatch(/@r\d+ path_regexp \^\/charts\/\[\^\/\]\+\/\[\^\/\]\+\$\n/);
  });

  it('nginx turns access logging off and caching off for the reporting pages', () => {
    const conf = renderNginx();
    const block = conf.slice(
      conf.indexOf('location = /report/'),
      conf.indexOf('location = /en/report/'),
    );
    expect(block).toContain('access_log off;');
    expect(block).toContain('Cache-Control "no-store"');
    expect(block).toContain("default-src 'none'");
  });
});
