/**
 * The rejection list of an ingest: every set-aside cell or row streamed to a gzip CSV
 * (file,line,column,value,reason,cells) as it is found, so memory does not grow with bad input,
 * and a summary per reason with the first few examples for the data-quality page.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';
import type { Rejection, RejectionReason } from '../errors.ts';
import { csvLine } from '../../publish/csv.ts';
import { shownValue } from '../limits.ts';
import type { ReasonSummary } from './report.ts';

export class RejectionLog {
  readonly #reasons = new Map<RejectionReason, ReasonSummary>();
  readonly #examples: number;
  readonly #gzip: Gzip = createGzip();
  readonly #out: WriteStream;

  constructor(path: string, examplesPerReason: number) {
    this.#examples = examplesPerReason;
    this.#out = createWriteStream(path);
    this.#gzip.pipe(this.#out);
    this.#gzip.write('file,line,column,value,reason,cells\n');
  }

  /** Record one rejection; its raw value is published cut to SHOWN_VALUE_CHARS, with its length. */
  add(rejection: Rejection): void {
    const r = { ...rejection, value: shownValue(rejection.value) };
    let sum = this.#reasons.get(r.reason);
    if (sum === undefined) {
      sum = { reason: r.reason, cells: 0, records: 0, examples: [] };
      this.#reasons.set(r.reason, sum);
    }
    sum.cells += r.cells;
    sum.records += 1;
    if (sum.examples.length < this.#examples) sum.examples.push(r);
    this.#gzip.write(csvLine([r.file, r.line, r.column, r.value, r.reason, r.cells]));
  }

  /** One summary per reason, in reason order. */
  summaries(): ReasonSummary[] {
    return [...this.#reasons.values()].sort((a, b) => (a.reason < b.reason ? -1 : 1));
  }

  /** Finish the file (also after a structural error: it then holds what was found before it). */
  async close(): Promise<void> {
    this.#gzip.end();
    await once(this.#out, 'finish');
  }
}
