/**
 * Task templates for the Unaide Connect back office (docs/spec/panel.md § 4): the « Nouveau client » task and
 * the following ones. Stored in settings (`settings.taskTemplates`) so an admin can edit titles,
 * categories, priorities, descriptions and date rules without a release; the defaults below are the
 * procedure's. Pure data and schema: the dates are computed in `procedure/tasks/dates.ts`, the texts in the
 * Tâches view.
 *
 * Every text field may hold `{placeholders}` (their French descriptions: `TASKS.placeholders` in
 * lib/i18n/tasks.ts); an unknown placeholder is left as written so a typo shows in the panel instead
 * of vanishing. « Remplir le formulaire » never sends Géré par or À destination de while it holds one,
 * or the stand-in of a name not known yet (components/panel/tasks/connect.ts, `standInFields`).
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

/** Stable task ids (the Dossier view ticks its « Tâches back office » items from these). */
export const TASK_IDS = [
  'nouveauClient',
  'urssaf',
  'aici',
  'suiviEssai',
  'contratTravail',
  'contratMandat',
  'signature',
  'aideFinanciere',
  'facturationPaie',
  'reglementClient',
  'suiviClient',
  'creditImpot',
  'cloturerProposition',
] as const;
export type TaskId = (typeof TASK_IDS)[number];

/**
 * How a task's « Date d'exécution » is computed (first prestation = first non-cancelled prestation of
 * the client's planning):
 * - `today`: the day the panel is shown;
 * - `vendrediApresPremierePrestation`: the first Friday strictly after the first prestation;
 * - `suiviEssai`: the date chosen in the call, else the trial end minus `jours` (default: the
 *   setting `delays.essaiSuiviJours`);
 * - `finPremierMois`: the last day of the month of the first prestation;
 * - `jourMoisSuivant`: day `jour` (default 8) of the month after the first prestation;
 * - `joursApresPremierePrestation`: `jours` days after the first prestation (default: the setting
 *   `delays.suiviClientJours`);
 * - `jourAnneeSuivante`: day `jour` of month `mois` (default 15 January) of the year after the first
 *   prestation.
 */
export const dateRuleKinds = [
  'today',
  'vendrediApresPremierePrestation',
  'suiviEssai',
  'finPremierMois',
  'jourMoisSuivant',
  'joursApresPremierePrestation',
  'jourAnneeSuivante',
] as const;

const dateRuleSchema = z.object({
  kind: z.enum(dateRuleKinds),
  jours: z.optional(z.number()),
  jour: z.optional(z.number()),
  mois: z.optional(z.number()),
});
export type DateRule = z.infer<typeof dateRuleSchema>;

/** When a card applies: always, or only after a given call answer. */
export const taskConditions = ['toujours', 'demandeAici', 'aideFinanciere'] as const;

const taskTemplateSchema = z.object({
  id: z.string(),
  titre: z.string(),
  categorie: z.string(),
  priorite: z.string(),
  /** « À destination de »: usually `{client}`. */
  destinataire: z._default(z.string(), '{client}'),
  /** « Géré par »: usually `{utilisateur}`. */
  gerePar: z._default(z.string(), '{utilisateur}'),
  description: z._default(z.string(), ''),
  date: dateRuleSchema,
  condition: z._default(z.enum(taskConditions), 'toujours'),
  /** Shown under the date, e.g. « chaque semaine ». */
  recurrence: z.optional(z.string()),
});
export type TaskTemplate = z.infer<typeof taskTemplateSchema>;

const t = (
  id: TaskId,
  titre: string,
  categorie: string,
  priorite: string,
  date: DateRule,
  description: string,
  extra: Partial<Pick<TaskTemplate, 'condition' | 'recurrence'>> = {},
): TaskTemplate => ({
  id,
  titre,
  categorie,
  priorite,
  destinataire: '{client}',
  gerePar: '{utilisateur}',
  description,
  date,
  condition: extra.condition ?? 'toujours',
  ...(extra.recurrence ? { recurrence: extra.recurrence } : {}),
});

