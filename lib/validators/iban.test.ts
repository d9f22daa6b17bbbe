import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeIBAN, countrySpecs, isValidIBAN } from 'ibantools';
import { bicError, ibanError, isValidIban } from './iban';

describe('IBAN', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'fr7630006000011234567890189',
    'FR76-3000-6000-0112-3456-7890-189',
    'DE89 3704 0044 0532 0130 00',
  ])('accepts %s', (iban) => {
    expect(ibanError(iban)).toBeNull();
  });

  it('rejects a corrupted IBAN (one digit changed)', () => {
    expect(ibanError('FR76 3000 6000 0112 3456 7890 188')).toContain('IBAN invalide');
    expect(ibanError('FR76 3000 6000 0112 3457 7890 189')).toContain('IBAN invalide');
  });

  it('requires 27 characters for a French IBAN', () => {
    expect(ibanError('FR76 3000 6000 0112 3456 7890 18')).toBe(
      'IBAN français : 27 caractères attendus (26 lus), corriger',
    );
  });

  // A French account number may hold letters; the RIB key counts them as A, J → 1; B, K, S → 2; …
  // I, R, Z → 9. The first is the usual published example; the others were computed from that table
  // (RIB key = 97 − BBAN × 100 mod 97) and ISO 13616 (letters 10…35, check = 98 − … mod 97).
  it.each([
    'FR14 2004 1010 0505 0001 3M02 606', // M → 4
    'FR33 3000 2005 5000 0015 7841 Z25', // Z → 9
    'FR14 3000 2005 5000 001A 5784 180', // A → 1
    'FR25 3000 2005 5000 00S5 7841 B62', // S → 2, B → 2
  ])('accepts %s, with letters in the account number', (iban) => {
    expect(ibanError(iban)).toBeNull();
  });

  it('rejects text that is not an IBAN', () => {
    expect(ibanError('à compléter')).not.toBeNull();
  });
});

describe('BIC', () => {
  it.each(['BNPAFRPP', 'BNPAFRPPXXX', 'agri fr pp 882', 'CEPAFRPP751'])('accepts %s', (bic) => {
    expect(bicError(bic)).toBeNull();
  });
  it.each(['BNPAFR', 'BNPAFRPPXX', '1NPAFRPP', 'BNPAFRPPXXXX'])('rejects %s', (bic) => {
    expect(bicError(bic)).toContain('BIC invalide');
  });
});

describe('IBAN check against ibantools (the library it replaces in the content script)', () => {
  const specs = countrySpecs as Record<string, { chars?: number; bban_regexp?: string }>;
  /** Countries whose BBAN has national check digits (not checked here; France and Monaco are). */
  const NATIONAL = new Set([
    'BA',
    'BE',
    'CZ',
    'EE',
    'ES',
    'HR',
    'HU',
    'ME',
    'MK',
    'NO',
    'PL',
    'PT',
    'RS',
    'SI',
    'SK',
  ]);
  const countries = Object.keys(specs).filter((c) => specs[c]!.chars && specs[c]!.bban_regexp);
  const digits = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => String((seed * 7919 + i * 104729) % 10)).join('');

  it('agrees on generated IBANs and their one-character corruptions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countries.filter((c) => !NATIONAL.has(c))),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...'0123456789ABCXYZ'),
        (country, seed, at, ch) => {
          const spec = specs[country]!;
          const format = new RegExp(spec.bban_regexp!);
          const bban = digits(spec.chars! - 4, seed);
          fc.pre(format.test(bban));
          const iban = composeIBAN({ countryCode: country, bban })!;
          expect(isValidIban(iban)).toBe(isValidIBAN(iban));
          // The country's BBAN pattern (letters here, digits there) is not checked: compare the
          // corruptions that keep it; the others differ only when mod 97 misses (about 1 in 97).
          const i = at % iban.length;
          const bad = iban.slice(0, i) + ch + iban.slice(i + 1);
          if (format.test(bad.slice(4)) && /^[A-Z]{2}\d{2}$/.test(bad.slice(0, 4)))
            expect(isValidIban(bad)).toBe(isValidIBAN(bad));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every IBAN ibantools accepts, in every country', () => {
    for (const country of countries) {
      for (let seed = 1; seed < 30; seed++) {
        const iban = composeIBAN({ countryCode: country, bban: digits(specs[country]!.chars! - 4, seed) });
        if (iban && isValidIBAN(iban)) expect(isValidIban(iban), iban).toBe(true);
      }
    }
  });
});
