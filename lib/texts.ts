/** French UI wording shared by the overlay and the panel (one place to review it). */
import type { Severity } from './types';

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

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

export function countsText(errors: number, warnings: number): string {
  if (!errors && !warnings) return 'Aucune erreur';
  return [
    errors ? plural(errors, 'erreur', 'erreurs') : '',
    warnings ? plural(warnings, 'à vérifier', 'à vérifier') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
