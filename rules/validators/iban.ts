/** IBAN (ibantools: ISO 7064 mod 97 and per-country length/format) and BIC checks. */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { compact } from '../../lib/normalize';

const FR_IBAN_LENGTH = 27;

/** Message when the IBAN is invalid, else null. */
export function ibanError(value: string): string | null {
  const iban = electronicFormatIBAN(value) ?? '';
  if (iban.startsWith('FR') && iban.length !== FR_IBAN_LENGTH) {
    return `IBAN français : ${FR_IBAN_LENGTH} caractères attendus (${iban.length} lus), corriger`;
  }
  if (!isValidIBAN(iban)) return 'IBAN invalide (clé de contrôle ou format) : vérifier la saisie';
  return null;
}

const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** Message when the BIC is invalid, else null. */
export function bicError(value: string): string | null {
  return BIC.test(compact(value)) ? null : 'BIC invalide : 8 ou 11 caractères (ex. BNPAFRPP), vérifier';
}
