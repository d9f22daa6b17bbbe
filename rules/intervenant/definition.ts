/** Rules of the intervenant's *Définition* tab (docs/rules.md, `intervenant.definition`). */
import { missingRule } from '../missing';
import type { PageRules, Rule } from '../types';
import { ageOn, birthIso } from '../../lib/validators/birth-date';
import { nirPlaceError, parseNir } from '../../lib/validators/nir';
import { gereParRule, identityRules } from '../shared/identity-rules';

const REQUIRED = [
  'nom',
  'prenom',
  'dateNaissance',
  'nir',
  'lieuNaissance',
  'departementNaissance',
  'paysNaissance',
  'nationalite',
  'origine',
  'iban',
  'secteur',
  'email',
  'telPortable',
  'gerePar',
].map((f) => `intervenant.${f}`);

const nirLieu: Rule = {
  id: 'intervenant.nir.lieu',
  severity: 'warning',
  description: 'NIR : lieu de naissance cohérent avec le département / pays de naissance',
  check: (ctx) => {
    const nir = ctx.value('intervenant.nir');
    const r = nir ? parseNir(nir) : undefined;
    if (!r?.ok) return null;
    return nirPlaceError(r.parts, {
      departement: ctx.value('intervenant.departementNaissance'),
      pays: ctx.value('intervenant.paysNaissance'),
      birthIso: birthIso(ctx.value('intervenant.dateNaissance'), ctx.today),
    });
  },
};

const age: Rule = {
  id: 'intervenant.age',
  severity: 'error',
  description: 'Intervenant majeur (16 ans au moins)',
  check: (ctx) => {
    const iso = birthIso(ctx.value('intervenant.dateNaissance'), ctx.today);
    if (!iso) return null;
    const years = ageOn(iso, ctx.today);
    if (years < 16)
      return `Moins de 16 ans (${years} ans) : embauche impossible, vérifier la date de naissance`;
    if (years < 18) {
      return {
        message: `Intervenant mineur (${years} ans) : vérifier les règles du travail des mineurs`,
        severity: 'warning',
      };
    }
    return null;
  },
};

export const intervenantDefinitionRules: PageRules = {
  page: 'intervenant.definition',
  ownRecordOnly: true,
  rules: [
    ...REQUIRED.map((key) => missingRule(key)),
    ...identityRules('intervenant'),
    nirLieu,
    age,
    gereParRule('intervenant'),
  ],
  required: REQUIRED,
};
