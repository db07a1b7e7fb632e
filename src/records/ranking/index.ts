/**
 * Published ranking positions as data: schemas for `DATA_DIR/ranking/rankings.csv` and
 * `DATA_DIR/ranking/ranking.json`, and `loadRanking(dataDir)`, which reads, validates and
 * cross-checks them. The files are curated by hand, so there are no "rejected rows": every bad
 * cell stops the build with one message per problem naming file, line, column and what was
 * expected. See data/ranking/README.md and domain.md §4.
 *
 * What the rest of the site imports from the family: periods (periods.ts), the schemas and record
 * types (schema.ts), the issues and their error (issues.ts), the two parsers (csv.ts, config.ts)
 * and the loader with its cross-checks (load.ts).
 */
export * from './periods.ts';
export * from './schema.ts';
export * from './issues.ts';
export * from './csv.ts';
export { parseRankingConfig } from './config.ts';
export * from './load.ts';
