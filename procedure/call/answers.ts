/** The call's steps and the keys of its answers saved in `notes.call`, and how to read them back. */
import type { DossierView } from '../../lib/model/dossier';
import { cleanText } from '../../lib/text/normalize';

export const STEP_IDS = [
  'presenter',
  'missions',
  'coordonnees',
  'tachesAVenir',
  'details',
  'absences',
  'cout',
  'signature',
  'outils',
  'aide',
  'prochainAppel',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Keys of `notes.call`. Step ticks and notes are `<step>.fait` / `<step>.note`. */
export const CALL_KEYS = {
  done: (step: StepId) => `${step}.fait`,
  note: (step: StepId) => `${step}.note`,
  absences: 'absences.dates',
  cout: 'cout.reponse', // 'valide' | 'aRevoir'
  coutNote: 'cout.note',
  dossierApa: 'aide.dossierApa', // 'oui' | 'non'
  demandeAici: 'aide.demandeAici', // 'oui' | 'non'
  aideFinanciere: 'aide.besoin', // 'oui' | 'non'
  prochainAppel: 'prochainAppel.date', // jj/mm/aaaa as typed
} as const;

export type CallAnswers = Record<string, string | boolean>;

export const answer = (a: CallAnswers, key: string): string => {
  const v = a[key];
  return typeof v === 'string' ? v : '';
};
export const ticked = (a: CallAnswers, key: string): boolean => a[key] === true;

/** 'oui' | 'non' | undefined. */
export function yesNo(a: CallAnswers, key: string): 'oui' | 'non' | undefined {
  const v = answer(a, key);
  return v === 'oui' || v === 'non' ? v : undefined;
}

/** The client as `NOM Prénom` (from the fiche when read, else the name the store knows). */
export function clientDisplayName(dossier: DossierView): string {
  const v = dossier.client?.definition?.value ?? {};
  const nom = cleanText(v['client.nom'] ?? '');
  const prenom = cleanText(v['client.prenom'] ?? '');
  if (nom) return [nom.toUpperCase(), prenom].filter(Boolean).join(' ');
  return cleanText(dossier.client?.name ?? '');
}
