/**
 * The call script (docs/spec/panel.md § 2), pure: its steps, the facts shown from the dossier (hours per AVS per
 * month, days and times, monthly cost), the keys of the answers saved in `notes.call`, the
 * « Résumé d'appel » text and the AICI readiness of the client record. No DOM, no storage. The
 * answers' keys live in answers.ts and the AICI readiness in aici.ts; every name is exported from here.
 */
import { fmtClock, fmtEuros, fmtHours } from '../../lib/text/format';
import { addDays, DAY_MS, frDate, weekday } from '../../lib/time/dates';
import { parisMinutes } from '../../lib/time/paris';
import { isUnassigned, nameKey, nameMatches } from '../../lib/text/identity';
import { parsed } from '../../lib/planning/rows';
import type { Prestation } from '../../lib/planning/prestations';
import type { DossierView } from '../../lib/model/dossier';
import { CALL } from '../../lib/i18n/call';
import { TASKS } from '../../lib/i18n/tasks';
import { cleanText, parseAmount, parseDate, parseHours } from '../../lib/text/normalize';
import { valueAt, type Settings } from '../../lib/settings/settings';
import { firstPrestationDate, trialEnd, type TaskDate } from '../tasks/dates';
import { answer, CALL_KEYS, clientDisplayName, STEP_IDS, yesNo, type CallAnswers } from './answers';

export {
  answer,
  CALL_KEYS,
  clientDisplayName,
  STEP_IDS,
  ticked,
  yesNo,
  type CallAnswers,
  type StepId,
} from './answers';
export { aiciReadiness, type AiciField, type AiciProblem, type AiciReadiness } from './aici';

// ——— the dossier's facts ———

export interface AvsHours {
  name: string;
  /** Minutes per month, when known. */
  minutes?: number;
  source?: 'contrat' | 'planning';
  /** Recurring days and times, e.g. `lundi 8h00–9h00`. */
  slots: string[];
}

/**
 * Weekly days and times of an AVS's prestations, one text per weekday (Monday first), back-to-back
 * prestations merged: `lundi 8h00–11h00, 17h00–19h00`. Only slots seen at least twice (the weekly
 * pattern) when there are any, else every slot.
 */
function slotsOf(prestations: Prestation[]): string[] {
  const counts = new Map<string, { n: number; dow: number; from: number; to: number }>();
  for (const p of prestations) {
    const dow = weekday(p.date);
    const from = parisMinutes(p.start);
    const to = from + p.minutes;
    const key = `${dow} ${from} ${to}`;
    const c = counts.get(key);
    counts.set(key, { n: (c?.n ?? 0) + 1, dow, from, to });
  }
  const all = [...counts.values()];
  const recurring = all.filter((c) => c.n >= 2);
  const chosen = recurring.length ? recurring : all;
  const out: string[] = [];
  for (const dow of [1, 2, 3, 4, 5, 6, 0]) {
    const day = chosen.filter((c) => c.dow === dow).sort((a, b) => a.from - b.from || a.to - b.to);
    if (!day.length) continue;
    const merged: { from: number; to: number }[] = [];
    for (const c of day) {
      const last = merged[merged.length - 1];
      if (last && c.from <= last.to) last.to = Math.max(last.to, c.to);
      else merged.push({ from: c.from, to: c.to });
    }
    out.push(
      `${CALL.weekdays[dow]} ${merged.map((r) => `${fmtClock(r.from)}–${fmtClock(r.to)}`).join(', ')}`,
    );
  }
  return out;
}

/**
 * Hours per AVS per month and their days and times: the monthly volume of the AVS's contrat de
 * travail with this client when read, else the planning's weekly average × weeks per month.
 */
export function hoursPerAvs(dossier: DossierView, settings: Settings, today: string): AvsHours[] {
  const clientName = dossier.client?.name;
  const rows = dossier.client?.planning?.value.rows ?? [];
  const active = parsed(rows, settings).prestations.filter((p) => !p.cancelled);
  const byAvs = new Map<string, Prestation[]>();
  const nobody = (name: string | undefined) => isUnassigned(name, settings.unassignedWords);
  for (const p of active) {
    const name = cleanText(p.intervenant);
    if (nobody(name)) continue;
    const key = nameKey(name);
    if (!byAvs.has(key)) byAvs.set(key, []);
    byAvs.get(key)!.push(p);
  }
  const weeksPerMonth = valueAt(settings.legal.semainesParMois, today) ?? 4.34;
  const span =
    active.length > 0
      ? Math.max(1, Math.ceil((active[active.length - 1]!.end - active[0]!.start) / (7 * DAY_MS)))
      : 1;

  const out: AvsHours[] = [];
  const add = (name: string, prestations: Prestation[]) => {
    const avs = dossier.intervenants.find((i) => nameMatches(i.name, name));
    let minutes: number | undefined;
    let source: AvsHours['source'];
    for (const c of avs?.contrats ?? []) {
      const v = c.fields.value;
      const employer = cleanText(v['contrat.employeur'] ?? '');
      if (clientName && employer && !nameMatches(employer, clientName)) continue;
      // A contract already ended does not count (a CDD before the CDI, say).
      const fin = parseDate(v['contrat.dateFin'] ?? '');
      if (fin && fin < today) continue;
      const volume = parseHours(v['contrat.volumeMensuel'] ?? '');
      if (volume && volume > 0) {
        minutes = (minutes ?? 0) + volume;
        source = 'contrat';
      }
    }
    if (minutes === undefined && prestations.length) {
      const total = prestations.reduce((s, p) => s + p.minutes, 0);
      minutes = Math.round((total / span) * weeksPerMonth);
      source = 'planning';
    }
    out.push({ name, ...(minutes !== undefined ? { minutes, source } : {}), slots: slotsOf(prestations) });
  };
  for (const prestations of byAvs.values()) add(cleanText(prestations[0]!.intervenant), prestations);
  // AVS of the dossier without a prestation in the planning read (a contract or a mandat only).
  for (const i of dossier.intervenants)
    if (i.name && !nobody(i.name) && !out.some((h) => nameMatches(h.name, i.name))) add(i.name, []);
  return out;
}

