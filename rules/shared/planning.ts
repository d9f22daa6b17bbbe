/**
 * What the client and AVS planning rules share: the planning views (the page's list, or what the
 * dossier store accumulated), findings on rows or in the summary, the « lu partiellement » rule and
 * the contract volumes used by the cross-page rules. Rows, parsing and formats are lib's
 * (lib/planning/rows.ts, lib/text/format.ts).
 */
import type { ContratView, IntervenantView, PlanningView, Stamped } from '../../lib/model/dossier';
import { nameMatches } from '../../lib/text/identity';
import { cleanText, parseDate, parseHours } from '../../lib/text/normalize';
import { dateCell } from '../../lib/planning/cells';
import type { Settings } from '../../lib/settings/settings';
import type { ListRecord, ListRow, PageKey } from '../../lib/model/types';
import type { Rule, RuleContext, RuleHit } from '../types';
import { workWeight, type Prestation } from '../../lib/planning/prestations';
import { isCancelled, parsed } from '../../lib/planning/rows';
import { count } from '../../lib/text/format';
import { addDays, frDate, mondayOf } from '../../lib/time/dates';
import { fmtTime } from '../../lib/time/paris';
import {
  mergePeriods,
  minutesBySlot,
  planningCoverage,
  type Period,
  type Week,
} from '../../lib/planning/weeks';

/** List key of the planning pages (`data-field` of row and summary findings). */
const LIST = 'prestation';

/** The page's list when it is a planning. */
export function planningList(ctx: RuleContext): ListRecord | undefined {
  const list = ctx.list();
  return list?.key === 'prestation' ? list : undefined;
}

const ctxMemo = new WeakMap<object, Map<string, unknown>>();

