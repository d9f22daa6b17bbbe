/** Rules of the client's *Définition* tab (docs/rules.md, `client.definition`). */
import { parseDate, sameValue } from '../../lib/text/normalize';
import { missingRule } from '../missing';
import type { PageRules, Rule, RuleContext } from '../types';
import { ageOn, birthIso } from '../../lib/validators/birth-date';
import { civiliteSex } from '../../lib/validators/nir';
import {
  emailInvalidRule,
  fieldRule,
  gereParRule,
  identityRules,
  phoneInvalidRule,
} from '../shared/identity-rules';

const OWN_REQUIRED = [
  'nir',
  'civilite',
  'nom',
  'prenom',
  'dateNaissance',
  'exoneration',
  'origine',
  'modePaiement',
  'secteur',
  'adresse',
  'telPortable',
  'email',
  'gerePar',
].map((f) => `client.${f}`);

/** The four *Interlocuteur principal* fields and their names in messages. */
const INTERLOCUTEUR: ReadonlyArray<[key: string, name: string]> = [
  ['client.interlocuteur.nom', 'nom'],
  ['client.interlocuteur.role', 'rôle'],
  ['client.interlocuteur.telephone', 'téléphone'],
  ['client.interlocuteur.email', 'email'],
];

const prelevement = (ctx: RuleContext) => ctx.is('client.modePaiement', 'Prélèvement');
const rtuSector = (ctx: RuleContext) => {
  const secteur = ctx.value('client.secteur');
  return !!secteur && ctx.settings.rtuSectors.some((s) => sameValue(s, secteur));
};
const age = (ctx: RuleContext) => {
  const iso = birthIso(ctx.value('client.dateNaissance'), ctx.today);
  return iso ? ageOn(iso, ctx.today) : undefined;
};

/** « la cliente » / « le client » from the civilité (« le client » when it says neither). */
const whoIs = (ctx: RuleContext) =>
  civiliteSex(ctx.value('client.civilite') ?? '') === 'F' ? 'la cliente' : 'le client';

/** An exonération rule that needs the client's age; its message says the age (« la cliente a 64 ans »). */
function exonerationRule(
  id: string,
  description: string,
  fires: (category: string | undefined, age: number) => boolean,
  message: (hasAge: string) => string,
): Rule {
  return {
    id,
    severity: 'warning',
    description,
    check: (ctx) => {
      const a = age(ctx);
      if (a === undefined || !fires(ctx.exoneration('client.exoneration'), a)) return null;
      return message(`${whoIs(ctx)} a ${a} ans`);
    },
  };
}

/** Latitude/longitude (or the single geolocation field) shown and empty, 0 or « non ». */
function notGeolocated(ctx: RuleContext): boolean {
  const unset = (key: string) => {
    const v = ctx.value(key);
    if (v === undefined) return false;
    const t = v.replace(',', '.').trim();
    return !t || /^[-–—]+$/.test(t) || Number(t) === 0 || ['non', 'n'].includes(t.toLowerCase());
  };
  const coords = ['client.latitude', 'client.longitude'];
  if (coords.some((k) => ctx.present(k))) return coords.some(unset);
  return unset('client.geolocalisation');
}

const interlocuteurMissing: Rule = {
  id: 'client.interlocuteur.missing',
  severity: 'warning',
  description: 'Interlocuteur principal : nom, rôle, téléphone et email renseignés',
  check: (ctx) => {
    if (INTERLOCUTEUR.every(([k]) => !ctx.present(k))) {
      return {
        message: "Section Interlocuteur principal absente de la page : vérifier qu'elle est affichée",
        targets: [],
      };
    }
    const empty = INTERLOCUTEUR.filter(([k]) => ctx.present(k) && !ctx.filled(k));
    if (!empty.length) return null;
    return {
      message: `Interlocuteur principal : renseigner ${empty.map(([, n]) => n).join(', ')}`,
      targets: empty.map(([k]) => k),
    };
  },
};

