/**
 * site.json: the deployment's facts (county, licence, which data are sample, reporting channels,
 * ranking text, fetch sources, baselines). This module owns the whole schema; later features add
 * their fields here so that one file is validated in one place.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readUtf8 } from './decode.ts';
import { IngestError } from './errors.ts';
import { FORMATS } from './observations/index.ts';
import { isCalendarDate } from './table.ts';
import { rankingBaselineSchema } from './ranking/index.ts';

const Text = z.string().trim().min(1);
/** Chinese first, English second: every visible text comes in both. */
export const BilingualSchema = z.strictObject({ zh: Text, en: Text });
export type Bilingual = z.output<typeof BilingualSchema>;
const Url = z.url({ protocol: /^https?$/ });
const Day = z.string().refine(isCalendarDate, 'expected a date YYYY-MM-DD');

/** A citable source: a URL when one was verified, otherwise a note saying where the fact comes from. */
export const SourceSchema = z
  .strictObject({ url: Url.nullable(), note: BilingualSchema.optional() })
  .refine((s) => s.url !== null || s.note !== undefined, {
    message: 'expected a url, or a note saying why there is none',
    path: ['url'],
  });

/** A baseline value with its year and source, or 'unknown' when no official figure was found. */
export const BaselineSchema = z.union([
  z.literal('unknown'),
  z.strictObject({
    year: z.int().min(2000).max(2100),
    value: z.number().nonnegative(),
    source: SourceSchema,
  }),
]);

export const CHANNEL_KINDS = ['phone', 'online', 'wechat', 'local', 'inspection'] as const;

export const ReportingChannelSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and -'),
    kind: z.enum(CHANNEL_KINDS),
    name: BilingualSchema,
    /** What the channel is, in a sentence or two. */
    description: BilingualSchema,
    /** Phone number (phone, local, inspection) — only when the source gives it. */
    contact: Text.optional(),
    /** Web address — only when verified against the source. */
    url: Url.refine(
      (u) => u.startsWith('https://') || /^http:\/\/[^/]*\.gov\.cn(\/|$)/.test(u),
      'expected https: (http: only for .gov.cn hosts)',
    ).optional(),
    hours: BilingualSchema.optional(),
    anonymous: z.enum(['yes', 'no', 'unknown']),
    /** What a published rule says about anonymity or confidentiality on this channel, and where. */
    anonymity: z
      .strictObject({
        statement: BilingualSchema,
        source: z.strictObject({ title: BilingualSchema, url: Url.nullable() }),
      })
      .optional(),
    /**
     * The verified site to start from when the channel's own address is not verified (the
     * Ministry's home page for its online section); never shown as the channel's address.
     */
    entry: z.strictObject({ name: BilingualSchema, url: Url }).optional(),
    notes: BilingualSchema.optional(),
    valid_from: Day.optional(),
    valid_to: Day.optional(),
    source: SourceSchema,
    checked: Day,
  })
  .refine(
    (c) => c.valid_from === undefined || c.valid_to === undefined || c.valid_from <= c.valid_to,
    {
      message: 'expected valid_to on or after valid_from',
      path: ['valid_to'],
    },
  );

/**
 * How readers reach the site's maintainers (corrections, replies, "tell us"): an e-mail address
 * and/or the public code repository. `example: true` marks a placeholder; every page that shows
 * the contact then says so. Required: see docs/decisions/019-site-contact.md.
 */
export const ContactSchema = z
  .strictObject({
    email: z.email('expected an e-mail address such as corrections@example.org').optional(),
    repository: Url.refine(
      (u) => u.startsWith('https://'),
      'expected an https: address',
    ).optional(),
    example: z.boolean(),
  })
  .refine((c) => c.email !== undefined || c.repository !== undefined, {
    message: 'expected an email, a repository, or both',
    path: ['email'],
  });

