/**
 * Calendar days, the one home: ISO `AAAA-MM-JJ` strings with no time of day and no time zone —
 * their parts, day numbers, day / month / year steps, differences, and the French `jj/mm/aaaa`.
 * Paris wall-clock time and instants are lib/time/paris.ts.
 *
 * Day steps (`utcMidnight`, `addDays`, `dayNumber`, `weekday`, `mondayOf`) are hand-written on
 * `Date.UTC`, because they run for every row, day and week of 1,500-row plannings (`npm run bench`,
 * `planningScanMs`): a date-fns call there builds, copies and reads a local `Date` each time.
 * Month and year steps, whose month-end clamping is where hand-written code goes wrong, and whole
 * years between two days are date-fns's (`addMonths`, `differenceInYears`), on a local noon so that
 * no time zone's midnight change can move the day.
 */
import { addMonths as addCalendarMonths, differenceInYears } from 'date-fns';

export const DAY_MS = 86_400_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Year, month (1–12) and day of an ISO date. */
export function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-');
  return [Number(y), Number(m), Number(d)];
}

/** The ISO date of a year, month (1–12) and day, or null when that day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  return d <= daysInMonth(y, m) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

/** Days in a month (1–12) of a year: 28 to 31. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day `d` of a month, clamped to the month (0 → 1st, 31 in February → 28th or 29th). */
export function dayInMonth(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(Math.min(Math.max(1, d), daysInMonth(y, m)))}`;
}

/** `Date.UTC` of an ISO date's midnight, remembered: a planning repeats a few hundred dates. */
const midnights = new Map<string, number>();
export function utcMidnight(iso: string): number {
  let t = midnights.get(iso);
  if (t === undefined) {
    const [y, m, d] = isoParts(iso);
    t = Date.UTC(y, m - 1, d);
    if (midnights.size >= 20_000) midnights.clear();
    midnights.set(iso, t);
  }
  return t;
}

/** The ISO date of a `Date.UTC` instant (its UTC day). */
export const isoOfUtc = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10);

/** Day number (days since 1970-01-01) of an ISO date. */
export const dayNumber = (iso: string): number => utcMidnight(iso) / DAY_MS;

export function addDays(iso: string, days: number): string {
  return isoOfUtc(utcMidnight(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when `b` is before `a`). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);

/** 0 = Sunday, 1 = Monday … 6 = Saturday. */
export const weekday = (iso: string): number => new Date(utcMidnight(iso)).getUTCDay();

/** Monday (ISO date) of the ISO week holding a date. */
export const mondayOf = (iso: string): string => addDays(iso, -((weekday(iso) + 6) % 7));

/** The last day of the month holding a date. */
export function endOfMonth(iso: string): string {
  const [y, m] = isoParts(iso);
  return dayInMonth(y, m, 31);
}

/** A date's day at local noon (no time zone changes the day then); years below 100 kept as such. */
function localNoon(iso: string): Date {
  const [y, m, d] = isoParts(iso);
  const t = new Date(2000, 0, 1, 12);
  t.setFullYear(y, m - 1, d);
  return t;
}

/** The same day `n` months later (or earlier), or the last day of that month when it has no such day (31/01 + 1 → 28/02). */
export function addMonths(iso: string, n: number): string {
  const t = addCalendarMonths(localNoon(iso), n);
  return `${String(t.getFullYear()).padStart(4, '0')}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())}`;
}

/** The same day `n` years later, or 28 February for a 29 February in a common year. */
export const addYears = (iso: string, n: number): string => addMonths(iso, 12 * n);

/** Whole years from `from` to `to`: an anniversary counts as a full year (29/02 → 28/02 does not). */
export const yearsBetween = (from: string, to: string): number =>
  differenceInYears(localNoon(to), localNoon(from));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `jj/mm/aaaa`, as every message and view shows a date; what is not an ISO date is shown as it is. */
export function frDate(iso: string): string {
  const m = ISO_DAY.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
