/** "Cite this chart": a ready citation line per language. */
import { csvHash } from './hash.ts';
import type { Bilingual, ChartMeta, Lang } from './types.ts';

export interface Citation {
  /** The citation up to (not including) the access date, which the reader's browser fills in. */
  readonly text: string;
  /** Words before the access date, e.g. "访问日期：" / "Accessed ". */
  readonly accessedPrefix: string;
  readonly hash: string;
}

/**
 * The chart's permalink in `lang`: `meta.permalink` is the Chinese page (`…/charts/<id>/`); the
 * English twin sits under `/en/` (`…/en/charts/<id>/`).
 */
export function permalinkIn(meta: Pick<ChartMeta, 'id' | 'permalink'>, lang: Lang): string {
  if (lang === 'zh') return meta.permalink;
  const tail = `/charts/${meta.id}/`;
  if (!meta.permalink.endsWith(tail)) return meta.permalink;
  return `${meta.permalink.slice(0, -tail.length)}/en${tail}`;
}

/**
 * GB/T 7714-style line in Chinese, a plain author-title-URL line in English. No access date is
 * computed here: a build-time date would change every build (and be false for later readers).
 */
export function citation(meta: ChartMeta, publisher: Bilingual, lang: Lang): Citation {
  const hash = csvHash(meta.csv);
  const sample = meta.sample ? (lang === 'zh' ? '［样例数据］' : ' [sample data]') : '';
  if (lang === 'zh') {
    return {
      text: `${publisher.zh}. ${meta.title.zh}［图表］${sample}. 数据截至 ${meta.dataDate}，数据版本 ${hash}. ${permalinkIn(meta, 'zh')}.`,
      accessedPrefix: '访问日期：',
      hash,
    };
  }
  return {
    text: `${publisher.en}. "${meta.title.en}" [chart]${sample}. Data as of ${meta.dataDate}, data version ${hash}. ${permalinkIn(meta, 'en')}.`,
    accessedPrefix: 'Accessed ',
    hash,
  };
}
