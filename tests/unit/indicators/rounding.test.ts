import { describe, expect, it } from 'vitest';
import {
  divideCeil,
  divideHalfEven,
  ratioPercent,
  roundConcentration,
  roundHalfEven,
  toScaled,
} from '../../../src/indicators/rounding.ts';

describe('roundHalfEven (GB/T 8170)', () => {
  it.each([
    // T19: annual PM2.5 means
    [34.5, 0, 34],
    [34.51, 0, 35],
    [35.5, 0, 36],
    [35.49, 0, 35],
    [188.5, 0, 188],
    [1.42, 1, 1.4],
    [1.45, 1, 1.4],
    [1.55, 1, 1.6],
    [0.15, 1, 0.2],
    [0.25, 1, 0.2],
    [-2.5, 0, -2],
    [144.75, 0, 145],
    [4.2637, 2, 4.26],
    [1e21, 0, 1e21],
    [7, 1, 7],
  ])('roundHalfEven(%s, %i) is %s', (x, d, want) => {
    expect(roundHalfEven(x, d)).toBe(want);
  });

  it('roundHalfEven rejects NaN and infinities', () => {
    expect(() => roundHalfEven(Number.NaN, 0)).toThrow(/finite/);
    expect(() => roundHalfEven(Infinity, 0)).toThrow(/finite/);
  });
});

describe('exact integer division', () => {
  it.each([
    [1049, 24, 44],
    [808, 20, 40],
    [69, 2, 34],
    [71, 2, 36],
    [-5, 2, -2],
  ])('divideHalfEven(%i, %i) is %i', (n, d, want) => {
    expect(divideHalfEven(n, d)).toBe(want);
  });

  it.each([
    [25 * 50, 40, 32],
    [50 * 40, 40, 50],
    [1, 3, 1],
    [0, 7, 0],
  ])('divideCeil(%i, %i) is %i', (n, d, want) => {
    expect(divideCeil(n, d)).toBe(want);
  });

  it('division refuses a zero denominator', () => {
    expect(() => divideHalfEven(1, 0)).toThrow(/denominator/);
  });
});

describe('concentrations and ratios at reporting precision', () => {
  it.each([
    ['pm2_5', 35.01, 35],
    ['co', 1.25, 1.2],
    ['co', 1.35, 1.4],
    ['o3', 144.75, 145],
  ] as const)('roundConcentration(%s, %s) is %s', (p, v, want) => {
    expect(roundConcentration(p, v)).toBe(want);
  });

  it('toScaled gives CO in tenths without float drift', () => {
    expect(toScaled('co', 1.2)).toBe(12);
    expect(toScaled('co', 0.7)).toBe(7);
    expect(toScaled('pm10', 68)).toBe(68);
  });

  it.each([
    [301, 365, 82.5],
    [298, 362, 82.3],
    [298, 360, 82.8],
    [1, 365, 0.3],
    [2, 362, 0.6],
    [0, 10, 0],
    [365, 365, 100],
  ])('ratioPercent(%i, %i) is %s', (n, d, want) => {
    expect(ratioPercent(n, d)).toBe(want);
  });

  it('ratioPercent of zero valid days is null, never NaN', () => {
    expect(ratioPercent(0, 0)).toBeNull();
  });
});
