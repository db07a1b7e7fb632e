/**
 * The reporting section of `site.json`: how to report pollution, as the data folder declares it.
 * Nothing on the reporting page is printed without a source here, so another county (or a later
 * change of channels) needs no code change. Schema only; site.ts embeds it.
 */
import { z } from 'zod';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
/** Links must be https (http only for government hosts, which some still use). */
export const safeUrl = z
  .url()
  .refine((u) => /^https:\/\//.test(u) || /^http:\/\/[^/]*\.gov\.cn(\/|$)/.test(u), {
    message: 'expected an https: URL (http: only for .gov.cn hosts)',
  });

export const reportingChannelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an ASCII slug'),
  kind: z.enum(['phone', 'online', 'wechat', 'local', 'inspection']),
  name: text,
  /** What it is, in one or two sentences. */
  description: text,
  /** The number to call; only when sourced. */
  phone: z.string().regex(/^[0-9-]+$/).optional(),
  /** A web address; only when sourced. */
  url: safeUrl.optional(),
  hours: text.optional(),
  anonymous: z.enum(['yes', 'no', 'unknown']),
  anonymityNote: text.optional(),
  /** For temporary channels (inspection teams): the period it is open. */
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  source: z.object({ name: text, url: safeUrl.optional() }),
  /** When someone last checked the channel against its source. */
  checked: isoDate,
});
export type ReportingChannel = z.infer<typeof reportingChannelSchema>;

export const reportingSchema = z.object({
  /** A public reporting form run by someone else; shown as the prominent button. */
  form: z.object({ url: safeUrl, operator: text, checked: isoDate }).optional(),
  channels: z.array(reportingChannelSchema).min(1),
  /** What the host serving this site logs, as the deployment declares it (never promised blindly). */
  hostLogging: text,
  /** Province-specific notes (reward rules etc.), each with its source. */
  notes: z.array(z.object({ text, source: z.object({ name: text, url: safeUrl.optional() }) })).default([]),
});
export type Reporting = z.infer<typeof reportingSchema>;
