/**
 * Normalisation of labels, option values and values (spec README, « Label matching » and « Values »).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsAreClean,
  cleanText,
  compact,
  normLabel,
  normValue,
  parseAmount,
  parseDate,
  parseHours,
  parseTime,
  phoneDigits,
  sameValue,
} from './normalize';

describe('normLabel', () => {
  it('ignores case', () => {
    expect(normLabel('NOM')).toBe(normLabel('Nom'));
  });

  it('ignores accents', () => {
    expect(normLabel('Prénom')).toBe('prenom');
    expect(normLabel('Géré par')).toBe(normLabel('GERE PAR'));
  });

  it('ignores a trailing colon', () => {
    expect(normLabel('Nom :')).toBe('nom');
    expect(normLabel('Nom:')).toBe('nom');
  });

  it('ignores a trailing asterisk, alone or after the colon', () => {
    expect(normLabel('Nom*')).toBe('nom');
    expect(normLabel('Nom : *')).toBe('nom');
    expect(normLabel('Nom *:')).toBe('nom');
  });

  it('folds repeated spaces and non-breaking spaces', () => {
    expect(normLabel('Date   de\u00a0naissance')).toBe('date de naissance');
    expect(normLabel('  Code\u202fclient\n ')).toBe('code client');
  });

  it('ignores a trailing part in parentheses', () => {
    expect(normLabel('Volume horaire mensuel (sur 4,34 semaines)')).toBe(normLabel('Volume horaire mensuel'));
    expect(normLabel('Interlocuteur principal (1) :')).toBe('interlocuteur principal');
  });

  it('keeps parentheses that are not trailing', () => {
    expect(normLabel('Né(e) le')).toBe('ne(e) le');
  });

  it('ignores a N°, Nº, No or Numéro prefix', () => {
    const expected = normLabel('de sécurité sociale');
    expect(normLabel('N° de sécurité sociale')).toBe(expected);
    expect(normLabel('Nº de sécurité sociale')).toBe(expected);
    expect(normLabel('No de sécurité sociale')).toBe(expected);
    expect(normLabel('Numéro de sécurité sociale')).toBe(expected);
    expect(normLabel('NUMERO DE SECURITE SOCIALE :')).toBe(expected);
  });

  it('does not strip « No » from words that merely start with it', () => {
    expect(normLabel('Nom')).toBe('nom');
    expect(normLabel('Nom de naissance')).toBe('nom de naissance');
    expect(normLabel('Notes')).toBe('notes');
  });

  it('keeps « Nom » and « Nom de naissance » distinct', () => {
    expect(normLabel('Nom')).not.toBe(normLabel('Nom de naissance'));
  });

  it('folds typographic apostrophes', () => {
    expect(normLabel('Type d’exonération')).toBe(normLabel("Type d'exonération"));
  });
});

describe('normValue and sameValue', () => {
  it('compares option values without accents or case', () => {
    expect(sameValue('Prelevement', 'Prélèvement')).toBe(true);
    expect(sameValue('PRÉLÈVEMENT', 'prélèvement')).toBe(true);
  });

  it('ignores surrounding and repeated spaces, NBSP included', () => {
    expect(normValue('  +70\u00a0ANS ')).toBe('+70 ans');
    expect(sameValue('+70  ans', '+70 ans')).toBe(true);
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(sameValue('Pas d’exo', "Pas d'exo")).toBe(true);
  });

  it('keeps different values different', () => {
    expect(sameValue('Chèque', 'Prélèvement')).toBe(false);
    expect(sameValue('CDI', 'CDD')).toBe(false);
  });

  it('does not drop a trailing colon from a value (only labels are trimmed that way)', () => {
    expect(normValue('Prospect :')).toBe('prospect :');
  });
});

describe('parseDate', () => {
  it('parses jj/mm/aaaa', () => {
    expect(parseDate('03/02/2025')).toBe('2025-02-03');
  });

  it('parses single-digit day and month', () => {
    expect(parseDate('3/2/2025')).toBe('2025-02-03');
  });

  it('parses jj/mm/aa within [today − 80 years, today + 20 years)', () => {
    const today = '2026-11-28';
    expect(parseDate('03/02/25', { today })).toBe('2025-02-03');
    expect(parseDate('03/02/26', { today })).toBe('2026-02-03');
    expect(parseDate('03/02/27', { today })).toBe('2027-02-03');
    expect(parseDate('15/06/45', { today })).toBe('2045-06-15');
    expect(parseDate('27/11/46', { today })).toBe('2046-11-27');
    expect(parseDate('28/11/46', { today })).toBe('1946-11-28');
    expect(parseDate('15/06/47', { today })).toBe('1947-06-15');
  });

  it('parses a past-only jj/mm/aa (birth date) within (today − 100 years, today]', () => {
    const today = '2026-11-28';
    expect(parseDate('12/03/34', { today, past: true })).toBe('1934-03-12');
    expect(parseDate('28/11/26', { today, past: true })).toBe('2026-11-28');
    expect(parseDate('29/11/26', { today, past: true })).toBe('1926-11-29');
    expect(parseDate('29/02/00', { today, past: true })).toBe('2000-02-29');
  });

  it('parses aaaa-mm-jj', () => {
    expect(parseDate('2025-02-03')).toBe('2025-02-03');
  });

  it('parses jj.mm.aaaa', () => {
    expect(parseDate('03.02.2025')).toBe('2025-02-03');
  });

  it('accepts a weekday before the date', () => {
    expect(parseDate('lundi 03/02/2025')).toBe('2025-02-03');
    expect(parseDate('Lundi 03/02/2025')).toBe('2025-02-03');
    expect(parseDate('lun. 03/02/2025')).toBe('2025-02-03');
  });

  it('trims spaces and NBSP around the date', () => {
    expect(parseDate('\u00a0 03/02/2025 ')).toBe('2025-02-03');
  });

  it('rejects an impossible calendar date', () => {
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('29/02/2025')).toBeNull();
    expect(parseDate('03/13/2025')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });

  it('returns null for text that is not a date', () => {
    expect(parseDate('abc')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('03/02')).toBeNull();
    expect(parseDate('03/02/2025 10:00:00 extra')).toBeNull();
  });
});

describe('parseAmount', () => {
  it('gives null, not Infinity, for a number too long to be an amount', () => {
    expect(parseAmount('9'.repeat(400))).toBeNull();
  });

  it('parses « 1 234,56 € » with a thousands space', () => {
    expect(parseAmount('1 234,56 €')).toBe(1234.56);
  });

  it('parses a thousands NBSP / narrow NBSP', () => {
    expect(parseAmount('1\u00a0234,56\u00a0€')).toBe(1234.56);
    expect(parseAmount('1\u202f234,56 €')).toBe(1234.56);
  });

  it('parses an hourly rate « 12,02 €/h »', () => {
    expect(parseAmount('12,02 €/h')).toBe(12.02);
  });

  it('parses a decimal comma without currency « 86,80 »', () => {
    expect(parseAmount('86,80')).toBe(86.8);
  });

  it('parses a decimal point and a dotted thousands separator', () => {
    expect(parseAmount('1234.56')).toBe(1234.56);
    expect(parseAmount('1.234,56')).toBe(1234.56);
  });

  it('returns null for text that is not an amount', () => {
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('€')).toBeNull();
  });
});

describe('parseTime', () => {
  it('parses 8h30', () => {
    expect(parseTime('8h30')).toBe(8 * 60 + 30);
  });

  it('parses 08:30', () => {
    expect(parseTime('08:30')).toBe(8 * 60 + 30);
  });

  it('parses a whole hour 14h', () => {
    expect(parseTime('14h')).toBe(14 * 60);
  });

  it('accepts an upper-case H and spaces', () => {
    expect(parseTime('8H30')).toBe(510);
    expect(parseTime('14 h 05')).toBe(845);
  });

  it('rejects an hour past 24 or minutes past 59', () => {
    expect(parseTime('25h')).toBeNull();
    expect(parseTime('24h01')).toBeNull();
    expect(parseTime('8h60')).toBeNull();
  });

  it('returns null for text that is not a time', () => {
    expect(parseTime('matin')).toBeNull();
    expect(parseTime('')).toBeNull();
  });
});

describe('parseHours', () => {
  it.each([
    ['1h', 60],
    ['3h00', 180],
    ['1h30', 90],
    ['01:30', 90],
    ['12h', 720],
    ['0h45', 45],
  ])('parses the duration %s', (input, minutes) => {
    expect(parseHours(input)).toBe(minutes);
  });

  it('parses decimal hours « 86,80 » and « 86.8 »', () => {
    expect(parseHours('86,80')).toBe(5208);
    expect(parseHours('86.8')).toBe(5208);
  });

  it('parses « 2 heures »', () => {
    expect(parseHours('2 heures')).toBe(120);
  });

  it('returns null for minutes past 59 or text', () => {
    expect(parseHours('1h75')).toBeNull();
    expect(parseHours('abc')).toBeNull();
    expect(parseHours('')).toBeNull();
  });
});

describe('phoneDigits', () => {
  it('turns +33 into a leading 0', () => {
    expect(phoneDigits('+33 6 12 34 56 78')).toBe('0612345678');
  });

  it('turns 0033 into a leading 0', () => {
    expect(phoneDigits('0033612345678')).toBe('0612345678');
  });

  it('removes dots, spaces and dashes', () => {
    expect(phoneDigits('06.12.34.56.78')).toBe('0612345678');
    expect(phoneDigits('06 12 34 56 78')).toBe('0612345678');
    expect(phoneDigits('06-12-34-56-78')).toBe('0612345678');
  });
});

describe('cleanText and compact', () => {
  it('removes zero-width characters', () => {
    expect(cleanText('DU\u200bPONT\u200c\u200d\ufeff')).toBe('DUPONT');
  });

  it('turns NBSP and repeated whitespace into one space and trims', () => {
    expect(cleanText('\u00a0 Jeanne\u00a0\u00a0 DUPONT\n\t')).toBe('Jeanne DUPONT');
  });

  it('compacts a NIR or IBAN without spaces, dots or dashes, upper-cased', () => {
    expect(compact('fr76 3000 6000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
    expect(compact('2 85 05.78-006 084 36')).toBe('285057800608436');
  });
});

describe('regressions', () => {
  it('drops a « N° » prefix written without a space', () => {
    expect(normLabel('N°SS')).toBe(normLabel('N° SS'));
  });
  it('reads « +33 (0)6 … » as a French mobile', () => {
    expect(phoneDigits('+33 (0)6 12 34 56 78')).toBe('0612345678');
  });
});

describe('cellsAreClean', () => {
  it('is true for a plain table text', () => {
    expect(cellsAreClean('01/12/2026\t9h00\tAide au lever\n02/12/2026\t\tDUBOIS Laura')).toBe(true);
    expect(cellsAreClean('01/12/2026\t9h00 \tx')).toBe(false);
    expect(cellsAreClean('a\u00a0b')).toBe(false);
  });

  it('is true only when every cell is already what cleanText makes of it (fast-check)', () => {
    const char = fc.constantFrom(
      'a',
      'é',
      '1',
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u202f',
      '\u200b',
      '\u2060',
      '\ufeff',
      '\u2003',
      '\u3000',
      '\u2028',
      '\u0085',
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')),
        (text) => {
          const cells = text.split('\n').flatMap((line) => line.split('\t'));
          if (cellsAreClean(text)) for (const c of cells) expect(cleanText(c)).toBe(c);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
