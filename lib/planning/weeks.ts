/**
 * Calendar arithmetic of the planning rules (docs/spec/rules.md, « Time model »): covered periods, ISO weeks
 * entirely inside them, minutes per week or month (a prestation crossing a boundary splits its
 * elapsed minutes), rest gaps on the timeline, busy calendar days, and the coverage of a whole
 * planning. Everything is O(n log n) in the number of prestations.
 */
import type { PlanningView } from '../model/dossier';
import type { Settings } from '../settings/settings';
import { dateCell, normCell } from './cells';
import type { Prestation } from './prestations';
import { addDays, addMonths, addYears, mondayOf } from '../time/dates';
import { parisDay, parisToUtc } from '../time/paris';

/** ISO dates, inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** A half-open span of absolute time (ms since epoch). */
export interface Interval {
  start: number;
  end: number;
}

/** An ISO week, Monday 00:00 to Sunday 24:00 Paris. */
export interface Week extends Interval {
  monday: string;
}

/** A calendar month (Paris), `key` `AAAA-MM`, `first` and `last` its first and last days. */
export interface Month extends Interval {
  key: string;
  first: string;
  last: string;
}

/** Periods sorted and merged (overlapping or adjacent ones joined); `from > to` ones dropped. */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = periods
    .filter((p) => p.from <= p.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= addDays(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
    } else out.push({ ...p });
  }
  return out;
}

/** Absolute span of inclusive ISO dates: from 00:00 to the day after `to` 00:00 (Paris). */
export function spanOf(p: Period): Interval {
  return { start: parisToUtc(p.from, 0), end: parisToUtc(addDays(p.to, 1), 0) };
}

/** ISO weeks entirely inside the periods, in order. */
export function fullWeeks(periods: readonly Period[]): Week[] {
  const weeks: Week[] = [];
  for (const p of mergePeriods(periods)) {
    let monday = mondayOf(p.from);
    if (monday < p.from) monday = addDays(monday, 7);
    for (; addDays(monday, 6) <= p.to; monday = addDays(monday, 7)) {
      weeks.push({ monday, start: parisToUtc(monday, 0), end: parisToUtc(addDays(monday, 7), 0) });
    }
  }
  return weeks;
}

/** Calendar months intersecting a period, in order. */
export function monthsOf(p: Period): Month[] {
  const months: Month[] = [];
  for (let first = `${p.from.slice(0, 7)}-01`; first <= p.to;) {
    const next = addMonths(first, 1);
    months.push({
      key: first.slice(0, 7),
      first,
      last: addDays(next, -1),
      start: parisToUtc(first, 0),
      end: parisToUtc(next, 0),
    });
    first = next;
  }
  return months;
}

/** Index of the first slot (sorted, disjoint) whose end is after `t` (slots.length when none). */
function firstEndingAfter(slots: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid]!.end > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the slot holding instant `t`, or -1. */
export function slotAt(slots: readonly Interval[], t: number): number {
  const i = firstEndingAfter(slots, t);
  return i < slots.length && slots[i]!.start <= t ? i : -1;
}

/**
 * Elapsed minutes of the prestations inside each slot (sorted, disjoint: weeks, months), each times
 * its weight; a prestation over a boundary splits its minutes between the slots.
 */
export function minutesBySlot(
  prestations: readonly Prestation[],
  slots: readonly Interval[],
  weight: (p: Prestation) => number,
): number[] {
  const totals = slots.map(() => 0);
  for (const p of prestations) {
    const w = weight(p);
    if (!w) continue;
    for (let i = firstEndingAfter(slots, p.start); i < slots.length && slots[i]!.start < p.end; i++) {
      const s = slots[i]!;
      const ms = Math.min(p.end, s.end) - Math.max(p.start, s.start);
      if (ms > 0) totals[i]! += (ms / 60_000) * w;
    }
  }
  return totals;
}

/** Rows (`Prestation.row`) of the prestations starting in each slot. */
export function rowsBySlot(prestations: readonly Prestation[], slots: readonly Interval[]): number[][] {
  const rows: number[][] = slots.map(() => []);
  for (const p of prestations) {
    const i = slotAt(slots, p.start);
    if (i >= 0) rows[i]!.push(p.row);
  }
  return rows;
}

