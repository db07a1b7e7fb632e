// Tests over the built /stations/ pages for the neighbouring national stations (stations.csv kind
// `reference`, docs/decisions/025). Run `npm run build` first.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { loadStations } from '../../src/records/stations.ts';
import { fromSeatLabel, STATIONS_DOC } from '../../src/page-data/stations/index.ts';
import { readGenerated } from '../../src/lib/generated.ts';

beforeAll(assertBuilt);

const LANGS = [
  ['zh', ''],
  ['en', 'en/'],
] as const;
const refs = loadStations('data').filter((s) => s.kind === 'reference');
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;|’/g, '’')
    .replace(/\s+/g, ' ');
const HEADING = { zh: '邻近国控站点', en: 'Neighbouring national stations' } as const;
const NO_DATA = {
  zh: '本次构建没有获取该站点的数据',
  en: 'No data has been fetched for this station in this build',
} as const;

describe('the neighbouring national stations', () => {
  it('are the nine of the bundled stations.csv', () => {
    expect(refs).toHaveLength(9);
  });

  it.each(LANGS)(
    'are listed in their own group with city, distance and direction (%s)',
    (lang, prefix) => {
      const html = readDist(`${prefix}stations/index.html`);
      const group =
        /<section aria-labelledby="stations-reference"[^>]*>([\s\S]*?)<\/section>/.exec(
          html,
        )?.[1] ?? '';
      expect(group).toContain(`<h2 id="stations-reference">${HEADING[lang]}</h2>`);
      const rows = [...group.matchAll(/<tr data-station="([^"]+)">([\s\S]*?)<\/tr>/g)];
      expect(rows.map((r) => r[1])).toEqual(refs.map((s) => s.code));
      for (const s of refs) {
        const row = text(rows.find((r) => r[1] === s.code)?.[2] ?? '');
        expect(row).toContain(lang === 'zh' ? s.name_zh : s.name_en);
        expect(row).toContain(lang === 'zh' ? s.city_zh : s.city_en);
        expect(row).toContain(fromSeatLabel(lang, readGenerated(STATIONS_DOC).seat, s));
        expect(row).toContain(lang === 'zh' ? '无数据' : 'no data');
      }
      // not in the county's own table
      const county =
        /<section aria-labelledby="stations-list">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      for (const s of refs) expect(county).not.toContain(`data-station="${s.code}"`);
      // and on the regional sketch, one marker each: context, not links (too close to tell apart
      // by pointer or focus ring; the tables link them)
      for (const s of refs)
        expect(html).toMatch(
          new RegExp(
            `<g class="station-marker station-kind-reference" data-station="${s.code}" aria-hidden="true">`,
          ),
        );
      expect(html).not.toMatch(/<a class="station-marker station-kind-reference"/);
      expect(html).toContain(`href="/${prefix}stations/${refs[0]?.code ?? ''}/"`);
    },
  );

  it.each(LANGS)(
    'have pages that say no data was fetched in this build and how a deployment fetches it (%s)',
    (lang, prefix) => {
      for (const s of refs) {
        const t = text(readDist(`${prefix}stations/${s.code}/index.html`));
        expect(t, s.code).toContain(NO_DATA[lang]);
        expect(t).toContain('npm run fetch:data');
        expect(t).toContain('data/README.md');
        expect(t).toContain(
          lang === 'zh' ? '不计入本县的任何数值' : 'never counts in the county’s figures',
        );
        expect(readDist(`${prefix}stations/${s.code}/index.html`)).toContain(
          `href="/${prefix}data/"`,
        );
      }
    },
  );

  it.each(LANGS)('never appear on the county pages of figures and verdicts (%s)', (_l, prefix) => {
    const pages = ['', 'targets/grade-ii/', 'ranking/', 'data-quality/', 'data-quality/2024/'];
    for (const path of pages) {
      const html = readDist(`${prefix}${path}index.html`);
      for (const s of refs) expect(html, `${path} ${s.code}`).not.toContain(s.code);
    }
  });

  it('have no rows in the open-data tables or the quality report of a build without their data', () => {
    for (const f of ['daily.csv', 'monthly.csv', 'annual.csv', 'quality.json']) {
      const body = readDist(`data/${f}`);
      for (const s of refs) expect(body, `${f} ${s.code}`).not.toContain(s.code);
    }
  });
});
