/**
 * Email checks: syntax, placeholders and typo domains. The avance immédiate needs a working email
 * (URSSAF sends an activation link), so a typo in the domain matters.
 */
import { cleanText, normValue } from '../text/normalize';

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const DOMAIN = '([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}';
const EMAIL = new RegExp(`^${LOCAL}@${DOMAIN}$`);

export function isEmailSyntax(value: string): boolean {
  return EMAIL.test(cleanText(value));
}

/** Texts (or local parts) meaning « no email », compared without accents, spaces, dots or dashes. */
export const EMAIL_PLACEHOLDERS: readonly string[] = [
  'aucun',
  'aucune',
  'pasdemail',
  'pasdemails',
  'pasdemel',
  'pasdadresse',
  'pasdadressemail',
  'sansemail',
  'sansmail',
  'noemail',
  'nomail',
  'neant',
  'nonrenseigne',
  'inconnu',
];

/** Typo domains → the domain probably meant. */
export const EMAIL_TYPO_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.con': 'gmail.com',
  'gmail.cm': 'gmail.com',
  'gmail.co': 'gmail.com',
  'gmail.om': 'gmail.com',
  'gmail.cmo': 'gmail.com',
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'gmaill.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gmail.comm': 'gmail.com',
  'hotmail.con': 'hotmail.com',
  'hotmail.fe': 'hotmail.fr',
  'hotmial.fr': 'hotmail.fr',
  'hotmial.com': 'hotmail.com',
  'hotmal.fr': 'hotmail.fr',
  'hotmal.com': 'hotmail.com',
  'hotmai.fr': 'hotmail.fr',
  'hotmil.fr': 'hotmail.fr',
  'homail.fr': 'hotmail.fr',
  'hotamil.fr': 'hotmail.fr',
  'outlok.fr': 'outlook.fr',
  'outlok.com': 'outlook.com',
  'outlook.con': 'outlook.com',
  'orange.con': 'orange.fr',
  'orange.com': 'orange.fr',
  'orage.fr': 'orange.fr',
  'ornage.fr': 'orange.fr',
  'wanadoo.con': 'wanadoo.fr',
  'wanadoo.com': 'wanadoo.fr',
  'wanado.fr': 'wanadoo.fr',
  'wandoo.fr': 'wanadoo.fr',
  'yahoo.con': 'yahoo.fr',
  'yaho.fr': 'yahoo.fr',
  'yahou.fr': 'yahoo.fr',
  'laposte.con': 'laposte.net',
  'laposte.fr': 'laposte.net',
  'lapost.net': 'laposte.net',
  'sfr.con': 'sfr.fr',
  'free.con': 'free.fr',
  'icloud.con': 'icloud.com',
};

const squeeze = (s: string) => normValue(s).replace(/[\s.\-_']/g, '');
/** `x@x.fr`, `aa@aa.com`, `xxx@…`: a part made of one repeated character. */
const REPEATED = /^(.)\1*$/;

/**
 * Why the address looks fake or mistyped (message), else null: a placeholder, an address at the
 * agency's own domain, or a typo domain.
 */
export function emailSuspicion(value: string, agencyDomain: string): string | null {
  const v = cleanText(value).toLowerCase();
  const at = v.lastIndexOf('@');
  const local = at < 0 ? v : v.slice(0, at);
  const domain = at < 0 ? '' : v.slice(at + 1);
  const domainName = domain.split('.')[0] ?? '';
  if (
    EMAIL_PLACEHOLDERS.includes(squeeze(local)) ||
    (at >= 0 && local.length <= 3 && REPEATED.test(local)) ||
    (domainName.length > 0 && domainName.length <= 3 && REPEATED.test(domainName))
  ) {
    return `Email fictif (« ${cleanText(value)} ») : demander une adresse réelle`;
  }
  const agency = agencyDomain.trim().toLowerCase().replace(/^@/, '');
  if (agency && (domain === agency || domain.endsWith('.' + agency))) {
    return `Adresse de l'agence (@${agency}) : mettre l'email personnel`;
  }
  const meant = EMAIL_TYPO_DOMAINS[domain];
  if (meant) return `Domaine « ${domain} » suspect : vouliez-vous dire ${meant} ?`;
  return null;
}

/** A value that only says « no email » (a placeholder without @). */
export function isPlaceholderText(value: string): boolean {
  return !value.includes('@') && EMAIL_PLACEHOLDERS.includes(squeeze(value));
}
