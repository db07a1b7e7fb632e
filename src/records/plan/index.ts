/**
 * The county's air-quality plan as data: schemas for data/plan/*.csv and source/meta.json, and
 * `loadPlan(dataDir)`, which reads, validates and cross-checks them. Hand-curated data has no
 * "rejected rows": any bad cell stops the build with one message per problem naming file, line,
 * column and what was expected. See data/plan/README.md and docs/decisions/010-plan-data.md.
 *
 * What the rest of the site imports from the family: the row schemas and closed lists
 * (schema.ts), the issues and their error (issues.ts), the loader (load.ts; CSV reading in
 * csv.ts) and the mechanical reading of the plan text (text-extraction.ts).
 */
export * from './schema.ts';
export * from './issues.ts';
export * from './load.ts';
export * from './text-extraction.ts';
