/**
 * The parsers of planning cells, each remembered per cell text: a year of planning repeats a few
 * hundred dates, a handful of times, durations, statuses and prestation names, so a 1,500-row list
 * parses a few hundred strings instead of 9,000. Pure (same answer as the parser it wraps).
 */
import { normValue, parseDate, parseHours, parseTime } from '../text/normalize';

/** Largest number of remembered texts per parser (a safety bound; cleared when reached). */
const MAX_ENTRIES = 20_000;

function remembered<T>(parse: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let r = memo.get(s);
    if (r === undefined && !memo.has(s)) {
      if (memo.size >= MAX_ENTRIES) memo.clear();
      r = parse(s);
      memo.set(s, r);
    }
    return r as T;
  };
}

export const normCell = remembered(normValue);
export const dateCell = remembered((s) => parseDate(s));
export const timeCell = remembered(parseTime);
export const hoursCell = remembered(parseHours);
