/**
 * A manual item's status (see status.ts): ticked by hand or by the Tâches view's marks, and whether
 * its condition holds (an AVS from outside the EEA needs a work permit).
 */
import { CONDITIONAL_TASKS, FOLLOWING_TASKS, manualItemId, type GroupId, type ManualDef } from './items';
import type { ManualState } from './state';
import { CALL_KEYS } from '../call/answers';
import type { NotesEntry } from '../../lib/notes/notes';
import { normValue } from '../../lib/text/normalize';

/** Nationalities (and countries) of the EU, the EEA and Switzerland: no work permit needed. */
const EEA = new Set(
  [
    'france française français',
    'allemagne allemande allemand',
    'autriche autrichienne autrichien',
    'belgique belge',
    'bulgarie bulgare',
    'chypre chypriote',
    'croatie croate',
    'danemark danoise danois',
    'espagne espagnole espagnol',
    'estonie estonienne estonien',
    'finlande finlandaise finlandais',
    'grèce grecque grec',
    'hongrie hongroise hongrois',
    'irlande irlandaise irlandais',
    'italie italienne italien',
    'lettonie lettone letton',
    'lituanie lituanienne lituanien',
    'luxembourg luxembourgeoise luxembourgeois',
    'malte maltaise maltais',
    'pays-bas néerlandaise néerlandais',
    'pologne polonaise polonais',
    'portugal portugaise portugais',
    'roumanie roumaine roumain',
    'slovaquie slovaque',
    'slovénie slovène',
    'suède suédoise suédois',
    'tchéquie tchèque république tchèque',
    'islande islandaise islandais',
    'liechtenstein liechtensteinoise liechtensteinois',
    'norvège norvégienne norvégien',
    'suisse',
  ]
    .flatMap((l) => l.split(' '))
    .map((w) => normValue(w)),
);

/** True / false when the nationality is known; undefined when it was not read. */
export function outsideEea(nationalite: string | undefined): boolean | undefined {
  if (nationalite === undefined || !nationalite.trim()) return undefined;
  const words = normValue(nationalite)
    .split(/[\s,/()]+/)
    .filter(Boolean);
  return !words.some((w) => EEA.has(w));
}

function tasksDone(def: ManualDef, notes: NotesEntry): boolean {
  const has = (t: string) => notes.tasks[t] === 'created' || notes.tasks[t] === 'present';
  if (def.tasks === 'nouveauClient') return has('nouveauClient');
  if (def.tasks === 'cloturerProposition') return has('cloturerProposition');
  if (def.tasks === 'suivantes') {
    // A conditional task counts only when the call says it applies (AICI requested, aid needed).
    const applies: Record<string, boolean> = {
      aici: notes.call[CALL_KEYS.demandeAici] === 'oui',
      aideFinanciere: notes.call[CALL_KEYS.aideFinanciere] === 'oui',
    };
    return FOLLOWING_TASKS.filter((t) => !CONDITIONAL_TASKS.includes(t) || applies[t]).every(has);
  }
  return false;
}

export function evaluateManual(
  group: GroupId,
  def: ManualDef,
  avs: string | undefined,
  applies: boolean,
  notes: NotesEntry,
): ManualState {
  const id = manualItemId(group, def.name, avs);
  const fromTasks = tasksDone(def, notes);
  return {
    kind: 'manual',
    id,
    label: def.label,
    status: notes.manual[id] || fromTasks ? 'done' : 'manual',
    applies,
    fromTasks,
  };
}
