/**
 * « Date d'exécution » of the back-office tasks (docs/spec/panel.md § 4), pure: computed from the dossier (the
 * client's accumulated planning, the contrats de travail), today, the settings and the date chosen
 * in the call. Dates are ISO `AAAA-MM-JJ` inside, `jj/mm/aaaa` when shown.
 *
 * First prestation = the first non-cancelled prestation of the client's planning
 * (`dossier.client.planning`, rows accumulated by the dossier store).
 */
import { nameMatches } from '../../lib/text/identity';
import { parsed } from '../../lib/planning/rows';
import type { DossierView } from '../../lib/model/dossier';
import { cleanText, parseDate } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { DateRule } from '../../lib/settings/task-templates';
import { addDays, addMonths, dayInMonth, endOfMonth, isoDate, isoParts, weekday } from '../../lib/time/dates';

/** The first Friday strictly after a date (a Friday gives the next week's Friday). */
export function fridayStrictlyAfter(iso: string): string {
  const delta = (5 - weekday(iso) + 7) % 7 || 7;
  return addDays(iso, delta);
}

/** Day `day` of the month after a date's month (December → January of the next year); a day past the month's end gives its last day. */
export function dayOfNextMonth(iso: string, day: number): string {
  const [y, m] = isoParts(addMonths(iso, 1)); // 31/01 + 1 month is 28/02: still the next month
  return dayInMonth(y, m, day);
}

/** Day `day` of month `month` of the year after a date's year (clamped to the month's end). */
export function dayOfNextYear(iso: string, month: number, day: number): string {
  return dayInMonth(isoParts(iso)[0] + 1, Math.min(Math.max(1, month), 12), day);
}

/** The date of the first non-cancelled prestation of the client's planning, when read. */
export function firstPrestation(dossier: DossierView, settings: Settings): string | undefined {
  const rows = dossier.client?.planning?.value.rows;
  if (!rows?.length) return undefined;
  // `parsed`: parsed once per rows array and settings (the views ask many times per render).
  return parsed(rows, settings).prestations.find((p) => !p.cancelled)?.date;
}

/**
 * The end of the trial period to follow: the earliest « Fin de la période d'essai » among the
 * contrats de travail of the dossier whose employer is the client (or unknown), not before today
 * when one is; else the earliest.
 */
export function trialEnd(dossier: DossierView, today: string): string | undefined {
  const clientName = dossier.client?.name;
  const ends: string[] = [];
  for (const avs of dossier.intervenants)
    for (const c of avs.contrats) {
      const v = c.fields.value;
      const employer = cleanText(v['contrat.employeur'] ?? '');
      if (clientName && employer && !nameMatches(employer, clientName)) continue;
      const end = parseDate(v['contrat.essaiFin'] ?? '', { today });
      if (end) ends.push(end);
    }
  ends.sort();
  return ends.find((e) => e >= today) ?? ends[0];
}

/** Why a date cannot be computed yet: planning not read, read only partly, contract not read. */
export type Pending = 'planning' | 'planningPartiel' | 'contrat';

export type TaskDate = { iso: string } | { pending: Pending };

/**
 * The first prestation as a task date: pending while the planning is not read, or read only partly
 * (`complete` false: the first prestation read may not be the real first one, e.g. January read
 * alone when the planning starts in December).
 */
export function firstPrestationDate(dossier: DossierView, settings: Settings): TaskDate {
  const planning = dossier.client?.planning?.value;
  if (planning && !planning.complete) return { pending: 'planningPartiel' };
  const first = firstPrestation(dossier, settings);
  return first ? { iso: first } : { pending: 'planning' };
}

export interface DateInputs {
  dossier: DossierView;
  settings: Settings;
  /** Today (ISO, Europe/Paris). */
  today: string;
  /** The next call's date chosen in the call script (ISO or `jj/mm/aaaa`), if any. */
  chosenCallDate?: string;
}

/** The execution date of a template's rule. */
export function taskDate(rule: DateRule, inputs: DateInputs): TaskDate {
  const { dossier, settings, today } = inputs;
  if (rule.kind === 'today') return { iso: today };
  if (rule.kind === 'suiviEssai') {
    const chosen = inputs.chosenCallDate ? parseDate(inputs.chosenCallDate, { today }) : null;
    if (chosen) return { iso: chosen };
    const end = trialEnd(dossier, today);
    return end
      ? { iso: addDays(end, -(rule.jours ?? settings.delays.essaiSuiviJours)) }
      : { pending: 'contrat' };
  }
  const start = firstPrestationDate(dossier, settings);
  if (!('iso' in start)) return start;
  const first = start.iso;
  switch (rule.kind) {
    case 'vendrediApresPremierePrestation':
      return { iso: fridayStrictlyAfter(first) };
    case 'finPremierMois':
      return { iso: endOfMonth(first) };
    case 'jourMoisSuivant':
      return { iso: dayOfNextMonth(first, rule.jour ?? 8) };
    case 'joursApresPremierePrestation':
      return { iso: addDays(first, rule.jours ?? settings.delays.suiviClientJours) };
    case 'jourAnneeSuivante':
      return { iso: dayOfNextYear(first, rule.mois ?? 1, rule.jour ?? 15) };
  }
}

/** A valid ISO date from `jj/mm/aaaa` typed by a person, or null. */
export function parseTypedDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  return m ? isoDate(+m[3]!, +m[2]!, +m[1]!) : null;
}
