// Tests over the built /stations/ pages (run `npm run build` first).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, readDist } from '../lib/dist.ts';
import { allCharts, readGenerated } from '../../src/lib/generated.ts';
import { loadStations } from '../../src/records/stations.ts';
import {
  STATIONS_DOC,
  countyCalendarYears,
  monthInActivePeriod,
  kindLabel,
  notEnoughValid,
} from '../../src/page-data/stations/index.ts';

beforeAll(assertBuilt);

/** The per-page budget of tests/build/dist.test.ts (not imported: that would run its suite here). */
const PAGE_BUDGET_BYTES = 80 * 1024;

const LANGS = [
  ['zh', ''],
  ['en', 'en/'],
] as const;
const stations = loadStations('data');
const data = readGenerated(STATIONS_DOC);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const unescape = (s: string): string =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
const page = (prefix: string, path: string): string => `${prefix}${path}index.html`;

describe('the station pages', () => {
  it.each(LANGS)('give every station of data/stations.csv a page in %s', (_lang, prefix) => {
    const missing = stations.filter(
      (s) => !existsSync(join(DIST, page(prefix, `stations/${s.code}/`))),
    );
    expect(missing.map((s) => s.code)).toEqual([]);
  });

  it.each(LANGS)(
    'give every station-year with data a page in %s, linked from the station page',
    (_lang, prefix) => {
      expect(data.years.length).toBeGreaterThan(0);
      for (const y of data.years) {
        expect(
          existsSync(join(DIST, page(prefix, `stations/${y.code}/${y.year}/`))),
          `${y.code} ${y.year}`,
        ).toBe(true);
        expect(readDist(page(prefix, `stations/${y.code}/`))).toContain(
          `href="/${prefix}stations/${y.code}/${y.year}/"`,
        );
      }
    },
  );

  it.each(LANGS)('give every county calendar year a page in %s', (_lang, prefix) => {
    const years = countyCalendarYears(allCharts().map((c) => c.meta.id));
    expect(years.length).toBeGreaterThan(0);
    for (const y of years)
      expect(existsSync(join(DIST, page(prefix, `stations/county/${y}/`))), y).toBe(true);
  });

  it.each(LANGS)(
    'draw one map marker per county station, each a link with an accessible name (%s)',
    (lang, prefix) => {
      const html = readDist(page(prefix, 'stations/'));
      const markers = [
        ...html.matchAll(/<a class="station-marker[^"]*" href="([^"]+)" aria-label="([^"]+)"/g),
      ];
      // the neighbouring reference stations are drawn on the regional sketch as context, not
      // links (tests/build/reference-stations.test.ts); the county's sketch links every one of its own
      const county = stations.filter((s) => s.kind !== 'reference');
      expect(markers).toHaveLength(county.length);
      for (const s of county) {
        const m = markers.find((x) => x[1] === `/${prefix}stations/${s.code}/`);
        expect(m, s.code).toBeDefined();
        const label = unescape(m?.[2] ?? '');
        expect(label).toContain(lang === 'zh' ? s.name_zh : s.name_en);
        expect(label).toContain(kindLabel(lang, s.kind));
        expect(label).toContain(s.lon.toFixed(4));
      }
    },
  );

  it.each(LANGS)(
    'state the coordinates’ datum under the map and list the coordinates as text (%s)',
    (lang, prefix) => {
      const t = text(readDist(page(prefix, 'stations/')));
      expect(t).toContain(lang === 'zh' ? '未注明大地基准' : 'does not state a datum');
      for (const s of stations) expect(t).toContain(`${s.lon.toFixed(4)} ${s.lat.toFixed(4)}`);
    },
  );

  it.each(LANGS)(
    'show each station’s latest hourly AQI with its hour in the list (%s)',
    (_lang, prefix) => {
      const html = readDist(page(prefix, 'stations/'));
      for (const s of data.stations) {
        const row =
          new RegExp(`<tr data-station="${s.meta.code}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
        expect(row, s.meta.code).not.toBe('');
        if (s.latest?.aqi != null) expect(row).toContain(`<strong>${s.latest.aqi}</strong>`);
      }
    },
  );

  it.each(LANGS)(
    'show monthly statistics that fail validity as words with their day counts, never as numbers (%s)',
    (lang, prefix) => {
      let invalid = 0;
      for (const s of data.stations) {
        const html = readDist(page(prefix, `stations/${s.meta.code}/`));
        for (const m of s.months.filter(
          (x) => !x.complete && monthInActivePeriod(x.month, s.meta),
        )) {
          const row = new RegExp(
            `<tr data-month="${m.month}" data-complete="false">([\\s\\S]*?)</tr>`,
          ).exec(html)?.[1];
          expect(row, `${s.meta.code} ${m.month}`).toBeDefined();
          expect(row).toContain(notEnoughValid(lang, m.validDays, m.requiredDays));
          // Only the day counts and the hourly completeness carry digits: no statistic cell is numeric.
          expect(row?.match(/<td class="num">/g) ?? []).toHaveLength(1);
          invalid++;
        }
      }
      // The sample data has incomplete months (e.g. the control station's partial last month).
      expect(invalid).toBeGreaterThan(0);
    },
  );

  it('stay within the byte budget (HTML + CSS, gzip) on every station page', () => {
    const files = [
      ...LANGS.flatMap(([, p]) => [
        page(p, 'stations/'),
        ...data.stations.map((s) => page(p, `stations/${s.meta.code}/`)),
        ...data.years.map((y) => page(p, `stations/${y.code}/${y.year}/`)),
      ]),
    ];
    for (const f of files) {
      const html = readDist(f);
      const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) =>
        readDist(m[1] ?? ''),
      );
      const total = [html, ...css].reduce((n, s) => n + gzipSync(s, { level: 9 }).length, 0);
      expect(total, f).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
  });

  it.each(LANGS)('link each station-year to its neighbours (%s)', (_lang, prefix) => {
    for (const s of data.stations) {
      const ys = [...s.years].sort();
      ys.forEach((y, i) => {
        const html = readDist(page(prefix, `stations/${s.meta.code}/${y}/`));
        const prev = ys[i - 1];
        const next = ys[i + 1];
        if (prev !== undefined)
          expect(html).toContain(`href="/${prefix}stations/${s.meta.code}/${prev}/" rel="prev"`);
        else expect(html).not.toContain('rel="prev"');
        if (next !== undefined)
          expect(html).toContain(`href="/${prefix}stations/${s.meta.code}/${next}/" rel="next"`);
        else expect(html).not.toContain('rel="next"');
      });
    }
  });
});
