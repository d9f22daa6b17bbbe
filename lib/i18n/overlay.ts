/** French wording of the overlay on the Ogust page (inline messages and the summary pill). */
import { PAGE_LABEL, readAgo } from './common';

export const OVERLAY = {
  brand: 'Dossier conforme',
  allInline: 'Tous les constats sont affichés à côté des champs.',
  absentOptional: (n: number) => `Champs facultatifs non affichés (${n})`,
  openPanel: 'Ouvrir le panneau',
  /** Firefox opens its sidebar only from its own UI (docs/spec/panel.md). */
  firefoxHint: 'Ouvrez le panneau avec l’icône Dossier conforme.',
  move: (to: 'left' | 'right') => `Déplacer à ${to === 'left' ? 'gauche' : 'droite'}`,
  /** A finding whose field is on the page but not shown (another tab of the window…). */
  hiddenField: (tab: string | undefined) =>
    tab
      ? `Dans l’onglet « ${tab} » : ouvrez-le pour voir le champ.`
      : 'Champ non affiché sur la page : faites-le apparaître pour le corriger.',
  /** Where a cross-page finding comes from: « d’après Fiche client — Planning, lu il y a 3 min ». */
  source: (page: string, readAt: number, now: number) =>
    `d’après ${PAGE_LABEL[page] ?? page}, ${readAgo(readAt, now)}`,
  /** The frame could not get its settings, even after asking again (content-scripts/notice.ts). */
  settingsUnreadable:
    'Dossier conforme ne peut pas lire ses réglages : les champs de cette page ne sont pas vérifiés. ' +
    'Rechargez la page (F5) ; si ce message revient, rechargez Dossier conforme depuis la page des ' +
    'extensions du navigateur.',
  close: 'Fermer',
};
