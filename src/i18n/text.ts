/**
 * The one home of the language types (issue 16; tests/unit/architecture.test.ts keeps it so):
 * `Lang`, the `{ zh, en }` pair `Bilingual` and its zod schema. A leaf: every stage may import
 * it, and it imports nothing of the project.
 */
import { z } from 'zod';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages, Chinese first. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Both texts present and non-empty: a reader never gets a blank where a sentence should be. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
