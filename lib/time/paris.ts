/**
 * Europe/Paris wall-clock ↔ absolute time, by the EU summer-time rule (in force in France since 1996):
 * UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1.
 * Hand-written rather than `@date-fns/tz`'s `TZDate` because it is a few lines and runs on every row
 * of a 2,000-row planning (`npm run bench`, `planningScanMs`); lib/time/paris.test.ts checks it
 * against the platform's time zone data and `TZDate`. Calendar days are lib/time/dates.ts.
 */
import { fmtClock } from '../text/format';
import { DAY_MS, frDate, isoDate, isoParts, utcMidnight } from './dates';

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
 * for the next day). A time skipped by the spring change is taken as if the clock had not moved;
 * a time the autumn change shows twice is its second showing (UTC+1), as `TZDate` takes it.
 */
export function parisToUtc(dateIso: string, minutes: number): number {
  const wall = utcMidnight(dateIso) + minutes * MIN;
  let utc = wall - 60 * MIN;
  utc = wall - parisOffset(utc) * MIN;
  return wall - parisOffset(utc) * MIN;
}

/** The instant as its Paris wall clock read as if it were UTC (a day starts at a multiple of `DAY_MS`). */
const parisWall = (utcMs: number): number => utcMs + parisOffset(utcMs) * MIN;

/** Paris wall-clock ISO date of an instant. */
export function parisDateOf(utcMs: number): string {
  return new Date(parisWall(utcMs)).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01, as `dayNumber` of lib/time/dates.ts) of the Paris day holding an instant. */
export const parisDay = (utcMs: number): number => Math.floor(parisWall(utcMs) / DAY_MS);

/** Minutes since Paris midnight of an instant (0–1439). */
export function parisMinutes(utcMs: number): number {
  const ms = parisWall(utcMs) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / MIN);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Paris time of an instant as the planning writes it: `8h00`, `17h30`. */
export const fmtTime = (utcMs: number): string => fmtClock(parisMinutes(utcMs));

/** Paris time of an instant as the panel stamps it: `08:05`, `17:30`. */
export function frTime(utcMs: number): string {
  const min = parisMinutes(utcMs);
  return `${pad2(Math.floor(min / 60))}:${pad2(min % 60)}`;
}

/** « le 28/11/2026 à 10:42 »: an instant, in Paris time. */
export const frStamp = (utcMs: number): string => `le ${frDate(parisDateOf(utcMs))} à ${frTime(utcMs)}`;

// ——— Paris wall-clock date-times typed by a person (an appointment: `AAAA-MM-JJTHH:mm`) ———

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** Date and `HH:mm` of a wall-clock `AAAA-MM-JJTHH:mm` (the date not checked to exist), or null. */
export function wallClock(at: string): { date: string; time: string; hour: number; minute: number } | null {
  const m = WALL.exec(at);
  return m ? { date: m[1]!, time: `${m[2]}:${m[3]}`, hour: Number(m[2]), minute: Number(m[3]) } : null;
}

/** A Paris wall-clock `AAAA-MM-JJTHH:mm` as ms since epoch, or null when it is not a real date-time. */
export function parisToEpoch(at: string): number | null {
  const w = wallClock(at);
  // 31/02 is not a real date, 25:00 not a time.
  if (!w || w.hour > 23 || w.minute > 59 || !isoDate(...isoParts(w.date))) return null;
  return parisToUtc(w.date, w.hour * 60 + w.minute);
}

/** « le 03/12/2026 à 14:30 »: how the panel and the notification say a wall-clock date-time (else as it is). */
export function frDateTime(at: string): string {
  const w = wallClock(at);
  return w ? `le ${frDate(w.date)} à ${w.time}` : at;
}
