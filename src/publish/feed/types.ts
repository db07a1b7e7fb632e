/** The feed's items and inputs: their own file, so feed.ts and its text table both import them. */
import type { Bilingual } from '../../i18n/text.ts';

export type FeedKind = 'month' | 'verdict' | 'case' | 'milestone' | 'evidence' | 'release';

export interface FeedItem {
  /** Stable id, unique within the feed; the guid is built from it. */
  readonly id: string;
  readonly kind: FeedKind;
  /** An instant with an explicit offset, `YYYY-MM-DDTHH:MM:SS+08:00`. */
  readonly date: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  /** Language-neutral site path (`/charts/pm25-trend/`); the English feed prefixes `/en`. */
  readonly path: string;
}

/** One month of the county's statistics, raw basis (what the monthly items report). */
export interface MonthInput {
  /** `YYYY-MM`. */
  readonly period: string;
  readonly regime: '2012' | '2026' | 'mixed';
  readonly pm2_5: {
    readonly value: number | null;
    readonly count: number;
    readonly required: number;
  };
  readonly good: {
    readonly ratio: number | null;
    readonly days: number;
    readonly validDays: number;
  };
}

export interface VerdictInput {
  readonly id: string;
  readonly slug: string;
  readonly name: Bilingual;
  readonly year: string;
  readonly raw: 'met' | 'not_met' | 'not_assessable';
  readonly dust: 'met' | 'not_met' | 'not_assessable';
}

export interface CaseInput {
  readonly slug: string;
  readonly decisionNo: string;
  readonly entityName: string;
  readonly publishedDate: string;
  readonly sample: boolean;
}

export interface MilestoneInput {
  readonly targetId: string;
  readonly measureId: string;
  readonly deadline: string | null;
  readonly status: string;
  readonly evidence: readonly {
    readonly date: string;
    readonly status: string;
    readonly summary: Bilingual;
  }[];
}

export interface ReleaseInput {
  readonly name: string;
  readonly asOf: string;
  readonly manifestPath: string;
}

export interface FeedInput {
  /** The build's as_of hour label; null when there are no observations. */
  readonly asOf: string | null;
  /** Plan status date `YYYY-MM-DD` (null: statuses not assessable). */
  readonly statusDate: string | null;
  readonly sample: boolean;
  readonly months: readonly MonthInput[];
  readonly verdicts: readonly VerdictInput[];
  readonly cases: readonly CaseInput[];
  readonly milestones: readonly MilestoneInput[];
  readonly releases: readonly ReleaseInput[];
  /** How many of the newest months and cases to list. */
  readonly limits?: { readonly months?: number; readonly cases?: number };
}
