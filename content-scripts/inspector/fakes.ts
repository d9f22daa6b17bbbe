/**
 * Fakes for the anonymised page capture: every personal value is replaced by a fake
 * of the same shape AND the same validity, so the capture produces the same findings as the page.
 * A NIR with a wrong key keeps a wrong key (its sex, year, month and place are kept: civilité, birth
 * date and place checks still agree or disagree the same way); a valid IBAN stays valid (French RIB
 * key and ISO 7064 check digits recomputed, ibantools); a landline stays a landline; an email keeps
 * its domain (typo domains are findings); a birth date keeps its year and month and its day's side
 * of today's (same age, same NIR match). Pure and deterministic with a seed (reproducible tests).
 */
import { composeIBAN, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { EMAIL_PLACEHOLDERS } from '../../lib/validators/email';
import { nirExpectedKey, parseNir } from '../../lib/validators/nir';
import { phoneKindDigits } from '../../lib/validators/phone';
import { compact, normValue, parseDate } from '../../lib/text/normalize';
import { daysInMonth, isoParts } from '../../lib/time/dates';

export interface Rng {
  /** Integer in [0, n). */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** mulberry32 seeded from a string or number: the same seed gives the same fakes. */
export function makeRng(seed: string | number): Rng {
  let a = 0x9e3779b9;
  for (const ch of String(seed)) a = Math.imul(a ^ ch.charCodeAt(0), 0x85ebca6b) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)]!,
  };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Same shape: a digit for a digit, a letter of the same case for a letter, anything else kept. */
export function fakeShape(value: string, rng: Rng, keepFirst = 0): string {
  let seen = 0;
  let out = '';
  for (const ch of value) {
    const alnum = /[0-9A-Za-zÀ-ÿ]/.test(ch);
    if (!alnum || seen++ < keepFirst) out += ch;
    else if (/\d/.test(ch)) out += String(rng.int(10));
    else if (ch === ch.toUpperCase()) out += rng.pick([...UPPER]);
    else out += rng.pick([...LOWER]);
  }
  return out;
}

/** Put the characters of `chars` in place of the letters and digits of `layout` (spaces, dots kept). */
function relayout(layout: string, chars: string): string {
  let i = 0;
  let out = '';
  for (const ch of layout) out += /[0-9A-Za-z]/.test(ch) && i < chars.length ? chars[i++] : ch;
  return out + chars.slice(i);
}

export const digits = (n: number, rng: Rng) => Array.from({ length: n }, () => rng.int(10)).join('');

/**
 * A NIR of the same layout: sex, year, month and birth place kept, commune and order drawn, the key
 * valid when the original's was and wrong when it was not. A malformed NIR stays malformed the same way.
 */
export function fakeNir(value: string, rng: Rng): string {
  const parsed = parseNir(value);
  const c = compact(value);
  if (!parsed.ok) return fakeShape(value, rng, 7);
  const keep = parsed.parts.dept.length === 3 ? 8 : 7;
  const body = c.slice(0, keep) + digits(13 - keep, rng);
  const draft = { ...parsed.parts, nir: body + '00' };
  const expected = nirExpectedKey(draft);
  const wasValid = nirExpectedKey(parsed.parts) === parsed.parts.key;
  let key = expected;
  if (!wasValid) {
    while (key === expected) key = digits(2, rng);
  }
  return relayout(value, body + key);
}

/** Letters of a French RIB as digits: A/J → 1, B/K/S → 2 … I/R/Z → 9. */
const ribDigits = (s: string) =>
  s.replace(/[A-Z]/g, (c) => {
    const i = c.charCodeAt(0) - 65;
    return String(i < 9 ? i + 1 : i < 18 ? i - 8 : i - 16);
  });

/** French RIB key of bank, branch and account. */
function ribKey(bank: string, branch: string, account: string): string {
  const [b, g, a] = [bank, branch, account].map((x) => BigInt(ribDigits(x)));
  const r = (89n * b! + 15n * g! + 3n * a!) % 97n;
  return String(97n - r).padStart(2, '0');
}

