/**
 * The registry of every chart the site publishes (`.generated/charts.json`): specs built by the
 * data step, read by the pages, the gallery, the permalink and embed pages. The chart kit
 * validates each spec fully when it lays it out (ChartSpecError names chart, field and
 * expectation); this schema checks the envelope every consumer relies on.
 */
import { z } from 'zod';
import type { ChartSpec } from '../../charts/shared/types.ts';
import { bilingualSchema, type Bilingual } from '../../i18n/text.ts';
import { generatedDoc } from '../../lib/generated-doc.ts';

const envelope = z.looseObject({
  type: z.enum(['line', 'bar', 'calendar', 'rank', 'timeline', 'sparkline']),
  meta: z.looseObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: bilingualSchema,
    headline: bilingualSchema,
    source: bilingualSchema,
    dataDate: z.string(),
    sample: z.boolean(),
    permalink: z.string(),
    csv: z.string(),
    table: z.looseObject({
      columns: z.array(bilingualSchema.extend({ cells: z.literal('zh').optional() })),
      rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
    }),
  }),
});

export const chartRegistrySchema = z
  .array(envelope)
  .refine((list) => new Set(list.map((c) => c.meta.id)).size === list.length, {
    message: 'chart ids must be unique',
  })
  .transform((list) => list as unknown as ChartSpec[]);

/** Download paths of a chart (docs/urls.md). */
export function chartDownloads(
  id: string,
  lang: 'zh' | 'en',
): { svg: string; png: string; csv: string } {
  return {
    svg: `/charts/${id}/${id}.${lang}.svg`,
    png: `/charts/${id}/${id}.${lang}.png`,
    csv: `/charts/${id}/${id}.csv`,
  };
}

export const CHART_TYPE_NAMES: Readonly<Record<ChartSpec['type'], Bilingual>> = {
  line: { zh: '折线图', en: 'Line charts' },
  bar: { zh: '条形图', en: 'Bar charts' },
  calendar: { zh: '日历热力图', en: 'Calendar heatmaps' },
  rank: { zh: '排名变化图', en: 'Rank over time' },
  timeline: { zh: '时间线', en: 'Timelines' },
  sparkline: { zh: '迷你趋势图', en: 'Sparklines' },
};

export const CHARTS_DOC = generatedDoc('charts.json', chartRegistrySchema);
