// The one list of every text table (Starlight's "one place that lists every table"): each key
// has text in both languages, and both languages name the same placeholders.
import { describe, expect, it } from 'vitest';
import type { TextTable } from '../../../src/i18n/text.ts';
import { t } from '../../../src/i18n/strings.ts';
import { enforcementText } from '../../../src/page-data/enforcement/index.ts';
import { openDataText } from '../../../src/page-data/open-data/index.ts';
import { planText } from '../../../src/page-data/plan/index.ts';
import { progressText } from '../../../src/page-data/progress/index.ts';
import { qualityText } from '../../../src/page-data/quality/index.ts';
import { rankingText } from '../../../src/page-data/ranking/index.ts';
import { reportText } from '../../../src/page-data/report/index.ts';
import { searchText } from '../../../src/page-data/search/index.ts';
import { stationsText } from '../../../src/page-data/stations/index.ts';

// Each table is typed by its own keys; the checks below only walk keys() they return.
const TEXT_TABLES = [
  t,
  enforcementText,
  openDataText,
  planText,
  progressText,
  qualityText,
  rankingText,
  reportText,
  searchText,
  stationsText,
] as unknown as readonly TextTable<string>[];

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(TEXT_TABLES.map((table) => [table.id, table] as const))(
  'text table "%s"',
  (_, table) => {
    it('has at least one key and unique ids across tables', () => {
      expect(table.keys().length).toBeGreaterThan(0);
      expect(TEXT_TABLES.filter((x) => x.id === table.id)).toHaveLength(1);
    });

    it('gives every key a non-empty text in Chinese and in English', () => {
      const empty = table
        .keys()
        .filter((k) => !table.template('zh', k).trim() || !table.template('en', k).trim());
      expect(empty).toEqual([]);
    });

    it('names the same placeholders in both languages', () => {
      const differ = table
        .keys()
        .filter(
          (k) =>
            placeholders(table.template('zh', k)).join() !==
            placeholders(table.template('en', k)).join(),
        );
      expect(differ).toEqual([]);
    });
  },
);
