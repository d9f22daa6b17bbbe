import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  isMobile,
  isValidPhone,
  notMobileMessage,
  PHONE_INVALID_MESSAGE,
  phoneInvalidMessage,
  phoneKind,
  phoneKindDigits,
} from './phone';

describe('phone numbers', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '0033612345678',
    '01 23 45 67 89',
    '0700000000',
    '08 00 12 34 56',
    '08 36 12 34 56',
    '08 40 12 34 56',
    '09 51 23 45 67',
    '05 90 12 34 56',
    '02 62 12 34 56',
  ])('%s is valid', (n) => {
    expect(isValidPhone(n)).toBe(true);
  });

  it.each(['06 12 34 56', '6 12 34 56 78', '+32 6 12 34 56 78', '06 12 34 56 78 9', 'inconnu'])(
    '%s is invalid',
    (n) => {
      expect(isValidPhone(n)).toBe(false);
    },
  );

  it.each([
    ['00 12 34 56 78', 'international prefix'],
    ['0049301234567', 'a German number after 00'],
    ['07 12 34 56 78', '071 not allocated'],
    ['07 20 00 00 00', '072 not allocated'],
    ['07 01 23 45 67', '070 not allocated (but 0700)'],
    ['04 01 02 03 04', '040 not allocated'],
    ['08 70 12 34 56', '087 not allocated'],
    ['08 41 12 34 56', '084 not allocated but 0840, 0842, 0844'],
    ['08 36 04 12 34', '0836 04 not allocated'],
  ])('%s is invalid: 10 digits starting with 0, but %s', (n) => {
    expect(isValidPhone(n)).toBe(false);
    expect(isMobile(n)).toBe(false);
  });

  it.each([
    '06 12 34 56 78',
    '07 34 56 78 90',
    '0799999999',
    '0639 12 34 56',
    '0692 12 34 56',
    '0690 12 34 56',
    '0697 12 34 56',
    '07 09 00 12 34',
    '+33 7 81 23 45 67',
  ])('%s is a mobile', (n) => {
    expect(isMobile(n)).toBe(true);
    expect(notMobileMessage(n)).toBeNull();
  });

  it.each(['01 23 45 67 89', '04 78 12 34 56', '09 51 23 45 67', '08 00 12 34 56', '07 00 12 34 56'])(
    '%s is not a mobile',
    (n) => {
      expect(isMobile(n)).toBe(false);
      expect(notMobileMessage(n)).toContain('portable');
    },
  );

  it('names the 0700 machine range', () => {
    expect(notMobileMessage('07 00 12 34 56')).toContain('0700');
  });

  it('leaves invalid numbers to the validity check', () => {
    expect(notMobileMessage('01 23')).toBeNull();
    expect(notMobileMessage('07 12 34 56 78')).toBeNull();
  });

  it('says why a number is invalid, and what to do', () => {
    expect(phoneInvalidMessage('06 12 34 56 78')).toBeNull();
    expect(phoneInvalidMessage('06 12 34 56')).toBe(PHONE_INVALID_MESSAGE);
    expect(phoneInvalidMessage('00 12 34 56 78')).toBe(
      'Numéro commençant par 00 (indicatif international) : saisir le numéro français à 10 chiffres (ou +33)',
    );
    expect(phoneInvalidMessage('07 12 34 56 78')).toBe(
      'Numéro inexistant : aucun numéro français ne commence par 0712 (plan de numérotation de l’ARCEP), vérifier la saisie',
    );
    expect(phoneInvalidMessage('08 36 04 12 34')).toContain('ne commence par 083604');
  });

  it('tells how many leading digits decide the kind', () => {
    expect(phoneKindDigits('06 12 34 56 78')).toBe(4);
    expect(phoneKindDigits('07 09 12 34 56')).toBe(5);
    expect(phoneKindDigits('08 36 12 34 56')).toBe(6);
    // Counted in the digits as written: `+33` stands for the leading 0.
    expect(phoneKindDigits('+33 8 36 12 34 56')).toBe(7);
    expect(phoneKindDigits('0033 6 12 34 56 78')).toBe(7);
  });
});

// ---------------------------------------------------------------------------------------------
// Against libphonenumber-js (max metadata, in this test only)

/** France and the overseas regions that share its national format (0 + 9 digits). */
const REGIONS: CountryCode[] = ['FR', 'GP', 'BL', 'MF', 'MQ', 'GF', 'RE', 'YT', 'PM'];

