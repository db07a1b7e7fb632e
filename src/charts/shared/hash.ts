import { createHash } from 'node:crypto';

/** Data version of a chart: the first 12 hex digits of the SHA-256 of its CSV (UTF-8). */
export function csvHash(csv: string): string {
  return createHash('sha256').update(csv, 'utf8').digest('hex').slice(0, 12);
}
