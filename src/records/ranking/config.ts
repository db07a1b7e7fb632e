/**
 * ranking.json: parsed against its schema (zod paths name the field, since JSON has no columns),
 * with the baseline rank merged in from site.json, where it lives once with the other baselines.
 */
import { join } from 'node:path';
import type { RankingDataIssue } from './issues.ts';
import { rankingConfigSchema, type RankingConfig } from './schema.ts';
import { readUtf8, unreadable } from '../decode.ts';

/** Parse ranking.json text; zod paths name the field, since JSON has no columns. */
export function parseRankingConfig(
  raw: string,
  label: string,
  issues: RankingDataIssue[],
): RankingConfig | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    issues.push({
      file: label,
      line: 0,
      column: 0,
      columnName: '',
      value: '',
      expected: `expected valid JSON (${err instanceof Error ? err.message : String(err)})`,
    });
    return null;
  }
  const result = rankingConfigSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    issues.push({
      file: label,
      line: 0,
      column: 0,
      columnName: path,
      value: '',
      expected: issue.message,
    });
  }
  return null;
}

/**
 * The baseline rank lives once, in site.json → `baselines.ranking` (with the other baselines);
 * ranking.json describes the bodies, rules and target. Returns ranking.json's text with the
 * baseline merged in, or null (with an issue) when either file says it wrong.
 */
export function withSiteBaseline(
  rankingJson: string,
  dataDir: string,
  issues: RankingDataIssue[],
): string | null {
  const issue = (file: string, expected: string): null => {
    issues.push({ file, line: 0, column: 0, columnName: '', value: '', expected });
    return null;
  };
  let config: unknown;
  try {
    config = JSON.parse(rankingJson);
  } catch {
    return rankingJson; // parseRankingConfig reports the JSON error with its position
  }
  if (typeof config !== 'object' || config === null) return rankingJson;
  if ('baseline' in config)
    return issue(
      'ranking/ranking.json',
      'expected no "baseline" here: the baseline rank is read from site.json → baselines.ranking',
    );
  let site: unknown;
  try {
    site = JSON.parse(readUtf8(join(dataDir, 'site.json'), 'site.json'));
  } catch (e) {
    return issue(
      'site.json',
      `expected a readable site.json with baselines.ranking ("unknown" or {body, year, value, source})${unreadable(e)}`,
    );
  }
  const baselines =
    typeof site === 'object' && site !== null && 'baselines' in site ? site.baselines : undefined;
  const baseline =
    typeof baselines === 'object' && baselines !== null && 'ranking' in baselines
      ? baselines.ranking
      : undefined;
  if (baseline === undefined)
    return issue(
      'site.json',
      'expected baselines.ranking ("unknown" or {body, year, value, source})',
    );
  return JSON.stringify({ ...config, baseline });
}
