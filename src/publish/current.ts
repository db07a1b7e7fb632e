/**
 * "Staying current" files of the data step: the update feeds (/feed.xml, /en/feed.xml),
 * robots.txt and the Open Graph images (/og/home-{zh,en}.png), written under the staging
 * folder's public/ (published at the same paths). The sitemap needs the built page list and is
 * written after `astro build` (astro.config.mjs). Everything here is dated from the data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { COUNTY_AREA } from '../indicators/county.ts';
import type { PeriodStatistic } from '../indicators/period.ts';
import type { EnforcementPageData } from '../page-data/enforcement/index.ts';
import {
  buildFeedItems,
  feedPath,
  renderRss,
  type FeedInput,
  type MonthInput,
} from './feed/feed.ts';
import { writeOgImages } from './og-image.ts';
import type { OpenDataPage } from '../page-data/open-data/index.ts';
import type { PlanPagesData } from '../page-data/plan/index.ts';
import { type ProgressPageData, TARGET_PAGE } from '../page-data/progress/index.ts';
import type { SiteData } from '../page-data/site/index.ts';
import { robotsTxt } from './feed/sitemap.ts';

export interface CurrentInput {
  readonly site: SiteData;
  readonly monthly: readonly PeriodStatistic[];
  readonly progress: ProgressPageData;
  readonly plan: PlanPagesData;
  readonly enforcement: EnforcementPageData;
  readonly openData: OpenDataPage;
}

/** The county's raw-basis months as the feed reports them. */
export function monthInputs(monthly: readonly PeriodStatistic[]): MonthInput[] {
  return monthly
    .filter((s) => s.area === COUNTY_AREA && s.basis === 'raw')
    .map((s) => ({
      period: s.period,
      regime: s.regime,
      pm2_5: {
        value: s.concentrations.pm2_5.valid ? s.concentrations.pm2_5.value : null,
        count: s.concentrations.pm2_5.count,
        required: s.concentrations.pm2_5.required,
      },
      good: { ratio: s.goodRatio, days: s.goodDays, validDays: s.validDays },
    }));
}

/** The feed's input from the page data of the other features. */
export function feedInput(c: CurrentInput): FeedInput {
  return {
    asOf: c.site.asOf,
    statusDate: c.plan.statusDate,
    sample: c.site.sampleObservations,
    months: monthInputs(c.monthly),
    verdicts: c.progress.scoreboard.map((s) => ({
      id: s.id,
      slug: TARGET_PAGE[s.id].slug,
      name: TARGET_PAGE[s.id].name,
      year: s.year,
      raw: s.raw.verdict,
      dust: s.dust.verdict,
    })),
    cases: c.enforcement.cases,
    milestones: c.plan.measures.flatMap((m) =>
      m.targets.map((t) => ({
        targetId: t.id,
        measureId: m.id,
        deadline: t.deadline,
        status: t.status,
        evidence: t.evidence,
      })),
    ),
    releases: c.openData.releases.map((r) => ({
      name: r.manifest.name,
      asOf: r.manifest.as_of,
      manifestPath: r.manifestPath,
    })),
  };
}

async function put(path: string, body: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, body);
}

/** Write the feeds, robots.txt and OG images; returns the site paths written. */
export async function writeCurrentFiles(publicDir: string, c: CurrentInput): Promise<string[]> {
  const items = buildFeedItems(feedInput(c));
  const channel = { publicUrl: c.site.publicUrl, county: c.site.county, asOf: c.site.asOf };
  const written: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    await put(join(publicDir, feedPath(lang)), renderRss(items, lang, channel));
    written.push(feedPath(lang));
  }
  await put(join(publicDir, 'robots.txt'), robotsTxt(c.site.publicUrl));
  written.push('/robots.txt');
  written.push(
    ...(await writeOgImages(publicDir, {
      county: c.site.county,
      sample: c.site.sampleObservations,
      progress: c.progress,
    })),
  );
  return written;
}
