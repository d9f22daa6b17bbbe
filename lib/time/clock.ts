/**
 * The one clock: « today » is the current date in Europe/Paris. Tests and the demo pin it with the
 * `chrome.storage.local` key `oc.debug.today` (`AAAA-MM-JJ`), honoured by the default build.
 */
import { parisDateOf } from './paris';

/** Today's date in Paris at `now`. */
export function parisDate(now: Date = new Date()): string {
  return parisDateOf(now.getTime());
}

const VALID = /^\d{4}-\d{2}-\d{2}$/;

/** The day pinned by the last `resolveToday`, if any (kept so that `clock.today` agrees with it). */
let pinnedToday: string | undefined;

/**
 * Today's ISO date: the pinned debug value when it is a valid `AAAA-MM-JJ`, else Paris's date.
 * The answer is also what `clock.today()` gives from then on (pinned or not), so code without a
 * `today` at hand (two-digit years in lib/text/normalize.ts) uses the same day as the rules.
 */
export function resolveToday(pinned: unknown, now: Date = new Date()): string {
  if (typeof pinned === 'string' && VALID.test(pinned)) {
    pinnedToday = pinned;
    return pinned;
  }
  pinnedToday = undefined;
  return parisDate(now);
}

/**
 * The current time (ms since epoch) and today's ISO date (the pinned day, else Paris's date at
 * `clock.now()`). Reminders and the panel's « lu il y a » read `now`; tests replace `clock.now`.
 */
export const clock = {
  now: (): number => Date.now(),
  today: (): string => pinnedToday ?? parisDate(new Date(clock.now())),
};