const TODAY: DateRule = { kind: 'today' };
const NE_PEUT_PAS = 'Ne peut pas être reportée';
const NORMALE = 'Normale';

/** The procedure's templates (docs/spec/panel.md § 4), in its order. */
export const DEFAULT_TASK_TEMPLATES: TaskTemplate[] = [
  t(
    'nouveauClient',
    'Nouveau client',
    'Suivi client',
    NE_PEUT_PAS,
    TODAY,
    [
      'Date de démarrage du contrat : {dateDebut}',
      'Nombre d’heures : {heures}',
      'Intervenantes : {intervenantes}',
      'Dossier APA : {dossierApa}',
      'Demande d’AICI : {demandeAici}',
      'Coût mensuel validé avec le client : {coutValide}',
    ].join('\n'),
  ),
  t(
    'urssaf',
    'URSSAF — chaque vendredi après la 1ère prestation',
    'Administratif',
    NORMALE,
    { kind: 'vendrediApresPremierePrestation' },
    'Déclaration URSSAF des prestations de la semaine pour {client}.',
    { recurrence: 'chaque semaine (vendredi)' },
  ),
  t(
    'aici',
    'Demande d’AICI',
    'Administratif',
    NORMALE,
    TODAY,
    'Inscrire {client} à l’avance immédiate du crédit d’impôt (URSSAF).',
    { condition: 'demandeAici' },
  ),
  t(
    'suiviEssai',
    'Suivi période d’essai (renouvellement)',
    'Suivi client',
    NORMALE,
    { kind: 'suiviEssai' },
    'Appeler {client} pour le renouvellement de la période d’essai ({intervenantes}).',
  ),
  t(
    'contratTravail',
    'Contrat de travail pour la réalisation',
    'Ressources humaines',
    NORMALE,
    TODAY,
    'Contrat de travail de {intervenantes} chez {client} ({heures}).',
  ),
  t(
    'contratMandat',
    'Contrat de mandat pour la réalisation',
    'Suivi client',
    NORMALE,
    TODAY,
    'Contrat de mandat de {client} : coût mensuel {coutMensuel}.',
  ),
  t(
    'signature',
    'Signature document',
    'Suivi client',
    NORMALE,
    TODAY,
    'Envoyer et accompagner la signature du contrat de mandat et du contrat de travail ({client}).',
  ),
  t(
    'aideFinanciere',
    'Mise en place aide financière (évaluer le besoin)',
    'Suivi client',
    NORMALE,
    TODAY,
    'Évaluer le besoin d’aide financière de {client} (dossier APA : {dossierApa}).',
    { condition: 'aideFinanciere' },
  ),
  t(
    'facturationPaie',
    'Facturation / Paie',
    'Facturation',
    NORMALE,
    { kind: 'finPremierMois' },
    'Vérifier la facturation et la paie du premier mois de prestations de {client}.',
  ),
  t(
    'reglementClient',
    'Règlement client',
    'Facturation',
    NORMALE,
    { kind: 'jourMoisSuivant', jour: 8 },
    'Vérifier le règlement de {client} (paiement attendu avant le 8).',
  ),
  t(
    'suiviClient',
    'Suivi client',
    'Suivi client',
    NORMALE,
    { kind: 'joursApresPremierePrestation' },
    'Appel de suivi de {client}.',
  ),
  t(
    'creditImpot',
    'Crédit d’impôt (attestation fiscale)',
    'Administratif',
    NORMALE,
    { kind: 'jourAnneeSuivante', mois: 1, jour: 15 },
    'Envoyer l’attestation fiscale de {client}.',
  ),
  t(
    'cloturerProposition',
    'Clôturer la proposition de mission autonome',
    'Suivi client',
    NORMALE,
    TODAY,
    'Clôturer la proposition de mission autonome de {client}.',
  ),
];

export const taskTemplatesSchema = z.array(taskTemplateSchema);

/** Fill `{placeholders}`; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : all,
  );
}
