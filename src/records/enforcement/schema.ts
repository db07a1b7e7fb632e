/**
 * The enforcement record types (issue 9): zod schemas that are the types, and the issue a bad cell
 * becomes (file, line, column and what was expected), so every loader reports problems alike.
 */
import { z } from 'zod';
import {
  BURNING_KINDS,
  CATEGORY_IDS,
  ENTITY_TYPES,
  MEASURE_IDS,
  RECTIFICATION_STATUSES,
} from './vocab.ts';

const isoDate = z.iso.date();
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const sourceLinkSchema = z.object({
  url: z.string(),
  /** True when the link is plain http: to a government host. */
  insecure: z.boolean(),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

export const townshipSchema = z.object({
  id: slug,
  zh: z.string().min(1),
  en: z.string().min(1),
  sample: z.boolean(),
});
export type Township = z.infer<typeof townshipSchema>;

export const enforcementCaseSchema = z.object({
  slug,
  decisionNo: z.string().min(1),
  decisionDate: isoDate,
  entityId: slug,
  entityName: z.string().min(1),
  entityType: z.enum(ENTITY_TYPES.map((e) => e.id)),
  creditCode: z.string().nullable(),
  township: slug,
  category: z.enum(CATEGORY_IDS),
  legalBasis: z.string().min(1),
  measures: z.array(z.enum(MEASURE_IDS)).min(1),
  /** Penalty in fen (1/100 yuan) so that sums are exact integers. */
  penaltyFen: z.number().int().nonnegative(),
  rectificationStatus: z.enum(RECTIFICATION_STATUSES.map((r) => r.id)),
  rectificationDate: isoDate.nullable(),
  source: sourceLinkSchema,
  publishedDate: isoDate,
  publicityEndDate: isoDate.nullable(),
  revokedDate: isoDate.nullable(),
  revocationNote: z.string().nullable(),
  /** The site's English gloss of the revocation note (optional column revocation_note_en). */
  revocationNoteEn: z.string().nullable(),
  typical: z.boolean(),
  summary: z.string(),
  /** The site's English gloss of the summary; empty when none (optional column summary_en). */
  summaryEn: z.string(),
  sample: z.boolean(),
  /** Line of the row in cases.csv, for messages. */
  line: z.number().int().positive(),
});
export type EnforcementCase = z.infer<typeof enforcementCaseSchema>;

export const burningPointSchema = z.object({
  date: isoDate,
  township: slug,
  kind: z.enum(BURNING_KINDS.map((k) => k.id)),
  points: z.number().int().nonnegative(),
  /** Deduction as published; null when not published. */
  deductionCny: z.number().int().nonnegative().nullable(),
  source: sourceLinkSchema.nullable(),
  note: z.string(),
  /** The site's English gloss of the note; empty when none (optional column note_en). */
  noteEn: z.string(),
  sample: z.boolean(),
});
export type BurningPoint = z.infer<typeof burningPointSchema>;

/** One bad cell (or row, or file): where it is and what was expected. */
export interface EnforcementIssue {
  readonly file: string;
  readonly line: number;
  /** 1-based column number; 0 when the issue concerns the whole row or file. */
  readonly column: number;
  readonly columnName: string;
  readonly value: string;
  readonly reason: string;
}

export function formatIssue(i: EnforcementIssue): string {
  const where =
    i.column > 0 ? `${i.file}:${i.line}:${i.column} (${i.columnName})` : `${i.file}:${i.line}`;
  const shown = i.value.length > 60 ? `${i.value.slice(0, 57)}…` : i.value;
  return `${where}: ${i.reason}${i.value === '' ? '' : `; got "${shown}"`}`;
}

export type Loaded<T> = { ok: true; records: T[] } | { ok: false; issues: EnforcementIssue[] };
