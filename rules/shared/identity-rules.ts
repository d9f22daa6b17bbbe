/**
 * Shared validators (docs/spec/rules.md, « Shared validators »): one implementation for the client's and the
 * intervenant's *Définition* pages, with ids `<prefix>.<field>.<check>`.
 */
import { canonicalLabel } from '../../lib/model/fields';
import { cleanText } from '../../lib/text/normalize';
import { sameName } from '../../lib/text/identity';
import type { Severity } from '../../lib/model/types';
import type { Rule, RuleContext, RuleResult } from '../types';
import { birthIso, checkBirthDate } from '../../lib/validators/birth-date';
import { emailSuspicion, isEmailSyntax, isPlaceholderText } from '../../lib/validators/email';
import { bicError, ibanError } from '../../lib/validators/iban';
import {
  nirBirthProblems,
  nirCiviliteError,
  nirIsProvisional,
  nirKeyError,
  parseNir,
  type NirParts,
} from '../../lib/validators/nir';
import { notMobileMessage, phoneInvalidMessage } from '../../lib/validators/phone';

export type Prefix = 'client' | 'intervenant';

/** A rule on one field, judged only when the field is read and not empty. */
export function fieldRule(
  id: string,
  severity: Severity,
  description: string,
  key: string,
  check: (value: string, ctx: RuleContext) => RuleResult,
): Rule {
  return {
    id,
    severity,
    description,
    check: (ctx) => {
      const v = ctx.value(key);
      return v ? check(v, ctx) : null;
    },
  };
}

/** A rule on a well-formed NIR (a malformed one is only `<p>.nir.format`). */
function nirRule(
  prefix: Prefix,
  check: string,
  severity: Severity,
  description: string,
  test: (parts: NirParts, ctx: RuleContext) => RuleResult,
): Rule {
  return fieldRule(`${prefix}.nir.${check}`, severity, description, `${prefix}.nir`, (v, ctx) => {
    const r = parseNir(v);
    return r.ok ? test(r.parts, ctx) : null;
  });
}

/** `<field>.invalid` for a phone number, when filled. */
export function phoneInvalidRule(key: string): Rule {
  return fieldRule(`${key}.invalid`, 'error', `${canonicalLabel(key)} : numéro valide`, key, (v) =>
    phoneInvalidMessage(v),
  );
}

/**
 * `<field>.invalid` for an email's syntax, when filled. With `placeholdersSuspect`, a placeholder
 * such as « aucun » is left to `<p>.email.suspect` instead of being reported twice.
 */
export function emailInvalidRule(key: string, placeholdersSuspect = false): Rule {
  return fieldRule(`${key}.invalid`, 'error', `${canonicalLabel(key)} : adresse valide`, key, (v) =>
    isEmailSyntax(v) || (placeholdersSuspect && isPlaceholderText(v))
      ? null
      : 'Email invalide : vérifier la saisie (ex. nom@domaine.fr)',
  );
}

/**
 * `<p>.gerePar.notMe`: *Géré par* must be the user's name (info while the name is not set), compared
 * as every « same person » is (lib/text/identity.ts: case, accents, word order and civilités ignored).
 */
export function gereParRule(prefix: Prefix): Rule {
  const key = `${prefix}.gerePar`;
  return {
    id: `${key}.notMe`,
    severity: 'warning',
    description: 'Géré par : à votre nom',
    check: (ctx) => {
      if (!ctx.present(key)) return null;
      const me = cleanText(ctx.settings.userName);
      if (!me) return { message: 'Renseignez votre nom dans les réglages', severity: 'info' };
      const v = ctx.value(key);
      if (!v || sameName(v, me)) return null;
      return `Géré par « ${cleanText(v)} » : mettre à votre nom (${me})`;
    },
  };
}

/** The shared identity, bank and contact validators of a *Définition* page. */
export function identityRules(prefix: Prefix): Rule[] {
  const p = prefix;
  const birth = (ctx: RuleContext) => birthIso(ctx.value(`${p}.dateNaissance`), ctx.today);
  return [
    fieldRule(`${p}.nir.format`, 'error', 'NIR : 15 caractères bien formés', `${p}.nir`, (v) => {
      const r = parseNir(v);
      return r.ok ? null : r.message;
    }),
    nirRule(p, 'key', 'error', 'NIR : clé de contrôle', (parts) => nirKeyError(parts)),
    nirRule(p, 'civilite', 'warning', 'NIR : sexe cohérent avec la civilité', (parts, ctx) =>
      nirCiviliteError(parts, ctx.value(`${p}.civilite`) ?? ''),
    ),
    nirRule(p, 'naissance', 'warning', 'NIR : année et mois cohérents avec la naissance', (parts, ctx) => {
      const problems = nirBirthProblems(parts, birth(ctx));
      return problems.length ? `NIR : ${problems.join(', ')} : vérifier` : null;
    }),
    nirRule(p, 'provisoire', 'info', 'NIR : numéro définitif', (parts) =>
      nirIsProvisional(parts) ? 'NIR provisoire (7 ou 8) : demander le numéro définitif' : null,
    ),
    fieldRule(`${p}.iban.invalid`, 'error', 'IBAN valide', `${p}.iban`, (v) => ibanError(v)),
    fieldRule(`${p}.bic.invalid`, 'warning', 'BIC valide', `${p}.bic`, (v) => bicError(v)),
    phoneInvalidRule(`${p}.telPortable`),
    fieldRule(`${p}.telPortable.notMobile`, 'warning', 'Portable : un 06 ou 07', `${p}.telPortable`, (v) =>
      notMobileMessage(v),
    ),
    emailInvalidRule(`${p}.email`, true),
    fieldRule(
      `${p}.email.suspect`,
      'warning',
      'Email : ni fictif ni faute de frappe',
      `${p}.email`,
      (v, ctx) => emailSuspicion(v, ctx.settings.agencyEmailDomain),
    ),
    fieldRule(
      `${p}.dateNaissance.invalid`,
      'error',
      'Date de naissance plausible',
      `${p}.dateNaissance`,
      (v, ctx) => {
        const r = checkBirthDate(v, ctx.today);
        return r.ok ? null : r.message;
      },
    ),
  ];
}
