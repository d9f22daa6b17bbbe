/**
 * French number, money and hours formats shown to staff, the one home. Times of day and dates are
 * lib/time/paris.ts and lib/time/dates.ts.
 */

/** `151,5`, `52`, `208,32`: at most `digits` decimals, none written when zero, no thousands separator. */
export function fmtNumber(x: number, digits = 2): string {
  const f = 10 ** digits;
  return String(Math.round(x * f) / f).replace('.', ',');
}

/** Minutes → `151,5 h`, `86,75 h` (at most two decimals). */
export const fmtHours = (minutes: number): string => `${fmtNumber(minutes / 60)} h`;

/**
 * `1 712,40 €`, `12,02 €`, `89,00 €`: always two decimals, thousands separated by a plain space (so
 * copied text stays simple).
 */
export function fmtEuros(x: number): string {
  const [int, dec] = x.toFixed(2).split('.') as [string, string];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${dec} €`;
}

/** Minutes since midnight → `8h00`, `17h30` (a day's clock, as the planning writes times). */
export function fmtClock(minutes: number): string {
  return `${Math.floor(minutes / 60) % 24}h${String(minutes % 60).padStart(2, '0')}`;
}

/** `1 prestation`, `3 prestations`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n > 1 ? plural : singular}`;
