/**
 * What the person reads when storing failed (page summary, side panel), and what to do about it.
 * The background puts one of these in its answers (background/dossier-service.ts); never an English error.
 */

/** Days offered by « Effacer les dossiers de plus de N jours » in the storage failure banner. */
export const FREE_SPACE_DAYS = 7;

export const STORAGE = {
  /** The dossier store could not be written (after one retry): storage full. */
  full: `Enregistrement impossible : l’espace de stockage de l’extension est plein, les dernières pages lues ne sont pas enregistrées. Libérez de la place : « Effacer les dossiers de plus de ${FREE_SPACE_DAYS} jours » ou « Effacer toutes les données » (panneau latéral ou Réglages), puis rechargez la page.`,
  /** Any other refusal. */
  refused: `Enregistrement impossible : le navigateur a refusé d’enregistrer le dossier, les dernières pages lues ne sont pas enregistrées. Rechargez la page ; si cela continue, libérez de la place : « Effacer les dossiers de plus de ${FREE_SPACE_DAYS} jours » ou « Effacer toutes les données » (panneau latéral ou Réglages).`,
  /** The stored dossiers come from a newer version of the extension: kept, never written over. */
  newer:
    'Enregistrement impossible : les dossiers enregistrés viennent d’une version plus récente de l’extension et ne sont pas modifiés. Mettez l’extension à jour ; en attendant, les pages sont vérifiées sans être enregistrées.',
  /** The background could not read the record a page sent (a content script of another version). */
  recordRefused:
    'Enregistrement impossible : cette page a été lue par une autre version de l’extension. Rechargez la page.',
  /** A note or tick could not be saved (panel). */
  notesUnsaved:
    'Enregistrement impossible : vos dernières saisies de ce dossier (cases, notes, tâches, rendez-vous) ne sont pas enregistrées. Gardez le panneau ouvert et réessayez ; si cela continue, libérez de la place (Réglages).',
  retry: 'Réessayer',
  freeSpace: `Effacer les dossiers de plus de ${FREE_SPACE_DAYS} jours`,
  clearAll: 'Effacer toutes les données',
  freed: 'Place libérée : les dossiers plus anciens ont été effacés.',
  freeFailed: 'L’effacement n’a pas abouti : réessayez, ou redémarrez le navigateur puis recommencez.',
  /** Options page: the cap on stored dossiers. */
  cap: (n: number) =>
    `Au plus ${n} clients et ${n} intervenants sont gardés : au-delà, les moins récemment consultés sont effacés en premier.`,
} as const;

/** The French message for a failed write (quota, disk, anything else). */
export function storageFailureMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err ?? '');
  return /quota|space|full|bytes/i.test(text) ? STORAGE.full : STORAGE.refused;
}
