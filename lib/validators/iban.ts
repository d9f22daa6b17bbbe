/**
 * IBAN (ISO 13616: per-country length, ISO 7064 mod 97-10 check digits, and for France and Monaco
 * the RIB key of the BBAN) and BIC checks. Hand-written rather than ibantools: its per-country
 * table of BBAN formats weighed ~14 kB of the content script injected in every Ogust frame, for an
 * IBAN field checked on two fiches (iban.test.ts compares both on generated IBANs).
 */
import { compact } from '../text/normalize';

const FR_IBAN_LENGTH = 27;

/** IBAN length by country (SWIFT IBAN registry and the partial-support countries, as in ibantools 4.5). */
const LENGTHS = new Map(
  (
    'AD24AE23AL28AO25AT20AX18AZ28BA20BE16BF28BG22BH22BI27BJ28BL27BR29BY28CF27CG27CH21CI28CM27CR22' +
    'CV25CY28CZ24DE22DJ27DK18DO28DZ26EE20EG29ES24FI18FK18FO18FR27GA27GB22GE22GF27GI23GL18GP27GQ27' +
    'GR27GT28GW25HN28HR21HU28IE22IL23IQ23IR26IS26IT27JO30KM27KW30KZ20LB28LC32LI21LT20LU20LV21LY25' +
    'MA28MC27MD24ME22MF27MG27MK19ML28MN20MQ27MR27MT31MU30MZ25NC27NE28NI28NL18NO15OM23PF27PK24PL28' +
    'PM27PS29PT25QA29RE27RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SN28SO23ST25SV28TD27TF27TG28TL23' +
    'TN24TR26UA29VA22VG24WF27XK20YE30YT27'
  )
    .match(/[A-Z]{2}\d{2}/g)!
    .map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
);
/** French (and Monegasque) BBAN: bank 5 digits, branch 5 digits, account 11, RIB key 2 digits. */
const FR_BBAN = /^\d{10}[A-Z0-9]{11}\d{2}$/;

/** Remainder mod 97 of a string of digits, any length. */
function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(`${r}${digits.slice(i, i + 7)}`) % 97;
  return r;
}

/** ISO 7064: letters as 10…35. */
const lettersAsNumbers = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
/** RIB key: letters of the account as 1–9 (A, J → 1; B, K, S → 2; …), the whole BBAN ≡ 0 mod 97. */
const ribDigits = (s: string) =>
  s.replace(/[A-Z]/g, (c) => {
    const x = c.charCodeAt(0) - 64;
    return String(x <= 9 ? x : x <= 18 ? x - 9 : x - 17);
  });

/** IBAN in electronic format (no spaces or dashes, upper case) valid for its country. */
export function isValidIban(iban: string): boolean {
  const country = iban.slice(0, 2);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || LENGTHS.get(country) !== iban.length) return false;
  const bban = iban.slice(4);
  if ((country === 'FR' || country === 'MC') && !(FR_BBAN.test(bban) && mod97(ribDigits(bban)) === 0))
    return false;
  return mod97(lettersAsNumbers(bban + iban.slice(0, 4))) === 1;
}

/** Message when the IBAN is invalid, else null. */
export function ibanError(value: string): string | null {
  const iban = value.replace(/[-\s]/g, '').toUpperCase();
  if (iban.startsWith('FR') && iban.length !== FR_IBAN_LENGTH) {
    return `IBAN français : ${FR_IBAN_LENGTH} caractères attendus (${iban.length} lus), corriger`;
  }
  if (!isValidIban(iban)) return 'IBAN invalide (clé de contrôle ou format) : vérifier la saisie';
  return null;
}
const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** Message when the BIC is invalid, else null. */
export function bicError(value: string): string | null {
  return BIC.test(compact(value)) ? null : 'BIC invalide : 8 ou 11 caractères (ex. BNPAFRPP), vérifier';
}
