/**
 * Normalisation of labels, option values and field values (docs/spec/README.md, « Label
 * matching » and « Values »). Pure functions; no DOM. Two-digit years read the clock's today
 * (lib/time/clock.ts) when the caller gives none.
 */
import { clock } from '../time/clock';
import { isoDate } from '../time/dates';

const ACCENTS = /[\u0300-\u036f]/g;

const NEEDS_CLEANING = /^\s|\s$|\s\s|[\u00a0\u202f\u200b-\u200d\u2060\ufeff\t\n\r]/;

/** Trim, fold NBSP / zero-width / repeated spaces. The value as a person reads it. */
export function cleanText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * What `cleanText` would change in a cell of a table's text (cells split by tabs, rows by line
 * breaks): a space other than the plain one, a zero-width character, a space doubled, or at a
 * cell's start or end. False: every cell is already clean, no need to clean 9,000 of them one by one.
 */
const UNCLEAN_CELLS =
  /[\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| [ \t\n]|[\t\n] |^ | $/;
export function cellsAreClean(text: string): boolean {
  return !UNCLEAN_CELLS.test(text);
}

/** Case- and accent-insensitive form used to compare option values. */
export function normValue(s: string): string {
  const c = cleanText(s);
  // Plain ASCII without a backquote (most cells of a planning): nothing to decompose or replace.
  if (PLAIN_ASCII.test(c)) return c.toLowerCase();
  return c.normalize('NFD').replace(ACCENTS, '').replace(/[’‘`]/g, "'").toLowerCase();
}
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * Normalised label: case, accents, trailing `:` and `*`, repeated spaces, a trailing part in
 * parentheses, and `N°`/`Nº`/`No`/`Numéro` are ignored. Matching on this form is exact.
 */
export function normLabel(s: string): string {
  // Labels repeat across a read (recognition, reader, list headers) and across re-reads.
  let r = labelMemo.get(s);
  if (r === undefined) {
    if (labelMemo.size >= 5000) labelMemo.clear();
    labelMemo.set(s, (r = normLabelOnce(s)));
  }
  return r;
}
const labelMemo = new Map<string, string>();

function normLabelOnce(s: string): string {
  let t = normValue(s);
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t
      .replace(/[\s:*]+$/, '')
      .replace(/\s*\([^()]*\)$/, '')
      .trim();
  }
  return t
    .replace(/^(n°|nº)\s*/, '')
    .replace(/^(no\.?|numero)(\s+|(?=[^a-z]))/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compare two option values after normalisation. */
export function sameValue(a: string, b: string): boolean {
  return normValue(a) === normValue(b);
}

/** Remove spaces, dots and dashes, upper-case (NIR, IBAN, BIC). */
export function compact(s: string): string {
  return cleanText(s)
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Which century a two-digit year belongs to (see `parseDate`). */
export interface DateOptions {
  /** The reference day (ISO `AAAA-MM-JJ`); default: `clock.today()` (lib/time/clock.ts). */
  today?: string;
  /** A date that cannot be after today (a birth date): the century puts it in the 100 years up to today. */
  past?: boolean;
}

/**
 * Parse a French date to ISO `AAAA-MM-JJ`: `jj/mm/aaaa`, `jj/mm/aa`, `aaaa-mm-jj`, `jj.mm.aaaa`,
 * `jj-mm-aaaa`, with or without a weekday before. Returns null when it cannot be parsed.
 *
 * Two-digit years slide with today (`options.today`, else the clock's today), decided here for
 * every caller: a date is the one within [today − 80 years, today + 20 years) — planning, contract
 * and document dates lie around today, so on 28/11/2026 `04/01/27` is 2027 and `15/06/45` is 2045,
 * `15/06/47` is 1947. A birth date (`past: true`) is the one within (today − 100 years, today]:
 * a 92-year-old client's `12/03/34` is 1934, never 2034.
 */
export function parseDate(input: string, options: DateOptions = {}): string | null {
  const s = normValue(input)
    .replace(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+/, '')
    .trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const [d, mo] = [+m[1]!, +m[2]!];
  const y = m[3]!.length === 2 ? fullYear(+m[3]!, `-${pad2(mo)}-${pad2(d)}`, options) : +m[3]!;
  return isoDate(y, mo, d);
}

/**
 * The four-digit year of a two-digit one: of the three candidates (today's century, the one before,
 * the one after), the one whose date (`-MM-JJ`) falls in the window; a 100-year window holds exactly one.
 */
function fullYear(yy: number, monthDay: string, options: DateOptions): number {
  const today = options.today ?? clock.today();
  const ty = Number(today.slice(0, 4));
  const rest = today.slice(4);
  const inWindow = options.past
    ? (iso: string) => iso > `${ty - 100}${rest}` && iso <= today
    : (iso: string) => iso >= `${ty - 80}${rest}` && iso < `${ty + 20}${rest}`;
  const base = ty - (ty % 100) + yy;
  return [base - 100, base, base + 100].find((y) => inWindow(`${y}${monthDay}`)) ?? base;
}

/** `1 234,56 €`, `1234.56`, `12,02 €/h` → number; null when not a number. */
export function parseAmount(input: string): number | null {
  const s = cleanText(input)
    .replace(/€|eur(os?)?|\/\s*h(eure)?|ttc|ht/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/'/g, '');
  if (!s) return null;
  let t = s;
  if (/,\d*$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  // 400 digits are not an amount: unparseable rather than Infinity.
  return Number.isFinite(n) ? n : null;
}

/** Time of day `8h30`, `08:30`, `8h`, `14 h 05` → minutes since midnight. */
export function parseTime(input: string): number | null {
  const m = /^(\d{1,2})\s*[h:]\s*(\d{2})?$/i.exec(cleanText(input).toLowerCase());
  if (!m) return null;
  const h = +m[1]!;
  const min = m[2] ? +m[2] : 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/**
 * Duration or hour count → minutes: `1h`, `3h00`, `1h30`, `01:30`, `12h`, decimal hours `86,80`
 * or `86.8`. Null when it cannot be parsed.
 */
export function parseHours(input: string): number | null {
  const s = cleanText(input).toLowerCase().replace(/\s+/g, '');
  let m = /^(\d{1,4})[h:](\d{2})?(min)?$/.exec(s);
  if (m) {
    const min = m[2] ? +m[2] : 0;
    return min > 59 ? null : +m[1]! * 60 + min;
  }
  m = /^(\d{1,4})(?:[.,](\d+))?(h|heures?)?$/.exec(s);
  if (m) return Math.round(Number(`${m[1]}.${m[2] ?? 0}`) * 60);
  return null;
}

/** Digits of a phone number, with `+33` / `0033` turned into a leading 0. */
export function phoneDigits(input: string): string {
  let s = cleanText(input)
    .replace(/\(0\)/g, '')
    .replace(/[\s.()/-]/g, '');
  if (s.startsWith('+33')) s = '0' + s.slice(3);
  else if (s.startsWith('0033')) s = '0' + s.slice(4);
  return s;
}
