/**
 * Published versus recomputed hourly AQI (domain.md §2.8): the site computes every AQI from
 * concentrations and uses the publisher's AQI only as a cross-check; disagreements are listed on
 * the data-quality page, never "fixed".
 */
import { z } from 'zod';
import type { HourlyIndicator } from '../indicators/pipeline.ts';
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

export function crossCheckPublishedAqi(
  refs: ReadonlyMap<string, PublishedReference>,
  maxExamples = 20,
): { add(h: HourlyIndicator): void; result(): AqiCrossCheck } {
  const r: AqiCrossCheck = { compared: 0, agree: 0, onlyPublished: 0, onlyComputed: 0, primaryDisagree: 0, examples: [] };
  return {
    add(h) {
      const ref = refs.get(`${h.area}|${h.time}`);
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
        r.examples.push({ station: h.area, time: h.time, published: theirs, computed: ours, publishedPrimary: [...ref.primary], computedPrimary: ourPrimary, file: ref.file, line: ref.line });
      }
    },
    result: () => r,
  };
}
