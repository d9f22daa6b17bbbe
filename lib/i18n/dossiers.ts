/** French wording of « Dossiers en cours » and of the conformity report (extension pages), in one place for review. */
import type { Verdict } from '../model/types';
import { count } from '../text/format';

export const VERDICT_LABEL: Record<Verdict, string> = {
  conforme: 'Conforme',
  'non-conforme': 'Non conforme',
  incomplet: 'Incomplet',
};

export const DOSSIERS = {
  title: 'Dossiers en cours',
  /** The toolbar icon's menu item and the panel's header link. */
  menu: 'Dossiers en cours',
  panelLink: 'Dossiers en cours',
  panelLinkHint: 'Tous les dossiers lus sur ce poste, dans un onglet',
  intro:
    'Chaque dossier client ouvert dans Ogust sur ce poste, avec son verdict et ce qu’il reste à faire. Le verdict est celui de la vue Dossier du panneau.',
  retention: (days: number) =>
    `Chaque dossier est conservé ${days} jours après la dernière activité, puis effacé de ce poste (réglages → Conservation des dossiers).`,
  loading: 'Chargement des dossiers…',
  error:
    'Les dossiers n’ont pas pu être chargés. Rechargez cette page ; si cela persiste, redémarrez le navigateur.',
  none: 'Aucun dossier en cours : ouvrez la fiche d’un client dans Ogust, son dossier apparaît ici.',
  noMatch:
    'Aucun dossier ne correspond à la recherche ou au filtre : videz la recherche ou décochez « À traiter ».',
  sortBy: 'Trier par',
  sort: { verdict: 'Verdict (le plus à faire d’abord)', activity: 'Dernière activité' },
  toDo: 'À traiter seulement (non conformes et incomplets)',
  search: 'Rechercher un client (nom ou code)',
  shown: (n: number, total: number) => `${count(n, 'dossier')} sur ${total}`,
  columns: {
    client: 'Client',
    verdict: 'Verdict',
    counts: 'Erreurs · à vérifier · non lus',
    avs: 'Intervenantes',
    activity: 'Dernière activité',
    appointment: 'Prochain rendez-vous',
    tasks: 'Tâches à créer',
    actions: 'Actions',
  },
  errors: (n: number) => count(n, 'erreur'),
  warnings: (n: number) => `${n} à vérifier`,
  unseen: (n: number) => count(n, 'non lu'),
  unknownClient: 'Client non identifié',
  noAvs: 'aucune lue',
  noAppointment: 'aucun',
  pastAppointment: '(passé)',
  noTasks: 'aucune',
  tasksCount: (n: number) => `${n} à créer`,
  open: 'Ouvrir dans Ogust',
  openHint: 'Ouvre la fiche du client telle que lue la dernière fois, dans un nouvel onglet',
  noUrl: 'adresse de la fiche non lue',
  report: 'Rapport',
  reportHint: 'Rapport de conformité imprimable de ce dossier',
};

export const REPORT = {
  title: 'Rapport de conformité',
  print: 'Imprimer / Enregistrer en PDF',
  printHint: 'Dans la fenêtre d’impression, choisissez « Enregistrer au format PDF » comme destination.',
  printButton: 'Imprimer le rapport de conformité',
  printButtonHint: 'Ouvre le rapport de ce dossier dans un onglet, prêt à imprimer ou à enregistrer en PDF',
  loading: 'Chargement du dossier…',
  error: 'Le dossier n’a pas pu être chargé. Rechargez cette page depuis la vue Dossier du panneau.',
  noDossier:
    'Dossier introuvable sur ce poste (effacé ou jamais lu) : ouvrez la fiche du client dans Ogust, puis « Imprimer le rapport de conformité » dans la vue Dossier.',
  madeBy: (name: string, when: string) => `Établi par ${name} ${when}.`,
  noUserName: 'nom non renseigné (réglages → Votre nom)',
  client: 'Client',
  code: 'Code client',
  nir: 'NIR',
  iban: 'IBAN',
  masked: 'NIR et IBAN masqués.',
  notRead: 'non lu',
  verdict: 'Verdict',
  counts: (errors: number, warnings: number, unseen: number, done: number, total: number) =>
    `${count(errors, 'erreur')} · ${warnings} à vérifier · ${count(unseen, 'non lu')} · ${done} / ${total} faits`,
  avsTitle: 'Intervenantes',
  matricule: 'Matricule',
  noAvs: 'Aucune intervenante lue pour ce dossier.',
  checklistTitle: 'Procédure : chaque ligne et chaque contrôle',
  readAt: (when: string) => `lu ${when}`,
  unseenLine: 'onglet pas encore lu',
  notApplicable: 'sans objet',
  fromTasks: 'coché depuis la vue Tâches',
  callTitle: 'Appel au client',
  stepDone: 'fait',
  stepNotDone: 'non fait',
  summary: 'Réponses et résumé',
  tasksTitle: 'Tâches marquées dans Unaide Connect',
  taskState: { created: 'créée', present: 'déjà présente' },
  noTasks: 'Aucune tâche marquée créée ou présente.',
  appointment: 'Rendez-vous',
};
