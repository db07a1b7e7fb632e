/**
 * Rounding rules of the Chinese air-quality standards.
 *
 * - Reported concentrations: GB/T 8170-2008 §3 ("四舍六入五成双", round half to even) applied to
 *   the exact decimal value, at reporting precision (HJ 663 / CNEMC practice: integer µg/m³,
 *   CO in mg/m³ to one decimal). domain.md §3.6.
 * - IAQI/AQI: ceiling to an integer (HJ 633—2026 §4.2.6; CNEMC practice under HJ 633-2012),
 *   exact on breakpoints. domain.md §2.5.
 * - Ratios (good-days, heavy-days): one decimal, GB/T 8170.
 *
 * Everything here is exact: values are handled as integers scaled to reporting precision, so a
 * mean such as 34.5 rounds to 34 and 35.5 to 36 without floating-point drift.
 */
import type { Pollutant } from '../records/types.ts';

/** Decimals each pollutant is reported with (CO one decimal in mg/m³, the rest integer µg/m³). */
export const REPORT_DECIMALS: Readonly<Record<Pollutant, number>> = {
  so2: 0,
  no2: 0,
  pm10: 0,
  pm2_5: 0,
  co: 1,
  o3: 0,
};

/** 10^decimals for each pollutant: value × SCALE is an integer at reporting precision. */
export const SCALE: Readonly<Record<Pollutant, number>> = {
  so2: 1,
  no2: 1,
  pm10: 1,
  pm2_5: 1,
  co: 10,
  o3: 1,
};

/**
 * Round the exact quotient num/den (integers, den > 0) to an integer, half to even (GB/T 8170 §3.3).
 * Exact as long as num and den are safe integers.
 */
export function divideHalfEven(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(
      `divideHalfEven expects safe integers and a positive denominator, got ${num}/${den}`,
    );
  }
  const q = Math.floor(num / den);
  const r = num - q * den; // 0 ≤ r < den
  const twice = 2 * r;
  if (twice < den) return q;
  if (twice > den) return q + 1;
  return q % 2 === 0 ? q : q + 1;
}

/** Ceiling of the exact quotient num/den (integers, den > 0). */
export function divideCeil(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(
      `divideCeil expects safe integers and a positive denominator, got ${num}/${den}`,
    );
  }
  const q = Math.floor(num / den);
  return num - q * den === 0 ? q : q + 1;
}

/**
 * The exact decimal digits of a finite number as its shortest round-trip representation
 * (what the number "says", e.g. 0.15 rather than 0.1499999…): an integer mantissa and a power of
 * ten, value = mantissa × 10^-exp10.
 */
function decimalParts(value: number): { mantissa: bigint; exp10: number } {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (m === null) throw new RangeError(`cannot read number ${text}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  let mantissa = BigInt(intPart + frac) * sign;
  let exp10 = frac.length - exp;
  if (exp10 < 0) {
    mantissa *= 10n ** BigInt(-exp10);
    exp10 = 0;
  }
  return { mantissa, exp10 };
}

/**
 * GB/T 8170-2008 §3 round half to even of a number's exact decimal value to `decimals` places.
 * `roundHalfEven(34.5, 0)` → 34, `roundHalfEven(35.5, 0)` → 36, `roundHalfEven(1.45, 1)` → 1.4.
 */
export function roundHalfEven(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new RangeError(`decimals must be an integer 0…12, got ${decimals}`);
  }
  const { mantissa, exp10 } = decimalParts(value);
  if (exp10 <= decimals) return value;
  const den = 10n ** BigInt(exp10 - decimals);
  const neg = mantissa < 0n;
  const abs = neg ? -mantissa : mantissa;
  let q = abs / den;
  const r2 = 2n * (abs % den);
  if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  const scaled = Number(neg ? -q : q);
  return decimals === 0 ? scaled : Number(`${scaled}e-${decimals}`);
}

/**
 * A concentration as an integer at the pollutant's reporting precision (µg/m³, or CO in
 * 0.1 mg/m³), rounded half to even first if it carries more digits (GB/T 8170; domain.md §2.5).
 */
export function toScaled(pollutant: Pollutant, value: number): number {
  const rounded = roundHalfEven(value, REPORT_DECIMALS[pollutant]);
  return Math.round(rounded * SCALE[pollutant]); // exact: rounded is within float error of an integer/10
}

/** Inverse of {@link toScaled}: the reported concentration of a scaled integer. */
export function fromScaled(pollutant: Pollutant, scaled: number): number {
  const s = SCALE[pollutant];
  return s === 1 ? scaled : Number(`${scaled}e-${REPORT_DECIMALS[pollutant]}`);
}

/** A concentration at reporting precision (GB/T 8170 half to even; integer µg/m³, CO 1 decimal). */
export function roundConcentration(pollutant: Pollutant, value: number): number {
  return roundHalfEven(value, REPORT_DECIMALS[pollutant]);
}

/**
 * A percentage numerator/denominator × 100 to one decimal, GB/T 8170 half to even on the exact
 * rational (e.g. 301/365 → 82.5, 298/362 → 82.3). Returns null for an empty denominator.
 */
export function ratioPercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    numerator < 0 ||
    denominator < 0
  ) {
    throw new RangeError(
      `ratioPercent expects non-negative integer counts, got ${numerator}/${denominator}`,
    );
  }
  return divideHalfEven(numerator * 1000, denominator) / 10;
}