/** Whether weeks `k` … `k + n − 1` follow each other without a gap. */
export function consecutive(weeks: readonly Week[], k: number, n: number): boolean {
  const first = weeks[k];
  const last = weeks[k + n - 1];
  return !!first && !!last && last.monday === addDays(first.monday, 7 * (n - 1));
}

/**
 * Averages of every window of `size` consecutive weeks (sliding sum, O(n)); windows with a gap in
 * them are skipped. `first` is the index of the window's first week.
 */
export function slidingAverages(
  weeks: readonly Week[],
  values: readonly number[],
  size: number,
): { first: number; average: number }[] {
  const out: { first: number; average: number }[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]!;
    if (i >= size) sum -= values[i - size]!;
    const first = i - size + 1;
    if (first >= 0 && consecutive(weeks, first, size)) out.push({ first, average: sum / size });
  }
  return out;
}

/** Busy time: the prestations clipped to `span`, overlapping or touching ones merged. */
export function busyIntervals(prestations: readonly Prestation[], span: Interval): Interval[] {
  const sorted = prestations
    .map((p) => ({ start: Math.max(p.start, span.start), end: Math.min(p.end, span.end) }))
    .filter((i) => i.start < i.end)
    .sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** Free time inside `span` between busy intervals (sorted, merged), and up to the span's ends. */
export function gapsBetween(busy: readonly Interval[], span: Interval): Interval[] {
  const gaps: Interval[] = [];
  let t = span.start;
  for (const b of busy) {
    if (b.start > t) gaps.push({ start: t, end: b.start });
    t = Math.max(t, b.end);
  }
  if (span.end > t) gaps.push({ start: t, end: span.end });
  return gaps;
}

/** For each week, the length (ms) of the longest gap intersecting it (0 when none). */
export function longestGapByWeek(gaps: readonly Interval[], weeks: readonly Week[]): number[] {
  const longest = weeks.map(() => 0);
  for (const g of gaps) {
    const len = g.end - g.start;
    for (let i = firstEndingAfter(weeks, g.start); i < weeks.length && weeks[i]!.start < g.end; i++) {
      if (len > longest[i]!) longest[i] = len;
    }
  }
  return longest;
}

/** Paris calendar days (day numbers) a prestation occupies: start day to the day of its last instant. */
export function busyDays(prestations: readonly Prestation[]): Set<number> {
  const days = new Set<number>();
  for (const p of prestations) {
    const last = parisDay(p.end - 1);
    for (let d = parisDay(p.start); d <= last; d++) days.add(d);
  }
  return days;
}

const cancelledRow = (statut: string | undefined) => normCell(statut ?? '').startsWith('annul');

/**
 * The last day a planning must reach: one year from its first prestation, that day excluded, less
 * the horizon tolerance (`tolerances.horizonJours`). The `planning.horizon` rule and a complete
 * read (`planningCoverage`) use this one limit.
 */
export function horizonEnd(first: string, settings: Pick<Settings, 'tolerances'>): string {
  return addDays(addYears(first, 1), -1 - settings.tolerances.horizonJours);
}

/**
 * Whether the periods read cover the whole planning: from its first non-cancelled prestation to
 * one year later (less the horizon tolerance), in one stretch of merged periods. `from`/`to` are
 * that stretch (the one holding the first prestation, else the first one). With no prestation,
 * the first period's start stands for the first prestation. Pagination is not seen here: the store
 * combines this with whether every read was complete.
 */
export function planningCoverage(
  view: Pick<PlanningView, 'rows' | 'periods'>,
  settings: Pick<Settings, 'tolerances'>,
): { complete: boolean; from?: string; to?: string } {
  const merged = mergePeriods(view.periods);
  let first: string | undefined;
  for (const row of view.rows) {
    if (cancelledRow(row.cells['prestation.statut'])) continue;
    const d = dateCell(row.cells['prestation.date'] ?? '');
    if (d && (!first || d < first)) first = d;
  }
  first ??= merged[0]?.from;
  if (!first) return { complete: false };
  const stretch = merged.find((p) => p.from <= first && first <= p.to) ?? merged[0];
  if (!stretch) return { complete: false };
  const needed = horizonEnd(first, settings);
  return {
    complete: stretch.from <= first && stretch.to >= needed,
    from: stretch.from,
    to: stretch.to,
  };
}
