/**
 * The one clock: « today » is the current date in Europe/Paris. Tests and the demo pin it with the
 * `chrome.storage.local` key `oc.debug.today` (`AAAA-MM-JJ`), honoured by the default build.
 */
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function parisDate(now: Date = new Date()): string {
  return PARIS_DATE.format(now);
}

/** Today's ISO date: the pinned debug value when it is a valid `AAAA-MM-JJ`, else Paris's date. */
export function resolveToday(pinned: unknown, now: Date = new Date()): string {
  if (typeof pinned === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return parisDate(now);
}

/** The current time (ms since epoch). Reminders and the panel's « lu il y a » read it; tests replace `clock.now`. */
export const clock = { now: (): number => Date.now() };