export interface MandatCost {
  avs: string;
  frais?: number;
  salarie?: number;
  /** Frais de gestion + coût du salarié, when both are read. */
  total?: number;
}

/** The monthly cost per contrat de mandat (one per AVS): frais de gestion + coût du salarié. */
export function monthlyCosts(dossier: DossierView): { lines: MandatCost[]; total?: number } {
  const rows = dossier.client?.mandats?.value ?? [];
  const lines: MandatCost[] = rows.map((r) => {
    const frais = parseAmount(r.cells['mandat.fraisGestion'] ?? '') ?? undefined;
    const salarie = parseAmount(r.cells['mandat.coutSalarie'] ?? '') ?? undefined;
    return {
      avs: cleanText(r.cells['mandat.intervenant'] ?? '') || '—',
      ...(frais !== undefined ? { frais } : {}),
      ...(salarie !== undefined ? { salarie } : {}),
      ...(frais !== undefined && salarie !== undefined ? { total: frais + salarie } : {}),
    };
  });
  const known = lines.filter((l) => l.frais !== undefined || l.salarie !== undefined);
  const total = known.length ? known.reduce((s, l) => s + (l.frais ?? 0) + (l.salarie ?? 0), 0) : undefined;
  return { lines, ...(total !== undefined ? { total } : {}) };
}

export function costLineText(l: MandatCost): string {
  const m = CALL.cout.missing;
  return CALL.cout.line(
    l.avs,
    l.frais !== undefined ? fmtEuros(l.frais) : m,
    l.salarie !== undefined ? fmtEuros(l.salarie) : m,
    l.total !== undefined ? fmtEuros(l.total) : m,
  );
}

/** The next call proposed from the trial end minus the settings delay (ISO), when a trial end is read. */
export function proposedCallDate(
  dossier: DossierView,
  settings: Settings,
  today: string,
): string | undefined {
  const end = trialEnd(dossier, today);
  return end ? addDays(end, -settings.delays.essaiSuiviJours) : undefined;
}

// ——— résumé ———

export interface CallFacts {
  client: string;
  /** The first prestation (ISO), or why it is not known yet (planning not read, or read partially). */
  dateDebut: TaskDate;
  hours: AvsHours[];
  costTotal?: number;
}

export function callFacts(dossier: DossierView, settings: Settings, today: string): CallFacts {
  const costs = monthlyCosts(dossier);
  return {
    client: clientDisplayName(dossier),
    dateDebut: firstPrestationDate(dossier, settings),
    hours: hoursPerAvs(dossier, settings, today),
    ...(costs.total !== undefined ? { costTotal: costs.total } : {}),
  };
}

const R = CALL.resume;

/** `DUBOIS Laura : 86,8 h par mois` joined. */
export function hoursText(hours: readonly AvsHours[]): string {
  const known = hours.filter((h) => h.minutes !== undefined);
  return known.length
    ? known.map((h) => `${h.name} : ${fmtHours(h.minutes!)} par mois`).join(' ; ')
    : R.nonRenseigne;
}

export const yesNoText = (v: 'oui' | 'non' | undefined): string => v ?? R.nonRenseigne;

export function coutValideText(a: CallAnswers, total: number | undefined): string {
  const r = answer(a, CALL_KEYS.cout);
  const amount = total !== undefined ? ` (${fmtEuros(total)})` : '';
  if (r === 'valide') return `${R.oui}${amount}`;
  if (r === 'aRevoir') {
    const note = cleanText(answer(a, CALL_KEYS.coutNote));
    return `${R.non}${amount}${note ? ` — ${note}` : ''}`;
  }
  return R.nonRenseigne;
}

/** The « Résumé d'appel »: the facts and the answers, one per line (used in the Nouveau client task). */
export function callSummary(facts: CallFacts, a: CallAnswers): string {
  const L = R.lines;
  const lines = [
    `${L.client} : ${facts.client || R.nonRenseigne}`,
    `${L.dateDebut} : ${'iso' in facts.dateDebut ? frDate(facts.dateDebut.iso) : TASKS.pending[facts.dateDebut.pending]}`,
    `${L.heures} : ${hoursText(facts.hours)}`,
    `${L.intervenantes} : ${facts.hours.map((h) => h.name).join(', ') || R.nonRenseigne}`,
  ];
  const absences = cleanText(answer(a, CALL_KEYS.absences));
  if (absences) lines.push(`${L.absences} : ${absences}`);
  lines.push(
    `${L.dossierApa} : ${yesNoText(yesNo(a, CALL_KEYS.dossierApa))}`,
    `${L.demandeAici} : ${yesNoText(yesNo(a, CALL_KEYS.demandeAici))}`,
  );
  const aide = yesNo(a, CALL_KEYS.aideFinanciere);
  if (aide) lines.push(`${L.aideFinanciere} : ${aide}`);
  lines.push(`${L.cout} : ${coutValideText(a, facts.costTotal)}`);
  const next = cleanText(answer(a, CALL_KEYS.prochainAppel));
  if (next) {
    const iso = parseDate(next);
    lines.push(`${L.prochainAppel} : ${iso ? frDate(iso) : next}`);
  }
  const notes = STEP_IDS.map((s) => cleanText(answer(a, CALL_KEYS.note(s)))).filter(Boolean);
  if (notes.length) lines.push(`${L.notes} : ${notes.join(' · ')}`);
  return lines.join('\n');
}
