/**
 * `loadRanking(dataDir)`: reads both files of `DATA_DIR/ranking/`, cross-checks them and throws
 * one RankingDataError listing every problem.
 */
import { join } from 'node:path';
import { parseRankingConfig, withSiteBaseline } from './config.ts';
import { parseRankingsCsv } from './csv.ts';
import { RankingDataError, type RankingDataIssue } from './issues.ts';
import {
  RANKINGS_CSV_HEADER,
  type PublishedPosition,
  type RankingConfig,
  type RankingRecords,
} from './schema.ts';
import { readUtf8, unreadable } from '../decode.ts';

/**
 * Cross-checks between the two files: every row's body exists and its period has the body's
 * frequency; a unit appears once per body and period; all rows of one table agree on how many
 * units were ranked.
 */
export function crossCheckRanking(
  config: RankingConfig,
  positions: readonly PublishedPosition[],
  label: string,
  issues: RankingDataIssue[],
): void {
  const col = (name: (typeof RANKINGS_CSV_HEADER)[number]): number =>
    RANKINGS_CSV_HEADER.indexOf(name) + 1;
  const seen = new Map<string, number>();
  const units = new Map<string, { n: number; line: number }>();
  for (const p of positions) {
    const body = config.bodies.find((b) => b.id === p.body);
    if (body === undefined) {
      issues.push({
        file: label,
        line: p.line,
        column: col('body'),
        columnName: 'body',
        value: p.body,
        expected: `expected one of the body ids in ranking.json (${config.bodies.map((b) => b.id).join(', ')})`,
      });
      continue;
    }
    if (p.periodKind !== body.frequency)
      issues.push({
        file: label,
        line: p.line,
        column: col('period'),
        columnName: 'period',
        value: p.period,
        expected: `expected a ${body.frequency} period for body "${body.id}"`,
      });
    const key = `${p.body}\u0000${p.period}\u0000${p.unit}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        file: label,
        line: p.line,
        column: col('unit'),
        columnName: 'unit',
        value: p.unit,
        expected: `expected one row per body, period and unit (first seen on line ${first})`,
      });
    else seen.set(key, p.line);
    if (p.unitsRanked !== null) {
      const tableKey = `${p.body}\u0000${p.period}`;
      const prior = units.get(tableKey);
      if (prior === undefined) units.set(tableKey, { n: p.unitsRanked, line: p.line });
      else if (prior.n !== p.unitsRanked)
        issues.push({
          file: label,
          line: p.line,
          column: col('units_ranked'),
          columnName: 'units_ranked',
          value: String(p.unitsRanked),
          expected: `expected the same number of units as line ${prior.line} of the same table (${prior.n})`,
        });
    }
  }
}

/** Read and validate `<dataDir>/ranking/`; throws one RankingDataError listing every problem. */
export function loadRanking(dataDir: string): RankingRecords {
  const issues: RankingDataIssue[] = [];
  const read = (name: string): string | null => {
    try {
      return readUtf8(join(dataDir, 'ranking', name), `ranking/${name}`);
    } catch (e) {
      issues.push({
        file: `ranking/${name}`,
        line: 0,
        column: 0,
        columnName: '',
        value: '',
        expected: `expected a readable file at ${join(dataDir, 'ranking', name)}${unreadable(e)}`,
      });
      return null;
    }
  };
  const csv = read('rankings.csv');
  const json = read('ranking.json');
  const positions = csv === null ? [] : parseRankingsCsv(csv, 'ranking/rankings.csv', issues);
  const merged = json === null ? null : withSiteBaseline(json, dataDir, issues);
  const config =
    merged === null ? null : parseRankingConfig(merged, 'ranking/ranking.json', issues);
  if (config !== null) crossCheckRanking(config, positions, 'ranking/rankings.csv', issues);
  if (issues.length > 0 || config === null) throw new RankingDataError(issues);
  return { config, positions };
}
