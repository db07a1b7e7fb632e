/**
 * Enforcement disclosures (issue 9): the files of `DATA_DIR/enforcement/` → validated records.
 *
 * Every cell arrives as a string (papaparse, no dynamic typing) and is checked by hand or by zod;
 * a bad cell becomes an `EnforcementIssue` naming file, line, column and what was expected. The
 * loader returns all issues at once; the build refuses to publish while any remain, because a
 * silently dropped case would misstate the record (docs/decisions/011-enforcement-publicity.md).
 *
 * What the rest of the site imports from the family: the closed lists (vocab.ts), the record
 * types (schema.ts), the privacy and link checks (privacy.ts), CSV reading (csv.ts), the three
 * files (townships.ts, cases.ts, burning.ts) and the folder that reads them (folder.ts).
 */
export {
  BURNING_KINDS,
  ENTITY_TYPES,
  FICTITIOUS_MARK,
  MEASURES,
  RECTIFICATION_STATUSES,
  RESERVED_CASE_SLUGS,
  VIOLATION_CATEGORIES,
  type BurningKind,
  type EntityType,
  type Measure,
  type RectificationStatus,
  type ViolationCategory,
} from './vocab.ts';
export {
  burningPointSchema,
  enforcementCaseSchema,
  formatIssue,
  sourceLinkSchema,
  townshipSchema,
  type BurningPoint,
  type EnforcementCase,
  type EnforcementIssue,
  type Loaded,
  type SourceLink,
  type Township,
} from './schema.ts';
export {
  checkSourceUrl,
  isCitizenId15,
  isCitizenId18,
  isCreditCode,
  privacyProblem,
} from './privacy.ts';
export { readCsv } from './csv.ts';
export { TOWNSHIP_COLUMNS, parseTownships } from './townships.ts';
export { CASE_COLUMNS, CASE_OPTIONAL_COLUMNS, parseCases } from './cases.ts';
export { BURNING_COLUMNS, BURNING_OPTIONAL_COLUMNS, parseBurningPoints } from './burning.ts';
export { readEnforcementFolder, type EnforcementRecords } from './folder.ts';
