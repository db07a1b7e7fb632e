import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStations } from '../../../src/records/stations.ts';
import { loadSite, parseSite } from '../../../src/records/site.ts';
import { loadDustDays } from '../../../src/records/dust.ts';
import { loadPublished, PUBLISHED_COLUMNS } from '../../../src/records/published.ts';
import { readText, SniffingDecoder } from '../../../src/records/decode.ts';
import { dataDir, STATIONS_HEADER } from './helpers.ts';

const okStation = 'S1,示例站（虚构）,Sample (fictitious),114.02,33.38,county,yes,2022-01-01,,test';

describe('loadStations(dataDir)', () => {
  it('reads codes, coordinates, kind, evaluation flag and active period', () => {
    const dir = dataDir({
      'stations.csv': `${STATIONS_HEADER}\n${okStation}\nC1,对照（虚构）,Control (fictitious),113.9,33.46,control,no,2023-03-01,2026-01-31,test\n`,
    });
    expect(loadStations(dir)).toEqual([
      {
        code: 'S1',
        name_zh: '示例站（虚构）',
        name_en: 'Sample (fictitious)',
        lon: 114.02,
        lat: 33.38,
        kind: 'county',
        evaluated: true,
        active_from: '2022-01-01',
        active_to: null,
        source: 'test',
        city_zh: null,
        city_en: null,
      },
      {
        code: 'C1',
        name_zh: '对照（虚构）',
        name_en: 'Control (fictitious)',
        lon: 113.9,
        lat: 33.46,
        kind: 'control',
        evaluated: false,
        active_from: '2023-03-01',
        active_to: '2026-01-31',
        source: 'test',
        city_zh: null,
        city_en: null,
      },
    ]);
  });

  it.each([
    [
      'a latitude out of range',
      okStation.replace('33.38', '95'),
      /stations\.csv, line 2, column lat: expected latitude between -90 and 90 \(found "95"\)/,
    ],
    [
      'an unknown kind',
      okStation.replace('county', 'city'),
      /line 2, column kind: expected one of national, provincial, county, control/,
    ],
    [
      'a bad evaluated flag',
      okStation.replace(',yes,', ',Y,'),
      /line 2, column evaluated: expected yes or no/,
    ],
    [
      'an impossible date',
      okStation.replace('2022-01-01', '2022-02-30'),
      /line 2, column active_from: expected a date YYYY-MM-DD/,
    ],
    [
      'an end before the start',
      okStation.replace('2022-01-01,,', '2022-01-01,2021-12-31,'),
      /line 2, column active_to: expected active_to on or after active_from/,
    ],
    ['a missing field', okStation.replace(',test', ''), /line 2: expected 10 fields/],
    [
      'a repeated code',
      `${okStation}\n${okStation}`,
      /line 3, column code: expected each station code once; "S1" is also on line 2/,
    ],
  ])('rejects %s with file, line and column', (_name, body, message) => {
    expect(() =>
      loadStations(dataDir({ 'stations.csv': `${STATIONS_HEADER}\n${body}\n` })),
    ).toThrow(message);
  });

  it('names the missing column of a bad header', () => {
    expect(() => loadStations(dataDir({ 'stations.csv': 'code,name_zh\nS1,x\n' }))).toThrow(
      /stations\.csv, line 1, column name_en: missing required column "name_en"/,
    );
  });

  it('loads the bundled stations: the county’s all obviously fictitious, the reference ones real', () => {
    const all = loadStations('data');
    const stations = all.filter((s) => s.kind !== 'reference');
    expect(stations.length).toBeGreaterThanOrEqual(3);
    // the neighbouring national stations are real, outside the county (reference-stations.test.ts)
    for (const s of all.filter((x) => x.kind === 'reference'))
      expect(Math.abs(s.lat - 33.38)).toBeGreaterThan(0.12);
    for (const s of stations) {
      expect(s.name_zh).toContain('（虚构）');
      expect(s.name_en).toContain('(fictitious)');
      // inside Xiping county, around the seat at 33.38 °N, 114.02 °E
      expect(Math.abs(s.lat - 33.38)).toBeLessThan(0.12);
      expect(Math.abs(s.lon - 114.02)).toBeLessThan(0.15);
    }
  });
});

