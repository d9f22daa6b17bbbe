/**
 * Rules of one contrat de travail, opened in its window (docs/rules.md, `intervenant.contrat`). The
 * window's tabs (Général, Rémunération / horaires, Complément) are merged by the caller into one
 * record. Dated legal values (SMIC, grid, caps) come from settings only.
 */
import { canonicalLabel } from '../../../lib/model/fields';
import { missingRule } from '../../missing';
import type { PageRules, Rule } from '../../types';
import { cddDateFin, cddRemplace, employeurClient, employeurPrestataire } from './employeur';
import { premierePrestation, tardif } from './dates';
import { convention, exonerationClient, nature, typeEmploi } from './general';
import { essaiDebut, essaiDuree, essaiMissing } from './essai';
import { grilleAbsente, grilleObsolete, statut, tauxMinimum, unreadable, volumeMax } from './remuneration';
import { isCdd, isRemplacement } from './read';

export { cddEssaiMax } from './essai';

const REQUIRED = [
  'employeur',
  'type',
  'dateDebut',
  'convention',
  'typeEmploi',
  'nature',
  'exoneration',
  'essaiDebut',
  'essaiFin',
  'tauxHoraire',
  'volumeMensuel',
  'repartition',
  'statut',
].map((f) => `contrat.${f}`);

/** `<field>.missing` with another severity and message (fields the procedure asks for). */
function missing(key: string, severity: Rule['severity'], message: string): Rule {
  return {
    ...missingRule(key, undefined, message),
    severity,
    description: `${canonicalLabel(key)} : renseigné`,
  };
}

const rules: Rule[] = [
  missingRule('contrat.employeur'),
  employeurPrestataire,
  employeurClient,
  missingRule('contrat.type'),
  cddDateFin,
  cddRemplace,
  missingRule('contrat.dateDebut'),
  premierePrestation,
  tardif,
  convention,
  typeEmploi,
  nature,
  missingRule('contrat.exoneration'),
  exonerationClient,
  essaiMissing,
  essaiDebut,
  essaiDuree,
  missingRule('contrat.tauxHoraire'),
  unreadable('contrat.tauxHoraire', 'Taux horaire illisible : saisir le montant brut (ex. 12,02)'),
  tauxMinimum,
  grilleAbsente,
  grilleObsolete,
  missing('contrat.transport', 'warning', 'indiquer le montant (0 ou « néant » si aucune)'),
  missingRule('contrat.volumeMensuel'),
  unreadable(
    'contrat.volumeMensuel',
    "Volume horaire mensuel illisible : saisir un nombre d'heures (ex. 86,80)",
  ),
  volumeMax,
  missing('contrat.repartition', 'warning', 'préciser jours, rythme, durée et type de prestation'),
  statut,
  missing('contrat.modeleEdition', 'info', 'choisir le modèle correspondant au contrat'),
];

export const contratTravailRules: PageRules = {
  page: 'intervenant.contrat',
  rules,
  required: REQUIRED,
  requiredWhen: {
    'contrat.dateFin': isCdd,
    'contrat.salarieRemplace': isRemplacement,
  },
};
