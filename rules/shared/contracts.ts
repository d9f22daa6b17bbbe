/**
 * Helpers shared by the contract pages' rules (contrats de mandat, documents, contrats de travail):
 * contract dates, « start + N months − 1 day », who the dossier's client and current AVS are, the
 * first prestation of an AVS in the client's planning, and the conventional grid's state.
 */
import type { ClientView, DossierView, IntervenantView, Stamped } from '../../lib/model/dossier';
import { sameName } from '../../lib/text/identity';
import { cleanText, normValue, parseDate, sameValue } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { PageKey } from '../../lib/model/types';
import { parsePlanning, type Prestation } from '../../lib/planning/prestations';
import { addDays, addMonths, isoParts } from '../../lib/time/dates';
import type { ExonerationCategory } from '../types';

/** A contract date (start, end, trial) to ISO; two-digit years around today (lib/text/normalize.ts). */
export function contractDate(value: string | undefined, today: string): string | null {
  if (!value) return null;
  return parseDate(value, { today });
}

/**
 * « start + N months − 1 day »: the day before the same day N months later; when that day does not
 * exist, the last day of that month (01/12 → 31/12; 15/01 → 14/02; 31/01 → 28/02, 29/02 in 2028).
 */
export function addMonthsMinusOneDay(startIso: string, months: number): string {
  // addMonths gives the month's last day when it has no such day: that day is then the answer.
  const later = addMonths(startIso, months);
  return isoParts(later)[2] < isoParts(startIso)[2] ? later : addDays(later, -1);
}

/** Where a cross-page value comes from, as said in messages. */
const TAB_NAMES: Partial<Record<PageKey, string>> = {
  'client.definition': 'fiche client, onglet Définition',
  'client.contrats': 'fiche client, onglet Contrats',
  'client.planning': 'planning du client',
  'client.documents': 'documents du client',
  'intervenant.definition': 'fiche intervenant, onglet Définition',
  'intervenant.contrats': 'fiche intervenant, onglet Contrats de travail',
  'intervenant.contrat': 'contrat de travail',
  'intervenant.planning': "planning de l'intervenant",
};

export function tabName(page: PageKey): string {
  return TAB_NAMES[page] ?? page;
}

/** The `source` of a cross-page finding. */
export function sourceOf(stamped: Stamped<unknown>): { page: PageKey; readAt: number } {
  return { page: stamped.page, readAt: stamped.readAt };
}

// ---------------------------------------------------------------------------------------------
// Who is who

/** The stamped tab the dossier's client identity was read from (Définition first). */
export function clientStamp(client: ClientView): Stamped<unknown> | undefined {
  return client.definition ?? client.planning ?? client.mandats ?? client.documents;
}

/** The client's names as known to the dossier (heading name, Définition's Nom + Prénom). */
function clientNames(client: ClientView | undefined): string[] {
  if (!client) return [];
  const names: string[] = [];
  if (client.name) names.push(client.name);
  const def = client.definition?.value;
  const full = cleanText(`${def?.['client.nom'] ?? ''} ${def?.['client.prenom'] ?? ''}`);
  if (full) names.push(full);
  return names;
}

/** The client's display name for messages. */
export function clientLabel(client: ClientView): string {
  return clientNames(client)[0] ?? client.code ?? 'client du dossier';
}

const CODE = /\b(CLI\d+)\b/i;

/**
 * Whether a text (an employer's name) designates the dossier's client: same code client, or the
 * same name (`NOM Prénom` = `Prénom NOM`, civilité, accents and a part in parentheses ignored).
 * Undefined when the dossier's client is not known (no name nor code).
 */
export function isDossierClient(text: string, client: ClientView | undefined): boolean | undefined {
  if (!client) return undefined;
  const names = clientNames(client);
  const code = client.code ?? client.definition?.value['client.codeClient'];
  if (!names.length && !code) return undefined;
  const textCode = CODE.exec(text)?.[1];
  if (code && textCode) return sameValue(code, textCode);
  const bare = text.replace(/\([^()]*\)/g, ' ').replace(CODE, ' ');
  return names.some((n) => sameName(bare, n) || sameName(text, n));
}

/** The AVS whose page it is (intervenant pages). */
function currentAvs(dossier: DossierView): IntervenantView | undefined {
  if (!dossier.currentIntervenant) return undefined;
  return dossier.intervenants.find((i) => i.key === dossier.currentIntervenant);
}

/** The AVS's names as known (heading name, Définition's Nom + Prénom). */
function avsNames(avs: IntervenantView | undefined): string[] {
  if (!avs) return [];
  const names: string[] = [];
  if (avs.name) names.push(avs.name);
  const def = avs.definition?.value;
  const full = cleanText(`${def?.['intervenant.nom'] ?? ''} ${def?.['intervenant.prenom'] ?? ''}`);
  if (full) names.push(full);
  return names;
}

export interface FirstPrestation {
  prestation: Prestation;
  source: { page: PageKey; readAt: number };
}

/**
 * The first non-cancelled prestation of the current AVS in the dossier client's planning. Undefined
 * when it cannot be judged: no client planning read, planning incomplete, AVS unknown, or no
 * prestation of this AVS.
 */
export function firstPrestationOfAvs(dossier: DossierView, settings: Settings): FirstPrestation | undefined {
  const planning = dossier.client?.planning;
  if (!planning || !planning.value.complete) return undefined;
  const names = avsNames(currentAvs(dossier));
  if (!names.length) return undefined;
  const { prestations } = parsePlanning(planning.value.rows, settings);
  const first = prestations.find((p) => !p.cancelled && names.some((n) => sameName(p.intervenant, n)));
  return first ? { prestation: first, source: sourceOf(planning) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Settings-driven values

/** Category of a client exonération value, from the settings' categories. */
export function exonerationCategory(
  value: string | undefined,
  settings: Settings,
): ExonerationCategory | undefined {
  if (!value) return undefined;
  const cats = settings.exonerationCategories;
  for (const cat of ['aucune', 'plus70', 'apa', 'pch'] as const) {
    if (cats[cat].some((c) => sameValue(c, value))) return cat;
  }
  return 'autre';
}

/** The grid's dated values for a « Type d'emploi » (normalised label match), if configured. */
export function grilleOf(
  typeEmploi: string,
  settings: Settings,
): { label: string; values: { from: string; value: number }[] } | undefined {
  for (const [label, values] of Object.entries(settings.legal.grille)) {
    if (values.length && sameValue(label, typeEmploi)) return { label, values };
  }
  return undefined;
}

export type GrilleStatus = 'absente' | 'obsolete' | 'ok';

/**
 * The conventional grid in settings: `absente` when no value is configured (only the SMIC is
 * checked), `obsolete` when its newest value is older than the newest SMIC value.
 */
export function grilleStatus(settings: Settings): GrilleStatus {
  const newest = (values: readonly { from: string }[]) =>
    values.reduce<string | undefined>((b, v) => (!b || v.from > b ? v.from : b), undefined);
  const grille = newest(Object.values(settings.legal.grille).flat());
  if (!grille) return 'absente';
  const smic = newest(settings.legal.smicHoraire);
  return smic && grille < smic ? 'obsolete' : 'ok';
}

/** A text that says there is no trial period. */
export function saysSansEssai(text: string | undefined): boolean {
  return !!text && /\b(sans|pas de|aucune) periode d'essai\b/.test(normValue(text));
}
