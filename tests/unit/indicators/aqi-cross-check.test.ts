import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realtimeAqi } from '../../../src/indicators/aqi.ts';
import type { HourlyIndicator } from '../../../src/indicators/pipeline.ts';
import {
  createReferenceStore,
  crossCheckPublishedAqi,
} from '../../../src/indicators/aqi-cross-check.ts';
import type { PublishedReference } from '../../../src/records/ingest.ts';

const root = mkdtempSync(join(tmpdir(), 'cross-check-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const t = (h: number): string => `2025-06-01T${String(h).padStart(2, '0')}:00:00+08:00`;
const ref = (
  station: string,
  h: number,
  aqi: number | null,
  primary: string[],
  line: number,
): PublishedReference => ({ station, time: t(h), aqi, primary, file: 'observations/x.csv', line });
/** PM2.5 only: 1-h 80 µg/m³ → IAQI 100 + 5 × 50 / 40 = 106.25, rounded up to 107 (HJ 633 Table 1, formula (1)), primary PM2.5. */
const hourOf = (area: string, h: number, pm2_5: number): HourlyIndicator => ({
  time: t(h),
  area,
  values: { pm2_5 },
  o3_8h: null,
  aqi: realtimeAqi({ pm2_5 }, '2012'),
  regime: '2012',
});

describe('the published-AQI references, spooled per station', () => {
  it('gives back one station’s references by hour, the later of two for the same hour winning', () => {
    using store = createReferenceStore({ dir: root, chunkBytes: 256 });
    for (let h = 1; h <= 20; h++) {
      store.add(ref('S1', h, 50 + h, ['细颗粒物(PM2.5)'], h + 1));
      store.add(ref('S2', h, 60 + h, [], h + 100));
    }
    store.add(ref('S1', 5, 99, ['臭氧1小时'], 500));
    expect(store.count).toBe(41);
    const s1 = store.forStation('S1');
    expect(s1.size).toBe(20);
    expect(s1.get(t(5))).toEqual(ref('S1', 5, 99, ['臭氧1小时'], 500));
    expect(s1.get(t(20))).toEqual(ref('S1', 20, 70, ['细颗粒物(PM2.5)'], 21));
    expect(store.forStation('S2').get(t(3))?.line).toBe(103);
    expect(store.forStation('S9').size).toBe(0);
  });

  it('cross-checks area by area, asking for each station’s references once', () => {
    using store = createReferenceStore({ dir: root });
    // S1 01:00 agrees (107, PM2.5); S1 02:00 differs in value; S2 01:00 differs in primary; S2 02:00 has no reference.
    store.add(ref('S1', 1, 107, ['细颗粒物(PM2.5)'], 2));
    store.add(ref('S1', 2, 110, ['细颗粒物(PM2.5)'], 3));
    store.add(ref('S2', 1, 107, ['颗粒物(PM10)'], 4));
    const asked: string[] = [];
    const check = crossCheckPublishedAqi((area) => {
      asked.push(area);
      return store.forStation(area);
    });
    for (const h of [
      hourOf('S1', 1, 80),
      hourOf('S1', 2, 80),
      hourOf('S2', 1, 80),
      hourOf('S2', 2, 80),
    ])
      check.add(h);
    expect(asked).toEqual(['S1', 'S2']);
    const r = check.result();
    expect(r).toMatchObject({
      compared: 3,
      agree: 1,
      onlyPublished: 0,
      onlyComputed: 0,
      primaryDisagree: 1,
    });
    expect(
      r.examples.map(
        (e) => `${e.station} ${e.time.slice(11, 13)} ${e.published}/${e.computed} line ${e.line}`,
      ),
    ).toEqual(['S1 02 110/107 line 3', 'S2 01 107/107 line 4']);
  });

  it('removes its scratch file when disposed', () => {
    const dir = mkdtempSync(join(root, 'dispose-'));
    {
      using store = createReferenceStore({ dir, chunkBytes: 64 });
      for (let h = 1; h <= 10; h++) store.add(ref('S1', h, 1, [], 1));
      expect(readdirSync(dir)).toHaveLength(1);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
