// The one-line answer per target year (docs/decisions/020): verdicts counted on the reading that
// counts (dust deducted when the folder has a dust list, raw otherwise), the other reading second.
import { describe, expect, it } from 'vitest';
import {
  buildHeadline,
  countingCells,
  gradeIIOver,
  type ScoreboardItem,
  type TargetCell,
} from '../../../../src/page-data/progress/index.ts';

type Verdict = TargetCell['verdict'];

function cell(basis: TargetCell['basis'], verdict: Verdict): TargetCell {
  return {
    basis,
    value: null,
    verdict,
    readings: [],
    disagree: false,
    counts: null,
    validity: { days: 365, required: 324, valid: true, invalidMonths: [] },
    items: [],
    dustDaysDeducted: 0,
  };
}

function item(id: ScoreboardItem['id'], year: string, raw: Verdict, dust: Verdict): ScoreboardItem {
  return {
    id,
    year,
    regime: '2012',
    targetValue: null,
    comparison: '<',
    planWording: { zh: '', en: '' },
    alternative: { zh: '', en: '' },
    raw: cell('raw', raw),
    dust: cell('dust_excluded', dust),
    published: null,
    needed: { goodDaysAtLeast: null, heavyDaysAtMost: null },
  };
}

// The bundled 2025 case: heavy days fail raw (0.5 %) and pass with dust deducted (0.0 %).
const board = [
  item('pm2_5_annual', '2025', 'not_met', 'not_met'),
  item('good_days_ratio', '2025', 'met', 'met'),
  item('heavy_days_ratio', '2025', 'not_met', 'met'),
  item('grade_ii', '2025', 'not_met', 'not_met'),
];
const ranking = [{ year: '2025', verdict: 'not_assessable' as const }];

describe('buildHeadline', () => {
  it('counts the dust-deducted verdicts first and the raw ones second, the ranking in both', () => {
    const [h] = buildHeadline(board, ranking, true, '2026-11-27');
    expect(h).toEqual({
      year: '2025',
      total: 5,
      counting: 'dust_excluded',
      counts: { met: 2, notMet: 2, notAssessable: 1 },
      other: { basis: 'raw', counts: { met: 1, notMet: 3, notAssessable: 1 } },
      hasValidDay: true,
      complete: true,
      through: '2026-11-27',
    });
  });

  it('without a dust list counts the raw verdicts and gives no second reading', () => {
    const [h] = buildHeadline(board, ranking, false, '2026-11-27');
    expect(h?.counting).toBe('raw');
    expect(h?.counts).toEqual({ met: 1, notMet: 3, notAssessable: 1 });
    expect(h?.other).toBeNull();
  });

  it('marks a year the data do not yet run past as not complete', () => {
    expect(buildHeadline(board, ranking, true, '2025-12-30')[0]?.complete).toBe(false);
    expect(buildHeadline(board, ranking, true, '2025-12-31')[0]?.complete).toBe(true);
    expect(buildHeadline(board, ranking, true, null)[0]?.complete).toBe(false);
  });

  it('gives one answer per target year, in plan order, each with its own targets', () => {
    const two = [...board, item('pm2_5_annual', '2027', 'met', 'met')];
    const hs = buildHeadline(two, ranking, true, '2026-11-27');
    expect(hs.map((h) => [h.year, h.total])).toEqual([
      ['2025', 5],
      ['2027', 1],
    ]);
  });

  it('says when the folder has no data of a target year', () => {
    const empty = board.map((i) => ({
      ...i,
      raw: { ...i.raw, validity: { ...i.raw.validity, days: 0 } },
    }));
    expect(buildHeadline(empty, ranking, true, '2024-12-31')[0]?.hasValidDay).toBe(false);
  });

  it('has no answer when there are no targets', () => {
    expect(buildHeadline([], [], true, null)).toEqual([]);
  });
});

describe('countingCells', () => {
  it('puts the dust-deducted cell first when there is a dust list', () => {
    const heavy = board[2] as ScoreboardItem;
    expect(countingCells(heavy, true).map((c) => c.basis)).toEqual(['dust_excluded', 'raw']);
    expect(countingCells(heavy, false).map((c) => c.basis)).toEqual(['raw', 'dust_excluded']);
  });
});

describe('gradeIIOver', () => {
  it('counts only the six headline statistics', () => {
    const items = [
      { item: 'pm2_5', value: 38, limit: 35, attained: false },
      { item: 'so2', value: 7, limit: 60, attained: true },
      { item: 'pm2_5_p95', value: 80, limit: 75, attained: false },
    ];
    expect(gradeIIOver({ items })).toEqual({ n: 2, over: 1 });
  });
});
