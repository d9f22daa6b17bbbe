/**
 * One row of « Dossiers en cours » from what the background sent for a dossier, the person's notes
 * and the settings: the panel's checklist (procedure/checklist/status.ts) for the verdict and the counts,
 * the Tâches view's cards (components/panel/tasks/model.ts) for the tasks still to create.
 */
import { evaluateChecklist, type ChecklistState } from '../../procedure/checklist/status';
import { verdictOf } from '../../procedure/checklist/status';
import type { DossierData } from '../../lib/platform/messages';
import { clientUrl, type DossierRow } from '../../procedure/dossier-list';
import type { NotesEntry } from '../../lib/notes/notes';
import type { Settings } from '../../lib/settings/settings';
import { buildTasks } from '../panel/tasks/model';

/** The panel's checklist for a dossier and its notes. */
export function checklistOf(data: DossierData, notes: NotesEntry): ChecklistState {
  return evaluateChecklist({
    dossier: data.dossier,
    findings: data.findings,
    pagesRead: data.pagesRead,
    notes,
  });
}

/** Titles of the task cards that apply (or are not decided yet) and are neither created nor present. */
function tasksToCreate(data: DossierData, notes: NotesEntry, settings: Settings, today: string): string[] {
  return buildTasks({ dossier: data.dossier, settings, today, answers: notes.call })
    .filter((c) => c.condition?.applies !== false && !notes.tasks[c.id])
    .map((c) => c.values.titre);
}

export function buildRow(
  data: DossierData,
  notes: NotesEntry,
  settings: Settings,
  today: string,
): DossierRow {
  const checklist = checklistOf(data, notes);
  const { client, intervenants } = data.dossier;
  const url = clientUrl(data.dossier);
  return {
    key: data.key,
    ...(client?.name ? { name: client.name } : {}),
    ...(client?.code ? { code: client.code } : {}),
    verdict: verdictOf(checklist),
    errors: checklist.counts.errors,
    warnings: checklist.counts.warnings,
    unseen: checklist.counts.unseen,
    avs: intervenants.map((i) => i.name ?? i.matricule ?? i.key),
    lastActivity: data.lastActivity,
    ...(notes.appointment ? { appointment: notes.appointment.at } : {}),
    tasksToCreate: tasksToCreate(data, notes, settings, today),
    ...(url ? { url } : {}),
  };
}
