/**
 * The update feed (issue 11, "Staying current"): what changed in the data, as dated items, and
 * its RSS 2.0 rendering. Pure: no I/O, no clock. Every date comes from the data (a month's
 * closing hour, a case's publication date, a plan deadline or evidence date, a release's as_of),
 * and the channel date is the build's as_of, so two builds of the same data are byte-identical.
 *
 * Hand-written XML rather than @astrojs/rss: that package makes every item's guid its link, and
 * several items here share a page (e.g. each month links to the trend chart).
 */
import type { Bilingual, Lang } from '../../i18n/text.ts';
import { FEED_TEXT, feedSampleMark } from './text.ts';
import type { FeedInput, FeedItem } from './types.ts';
import { STATUS_LABEL } from '../../page-data/plan/index.ts';

export type * from './types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+08:00$/;

function dateStart(date: string, what: string): string {
  if (!ISO_DATE.test(date))
    throw new Error(`feed: ${what}: expected a date YYYY-MM-DD, got "${date}"`);
  return `${date}T00:00:00+08:00`;
}

/** The calendar date after `date` (UTC arithmetic on a bare date: no zone involved). */
/** A published evidence status in words; a status the plan pages do not know is shown as written. */
function evidenceStatus(status: string): Bilingual {
  return status in STATUS_LABEL
    ? STATUS_LABEL[status as keyof typeof STATUS_LABEL]
    : { zh: status, en: status };
}

export function nextDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`feed: expected a date YYYY-MM-DD, got "${date}"`);
  return new Date(ms + 86_400_000).toISOString().slice(0, 10);
}