/** A value computed once per rule context (one page judgement). */
export function once<T>(ctx: RuleContext, key: string, compute: () => T): T {
  let m = ctxMemo.get(ctx);
  if (!m) ctxMemo.set(ctx, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

/** `12/03/2026 8h00`. */
export const fmtWhen = (p: Prestation): string => `${frDate(p.date)} ${fmtTime(p.start)}`;

/** `du 01/03/2026 au 31/03/2026, du …` (at most three stretches). */
function periodsText(periods: readonly Period[]): string {
  const parts = periods.slice(0, 3).map((p) => `du ${frDate(p.from)} au ${frDate(p.to)}`);
  return parts.join(', ') + (periods.length > 3 ? ', …' : '');
}

/** A finding on rows when there are some, else in the summary. */
export function rowsHit(message: string, rows: readonly number[], extra: Partial<RuleHit> = {}): RuleHit {
  return rows.length
    ? { message, rows: [...rows], field: LIST, ...extra }
    : { message, targets: [], field: LIST, ...extra };
}

/** A summary finding. */
export const summaryHit = (message: string, extra: Partial<RuleHit> = {}): RuleHit => ({
  message,
  targets: [],
  field: LIST,
  ...extra,
});

// ——— planning views ———

export interface PlanningSource {
  view: PlanningView;
  /** The stored view, when it comes from the dossier store. */
  stamped?: Stamped<PlanningView>;
}

/** Dates (ISO) of the rows, cancelled ones included. */
function rowDates(rows: readonly ListRow[]): string[] {
  const dates: string[] = [];
  for (const r of rows) {
    const d = dateCell(r.cells['prestation.date'] ?? '');
    if (d) dates.push(d);
  }
  return dates.sort();
}

/** The page's list as a planning view (used when the dossier store has none). */
function pageView(list: ListRecord, settings: Settings): PlanningView {
  const dates = rowDates(list.rows);
  const period =
    list.period ?? (dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : undefined);
  const view = { rows: list.rows, periods: period ? [period] : [] };
  return { ...view, complete: list.complete && planningCoverage(view, settings).complete };
}

/**
 * Interval the page's rows cover, for week rules: the displayed period (else first → last row
 * date); when the list is paginated, only the days strictly between its first and last row dates
 * (those days are shown whole, whatever the order of the pages).
 */
export function pageCoverage(list: ListRecord): Period | undefined {
  const dates = rowDates(list.rows);
  const first = dates[0];
  const last = dates[dates.length - 1];
  let p = list.period ?? (first && last ? { from: first, to: last } : undefined);
  if (p && !list.complete) {
    if (!first || !last) return undefined;
    const from = addDays(first, 1);
    const to = addDays(last, -1);
    p = { from: from > p.from ? from : p.from, to: to < p.to ? to : p.to };
  }
  return p && p.from <= p.to ? p : undefined;
}

/** The client's accumulated planning (page record merged in by the caller), else the page's list. */
export function clientPlanning(ctx: RuleContext): PlanningSource | undefined {
  const stamped = ctx.dossier.client?.planning;
  if (stamped) return { view: stamped.value, stamped };
  const list = planningList(ctx);
  return list ? { view: pageView(list, ctx.settings) } : undefined;
}

/** The AVS whose page it is. */
export function currentIntervenant(ctx: RuleContext): IntervenantView | undefined {
  const key = ctx.dossier.currentIntervenant;
  return key === undefined ? undefined : ctx.dossier.intervenants.find((i) => i.key === key);
}

/** The AVS's accumulated planning, else the page's list. */
export function avsPlanning(ctx: RuleContext): PlanningSource | undefined {
  const stamped = currentIntervenant(ctx)?.planning;
  if (stamped) return { view: stamped.value, stamped };
  const list = planningList(ctx);
  return list ? { view: pageView(list, ctx.settings) } : undefined;
}

/** `planning.partiel` / `planningAvs.partiel`: one info while the accumulated planning is incomplete. */
export function partielRule(id: string, pick: (ctx: RuleContext) => PlanningSource | undefined): Rule {
  return {
    id,
    severity: 'info',
    description: 'Planning lu en entier (1 an sans pagination) pour les contrôles d’ensemble',
    check: (ctx) => {
      const src = pick(ctx);
      if (!src || src.view.complete) return null;
      const list = planningList(ctx);
      const periods = mergePeriods(src.view.periods);
      const parts: string[] = [];
      if (periods.length) parts.push(periodsText(periods));
      else if (list?.period) parts.push(periodsText([list.period]));
      if (list && !list.complete) parts.push('liste paginée');
      const text = parts.length ? ` (${parts.join(', ')})` : '';
      return summaryHit(
        `Planning lu partiellement${text} : afficher un an sans pagination pour les contrôles d’ensemble`,
      );
    },
  };
}

// ——— volumes ———

/** Weeks from the week of the first prestation to the week of the last one. */
export function weeksOfActivity(weeks: readonly Week[], prestations: readonly Prestation[]): Week[] {
  const first = prestations[0];
  if (!first) return [];
  let lastDate = first.date;
  for (const p of prestations) if (p.date > lastDate) lastDate = p.date;
  const from = mondayOf(first.date);
  const to = mondayOf(lastDate);
  return weeks.filter((w) => w.monday >= from && w.monday <= to);
}

/** Average weighted working minutes per week over the weeks (undefined without weeks). */
export function weeklyAverage(
  prestations: readonly Prestation[],
  weeks: readonly Week[],
  settings: Settings,
): number | undefined {
  if (!weeks.length) return undefined;
  const totals = minutesBySlot(prestations, weeks, (p) => workWeight(p, settings));
  return totals.reduce((a, b) => a + b, 0) / weeks.length;
}

/** Span (ISO, inclusive) of a list of weeks. */
export const weeksSpan = (weeks: readonly Week[]): Period => ({
  from: weeks[0]!.monday,
  to: addDays(weeks[weeks.length - 1]!.monday, 6),
});

/**
 * Sum of the monthly volumes (minutes) of the contracts whose employer is the client (all of them
 * when the employer or the client's name is unknown) and whose dates meet `span`; with the tab the
 * newest one was read from. Undefined when no contract has a readable volume.
 */
export function contractVolume(
  contrats: readonly ContratView[],
  clientName: string | undefined,
  span: Period,
): { minutes: number; count: number; source: { page: PageKey; readAt: number } } | undefined {
  let minutes = 0;
  let n = 0;
  let source: { page: PageKey; readAt: number } | undefined;
  for (const c of contrats) {
    const v = c.fields.value;
    const employer = cleanText(v['contrat.employeur'] ?? '');
    if (clientName && employer && !nameMatches(employer, clientName)) continue;
    const debut = parseDate(v['contrat.dateDebut'] ?? '');
    const fin = parseDate(v['contrat.dateFin'] ?? '');
    if ((debut && debut > span.to) || (fin && fin < span.from)) continue;
    const volume = parseHours(v['contrat.volumeMensuel'] ?? '');
    if (!volume || volume <= 0) continue;
    minutes += volume;
    n++;
    if (!source || c.fields.readAt > source.readAt) source = { page: c.fields.page, readAt: c.fields.readAt };
  }
  return n && source ? { minutes, count: n, source } : undefined;
}

/** Relative gap (percent) between planned and contractual monthly minutes. */
export const gapPercent = (planned: number, contract: number): number =>
  (Math.abs(planned - contract) / contract) * 100;

/**
 * Whether a gap (percent) is within the tolerance: « more than 10 % » fires, exactly 10 % does not,
 * whatever the rounding of the × 4,34 product (1 562,4 min read as 1 562,3999… gives 10,000…7 %).
 */
export const withinTolerance = (gap: number, percent: number): boolean => gap <= percent + 1e-9;

// ——— shared rule ———

/** `prestation.duree.invalid` (both planning pages): unreadable date, time or duration, or zero length. */
export const dureeInvalidRule: Rule = {
  id: 'prestation.duree.invalid',
  severity: 'warning',
  description: 'Prestations avec date, heures ou durée lisibles et non nulles',
  check: (ctx) => {
    const list = planningList(ctx);
    if (!list || !['prestation.date', 'prestation.debut'].every((c) => list.columns.includes(c))) return null;
    const rows = parsed(list.rows, ctx.settings).invalid.filter((i) => !isCancelled(list.rows[i]!));
    if (!rows.length) return null;
    return rowsHit(
      `${count(rows.length, 'prestation')} sans horaire lisible ou de durée nulle : corriger la date, l’heure de début, de fin ou la durée`,
      rows,
    );
  },
};
