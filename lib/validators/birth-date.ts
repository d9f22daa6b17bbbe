/** Birth dates and ages (ISO `AAAA-MM-JJ` strings, today in Europe/Paris). */
import { parseDate } from '../text/normalize';
import { yearsBetween } from '../time/dates';

const MAX_AGE_YEARS = 120;

/** Age in whole years on `todayIso`; the birthday itself counts as having the age. */
export function ageOn(birthIso: string, todayIso: string): number {
  return yearsBetween(birthIso, todayIso);
}

export type BirthDate = { ok: true; iso: string } | { ok: false; message: string };

/** Parse and validate a birth date: parseable, not in the future, not more than 120 years ago. */
export function checkBirthDate(value: string, todayIso: string): BirthDate {
  // A birth date is never after today: `12/03/34` is 1934 (lib/text/normalize.ts).
  const iso = parseDate(value, { today: todayIso, past: true });
  if (!iso) return { ok: false, message: 'Date de naissance illisible : saisir jj/mm/aaaa' };
  if (iso > todayIso) return { ok: false, message: 'Date de naissance dans le futur : corriger' };
  const limit = `${Number(todayIso.slice(0, 4)) - MAX_AGE_YEARS}${todayIso.slice(4)}`;
  if (iso < limit) {
    return { ok: false, message: `Date de naissance il y a plus de ${MAX_AGE_YEARS} ans : corriger` };
  }
  return { ok: true, iso };
}

/** The valid birth date as ISO, else null (empty, unparseable or implausible). */
export function birthIso(value: string | undefined, todayIso: string): string | null {
  if (!value) return null;
  const r = checkBirthDate(value, todayIso);
  return r.ok ? r.iso : null;
}
