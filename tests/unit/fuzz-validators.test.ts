/**
 * Property-based tests (fast-check) of every validator (lib/validators/*) and normalizer
 * (lib/text/normalize.ts) with generated strings: any UTF-16 string — lone surrogates, RTL and zero-width
 * characters, emoji, HTML payloads, very long values — goes through without an exception, and the
 * results keep their types. RUNS property runs each (stated in each test's name).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as norm from '../../lib/text/normalize';
import { isoDate } from '../../lib/time/dates';
import { ageOn, birthIso, checkBirthDate } from '../../lib/validators/birth-date';
import { emailSuspicion, isEmailSyntax, isPlaceholderText } from '../../lib/validators/email';
import { bicError, ibanError } from '../../lib/validators/iban';
import * as nir from '../../lib/validators/nir';
import { isMobile, isValidPhone, notMobileMessage } from '../../lib/validators/phone';
import { hostileString } from '../support/fuzz';

const RUNS = 2_000;
const opts = { numRuns: RUNS };

/** Digits-heavy strings near the NIR and phone formats. */
const digitish = fc
  .array(
    fc.oneof(fc.constantFrom(...'0123456789'.split('')), fc.constantFrom(' ', 'A', 'B', '.', '\u00A0')),
    {
      minLength: 8,
      maxLength: 22,
    },
  )
  .map((a) => a.join(''));

const isStringOrNull = (x: unknown) => x === null || typeof x === 'string';

describe(`validators never throw (${RUNS} runs each)`, () => {
  it(`dates: checkBirthDate, birthIso, ageOn (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileString, hostileString, (v, today) => {
        const r = checkBirthDate(v, '2026-11-28');
        expect(typeof r.ok).toBe('boolean');
        expect(isStringOrNull(birthIso(v, '2026-11-28'))).toBe(true);
        checkBirthDate(v, today);
        birthIso(v, today);
        expect(typeof ageOn(v, today)).toBe('number');
      }),
      opts,
    );
  });

  it(`email: isEmailSyntax, emailSuspicion, isPlaceholderText (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileString, hostileString, (v, domain) => {
        expect(typeof isEmailSyntax(v)).toBe('boolean');
        expect(isStringOrNull(emailSuspicion(v, domain))).toBe(true);
        expect(isStringOrNull(emailSuspicion(`${v}@${domain}`, 'unaide.fr'))).toBe(true);
        expect(typeof isPlaceholderText(v)).toBe('boolean');
      }),
      opts,
    );
  });

  it(`iban and bic (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileString, digitish, (v, d) => {
        expect(isStringOrNull(ibanError(v))).toBe(true);
        expect(isStringOrNull(ibanError(`FR76${d}`))).toBe(true);
        expect(isStringOrNull(bicError(v))).toBe(true);
      }),
      opts,
    );
  });

  it(`nir: parseNir and every check on what it parses (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileString, digitish),
        hostileString,
        fc.option(hostileString),
        (v, other, maybe) => {
          const parsed = nir.parseNir(v);
          expect(typeof parsed.ok).toBe('boolean');
          nir.civiliteSex(other);
          nir.departementCode(other);
          nir.isFrance(other);
          nir.nirMonthKind(other);
          if (!parsed.ok) return;
          const p = parsed.parts;
          expect(typeof nir.nirExpectedKey(p)).toBe('string');
          expect(isStringOrNull(nir.nirKeyError(p))).toBe(true);
          expect(['M', 'F']).toContain(nir.nirSex(p));
          expect(isStringOrNull(nir.nirCiviliteError(p, other))).toBe(true);
          expect(Array.isArray(nir.nirBirthProblems(p, maybe))).toBe(true);
          expect(typeof nir.nirIsProvisional(p)).toBe('boolean');
          const place = { departement: other, pays: maybe ?? undefined, birthIso: maybe };
          expect(isStringOrNull(nir.nirPlaceError(p, place))).toBe(true);
        },
      ),
      opts,
    );
  });

  it(`phone (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, digitish), (v) => {
        expect(typeof isValidPhone(v)).toBe('boolean');
        expect(typeof isMobile(v)).toBe('boolean');
        expect(isStringOrNull(notMobileMessage(v))).toBe(true);
      }),
      opts,
    );
  });
});

describe(`normalizers never throw (${RUNS} runs each)`, () => {
  it(`text normalizers return strings, idempotent where they should be (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        for (const f of [norm.cleanText, norm.normValue, norm.normLabel, norm.compact, norm.phoneDigits])
          expect(typeof f(a)).toBe('string');
        expect(norm.cleanText(norm.cleanText(a))).toBe(norm.cleanText(a));
        expect(norm.normValue(norm.normValue(a))).toBe(norm.normValue(a));
        expect(typeof norm.sameValue(a, b)).toBe('boolean');
        expect(norm.sameValue(a, a)).toBe(true);
      }),
      opts,
    );
  });

  it(`parsers return their type or null (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileString, fc.integer(), fc.integer(), fc.integer(), (s, y, m, d) => {
        const date = norm.parseDate(s);
        expect(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
        expect(isStringOrNull(isoDate(y, m, d))).toBe(true);
        for (const f of [norm.parseAmount, norm.parseTime, norm.parseHours]) {
          const n = f(s);
          // A finite number or null: never NaN, never Infinity (a 6,000-digit « amount »).
          expect(n === null || (typeof n === 'number' && Number.isFinite(n))).toBe(true);
        }
      }),
      opts,
    );
  });
});
