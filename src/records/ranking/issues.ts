/** One problem in the ranking data, and the error that lists them all (file, line, column, expected). */
/** One problem in the ranking data. `line`/`column` are 1-based; 0 means the whole file or row. */
export interface RankingDataIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly expected: string;
}

export function formatRankingIssue(i: RankingDataIssue): string {
  const col = i.columnName === '' ? '' : ` (${i.columnName})`;
  const got = i.line === 0 && i.value === '' ? '' : `, got "${i.value}"`;
  return `${i.file}:${i.line}:${i.column}${col}: ${i.expected}${got}`;
}

export class RankingDataError extends Error {
  readonly issues: readonly RankingDataIssue[];
  constructor(issues: readonly RankingDataIssue[]) {
    const n = issues.length;
    super(
      `ranking data is invalid (${n} problem${n === 1 ? '' : 's'}):\n${issues.map(formatRankingIssue).join('\n')}`,
    );
    this.name = 'RankingDataError';
    this.issues = issues;
  }
}