const rules: Rule[] = [
  {
    id: 'client.typeClient.prospect',
    severity: 'error',
    description: 'Type de client : Client BtoC, pas Prospect',
    check: (ctx) =>
      ctx.contains('client.typeClient', 'prospect')
        ? 'Passer le Prospect BtoC en Client BtoC puis enregistrer'
        : null,
  },
  ...OWN_REQUIRED.map((key) => missingRule(key)),
  ...identityRules('client'),
  {
    id: 'client.nomNaissance.suggested',
    severity: 'info',
    description: "Nom de naissance d'une cliente",
    check: (ctx) =>
      civiliteSex(ctx.value('client.civilite') ?? '') === 'F' &&
      ctx.present('client.nomNaissance') &&
      !ctx.filled('client.nomNaissance')
        ? "Nom de naissance à renseigner si besoin (exigé pour l'avance immédiate)"
        : null,
  },
  exonerationRule(
    'client.exoneration.age70',
    'Exonération +70 ans : client de 70 ans ou plus',
    (cat, a) => cat === 'plus70' && a < 70,
    (hasAge) => `+70 ans : ${hasAge}, à justifier (conjoint de 70 ans ou plus), sinon corriger`,
  ),
  exonerationRule(
    'client.exoneration.eligible70',
    'Client de 70 ans ou plus : exonération +70 ans',
    (cat, a) => cat === 'aucune' && a >= 70,
    (hasAge) => `${hasAge[0]!.toUpperCase()}${hasAge.slice(1)} : mettre l’exonération +70 ans (automatique)`,
  ),
  exonerationRule(
    'client.exoneration.apaAge',
    'Exonération APA : client de 60 ans ou plus',
    (cat, a) => cat === 'apa' && a < 60,
    (hasAge) =>
      `APA : ${hasAge}, réservée aux 60 ans et plus : vérifier qui la perçoit, sinon corriger l'exonération`,
  ),
  fieldRule(
    'client.modePaiement.prelevement',
    'warning',
    'Mode de paiement : Prélèvement',
    'client.modePaiement',
    (_v, ctx) => (prelevement(ctx) ? null : 'Passer le mode de paiement en Prélèvement (procédure)'),
  ),
  missingRule('client.iban', prelevement, 'Renseigner le champ (paiement par prélèvement)'),
  missingRule('client.dateSignatureMandat', prelevement, 'Renseigner le champ (paiement par prélèvement)'),
  fieldRule(
    'client.dateSignatureMandat.future',
    'error',
    'Date de signature du mandat : pas dans le futur',
    'client.dateSignatureMandat',
    (v, ctx) => {
      const iso = parseDate(v, { today: ctx.today });
      return iso && iso > ctx.today ? 'Date de signature du mandat dans le futur : corriger' : null;
    },
  ),
  fieldRule(
    'client.dateSignatureMandat.invalid',
    'error',
    'Date de signature du mandat lisible',
    'client.dateSignatureMandat',
    (v, ctx) =>
      parseDate(v, { today: ctx.today }) ? null : 'Date de signature du mandat illisible : saisir jj/mm/aaaa',
  ),
  {
    id: 'client.adresse.geolocalisation',
    severity: 'warning',
    description: 'Adresse géolocalisée',
    check: (ctx) => (notGeolocated(ctx) ? "Vérifier que l'adresse est géolocalisée" : null),
  },
  phoneInvalidRule('client.telFixe'),
  interlocuteurMissing,
  phoneInvalidRule('client.interlocuteur.telephone'),
  emailInvalidRule('client.interlocuteur.email'),
  gereParRule('client'),
  {
    id: 'client.rtu.origine',
    severity: 'error',
    description: 'Secteur RTU : origine Cooptation',
    check: (ctx) =>
      rtuSector(ctx) && ctx.present('client.origine') && !ctx.is('client.origine', 'Cooptation')
        ? 'Secteur RTU : mettre l’origine Cooptation (commissions RTU)'
        : null,
  },
  {
    id: 'client.rtu.parrain',
    severity: 'error',
    description: 'Secteur RTU : parrain RTU',
    check: (ctx) =>
      rtuSector(ctx) && ctx.present('client.parrain') && !ctx.is('client.parrain', 'RTU')
        ? 'Secteur RTU : mettre le parrain RTU (commissions RTU)'
        : null,
  },
  {
    id: 'client.unsaved',
    severity: 'info',
    description: 'Fiche enregistrée',
    check: (ctx) => (ctx.record.unsaved ? 'Enregistrer les modifications' : null),
  },
];

export const clientDefinitionRules: PageRules = {
  page: 'client.definition',
  ownRecordOnly: true,
  rules,
  required: [...OWN_REQUIRED, ...INTERLOCUTEUR.map(([k]) => k)],
  requiredWhen: {
    'client.iban': prelevement,
    'client.dateSignatureMandat': prelevement,
    'client.parrain': rtuSector,
  },
};
