/** French number, hours and time formats shown to staff. */
import { parisOffset } from '../time/paris';

/** `151,5`, `52`, `208,32`. */
export function fmtNumber(x: number, digits = 2): string {
  const f = 10 ** digits;
  return String(Math.round(x * f) / f).replace('.', ',');
}

/** Minutes → `151,5 h`. */
export const fmtHours = (minutes: number): string => `${fmtNumber(minutes / 60)} h`;

/** Paris wall-clock time of an instant: `8h00`. */
export function fmtTime(ms: number): string {
  const local = new Date(ms + parisOffset(ms) * 60_000);
  return `${local.getUTCHours()}h${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

/** `1 prestation`, `3 prestations`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n > 1 ? plural : singular}`;
