/**
 * French phone numbers against the ARCEP numbering plan, as a prefix table (the longest matching
 * prefix decides). Hand-written on purpose: libphonenumber-js would add ~100 KB to the content script
 * injected in every Ogust frame, whose budget is 150 KB; this table is a few hundred bytes. It is
 * checked against libphonenumber-js's metadata (`phone.test.ts`, property test): no disagreement on
 * validity or mobile/other kind, except the deliberate ones listed there (`DELIBERATE`), each with
 * its reason.
 *
 * The plan, for 10-digit national numbers `0` + 9 digits:
 * - `01`–`05`: geographic; `040` is not allocated. Overseas fixed numbers (`0262`, `0269`, `0590`,
 *   `0594`, `0596`) are geographic too, taken whole (operators' blocks inside them change).
 * - `06`, `073`–`079`: mobiles, overseas ones included (`0639` Mayotte, `0690`–`0691` Guadeloupe,
 *   `0692`–`0693` La Réunion, `0694` Guyane, `0696`–`0697` Martinique), taken whole.
 * - `070`–`072`: not allocated at 10 digits, except `0700`, a machine range (14 digits) that the
 *   spec keeps as a valid number that is not a person's mobile (docs/rules.md, `telPortable.notMobile`);
 *   `07084`–`07085` (Saint-Pierre-et-Miquelon) and `07090`–`07093` (overseas) are new mobile blocks.
 * - `08`: special numbers; `084` (but `0840`, `0842`, `0844`), `087` and `0836 04`–`0836 05` are not
 *   allocated.
 * - `09`: non-geographic (internet boxes), valid, not mobiles.
 * - `00` is the international prefix, not a French number (`0033…` is read as `0…` before).
 */
import { phoneDigits } from '../text/normalize';

type Kind = 'mobile' | 'autre' | 'non attribué';

/** Prefix → kind of every number starting with it, unless a longer prefix says otherwise. */
const PLAN: Readonly<Record<string, Kind>> = {
  '0': 'autre',
  '00': 'non attribué',
  '040': 'non attribué',
  '06': 'mobile',
  '07': 'mobile',
  '070': 'non attribué',
  '0700': 'autre',
  '07084': 'mobile',
  '07085': 'mobile',
  '07090': 'mobile',
  '07091': 'mobile',
  '07092': 'mobile',
  '07093': 'mobile',
  '071': 'non attribué',
  '072': 'non attribué',
  '083604': 'non attribué',
  '083605': 'non attribué',
  '084': 'non attribué',
  '0840': 'autre',
  '0842': 'autre',
  '0844': 'autre',
  '087': 'non attribué',
};
const LONGEST = Math.max(...Object.keys(PLAN).map((p) => p.length));

/** The longest prefix of the plan that `digits` starts with. */
function planPrefix(digits: string): string {
  for (let n = Math.min(LONGEST, digits.length); n > 0; n--) {
    if (PLAN[digits.slice(0, n)]) return digits.slice(0, n);
  }
  return '';
}

/** 10 digits starting with 0 after removing spaces, dots, dashes; `+33` / `0033` accepted. */
const wellFormed = (digits: string) => /^0\d{9}$/.test(digits);

/** The number's kind by the plan: a person's mobile, another valid number, or none (invalid). */
export function phoneKind(value: string): 'mobile' | 'autre' | null {
  const digits = phoneDigits(value);
  if (!wellFormed(digits)) return null;
  const kind = PLAN[planPrefix(digits)];
  return kind === 'mobile' || kind === 'autre' ? kind : null;
}

/** A French number in the plan: 10 digits starting with 0 (or +33), in an allocated range. */
export function isValidPhone(value: string): boolean {
  return phoneKind(value) !== null;
}

/** A person's mobile: 06 (overseas 0639, 0690–0697 included), 073–079 and the new overseas blocks. `0700` is not one. */
export function isMobile(value: string): boolean {
  return phoneKind(value) === 'mobile';
}

/**
 * How many leading digits of the value as written (`+33 8 36…` counts 3, 3, 8…) decide its kind,
 * 4 national digits at least: a number keeping them keeps its validity and kind whatever its other
 * digits (the anonymiser, content-scripts/inspector/anonymize.ts, draws the rest).
 */
export function phoneKindDigits(value: string): number {
  const national = phoneDigits(value);
  const written = value.replace(/\D/g, '');
  // `+33`, `0033`, `+33 (0)` written for the leading 0.
  const offset = written.endsWith(national.slice(1)) ? Math.max(0, written.length - national.length) : 0;
  const head = national.slice(0, 4);
  let n = 4;
  for (const p of Object.keys(PLAN)) if (p.length > n && p.startsWith(head)) n = p.length;
  return n + offset;
}

export const PHONE_INVALID_MESSAGE = 'Numéro invalide : 10 chiffres commençant par 0 (ou +33), corriger';

/** Why a phone number is invalid (what to do), or null when it is valid. */
export function phoneInvalidMessage(value: string): string | null {
  const digits = phoneDigits(value);
  if (!wellFormed(digits)) return PHONE_INVALID_MESSAGE;
  if (isValidPhone(value)) return null;
  if (digits.startsWith('00')) {
    return 'Numéro commençant par 00 (indicatif international) : saisir le numéro français à 10 chiffres (ou +33)';
  }
  const shown = digits.slice(0, Math.max(4, planPrefix(digits).length));
  return `Numéro inexistant : aucun numéro français ne commence par ${shown} (plan de numérotation de l’ARCEP), vérifier la saisie`;
}

/** Message when a valid number is not a person's mobile, else null. */
export function notMobileMessage(value: string): string | null {
  if (!isValidPhone(value) || isMobile(value)) return null;
  return phoneDigits(value).startsWith('0700')
    ? "Numéro en 0700 : ce n'est pas un portable de particulier, demander le portable"
    : "Ce n'est pas un numéro de portable (06 ou 07) : mettre le portable ici";
}