/** An IBAN of the same country, length and layout; valid when the original was, invalid when not. */
export function fakeIban(value: string, rng: Rng): string {
  const iban = electronicFormatIBAN(value) ?? compact(value);
  const country = iban.slice(0, 2);
  if (isValidIBAN(iban)) {
    for (let attempt = 0; attempt < 50; attempt++) {
      let bban: string;
      if (country === 'FR' && /^\d{10}[0-9A-Z]{11}\d{2}$/.test(iban.slice(4))) {
        // Bank and branch codes are the bank's, not the person's: kept; the account is drawn.
        const bank = iban.slice(4, 9);
        const branch = iban.slice(9, 14);
        const account = fakeShape(iban.slice(14, 25), rng);
        bban = bank + branch + account + ribKey(bank, branch, account);
      } else bban = fakeShape(iban.slice(4), rng, 4);
      // A national check in the last two digits (BE, ES…): try the 100 endings.
      const endings = /\d\d$/.test(bban) ? 100 : 1;
      for (let e = 0; e < endings; e++) {
        const b = endings > 1 ? bban.slice(0, -2) + String(e).padStart(2, '0') : bban;
        const made = composeIBAN({ countryCode: country, bban: b });
        if (made && isValidIBAN(made) && made !== iban) return relayout(value, made);
      }
    }
    return value;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const made = iban.slice(0, 4) + fakeShape(iban.slice(4), rng);
    if (!isValidIBAN(made)) return relayout(value, made);
  }
  return relayout(value, iban.slice(0, 4) + 'X'.repeat(Math.max(0, iban.length - 4)));
}

/** A BIC of the same shape: the institution code drawn, country, location and branch kept. */
export function fakeBic(value: string, rng: Rng): string {
  return fakeShape(value.slice(0, 4), rng) + value.slice(4);
}

/**
 * Same number kind (the first four digits: 06, 07x, 0700, 01–05, 09, overseas 0639/069x; more when
 * the numbering plan needs them, e.g. 0836 04), rest drawn.
 */
export function fakePhone(value: string, rng: Rng): string {
  const keep = phoneKindDigits(value);
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (/\d/.test(ch)) out += seen++ < keep ? ch : String(rng.int(10));
    else out += ch;
  }
  return out === value && seen > 4 ? fakePhone(value, rng) : out;
}

const isPlaceholderEmail = (value: string) => {
  const squash = (s: string) => normValue(s).replace(/[\s.'’-]/g, '');
  const local = value.includes('@') ? value.slice(0, value.lastIndexOf('@')) : value;
  return EMAIL_PLACEHOLDERS.includes(squash(value)) || EMAIL_PLACEHOLDERS.includes(squash(local));
};

/** The local part faked (each name part through `word` when given), the domain kept: typos and the agency domain are findings. */
export function fakeEmail(value: string, rng: Rng, word?: (part: string) => string | undefined): string {
  if (!value.trim() || isPlaceholderEmail(value)) return value;
  const at = value.lastIndexOf('@');
  const local = at < 0 ? value : value.slice(0, at);
  const domain = at < 0 ? '' : value.slice(at);
  const faked = local.replace(/[^._+-]+/g, (part) => word?.(part) ?? fakeShape(part, rng));
  return faked + domain;
}

/**
 * A birth date in the same year and month, in the same layout, on a day on the same side of
 * today's day (same age today, same NIR year/month match). Unparseable text keeps its shape.
 */
export function fakeBirthDate(value: string, todayIso: string, rng: Rng): string {
  const iso = parseDate(value);
  const m = /^(\s*)(\d{1,2})([/.\-\s])(\d{1,2})\3(\d{2,4})(\s*)$/.exec(value);
  // Unreadable text is not a date a rule could compare: kept as written.
  if (!iso || !m) return value;
  const [y, mo, d] = isoParts(iso);
  const [, tMo, tD] = isoParts(todayIso);
  const last = daysInMonth(y, mo);
  let lo = 1;
  // A day written with one digit stays one digit.
  let hi = Math.min(last, 28, m[2]!.length === 1 ? 9 : 28);
  if (mo === tMo) {
    // Birthday this month: stay before (or on) today's day, or after it, as the original.
    if (d <= tD) hi = Math.min(hi, tD);
    else lo = Math.min(tD + 1, last);
  }
  hi = Math.max(hi, lo);
  let day = d;
  for (let i = 0; i < 10 && day === d && hi > lo; i++) day = lo + rng.int(hi - lo + 1);
  const dd = m[2]!.length === 2 ? String(day).padStart(2, '0') : String(day);
  return `${m[1]}${dd}${m[3]}${m[4]}${m[3]}${m[5]}${m[6]}`;
}