/** The hour label that closes month `YYYY-MM` (00:00 of the next month, HJ 663 A.1). */
export function monthClose(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`feed: expected a month YYYY-MM, got "${period}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return `${next}-01T00:00:00+08:00`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
/**
 * RFC 822 date (RFC 2822 form, four-digit year) of a Beijing instant, keeping its +0800 offset:
 * `2026-11-28T00:00:00+08:00` → `Sat, 28 Nov 2026 00:00:00 +0800`.
 */
export function rfc822(instant: string): string {
  const m = INSTANT.exec(instant);
  if (!m) throw new Error(`feed: expected YYYY-MM-DDTHH:MM:SS+08:00, got "${instant}"`);
  const [, y = '', mo = '', d = '', hh = '', mi = '', ss = ''] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCDate() !== Number(d)) throw new Error(`feed: no such date: "${instant}"`);
  return `${WEEKDAYS[day.getUTCDay()] ?? ''}, ${d} ${MONTH_ABBR_EN[Number(mo) - 1] ?? ''} ${y} ${hh}:${mi}:${ss} +0800`;
}

function notBefore(a: string, b: string): boolean {
  return Date.parse(a) >= Date.parse(b);
}

/** Every feed item the data supports, newest first (ties by id, so the order is stable). */
export function buildFeedItems(input: FeedInput): FeedItem[] {
  const items: FeedItem[] = [];
  const T = FEED_TEXT;
  const asOf = input.asOf;
  const mark = feedSampleMark(input.sample);

  // Monthly county figures: only months the as_of hour has closed.
  if (asOf !== null) {
    const closed = input.months
      .filter((m) => notBefore(asOf, monthClose(m.period)))
      .sort((a, b) => (a.period < b.period ? 1 : -1))
      .slice(0, input.limits?.months ?? 6);
    for (const m of closed) {
      items.push({
        id: `month-${m.period}`,
        kind: 'month',
        date: monthClose(m.period),
        title: {
          zh: `${T.monthTitle.zh(m.period)}${mark.zh}`,
          en: `${T.monthTitle.en(m.period)}${mark.en}`,
        },
        description: { zh: T.monthBody.zh(m), en: T.monthBody.en(m) },
        path: '/charts/pm25-trend/',
      });
    }
    // Target verdicts: a year's verdict exists once the as_of hour has closed the year.
    for (const v of input.verdicts) {
      const close = `${Number(v.year) + 1}-01-01T00:00:00+08:00`;
      if (!notBefore(asOf, close)) continue;
      items.push({
        id: `verdict-${v.year}-${v.id}`,
        kind: 'verdict',
        date: close,
        title: { zh: `${T.verdictTitle.zh(v)}${mark.zh}`, en: `${T.verdictTitle.en(v)}${mark.en}` },
        description: { zh: T.verdictBody.zh(v), en: T.verdictBody.en(v) },
        path: `/targets/${v.slug}/`,
      });
    }
  }

  // Enforcement cases by publication date (the source's own date, not the decision's).
  const cases = [...input.cases]
    .sort((a, b) =>
      a.publishedDate === b.publishedDate
        ? a.slug < b.slug
          ? -1
          : 1
        : a.publishedDate < b.publishedDate
          ? 1
          : -1,
    )
    .slice(0, input.limits?.cases ?? 20);
  for (const c of cases) {
    const m = feedSampleMark(c.sample);
    items.push({
      id: `case-${c.slug}`,
      kind: 'case',
      date: dateStart(c.publishedDate, `case ${c.slug} publishedDate`),
      title: { zh: `${T.caseTitle.zh(c)}${m.zh}`, en: `${T.caseTitle.en(c)}${m.en}` },
      description: { zh: T.caseBody.zh(c), en: T.caseBody.en(c) },
      path: `/enforcement/${c.slug}/`,
    });
  }

  // Plan milestones: evidence as published; deadlines passed without evidence, one item per deadline.
  for (const t of input.milestones) {
    for (const e of t.evidence) {
      if (input.statusDate !== null && e.date > input.statusDate) continue;
      items.push({
        id: `evidence-${t.targetId}-${e.date}`,
        kind: 'evidence',
        date: dateStart(e.date, `target ${t.targetId} evidence date`),
        title: {
          zh: T.evidenceTitle.zh(t.measureId, evidenceStatus(e.status)),
          en: T.evidenceTitle.en(t.measureId, evidenceStatus(e.status)),
        },
        description: e.summary,
        path: `/plan/${t.measureId}/`,
      });
    }
  }
  if (input.statusDate !== null) {
    const statusDate = input.statusDate;
    const byDeadline = new Map<string, string[]>();
    for (const t of input.milestones) {
      if (t.deadline === null || t.deadline >= statusDate || t.evidence.length > 0) continue;
      byDeadline.set(t.deadline, [...(byDeadline.get(t.deadline) ?? []), t.measureId]);
    }
    for (const [deadline, measures] of byDeadline) {
      const ids = [...new Set(measures)].sort(compareMeasureIds);
      const count = measures.length;
      items.push({
        id: `deadline-${deadline}`,
        kind: 'milestone',
        date: dateStart(nextDate(deadline), `deadline ${deadline}`),
        title: { zh: T.deadlineTitle.zh(deadline, count), en: T.deadlineTitle.en(deadline, count) },
        description: {
          zh: T.deadlineBody.zh(ids, statusDate),
          en: T.deadlineBody.en(ids, statusDate),
        },
        path: '/plan/',
      });
    }
  }

  for (const r of input.releases) {
    items.push({
      id: `release-${r.name}`,
      kind: 'release',
      date: r.asOf,
      title: { zh: T.releaseTitle.zh(r.name), en: T.releaseTitle.en(r.name) },
      description: { zh: T.releaseBody.zh(r), en: T.releaseBody.en(r) },
      // The /data/ page lists every release; the manifest itself is a file with no /en/ twin.
      path: '/data/',
    });
  }

  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new Error(`feed: two items share the id "${it.id}"`);
    ids.add(it.id);
    rfc822(it.date); // refuse a malformed date here, naming it, rather than in the XML
  }
  return items.sort((a, b) => {
    const d = Date.parse(b.date) - Date.parse(a.date);
    return d !== 0 ? d : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Measure ids such as `4.2` and `4.10` in numeric order. */
function compareMeasureIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Escape text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids outright are dropped rather than emitted as an ill-formed feed.
  const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text for a feed element a reader may show as HTML (title, description, category): plain text,
 * escaped for HTML and then for XML, so data holding `<script>` or `<img onerror>` arrives as
 * visible text. RSS 2.0 descriptions are entity-encoded HTML, and many readers treat titles the
 * same way (decision 014). Only `& < >` matter in HTML text; quotes are XML-escaped once.
 */
export function feedText(s: string): string {
  return xmlEscape(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

export interface ChannelInput {
  readonly publicUrl: string;
  readonly county: Bilingual;
  readonly asOf: string | null;
  /** At most this many items (newest first). */
  readonly maxItems?: number;
}

import { feedPath } from '../../lib/routes.ts';
import { MONTH_ABBR_EN } from '../../i18n/format.ts';

export { feedPath };

function absolute(publicUrl: string, lang: Lang, path: string): string {
  const base = publicUrl.replace(/\/$/, '');
  return `${base}${lang === 'zh' ? path : `/en${path}`}`;
}

/** The RSS 2.0 document of one language. Deterministic: no clock, stable order. */
export function renderRss(items: readonly FeedItem[], lang: Lang, channel: ChannelInput): string {
  const T = FEED_TEXT;
  const base = channel.publicUrl.replace(/\/$/, '');
  const host = new URL(channel.publicUrl).host;
  const e = xmlEscape;
  const t = feedText;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${t(T.channelTitle[lang](channel.county))}</title>`,
    `<link>${e(absolute(base, lang, '/'))}</link>`,
    `<description>${t(T.channelDescription[lang](channel.county))}</description>`,
    `<language>${lang === 'zh' ? 'zh-cn' : 'en'}</language>`,
    `<atom:link href="${e(`${base}${feedPath(lang)}`)}" rel="self" type="application/rss+xml"/>`,
  ];
  if (channel.asOf !== null) lines.push(`<pubDate>${rfc822(channel.asOf)}</pubDate>`);
  for (const it of items.slice(0, channel.maxItems ?? 60)) {
    lines.push(
      '<item>',
      `<title>${t(it.title[lang])}</title>`,
      `<link>${e(absolute(base, lang, it.path))}</link>`,
      `<description>${t(it.description[lang])}</description>`,
      `<category>${t(T.category[it.kind][lang])}</category>`,
      `<pubDate>${rfc822(it.date)}</pubDate>`,
      `<guid isPermaLink="false">${e(`${host}:${lang}:${it.id}`)}</guid>`,
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
