/** French wording of « Lire les onglets non lus » (panel, page summary, and each tab not read). */
import type { PageKey } from '../model/types';

export type UnreadReason =
  'no-link' | 'scripted' | 'refused' | 'timeout' | 'other-page' | 'stopped' | 'left' | 'partial';

const TAB_NAME: Partial<Record<PageKey, string>> = {
  'client.definition': 'Fiche client',
  'client.contrats': 'Contrats de mandat',
  'client.planning': 'Planning client',
  'client.documents': 'Documents',
  'intervenant.definition': 'Fiche',
  'intervenant.contrats': 'Contrats de travail',
  'intervenant.contrat': 'Contrat de travail',
  'intervenant.planning': 'Planning',
  'intervenant.documents': 'Documents',
};

export const READ_UNSEEN = {
  button: 'Lire les onglets non lus',
  hint: 'Ouvre un à un, sans les afficher, les onglets Ogust de ce dossier encore non lus (liens affichés par Ogust, rien n’est modifié).',
  nothing: 'Tous les onglets connus de ce dossier sont lus.',
  stop: 'Arrêter',
  progress: (done: number, total: number) => `${done} / ${total} onglet${total > 1 ? 's lus' : ' lu'}`,
  current: (tab: string) => `Lecture : ${tab}…`,
  finished: (done: number) =>
    done
      ? `Lecture terminée : ${done} onglet${done > 1 ? 's' : ''} lu${done > 1 ? 's' : ''}.`
      : 'Lecture terminée.',
  stopped: 'Lecture arrêtée.',
  failuresTitle: 'Onglets à ouvrir vous-même :',
  openByHand: 'Ouvrir l’onglet',
  /** « Contrats de mandat » or « Planning — DUBOIS Laura ». */
  tabName: (page: PageKey, avs?: string) => `${TAB_NAME[page] ?? page}${avs ? ` — ${avs}` : ''}`,
  reason: {
    'no-link':
      'aucun lien vers cet onglet vu sur les pages déjà lues : ouvrez-le depuis Ogust, puis relancez la lecture.',
    scripted: 'onglet ouvert par un script d’Ogust (pas d’adresse à suivre) : ouvrez-le vous-même.',
    refused: 'Ogust a refusé de charger la page en arrière-plan : ouvrez l’onglet vous-même.',
    timeout: 'page non lue dans le temps imparti : ouvrez l’onglet vous-même.',
    'other-page': 'le lien a mené à une autre page : ouvrez l’onglet vous-même.',
    stopped: 'lecture arrêtée avant cet onglet.',
    left: 'la page Ogust a été quittée pendant la lecture : relancez-la depuis la page du dossier.',
    partial:
      'planning lu en partie seulement : affichez un an sans pagination dans Ogust, ou ouvrez vous-même les pages suivantes.',
  } satisfies Record<UnreadReason, string>,
  /** How far a paginated planning was followed. */
  pages: (n: number) => `${n} page${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''}`,
  noDossier: 'Aucun dossier reconnu dans cet onglet : ouvrez la fiche du client dans Ogust.',
  summaryButton: 'Lire les onglets non lus',
  keyboardHint: 'Alt+Maj+N : constat suivant · Alt+Maj+P : constat précédent',
};
