// "The air now" says how old it is without JavaScript (issue 19, freshness): the reading's time is
// a prominent <time datetime>, followed by its age against the data's as_of computed at build
// time, and the page carries the words the browser enhancer fills its warning with.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../lib/dist.ts';
import { readGenerated } from '../../src/lib/generated.ts';
import { formatDateTime } from '../../src/i18n/format.ts';
import {
  PROGRESS_DOC,
  ageWords,
  progressText,
  readingAgeSentence,
} from '../../src/page-data/progress/index.ts';

beforeAll(assertBuilt);

const progress = readGenerated(PROGRESS_DOC);
const now = progress.now;
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe.each([
  ['zh', 'index.html'],
  ['en', 'en/index.html'],
] as const)('the %s home page', (lang, file) => {
  const html = readDist(file);
  const card = html.slice(
    html.indexOf('class="now-card"'),
    html.indexOf('</section>', html.indexOf('class="now-card"')),
  );

  it('has a county reading in the bundled data', () => {
    expect(now?.aqi ?? null).not.toBeNull();
    expect(card.length).toBeGreaterThan(0);
  });

  it('shows the reading time as a bold <time datetime>, not a footnote', () => {
    if (now === null) return;
    const tag = card.match(/<time\b[^>]*class="now-timestamp"[^>]*>([^<]*)<\/time>/);
    expect(tag, 'no <time class="now-timestamp">').not.toBeNull();
    expect(tag?.[0]).toContain(`datetime="${now.time}"`);
    expect(tag?.[1]).toBe(formatDateTime(lang, now.time));
    expect(card).toContain(progressText(lang, 'nowReadAt'));
  });

  it('says the age against as_of, computed at build time', () => {
    if (now === null) return;
    const asOfText = progress.asOf === null ? '' : formatDateTime(lang, progress.asOf);
    const sentence = readingAgeSentence(lang, now.time, progress.asOf, asOfText);
    expect(sentence).not.toBeNull();
    expect(card).toContain(escapeHtml(sentence ?? ''));
    expect(card).toContain(escapeHtml(progressText(lang, 'nowStatic')));
    // The bundled data's latest county hour is the as_of hour.
    if (progress.asOf === now.time) expect(sentence).toBe(progressText(lang, 'nowLatest'));
  });

  it('carries the warning words for the enhancer, hidden until it runs', () => {
    if (now === null) return;
    expect(card).toMatch(/<reading-age\b/);
    expect(card).toContain(`data-time="${now.time}"`);
    expect(card).toContain(`data-stale="${escapeHtml(progressText.template(lang, 'nowStale'))}"`);
    const words = ageWords(lang);
    expect(card).toContain(`data-hour-other="${escapeHtml(words.hourOther)}"`);
    expect(card).toContain(`data-day-one="${escapeHtml(words.dayOne)}"`);
    expect(card).toMatch(/<p class="now-stale" role="status" hidden[^>]*><\/p>/);
  });
});
