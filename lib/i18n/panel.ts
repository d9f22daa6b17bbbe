/** French wording of the side panel's shell, Dossier view and Rendez-vous view, in one place for review. */
import type { ItemStatus } from '../model/types';
import { count } from '../text/format';
import { VERDICT_LABEL } from './dossiers';

export const PANEL = {
  title: 'Dossier conforme',
  tablistLabel: 'Vues du panneau',
  loading: 'Chargement du dossier…',
  empty: {
    notOgust:
      'Cet onglet n’est pas une page Ogust. Ouvrez la fiche d’un client ou d’une intervenante dans Ogust : son dossier s’affiche ici.',
    unrecognised:
      'Page Ogust non reconnue : ouvrez la fiche d’un client ou d’une intervenante (onglet Définition), ses contrats ou son planning. Si c’est bien une page du dossier, un administrateur peut la déclarer avec l’inspecteur.',
    noClient:
      'Aucun dossier client connu pour cette intervenante : ouvrez la fiche ou le planning d’un client qu’elle accompagne.',
    error: 'Le dossier n’a pas pu être chargé. Réessayez en rechargeant la page Ogust.',
  },
  inspector: 'Inspecteur',
  inspectorHint: 'Ouvrir l’inspecteur sur la page Ogust',
  readOnlyNotes:
    'Notes enregistrées par une version plus récente de l’extension : affichées sans pouvoir les modifier.',
  header: {
    client: 'Client',
    unknownClient: 'Client non identifié',
    verdict: VERDICT_LABEL,
    errors: (n: number) => count(n, 'erreur'),
    warnings: (n: number) => `${n} à vérifier`,
    unseen: (n: number) => count(n, 'non lu'),
    done: (done: number, total: number) => `${done} / ${total} faits`,
    progress: 'Avancement du dossier',
    hours: 'Heures par mois (toutes clientes)',
    hoursUnknown: 'planning de l’intervenante non lu',
    selector: 'Dossier du client',
    avsPage: (name: string) => `Fiche de l’intervenante ${name}`,
  },
  status: {
    ok: 'OK',
    error: 'Erreur',
    warning: 'À vérifier',
    info: 'Conseil',
    unseen: 'Non lu',
    manual: 'À cocher',
    done: 'Fait',
  } satisfies Record<ItemStatus, string>,
  dossier: {
    expandAll: 'Tout déplier',
    /** Rule ids are for the inspector and support, not the reading line: shown on demand. */
    showRuleIds: 'Afficher les codes des contrôles',
    collapseAll: 'Tout replier',
    unseenHint: 'onglet pas encore lu',
    openTab: 'Ouvrir l’onglet',
    revealHint: 'Afficher sur la page',
    notApplicable: 'sans objet',
    fromTasks: 'coché depuis la vue Tâches',
    ruleOk: 'conforme',
    nir: 'NIR',
    iban: 'IBAN',
    notRead: 'non lu',
    help: {
      contratPriseEnCharge: 'Article d’aide : contrat de prise en charge',
      creationContratTravail: 'Article d’aide : création d’un contrat de travail',
    },
    noHelp: 'Adresse de l’article d’aide non renseignée (réglages → Articles d’aide) : pas de lien.',
  },
  rdv: {
    title: 'Préparer un rendez-vous',
    intro: (minutes: number) =>
      `Saisissez la date et l’heure du rendez-vous : une notification vous prévient ${minutes} min avant.`,
    date: 'Date du rendez-vous',
    time: 'Heure',
    save: 'Enregistrer le rendez-vous',
    remove: 'Supprimer le rendez-vous',
    planned: (when: string) => `Rendez-vous ${when}.`,
    reminderAt: (when: string) => `Rappel ${when}.`,
    reminderSent: 'Rappel envoyé.',
    past: 'Ce rendez-vous est passé.',
    invalid: 'Date ou heure invalide : saisissez une date (jj/mm/aaaa) et une heure (hh:mm).',
    pastInput: 'Cette date est déjà passée : saisissez un rendez-vous à venir.',
    noDossier: 'Ouvrez la fiche d’un client dans Ogust pour préparer son rendez-vous.',
    ficheClient: 'Fiche client',
    contratMandat: (avs: string) => `Contrat de mandat — ${avs}`,
    contratMandatNone: 'Contrat de mandat',
    contratTravail: 'Contrat de travail',
    callScript: 'Script d’appel',
  },
};
