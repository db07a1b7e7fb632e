/**
 * Published versus recomputed hourly AQI (domain.md §2.8): the site computes every AQI from
 * concentrations and uses the publisher's AQI only as a cross-check; disagreements are listed on
 * the data-quality page, never "fixed".
 */
import { z } from 'zod';
import type { HourlyIndicator } from './pipeline.ts';
import { createSpool, type SpoolOptions } from './spool.ts';
import type { PublishedReference } from '../records/ingest.ts';
import type { Pollutant } from '../records/types.ts';

/** Chinese primary-pollutant names as CNEMC publishes them. */
const PRIMARY_NAMES: readonly [RegExp, Pollutant][] = [
  [/PM2\.?5/i, 'pm2_5'],
  [/PM10/i, 'pm10'],
  [/二氧化硫|SO2/i, 'so2'],
  [/二氧化氮|NO2/i, 'no2'],
  [/一氧化碳|CO/i, 'co'],
  [/臭氧|O3/i, 'o3'],
];

export function primaryCodes(names: readonly string[]): Pollutant[] {
  const out = new Set<Pollutant>();
  for (const n of names) {
    const hit = PRIMARY_NAMES.find(([re]) => re.test(n));
    if (hit) out.add(hit[1]);
  }
  return [...out].sort();
}

export const aqiCrossCheckSchema = z.object({
  /** Station-hours with both a published AQI and a recomputed one. */
  compared: z.number().int(),
  agree: z.number().int(),
  /** Published AQI present but ours is not evaluable (or the reverse). */
  onlyPublished: z.number().int(),
  onlyComputed: z.number().int(),
  primaryDisagree: z.number().int(),
  examples: z.array(
    z.object({
      station: z.string(),
      time: z.string(),
      published: z.number().nullable(),
      computed: z.number().nullable(),
      publishedPrimary: z.array(z.string()),
      computedPrimary: z.array(z.string()),
      file: z.string(),
      line: z.number().int(),
    }),
  ),
});
export type AqiCrossCheck = z.infer<typeof aqiCrossCheckSchema>;

/** Published references by station, one station's at a time (keyed by hour label). */
export interface ReferenceStore extends Disposable {
  add(r: PublishedReference): void;
  /** The station's references by hour label; a later reference for the same hour wins. */
  forStation(station: string): ReadonlyMap<string, PublishedReference>;
  readonly count: number;
}

/**
 * A snapshot archive carries a published AQI for every station-hour, so the references are
 * spooled per station (a scratch file in `opts.dir`) and read back station by station as the
 * cross-check walks the hours, instead of all being held to the end (docs/decisions/015).
 */
export function createReferenceStore(opts: SpoolOptions = {}): ReferenceStore {
  const spool = createSpool(opts);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let count = 0;
  return {
    add(r) {
      spool.append(r.station, encoder.encode(`${JSON.stringify(r)}\n`));
      count++;
    },
    forStation(station) {
      const out = new Map<string, PublishedReference>();
      for (const chunk of spool.chunks(station)) {
        for (const line of decoder.decode(chunk).split('\n')) {
          if (line === '') continue;
          const r = JSON.parse(line) as PublishedReference;
          out.set(r.time, r);
        }
      }
      return out;
    },
    get count() {
      return count;
    },
    [Symbol.dispose]: () => spool.close(),
  };
}

/**
 * Compare each hour with its published reference. `refs(area)` gives an area's references by
 * hour label; it is asked once per run of hours of one area (the hourly results come area by area).
 */
export function crossCheckPublishedAqi(
  refs: (area: string) => ReadonlyMap<string, PublishedReference>,
  maxExamples = 20,
): { add(h: HourlyIndicator): void; result(): AqiCrossCheck } {
  const r: AqiCrossCheck = {
    compared: 0,
    agree: 0,
    onlyPublished: 0,
    onlyComputed: 0,
    primaryDisagree: 0,
    examples: [],
  };
  let area: string | null = null;
  let byTime: ReadonlyMap<string, PublishedReference> = new Map();
  return {
    add(h) {
      if (h.area !== area) {
        area = h.area;
        byTime = refs(h.area);
      }
      const ref = byTime.get(h.time);
      if (ref === undefined) return;
      const ours = h.aqi.aqi;
      const theirs = ref.aqi;
      if (theirs === null && ours === null) return;
      const ourPrimary = [...h.aqi.primary].sort();
      const theirPrimary = primaryCodes(ref.primary);
      let same: boolean;
      if (theirs === null) {
        r.onlyComputed++;
        same = false;
      } else if (ours === null) {
        r.onlyPublished++;
        same = false;
      } else {
        r.compared++;
        const primaryOk = ourPrimary.join(';') === theirPrimary.join(';');
        if (!primaryOk) r.primaryDisagree++;
        same = ours === theirs && primaryOk;
        if (same) r.agree++;
      }
      if (!same && r.examples.length < maxExamples) {
        r.examples.push({
          station: h.area,
          time: h.time,
          published: theirs,
          computed: ours,
          publishedPrimary: [...ref.primary],
          computedPrimary: ourPrimary,
          file: ref.file,
          line: ref.line,
        });
      }
    },
    result: () => r,
  };
}
