/**
 * Privacy and link checks of the enforcement records (issue 9): no field of any file may hold a
 * natural person's ID-card number (GB 11643-1999, checked with birth date and check digit; also the
 * old 15-digit form) or a mainland mobile number. A valid unified social credit code (GB 32100-2015,
 * with its check character) in the `credit_code` column is not mistaken for an ID number. Source
 * URLs must be https: (or http: to a government host), and sample records link only to example hosts.
 */
import type { SourceLink } from './schema.ts';

/** Hosts reserved for examples (RFC 2606): the only hosts a sample record may link to. */
const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$|\.example$/;
/** Government hosts allowed over plain http: (flagged as insecure on the page). */
const GOV_HOST = /(^|\.)gov\.cn$/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function validCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** GB 11643-1999 18-digit citizen ID: region, valid birth date (1900–2099), ISO 7064 MOD 11-2 check. */
export function isCitizenId18(s: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(s)) return false;
  const y = Number(s.slice(6, 10));
  if (
    y < 1900 ||
    y > 2099 ||
    !validCalendarDate(y, Number(s.slice(10, 12)), Number(s.slice(12, 14)))
  )
    return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === s[17]?.toUpperCase();
}

/** The old 15-digit ID (GB 11643-1989): region, YYMMDD birth date (19YY), sequence; no check digit. */
export function isCitizenId15(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  return validCalendarDate(
    1900 + Number(s.slice(6, 8)),
    Number(s.slice(8, 10)),
    Number(s.slice(10, 12)),
  );
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 unified social credit code: 18 characters of the code set, valid check character. */
export function isCreditCode(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === s[17];
}

/**
 * What a cell reveals about a natural person, or null. Digit runs are taken whole (a longer
 * number is not searched inside), so amounts and codes do not trigger by accident.
 */
export function privacyProblem(value: string): string | null {
  for (const m of value.matchAll(/\d+[Xx]?/g)) {
    const run = m[0];
    const digits = run.replace(/[Xx]+$/, '');
    if (run.length === 18 && isCitizenId18(run)) {
      return 'a citizen ID number (GB 11643, valid birth date and check digit) must not appear in any field';
    }
    if (/^\d+$/.test(run) && run.length === 15 && isCitizenId15(run)) {
      return 'an old 15-digit citizen ID number (GB 11643-1989) must not appear in any field';
    }
    if (/^1[3-9]\d{9}$/.test(digits) && digits.length === run.length) {
      return 'a mainland mobile number (1[3-9] + 9 digits) must not appear in any field';
    }
  }
  // Mobile numbers are also written with spaces or dashes: 138 0013 8000, +86-138-0013-8000.
  const spaced = /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d])/.exec(value);
  if (spaced && /[\s-]/.test(spaced[0])) {
    return 'a mainland mobile number (1[3-9] + 9 digits) must not appear in any field';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// URL rule
// ---------------------------------------------------------------------------------------------

/**
 * A source URL must be https:, or http: to a government host (flagged `insecure`). Any other
 * scheme (javascript:, data:, file:, …) is an error. Sample records must point at a reserved
 * example host, and real records must not.
 */
export function checkSourceUrl(value: string, sample: boolean): SourceLink | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected an absolute https: URL';
  }
  if (value !== value.trim() || /\s/.test(value)) return 'expected a URL without spaces';
  const host = url.hostname.toLowerCase();
  let insecure = false;
  if (url.protocol === 'http:') {
    if (!GOV_HOST.test(host))
      return 'expected https: (http: is allowed only for government hosts *.gov.cn)';
    insecure = true;
  } else if (url.protocol !== 'https:') {
    return `expected an https: URL; the scheme "${url.protocol}" is not allowed`;
  }
  if (url.username || url.password) return 'expected a URL without user name or password';
  if (sample && !EXAMPLE_HOST.test(host)) {
    return 'a sample record must link to a reserved example host (example.org/.com/.net), never a real site';
  }
  if (!sample && EXAMPLE_HOST.test(host))
    return 'a real record must link to the published decision, not an example host';
  return { url: url.href, insecure };
}
