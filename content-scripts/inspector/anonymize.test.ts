/** Fake generators keep shape and validity (and invalidity), deterministically. */
import fc from 'fast-check';
import { composeIBAN, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../lib/validators/birth-date';
import { isMobile, isValidPhone } from '../../lib/validators/phone';
import { nirExpectedKey, parseNir } from '../../lib/validators/nir';
import { fakeBirthDate, fakeEmail, fakeIban, fakeNir, fakePhone, makeRng } from './fakes';
import { Pseudonyms } from './anonymize';
import { parseDate } from '../../lib/text/normalize';

const seeds = Array.from({ length: 30 }, (_, i) => i);
const keyOk = (v: string) => {
  const p = parseNir(v);
  return p.ok && nirExpectedKey(p.parts) === p.parts.key;
};

describe('fakeNir', () => {
  it('keeps a valid key valid, a wrong key wrong; sex, year, month, place and layout kept', () => {
    for (const seed of seeds) {
      for (const nir of [
        '2 48 03 59 350 112 38',
        '1 62 05 59 350 045 47',
        '2 80 12 2A 004 123 45',
        '1 75 04 971 12 345 67',
      ]) {
        const f = fakeNir(nir, makeRng(seed));
        expect(f).not.toBe(nir);
        expect(f.replace(/\d/g, '9')).toBe(nir.replace(/\d/g, '9').replace(/2A/, '2A'));
        expect(f.replace(/\s/g, '').slice(0, 7)).toBe(nir.replace(/\s/g, '').slice(0, 7));
        expect(keyOk(f), `${nir} → ${f}`).toBe(keyOk(nir));
      }
    }
  });

  it('keeps a malformed NIR malformed', () => {
    const f = fakeNir('1 62 05 59 350 04', makeRng(1));
    expect(parseNir(f).ok).toBe(false);
    expect(f.length).toBe('1 62 05 59 350 04'.length);
  });
});

describe('fakeIban', () => {
  it('a valid IBAN stays valid (RIB key and check digits), an invalid one invalid, same layout', () => {
    for (const seed of seeds) {
      for (const iban of [
        'FR76 1670 6050 0043 2156 7891 257',
        'FR29 2004 1010 0505 1234 5A02 234',
        'BE71 0961 2345 6769',
      ]) {
        const f = fakeIban(iban, makeRng(seed));
        expect(f).not.toBe(iban);
        expect(f.replace(/[0-9A-Z]/g, 'x')).toBe(iban.replace(/[0-9A-Z]/g, 'x'));
        expect(isValidIBAN(electronicFormatIBAN(f)!), f).toBe(isValidIBAN(electronicFormatIBAN(iban)!));
      }
      const bad = fakeIban('FR76 1670 6050 0043 2156 7891 258', makeRng(seed));
      expect(isValidIBAN(electronicFormatIBAN(bad)!)).toBe(false);
    }
  });
});

describe('fakePhone', () => {
  it('a landline stays a landline, a mobile a mobile, 0700 stays 0700; separators kept', () => {
    for (const seed of seeds) {
      for (const phone of [
        '01 45 67 89 12',
        '06.12.34.56.78',
        '07 00 12 34 56',
        '+33 6 12 34 56 78',
        '06 12 34 56',
      ]) {
        const f = fakePhone(phone, makeRng(seed));
        expect(f.replace(/\d/g, '9')).toBe(phone.replace(/\d/g, '9'));
        expect(isValidPhone(f)).toBe(isValidPhone(phone));
        expect(isMobile(f)).toBe(isMobile(phone));
        expect(f.replace(/\D/g, '').slice(0, 4)).toBe(phone.replace(/\D/g, '').slice(0, 4));
      }
    }
  });
});

describe('fakeEmail', () => {
  it('keeps the domain (typos are findings) and placeholders', () => {
    expect(fakeEmail('jeanne.martin@gmial.com', makeRng(1))).toMatch(/^[a-z]{6}\.[a-z]{6}@gmial\.com$/);
    expect(fakeEmail('pas de mail', makeRng(1))).toBe('pas de mail');
    expect(fakeEmail('', makeRng(1))).toBe('');
  });
});

describe('fakeBirthDate', () => {
  it('same year and month, same age today, same layout', () => {
    for (const seed of seeds) {
      for (const d of ['20/05/1962', '12/03/1948', '28/11/1956', '29/11/1956', '01/11/1956', '5/1/1940']) {
        const f = fakeBirthDate(d, '2026-11-28', makeRng(seed));
        const [a, b] = [parseDate(d)!, parseDate(f)!];
        expect(b.slice(0, 7)).toBe(a.slice(0, 7));
        expect(ageOn(b, '2026-11-28')).toBe(ageOn(a, '2026-11-28'));
        expect(f.replace(/\d/g, '9')).toBe(d.replace(/\d/g, '9'));
      }
    }
  });
});

describe('Pseudonyms', () => {
  it('one fake per name part in every case, so the same person stays the same person', () => {
    const ps = new Pseudonyms('x');
    const nom = ps.name('DURAND');
    const titulaire = ps.name('Mme DURAND Jeanne');
    const prenom = ps.name('Jeanne');
    expect(titulaire).toBe(`Mme ${nom} ${prenom}`);
    expect(ps.name('Durand')).toBe(nom.charAt(0) + nom.slice(1).toLowerCase());
    expect(ps.email('jeanne.durand@orange.fr')).toMatch(/@orange\.fr$/);
    expect(ps.email('jeanne.durand@orange.fr')).not.toMatch(/jeanne|durand/);
  });

  it('is deterministic with a seed', () => {
    const a = new Pseudonyms(7);
    const b = new Pseudonyms(7);
    expect(a.name('MARTIN Luc')).toBe(b.name('MARTIN Luc'));
    expect(a.nir('1 62 05 59 350 045 47')).toBe(b.nir('1 62 05 59 350 045 47'));
  });
});

describe('properties (fast-check)', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  const nirArb = fc
    .record({
      sex: fc.constantFrom('1', '2'),
      year: fc.integer({ min: 0, max: 99 }),
      month: fc.integer({ min: 1, max: 12 }),
      dept: fc.integer({ min: 1, max: 95 }),
      rest: fc.integer({ min: 0, max: 999_999 }),
      key: fc.integer({ min: 0, max: 99 }),
      seed: fc.integer(),
    })
    .map((r) => ({
      nir: `${r.sex} ${two(r.year)} ${two(r.month)} ${two(r.dept)} ${String(r.rest)
        .padStart(6, '0')
        .replace(/^(...)/, '$1 ')} ${two(r.key)}`,
      seed: r.seed,
    }));

  it('a NIR keeps its key validity, sex, year, month and département', () => {
    fc.assert(
      fc.property(nirArb, ({ nir, seed }) => {
        const f = fakeNir(nir, makeRng(seed));
        expect(keyOk(f)).toBe(keyOk(nir));
        expect(f.replace(/\s/g, '').slice(0, 7)).toBe(nir.replace(/\s/g, '').slice(0, 7));
      }),
    );
  });

  // Ten digits starting with 0 include 00 33 …, which reads as an international prefix (not a valid
  // French number): the property is that validity is kept, whatever it was.
  it('a phone number keeps its validity and kind', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0\d{9}$/), fc.integer(), (digits, seed) => {
        const phone = digits.replace(/(\d{2})(?=\d)/g, '$1 ');
        const f = fakePhone(phone, makeRng(seed));
        expect(isValidPhone(f)).toBe(isValidPhone(phone));
        expect(isMobile(f)).toBe(isMobile(phone));
      }),
    );
  });

  it('a valid French number stays valid', () => {
    fc.assert(
      // Valid: in an allocated range of the numbering plan (lib/validators/phone.ts), e.g. not 040….
      fc.property(fc.stringMatching(/^0[1-9]\d{8}$/).filter(isValidPhone), fc.integer(), (digits, seed) => {
        const phone = digits.replace(/(\d{2})(?=\d)/g, '$1 ');
        expect(isValidPhone(fakePhone(phone, makeRng(seed)))).toBe(true);
      }),
    );
  });

  it('a number whose kind needs more than four digits keeps them (0836 04 is not allocated, 0836 12 is)', () => {
    for (const seed of seeds) {
      expect(isValidPhone(fakePhone('08 36 12 34 56', makeRng(seed)))).toBe(true);
      expect(isValidPhone(fakePhone('08 36 04 12 34', makeRng(seed)))).toBe(false);
      expect(isMobile(fakePhone('07 09 01 23 45', makeRng(seed)))).toBe(true);
    }
  });

  it('the 00 33 … case that once failed: not valid before, not valid after', () => {
    const f = fakePhone('00 33 00 00 00', makeRng(0));
    expect(isValidPhone('00 33 00 00 00')).toBe(false);
    expect(isValidPhone(f)).toBe(false);
  });

  it('a birth date keeps the age on any today', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1920-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer(),
        (birth, today, seed) => {
          const iso = birth.toISOString().slice(0, 10);
          const t = today.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          const f = fakeBirthDate(`${d}/${m}/${y}`, t, makeRng(seed));
          expect(ageOn(parseDate(f)!, t)).toBe(ageOn(iso, t));
        },
      ),
    );
  });

  it('a French IBAN keeps its validity', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{23}$/), fc.integer(), (bban, seed) => {
        const valid = composeIBAN({ countryCode: 'FR', bban });
        const iban = valid ?? `FR00${bban}`;
        const f = fakeIban(iban, makeRng(seed));
        expect(isValidIBAN(electronicFormatIBAN(f)!)).toBe(isValidIBAN(iban));
      }),
    );
  });
});
