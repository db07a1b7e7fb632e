/**
 * The contract of `.generated/report.json` (the reporting page): its zod schema and the document
 * naming the file.
 */
import { z } from 'zod';
import { BilingualSchema, ReportingChannelSchema } from '../../records/site.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

export const reportPageSchema = z.object({
  channels: z.array(ReportingChannelSchema),
  /** Temporary channels whose period has ended (listed as closed, never as open). */
  closed: z.array(ReportingChannelSchema),
  form: z.object({ url: z.string(), operator: BilingualSchema }).nullable(),
  hostLogging: BilingualSchema,
  /** True when the data folder lists no sourced local (county) channel. */
  noLocalChannel: z.boolean(),
});
export type ReportPageData = z.infer<typeof reportPageSchema>;

export const REPORT_DOC = generatedDoc('report.json', reportPageSchema);