/**
 * libphonenumber-js's judgement of a 10-digit national number. France first: a number valid there is
 * not an overseas mobile (those ranges, 0639, 0690–0697 but 0695, 0708–0709, are not French in the
 * library's metadata), so the overseas regions are asked only when France says invalid.
 */
function reference(digits: string): 'mobile' | 'autre' | null {
  // `00` is the international prefix: what follows is not a French number.
  if (digits.startsWith('00')) return null;
  let kind: 'mobile' | 'autre' | null = null;
  for (const region of REGIONS) {
    const p = parsePhoneNumberFromString(digits, region);
    if (!p?.isValid()) continue;
    if (p.getType() === 'MOBILE') return 'mobile';
    kind = 'autre';
    if (region === 'FR') return kind;
  }
  return kind;
}

/**
 * Where we differ from libphonenumber-js on purpose (first four digits → why). In each, the library
 * says « invalid » for part of the range and we accept the whole range, with the kind below.
 */
const DELIBERATE: Record<string, { kind: 'mobile' | 'autre'; why: string }> = {
  '0700': {
    kind: 'autre',
    why: 'the spec keeps a 10-digit 0700 number valid, not a mobile, to say « demander le portable » (machine numbers have 14 digits)',
  },
  '0590': {
    kind: 'autre',
    why: 'Guadeloupe geographic range taken whole; operator blocks are still being allocated',
  },
  '0594': {
    kind: 'autre',
    why: 'Guyane geographic range taken whole; operator blocks are still being allocated',
  },
  '0639': { kind: 'mobile', why: 'Mayotte mobile range taken whole (the spec: 0639 is a mobile)' },
  '0691': { kind: 'mobile', why: 'Guadeloupe mobile range taken whole (the spec: 0690–0697)' },
  '0693': { kind: 'mobile', why: 'La Réunion mobile range taken whole (the spec: 0690–0697)' },
  '0694': { kind: 'mobile', why: 'Guyane mobile range taken whole (the spec: 0690–0697)' },
  '0708': { kind: 'mobile', why: 'Saint-Pierre-et-Miquelon blocks 07084–07085 taken whole' },
  '0709': { kind: 'mobile', why: 'new overseas mobile blocks 07090–07093 taken whole' },
};

function disagreement(digits: string): string | null {
  const ours = phoneKind(digits);
  const theirs = reference(digits);
  if (ours === theirs) return null;
  const allowed = DELIBERATE[digits.slice(0, 4)];
  if (allowed && theirs === null && ours === allowed.kind) return null;
  return `${digits}: ours ${ours ?? 'invalide'}, libphonenumber ${theirs ?? 'invalide'}`;
}

describe('the prefix table agrees with libphonenumber-js (max metadata)', () => {
  it('on 20,000 random 0XXXXXXXXX numbers: validity and mobile/other kind, deliberate differences aside', () => {
    const seen: string[] = [];
    fc.assert(
      fc.property(fc.stringMatching(/^0\d{9}$/), (digits) => {
        const d = disagreement(digits);
        if (d) seen.push(d);
        return d === null;
      }),
      { numRuns: 20_000 },
    );
    expect(seen).toEqual([]);
  }, 60_000);

  it('on numbers drawn inside every range the table or the exceptions name', () => {
    const prefixes = [
      '040',
      '0590',
      '0594',
      '0596',
      '0262',
      '0263',
      '0269',
      '0639',
      '0690',
      '0691',
      '0692',
      '0693',
      '0694',
      '0695',
      '0696',
      '0697',
      '0698',
      '070',
      '0700',
      '0708',
      '07084',
      '07085',
      '0709',
      '07090',
      '07093',
      '071',
      '072',
      '073',
      '0836',
      '083604',
      '084',
      '0840',
      '0841',
      '0842',
      '0844',
      '087',
      '089',
      '09',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.stringMatching(/^\d{9}$/), (prefix, rest) => {
        const digits = (prefix + rest).slice(0, 10);
        expect(disagreement(digits)).toBeNull();
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it('every deliberate difference is a real one (the library still says invalid somewhere in it)', () => {
    const samples: Record<string, string> = {
      '0700': '0700123456',
      '0590': '0590671234',
      '0594': '0594161234',
      '0639': '0639123456',
      '0691': '0691001234',
      '0693': '0693071234',
      '0694': '0694511234',
      '0708': '0708461234',
      '0709': '0709061234',
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(DELIBERATE).sort());
    for (const [prefix, digits] of Object.entries(samples)) {
      expect(reference(digits)).toBeNull();
      expect(phoneKind(digits)).toBe(DELIBERATE[prefix]!.kind);
    }
  });
});
