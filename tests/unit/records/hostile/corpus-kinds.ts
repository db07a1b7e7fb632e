// Shapes of the hostile-input corpus (corpus.test.ts): each case is a data folder change and the
// outcome it must have, in one of the three classes of issue 21's closing note.
import type { RejectionReason } from '../../../../src/records/errors.ts';
import type { Pollutant } from '../../../../src/records/types.ts';

export type InputKind =
  | 'observations'
  | 'stations'
  | 'site'
  | 'dust-days'
  | 'published'
  | 'plan'
  | 'ranking'
  | 'enforcement'
  | 'folder';

export interface Rejected {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly reason: RejectionReason;
}

export type Outcome =
  /** Stops the build with one error naming the file, the line (null: none) and the column. */
  | {
      class: 'stopped';
      file: string;
      line: number | null;
      column?: string;
      /** Words the message must hold (JSON has no columns: its field path stands for one). */
      mentions?: string;
      /** Further issues that are real consequences, not echoes (a renamed id's referrers). */
      consequences?: number;
    }
  /** Read; exactly these cells or rows are set aside (`approximate`: at least these). */
  | { class: 'set-aside'; rejected: Rejected[]; approximate?: boolean }
  /** Read with nothing set aside; `value` is one value the merged hours must hold. */
  | {
      class: 'accepted';
      value?: { station: string; time: string; pollutant: Pollutant; value: number };
      /** The file's last line has no line break: read, and the file is named on the page. */
      unterminated?: true;
    };

/** A change to a copy of the bundled data folder (observations replaced by `files`). */
export type Edit =
  | { cell: string; line: number; column: string; value: string }
  | { text: string; change: (text: string) => string }
  | { write: string; body: string | Uint8Array }
  | { symlink: string; target: string }
  | { fifo: string };

export interface Case {
  readonly id: string;
  readonly kind: InputKind;
  /** Observation files (observation cases); the bundled folder's own are removed. */
  readonly files?: Record<string, string | Uint8Array>;
  readonly edits?: readonly Edit[];
  readonly outcome: Outcome;
}
