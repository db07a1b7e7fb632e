// Issue 19: the answer at a glance. On the home page, in both languages, the one-line answer of
// each target year is wholly inside the first screen: 1280×800 (desktop fold) and 390×844 (a
// phone's first screen), with JavaScript off as the build draws it. Its counts agree with the
// verdicts the scoreboard shows on the reading it names, and that reading is each card's first row.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const PAGES = ['/', '/en/'] as const;

interface Measured {
  answers: { text: string; bottom: number; top: number }[];
  firstRowVerdicts: string[];
  firstRowBases: string[];
  scoreboardTop: number;
}

const MEASURE = `(() => {
  const answers = [...document.querySelectorAll('.headline .headline-answer')].map((p) => {
    const r = p.getBoundingClientRect();
    return { text: p.textContent.trim(), top: r.top + scrollY, bottom: r.bottom + scrollY };
  });
  const cards = [...document.querySelectorAll('.scoreboard > li[data-target]')];
  const firstRows = cards.map((li) => li.querySelector('tbody tr, [data-verdict]'));
  const verdictOf = (row) => (row.matches('[data-verdict]') ? row : row.querySelector('[data-verdict]')).dataset.verdict;
  return {
    answers,
    firstRowVerdicts: firstRows.map(verdictOf),
    firstRowBases: firstRows.filter((r) => r.matches('tr')).map((r) => r.dataset.basis),
    scoreboardTop: document.querySelector('.scoreboard').getBoundingClientRect().top + scrollY,
  };
})()`;

describe('the home page answers at a glance', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session.close();
  });

  for (const path of PAGES) {
    for (const screen of SCREENS) {
      it(`${path} at ${screen.width}×${screen.height}: every year's answer is on the first screen`, async () => {
        const page = await session.context.newPage();
        try {
          await page.setViewportSize(screen);
          const res = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
          expect(res?.status()).toBe(200);
          const m = await page.evaluate<Measured>(MEASURE);
          expect(m.answers.length).toBeGreaterThan(0);
          for (const a of m.answers) {
            expect(a.bottom, a.text).toBeLessThanOrEqual(screen.height);
            expect(a.top).toBeLessThan(m.scoreboardTop);
          }
          // The answer's counts are the scoreboard's first-row verdicts, tallied.
          const tally = { met: 0, not_met: 0, not_assessable: 0 };
          for (const v of m.firstRowVerdicts) tally[v as keyof typeof tally] += 1;
          const numbers = (m.answers[0]?.text.match(/\d+/g) ?? []).map(Number);
          // "2025: of the plan's 5 … targets, 2 met, 2 not met, 1 cannot be assessed."
          expect(numbers.slice(1)).toEqual([
            m.firstRowVerdicts.length,
            tally.met,
            tally.not_met,
            tally.not_assessable,
          ]);
          // The bundled folder has a dust list: every card leads with the dust-deducted reading.
          expect(new Set(m.firstRowBases)).toEqual(new Set(['dust_excluded']));
        } finally {
          await page.close();
        }
      });
    }
  }
});
