/**
 * What every page needs to know about the site and its data: the build's single `as_of` instant,
 * which datasets are sample data, names, licence. Written by scripts/build-data.ts to
 * `.generated/site.json`, read by the pages through the same schema.
 */
import { z } from 'zod';

export const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

export const siteDataSchema = z.object({
  /** The site's name, e.g. 西平县空气质量公开 (derived from the county unless site.json names it). */
  name: bilingual,
  /** Title of the plan the site tracks (data/plan/source/meta.json, current document). */
  planTitle: bilingual,
  county: bilingual,
  province: bilingual,
  parentCity: bilingual,
  publicUrl: z.url(),
  licence: z.object({ name: z.string(), url: z.url() }),
  /** The datasets that are generated sample data, named for readers (empty when all data are real). */
  sampleDatasets: z.array(bilingual),
  /**
   * The one instant every printed or compared date derives from: the label of the latest
   * observation hour, `YYYY-MM-DDTHH:00:00+08:00`; null when there are no observations.
   */
  asOf: z.string().nullable(),
  sources: z.array(z.object({ name: bilingual, url: z.url().optional() })),
  /** Whether the observations are sample data (charts and exports carry the mark). */
  sampleObservations: z.boolean(),
});
export type SiteData = z.infer<typeof siteDataSchema>;
