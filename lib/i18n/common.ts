/**
 * French wording shared by the overlay, the panel, the options and the docs. Every UI string of the
 * extension lives in `lib/i18n/` (one file per area), so wording is reviewed and changed there
 * without touching components. Rule messages live with their rules (`rules/`), and are listed in
 * the generated catalogue `docs/rules.md`.
 */
import type { Severity } from '../model/types';
import { count } from '../text/format';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Erreur',
  warning: 'À vérifier',
  info: 'Conseil',
};

export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

export const PAGE_LABEL: Record<string, string> = {
  'client.definition': 'Fiche client — Définition',
  'client.contrats': 'Fiche client — Contrats de mandat',
  'client.planning': 'Fiche client — Planning',
  'client.documents': 'Fiche client — Documents',
  'intervenant.definition': 'Fiche intervenant — Définition',
  'intervenant.contrats': 'Fiche intervenant — Contrats de travail',
  'intervenant.contrat': 'Contrat de travail',
  'intervenant.planning': 'Fiche intervenant — Planning',
  'intervenant.documents': 'Fiche intervenant — Documents',
  'connect.task': 'Unaide Connect — Tâche',
};

/**
 * « mars 2027 » from `2027-03` (a month key as the rules compute it). Twelve names written out: the
 * rules run in the script injected in every Ogust frame, where a date library's French locale would
 * add its weight for this one word.
 */
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export function monthName(key: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(key);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : key;
}

export function countsText(errors: number, warnings: number): string {
  if (!errors && !warnings) return 'Aucune erreur';
  return [errors ? count(errors, 'erreur') : '', warnings ? count(warnings, 'à vérifier', 'à vérifier') : '']
    .filter(Boolean)
    .join(' · ');
}

/** « lu il y a 3 min », from a time stamp and now (ms). */
export function readAgo(readAt: number, now: number): string {
  const s = Math.max(0, Math.round((now - readAt) / 1000));
  if (s < 60) return 'lu à l’instant';
  const m = Math.round(s / 60);
  if (m < 60) return `lu il y a ${m} min`;
  const h = Math.round(m / 60);
  if (h < 24) return `lu il y a ${h} h`;
  const d = Math.round(h / 24);
  return `lu il y a ${d} jour${d > 1 ? 's' : ''}`;
}
