/**
 * French phone numbers. Hand-written on purpose: the spec's rules (10 digits starting with 0; mobiles
 * 06 and 073–079, 0700 being a machine range; overseas mobiles 0639 and 0690–0697) are a few lines,
 * whereas libphonenumber-js would add ~100 KB to the content script injected in every Ogust frame,
 * whose budget is 150 KB. Facts: ../shared/reference/regles-fr.md (ARCEP numbering plan).
 */
import { phoneDigits } from '../../lib/normalize';

/** 10 digits starting with 0 after removing spaces, dots, dashes; `+33` / `0033` accepted. */
export function isValidPhone(value: string): boolean {
  return /^0\d{9}$/.test(phoneDigits(value));
}

/** A person's mobile: 06 (overseas 0639, 0690–0697 included), 073–079. `0700` is not one. */
export function isMobile(value: string): boolean {
  return /^0(6\d|7[3-9])\d{7}$/.test(phoneDigits(value));
}

export const PHONE_INVALID_MESSAGE = 'Numéro invalide : 10 chiffres commençant par 0 (ou +33), corriger';

/** Message when a valid number is not a person's mobile, else null. */
export function notMobileMessage(value: string): string | null {
  if (!isValidPhone(value) || isMobile(value)) return null;
  return phoneDigits(value).startsWith('0700')
    ? "Numéro en 0700 : ce n'est pas un portable de particulier, demander le portable"
    : "Ce n'est pas un numéro de portable (06 ou 07) : mettre le portable ici";
}