describe('loadSite(dataDir)', () => {
  const bundled = JSON.parse(readFileSync('data/site.json', 'utf8')) as Record<string, unknown>;

  it('validates the bundled site.json, which marks the observations as sample data', () => {
    const site = loadSite('data');
    expect(site.county).toEqual({ zh: '西平县', en: 'Xiping County' });
    expect(site.sample.observations).toBe(true);
    expect(site.reporting.channels.map((c) => c.kind)).toEqual(['phone', 'online', 'wechat']);
    expect(site.baselines.ranking).toBe('unknown');
  });

  it('lists no 12369 telephone line (discontinued in 2024, domain.md §8)', () => {
    const phones = loadSite('data').reporting.channels.filter((c) => c.kind === 'phone');
    expect(phones.map((c) => c.contact)).toEqual(['12345']);
  });

  /** Set (or with `undefined`, delete) the value at a JSON path inside a copy of the bundled file. */
  const edited = (path: (string | number)[], value: unknown): string => {
    const copy = structuredClone(bundled);
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete node[last];
    else node[last] = value;
    return JSON.stringify(copy);
  };

  it.each([
    [
      'a channel of unknown kind',
      ['reporting', 'channels', 0, 'kind'],
      'fax',
      /^site\.json: field "reporting\.channels\.0\.kind": /,
    ],
    ['a text without English', ['county', 'en'], undefined, /^site\.json: field "county\.en": /],
    [
      'a misspelt top-level field',
      ['license'],
      'CC BY 4.0',
      /^site\.json: field "\(root\)": Unrecognized key: "license"/,
    ],
    [
      'a baseline without source',
      ['baselines', 'pm2_5'],
      { year: 2024, value: 40 },
      /^site\.json: field "baselines\.pm2_5/,
    ],
    [
      'a source with neither url nor note',
      ['reporting', 'channels', 0, 'source'],
      { url: null },
      /field "reporting\.channels\.0\.source\.url": expected a url, or a note/,
    ],
  ])('rejects %s, naming the path of the bad field', (_name, path, value, message) => {
    expect(() => parseSite(edited(path as (string | number)[], value))).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseSite('{ county: 1 }')).toThrow(/site\.json: expected valid JSON/);
  });
});

describe('loadDustDays(dataDir) and loadPublished(dataDir)', () => {
  it('returns null when there is no dust-day list (no list is not "no dust")', () => {
    expect(loadDustDays(dataDir({}))).toBeNull();
  });

  it('reads dates with their source and refuses a repeated date', () => {
    expect(
      loadDustDays(
        dataDir({
          'dust-days.csv': 'date,source\n2024-03-02,https://example.org/a\n2024-03-01,x\n',
        }),
      ),
    ).toEqual([
      { date: '2024-03-01', source: 'x' },
      { date: '2024-03-02', source: 'https://example.org/a' },
    ]);
    expect(() =>
      loadDustDays(dataDir({ 'dust-days.csv': 'date,source\n2024-03-01,a\n2024-03-01,b\n' })),
    ).toThrow(/dust-days\.csv, line 3, column date: expected each date once/);
  });

  const header = PUBLISHED_COLUMNS.join(',');
  const row =
    '2025-03,西平县,Xiping County,pm2_5_mean,41,µg/m³,https://sthjt.henan.gov.cn/x.html,2025-04-15,';

  it('reads hand-entered official statistics with their source and place in the file', () => {
    const got = loadPublished(dataDir({ 'published/a.csv': `${header}\n${row}\n` }));
    expect(got).toEqual([
      expect.objectContaining({
        period: '2025-03',
        indicator: 'pm2_5_mean',
        value: 41,
        file: 'published/a.csv',
        line: 2,
      }),
    ]);
  });

  it.each([
    [
      'a unit that does not fit the indicator',
      row.replace('µg/m³', '%'),
      /line 2, column unit: expected the unit that belongs to the indicator/,
    ],
    [
      'a ratio above 100',
      row.replace('pm2_5_mean,41,µg/m³', 'good_ratio,101,%'),
      /column value: expected a percentage between 0 and 100/,
    ],
    [
      'a missing source URL',
      row.replace('https://sthjt.henan.gov.cn/x.html', ''),
      /column source_url: expected the http\(s\) URL/,
    ],
    [
      'an unknown indicator',
      row.replace('pm2_5_mean', 'aqi'),
      /column indicator: expected one of pm2_5_mean/,
    ],
  ])('rejects %s', (_name, body, message) => {
    expect(() => loadPublished(dataDir({ 'published/a.csv': `${header}\n${body}\n` }))).toThrow(
      message,
    );
  });

  it('rejects two different values for the same period, area and indicator', () => {
    const files = {
      'published/a.csv': `${header}\n${row}\n`,
      'published/b.csv': `${header}\n${row.replace(',41,', ',42,')}\n`,
    };
    expect(() => loadPublished(dataDir(files))).toThrow(
      /published\/b\.csv, line 2, column value: expected one value per period, area and indicator; published\/a\.csv line 2 gives 41/,
    );
  });
});

describe('SniffingDecoder', () => {
  it('decodes GB18030 bytes split across chunks', () => {
    const d = new SniffingDecoder('x');
    const bytes = Buffer.concat([
      Buffer.from('a,'),
      Buffer.from([0xce, 0xf7, 0xc6, 0xbd]),
      Buffer.from('\n'),
    ]);
    const text = d.write(bytes.subarray(0, 3), false) + d.write(bytes.subarray(3), true);
    expect(text).toBe('a,西平\n');
    expect(d.encoding).toBe('gb18030');
    expect(d.endsWithNewline).toBe(true);
  });

  it('decodes UTF-8 with a multi-byte character split across chunks', () => {
    const d = new SniffingDecoder('x');
    const bytes = Buffer.from('a,西平');
    const text = d.write(bytes.subarray(0, 3), false) + d.write(bytes.subarray(3), true);
    expect(text).toBe('a,西平');
    expect(d.encoding).toBe('utf-8');
    expect(d.endsWithNewline).toBe(false);
  });

  it('readText reports a pure-ASCII file as ascii', () => {
    const dir = dataDir({ 'a.csv': 'a,b\n' });
    expect(readText(`${dir}/a.csv`, 'a.csv')).toEqual({ text: 'a,b\n', encoding: 'ascii' });
  });
});