export const FetchSourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    format: z.enum(FORMATS),
    url_template: Url.optional(),
    urls: z.array(Url).min(1).optional(),
    /** Size limit of one file in bytes (received and decompressed); default by format (docs/decisions/012-fetching.md). */
    max_bytes: z.int().positive().optional(),
    /** Other origins a redirect may lead to; by default only the URL's own origin. */
    redirect_origins: z.array(Url).optional(),
    /** Accept a last line without a line break when a Content-Length vouched for the length. */
    allow_unterminated: z.boolean().optional(),
  })
  .refine((f) => (f.url_template === undefined) !== (f.urls === undefined), {
    message: 'expected exactly one of url_template or urls',
    path: ['url_template'],
  });

export const SiteSchema = z.strictObject({
  /** The site's name; default: "<county>空气质量公开" / "<county> air quality in the open". */
  site_name: BilingualSchema.optional(),
  county: BilingualSchema,
  province: BilingualSchema,
  parent_city: BilingualSchema,
  /** The county seat, from which the distance and direction of neighbouring stations are given. */
  county_seat: z
    .strictObject({
      lon: z.number().min(-180).max(180),
      lat: z.number().min(-90).max(90),
      source: Text,
    })
    .optional(),
  public_url: Url,
  licence: z.strictObject({ name: Text, url: Url }),
  contact: ContactSchema,
  /** Which datasets are generated sample data; every page and file derived from them must say so. */
  sample: z
    .strictObject({ observations: z.boolean(), dust_days: z.boolean(), published: z.boolean() })
    .catchall(z.boolean()),
  /** Citation lines per dataset (publisher, title), shown under charts and in exports. */
  sources: z.record(z.string(), BilingualSchema),
  reporting: z
    .strictObject({
      form_url: Url.optional(),
      /** Who runs the form: said before the reader leaves the site. Required with form_url. */
      form_operator: BilingualSchema.optional(),
      channels: z.array(ReportingChannelSchema).min(1),
    })
    .refine((r) => (r.form_url === undefined) === (r.form_operator === undefined), {
      message: 'expected form_url and form_operator together',
      path: ['form_operator'],
    }),
  fetch: z.strictObject({ sources: z.array(FetchSourceSchema) }),
  baselines: z.strictObject({
    /** The county's rank in one ranking body's table for the baseline year (data/ranking/ranking.json names the bodies). */
    ranking: rankingBaselineSchema,
    pm2_5: BaselineSchema,
    good_ratio: BaselineSchema,
    heavy_ratio: BaselineSchema,
  }),
  deployment: z.strictObject({ host_logs_statement: BilingualSchema }),
  /**
   * Last natural day (Beijing time, inclusive) of observations the build reads; later values are
   * set aside as `later_than_window`. Default: the day after the newest date an observation
   * file's path names (src/records/window.ts, docs/decisions/023-the-data-window.md).
   */
  data_until: z
    .string()
    .refine(
      isCalendarDate,
      'expected a real calendar date YYYY-MM-DD (the last natural day of observations to read)',
    )
    .optional(),
  warning_periods: z
    .array(
      z.strictObject({
        from: Day,
        to: Day,
        level: BilingualSchema.optional(),
        source: SourceSchema,
      }),
    )
    .optional(),
});
export type Site = z.output<typeof SiteSchema>;

/** Parse and validate site.json text; `file` names it in errors. */
export function parseSite(text: string, file = 'site.json'): Site {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new IngestError(file, null, null, `expected valid JSON: ${(e as Error).message}`);
  }
  const r = SiteSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new IngestError(
      file,
      null,
      null,
      `field "${path || '(root)'}": ${issue?.message ?? 'invalid'}`,
    );
  }
  return r.data;
}

/** Load and validate `<dataDir>/site.json`. */
export function loadSite(dataDir: string): Site {
  // An editor's UTF-8 BOM is not JSON, but it is not an error either (issue 21).
  return parseSite(readUtf8(join(dataDir, 'site.json'), 'site.json'));
}
