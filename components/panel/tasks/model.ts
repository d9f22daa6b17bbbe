/**
 * The task cards of the Tâches view, pure: each template of the settings filled from the dossier, the
 * call's answers and today (dates by procedure/tasks/dates.ts). Also the « Tout copier » text.
 */
import {
  answer,
  CALL_KEYS,
  callFacts,
  callSummary,
  coutValideText,
  hoursText,
  yesNo,
  yesNoText,
  type CallAnswers,
} from '../../../procedure/call/script';
import type { DossierView } from '../../../lib/model/dossier';
import { TASKS } from '../../../lib/i18n/tasks';
import { cleanText } from '../../../lib/text/normalize';
import type { Settings } from '../../../lib/settings/settings';
import { firstPrestationDate, taskDate } from '../../../procedure/tasks/dates';
import { fmtEuros } from '../../../lib/text/format';
import { frDate } from '../../../lib/time/dates';
import { fillPlaceholders, type TaskTemplate } from '../../../lib/settings/task-templates';

export type TaskFieldKey = keyof typeof TASKS.fields;
export const TASK_FIELD_KEYS: TaskFieldKey[] = [
  'titre',
  'categorie',
  'date',
  'priorite',
  'destinataire',
  'gerePar',
  'description',
];

export interface TaskCard {
  id: string;
  values: Record<TaskFieldKey, string>;
  /** The date could not be computed yet. */
  datePending: boolean;
  recurrence?: string;
  /** For a conditional card: whether the call says it applies (undefined: not answered yet). */
  condition?: { text: string; applies: boolean | undefined };
}

export interface TaskInputs {
  dossier: DossierView;
  settings: Settings;
  today: string;
  answers: CallAnswers;
}

/** Placeholder values shared by every template. */
export function placeholderValues(inputs: TaskInputs): Record<string, string> {
  const { dossier, settings, today, answers } = inputs;
  const facts = callFacts(dossier, settings, today);
  const start = firstPrestationDate(dossier, settings);
  return {
    client: facts.client || TASKS.noClient,
    utilisateur: cleanText(settings.userName) || TASKS.noUserName,
    aujourdhui: frDate(today),
    dateDebut: 'iso' in start ? frDate(start.iso) : TASKS.pending[start.pending],
    heures: hoursText(facts.hours),
    intervenantes: facts.hours.map((h) => h.name).join(', ') || TASKS.pending.planning,
    dossierApa: yesNoText(yesNo(answers, CALL_KEYS.dossierApa)),
    demandeAici: yesNoText(yesNo(answers, CALL_KEYS.demandeAici)),
    coutValide: coutValideText(answers, facts.costTotal),
    coutMensuel: facts.costTotal !== undefined ? fmtEuros(facts.costTotal) : '—',
    resumeAppel: callSummary(facts, answers),
  };
}

function conditionOf(t: TaskTemplate, answers: CallAnswers): TaskCard['condition'] {
  if (t.condition === 'toujours') return undefined;
  const key = t.condition === 'demandeAici' ? CALL_KEYS.demandeAici : CALL_KEYS.aideFinanciere;
  const v = yesNo(answers, key);
  return { text: TASKS.conditional[t.condition], applies: v === undefined ? undefined : v === 'oui' };
}

export function buildTasks(inputs: TaskInputs): TaskCard[] {
  const values = placeholderValues(inputs);
  const chosen = cleanText(answer(inputs.answers, CALL_KEYS.prochainAppel));
  return inputs.settings.taskTemplates.map((t) => {
    const d = taskDate(t.date, { ...inputs, ...(chosen ? { chosenCallDate: chosen } : {}) });
    const fill = (s: string) => fillPlaceholders(s, values);
    const condition = conditionOf(t, inputs.answers);
    return {
      id: t.id,
      values: {
        titre: fill(t.titre),
        categorie: fill(t.categorie),
        date: 'iso' in d ? frDate(d.iso) : TASKS.pending[d.pending],
        priorite: fill(t.priorite),
        destinataire: fill(t.destinataire),
        gerePar: fill(t.gerePar),
        description: fill(t.description),
      },
      datePending: !('iso' in d),
      ...(t.recurrence ? { recurrence: t.recurrence } : {}),
      ...(condition ? { condition } : {}),
    };
  });
}

/** The whole task as formatted text (« Tout copier »). */
export function taskText(card: TaskCard): string {
  const F = TASKS.fields;
  const lines = TASK_FIELD_KEYS.filter((k) => k !== 'description').map((k) => `${F[k]} : ${card.values[k]}`);
  if (card.recurrence) lines.push(TASKS.recurrence(card.recurrence));
  lines.push(`${F.description} :`, card.values.description);
  return lines.join('\n');
}
