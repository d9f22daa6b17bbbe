import { describe, expect, it } from 'vitest';
import { bicError, ibanError } from './iban';

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
