/** French wording of the inspector, point-and-bind and the anonymised capture (one place to review it). */
import type { Association } from '../model/types';

export const T = {
  title: 'Inspecteur',
  close: 'Fermer l’inspecteur',
  pillButton: 'Inspecteur',
  recognised: 'Page reconnue :',
  declared: '(déclarée par l’administrateur pour cette adresse)',
  notRecognised: 'Page non reconnue.',
  whyNot: 'Ce qui manque pour chaque type de page :',
  reasonMandat: 'aucun tableau avec la colonne « Frais de gestion mensuels » ou « Coût du salarié mensuel »',
  reasonPlanning: (cols: string[]) =>
    cols.length
      ? `tableau de planning sans les colonnes ${cols.map((c) => `« ${c} »`).join(', ')}`
      : 'aucun tableau',
  reasonContrat: (found: number) => `au moins 4 libellés du contrat de travail (${found} trouvés)`,
  reasonDocuments: 'l’onglet actif « Documents »',
  declareLabel: 'Cette page est…',
  declareChoose: '— choisir —',
  declareSave: 'Déclarer cette page',
  declareForget: 'Oublier la déclaration',
  declareSaved: 'Enregistré : cette adresse sera lue comme',
  previewHint: 'Aperçu des champs de ce type de page :',
  fields: 'Champs',
  columns: 'Colonnes de la liste',
  colField: 'Champ',
  colFound: 'Trouvé',
  colValue: 'Valeur',
  found: 'trouvé',
  absent: 'absent',
  ambiguous: 'ambigu',
  noLabel: 'aucun libellé de ce champ sur la page',
  noElement: 'libellé présent, mais aucun élément associé (ou pris par un autre champ)',
  ambiguousWhy: (n: number) => `ambigu : ${n} candidats à égalité, non lu`,
  matched: (label: string) => `libellé « ${label} »`,
  empty: '(vide)',
  bind: 'Associer',
  bindField: (field: string) => `Associer ${field}`,
  unbind: 'Retirer l’association',
  bound: (label: string | undefined, n: number) =>
    `Associé${label ? ` (« ${label} »)` : ''} : ${n === 1 ? '1 élément' : `${n} éléments`} sur cette page`,
  pickBanner: (field: string) =>
    `Cliquez sur l’élément du champ « ${field} » dans la page (ou Tab jusqu’à lui puis Entrée). Échap pour annuler.`,
  pickCount: (n: number) =>
    n === 0
      ? 'Cette association ne trouve aucun élément.'
      : n === 1
        ? 'Cette association trouve 1 élément (entouré).'
        : `Cette association trouve ${n} éléments (entourés) : choisir un élément plus précis.`,
  pickSave: 'Enregistrer l’association',
  pickCancel: 'Annuler',
  pickRetry: 'Choisir un autre élément',
  aliases: 'Libellés ajoutés',
  aliasesHint: 'séparés par « ; » — comptent aussi pour reconnaître la page',
  aliasesSave: 'Enregistrer les libellés',
  saved: 'Enregistré.',
  saveError:
    'Enregistrement impossible : réglages non modifiés. Réessayez ; si cela se reproduit, rechargez la page Ogust.',
  capture: 'Capturer la page (anonymisée)',
  captureDone: (file: string) => `Capture enregistrée : ${file}`,
  captureError: 'Capture impossible sur cette page : rechargez-la, puis recommencez.',
  loadError: 'Les réglages n’ont pas pu être lus : rechargez la page, puis rouvrez l’inspecteur.',
  shortcut: 'Raccourci : Alt+Maj+I',
} as const;

export const VIA_LABEL: Record<Association, string> = {
  binding: 'association de l’administrateur',
  'label-for': 'étiquette <label>',
  aria: 'aria-label',
  'cell-left': 'cellule de tableau à gauche',
  'cell-above': 'cellule de tableau au-dessus',
  'dt-dd': 'liste de définitions (dt/dd)',
  sibling: 'texte qui précède dans le bloc',
};
