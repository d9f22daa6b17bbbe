/**
 * Europe/Paris wall-clock ↔ absolute time, by the EU summer-time rule (in force in France since 1996):
 * UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1.
 * Hand-written because it is a few lines and runs on every row of a 2,000-row planning.
 */
const MIN = 60_000;

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

const dstCache = new Map<number, [number, number]>();
function dstBounds(year: number): [number, number] {
  let b = dstCache.get(year);
  if (!b) dstCache.set(year, (b = [lastSundayUtc(year, 2), lastSundayUtc(year, 9)]));
  return b;
}

/** Offset of Paris from UTC, in minutes, at an absolute instant (ms since epoch). */
export function parisOffset(utcMs: number): number {
  // The bounds of the last year asked first: a planning's instants are mostly in one or two years.
  if (utcMs < lastYear[0] || utcMs >= lastYear[1]) {
    const y = new Date(utcMs).getUTCFullYear();
    lastYear = [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1), ...dstBounds(y)];
  }
  return utcMs >= lastYear[2] && utcMs < lastYear[3] ? 120 : 60;
}
/** The UTC year last asked (start, end) and its summer-time bounds. */
let lastYear: [number, number, number, number] = [0, 0, 0, 0];

/**
 * Absolute instant (ms) of a Paris wall-clock time: ISO date + minutes since midnight (may exceed 24 h
 * for the next day). A time skipped by the spring change is taken as if the clock had not moved.
 */
export function parisToUtc(dateIso: string, minutes: number): number {
  const wall = midnightWall(dateIso) + minutes * MIN;
  let utc = wall - 60 * MIN;
  utc = wall - parisOffset(utc) * MIN;
  return wall - parisOffset(utc) * MIN;
}

/** `Date.UTC` of an ISO date's midnight, remembered: a planning repeats a few hundred dates. */
const midnights = new Map<string, number>();
function midnightWall(dateIso: string): number {
  let t = midnights.get(dateIso);
  if (t === undefined) {
    const [y, m, d] = dateIso.split('-').map(Number) as [number, number, number];
    t = Date.UTC(y, m - 1, d);
    if (midnights.size >= 20_000) midnights.clear();
    midnights.set(dateIso, t);
  }
  return t;
}

/** Paris wall-clock ISO date of an instant. */
export function parisDateOf(utcMs: number): string {
  return new Date(utcMs + parisOffset(utcMs) * MIN).toISOString().slice(0, 10);
}

export function addDays(dateIso: string, days: number): string {
  const [y, m, d] = dateIso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Monday (ISO date) of the ISO week holding a date. */
export function mondayOf(dateIso: string): string {
  const [y, m, d] = dateIso.split('-').map(Number) as [number, number, number];
  const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(dateIso, -dow);
}

/** `jj/mm/aaaa` for messages. */
export function frDate(dateIso: string): string {
  const [y, m, d] = dateIso.split('-');
  return `${d}/${m}/${y}`;
}
