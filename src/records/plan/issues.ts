/**
 * One problem in the plan data, located as precisely as possible (file, line, column, expected),
 * and the error that lists them all: hand-curated data has no "rejected rows".
 */
/** One problem in the plan data, located as precisely as possible. */
export interface PlanDataIssue {
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when the problem concerns the whole row or file. */
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly expected: string;
  /** The file cannot be read as a table past this point: later problems would be its echoes. */
  readonly structural?: true;
}

export function formatIssue(i: PlanDataIssue): string {
  const where = `${i.file}:${i.line}:${i.column}`;
  const col = i.columnName === '' ? '' : ` (${i.columnName})`;
  const got = i.line === 0 ? '' : `, got "${i.value}"`;
  return `${where}${col}: ${i.expected}${got}`;
}

export class PlanDataError extends Error {
  readonly issues: readonly PlanDataIssue[];
  constructor(issues: readonly PlanDataIssue[]) {
    super(
      `plan data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'PlanDataError';
    this.issues = issues;
  }
}
