/**
 * What every page needs to know about the site and its data: the build's single `as_of` instant,
 * which datasets are sample data, names, licence. Written by scripts/build-data.ts to
 * `.generated/site.json`, read by the pages through the same schema.
 */
import { z } from 'zod';
import { bilingualSchema } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

// Re-exported for the families that import the pair from here; the one home is i18n/text.ts.
export type { Bilingual } from '../../i18n/text.ts';

export const siteDataSchema = z.object({
  /** The site's name, e.g. 西平县空气质量公开 (derived from the county unless site.json names it). */
  name: bilingualSchema,
  /** Title of the plan the site tracks (data/plan/source/meta.json, current document). */
  planTitle: bilingualSchema,
  county: bilingualSchema,
  province: bilingualSchema,
  parentCity: bilingualSchema,
  publicUrl: z.url(),
  licence: z.object({ name: z.string(), url: z.url() }),
  /** How readers write to the site (site.json `contact`); `example` marks a placeholder. */
  contact: z.object({
    email: z.email().optional(),
    repository: z.url().optional(),
    example: z.boolean(),
  }),
  /** The datasets that are generated sample data, named for readers (empty when all data are real). */
  sampleDatasets: z.array(bilingualSchema),
  /**
   * The one instant every printed or compared date derives from: the label of the latest
   * observation hour, `YYYY-MM-DDTHH:00:00+08:00`; null when there are no observations.
   */
  asOf: z.string().nullable(),
  sources: z.array(z.object({ name: bilingualSchema, url: z.url().optional() })),
  /** Whether the observations are sample data (charts and exports carry the mark). */
  sampleObservations: z.boolean(),
});
export type SiteData = z.infer<typeof siteDataSchema>;

export const SITE_DOC = generatedDoc('site.json', siteDataSchema);
