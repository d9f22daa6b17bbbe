/**
 * Rules of the AVS's planning across all clients (docs/rules.md, `intervenant.planning`): overlaps,
 * weekly and monthly working time, weekly rest, and the cross-page checks against the dossier's
 * client and the AVS's contract. Week rules judge the page's rows over the interval the page
 * covers, only ISO weeks entirely inside it; they mark the rows starting in the week judged.
 * Everything is O(n log n) in the number of rows.
 */
import { monthName } from '../../lib/i18n/common';
import { valueAt } from '../../lib/settings/settings';
import type { ListRecord } from '../../lib/model/types';
import type { PageRules, Rule, RuleContext, RuleHit } from '../types';
import {
  avsPlanning,
  contractVolume,
  currentIntervenant,
  dureeInvalidRule,
  fmtWhen,
  gapPercent,
  once,
  pageCoverage,
  partielRule,
  planningList,
  rowsHit,
  summaryHit,
  weeklyAverage,
  weeksOfActivity,
  weeksSpan,
  withinTolerance,
} from '../shared/planning';
import { activeOf, cell, isCancelled, parsed, withAccumulated } from '../../lib/planning/rows';
import { fmtHours, fmtNumber } from '../../lib/text/format';
import { nameMatcher, nameMatches } from '../../lib/text/identity';
import { workWeight, type Prestation } from '../../lib/planning/prestations';
import { addDays, dayNumber, frDate } from '../../lib/time/dates';
import {
  busyDays,
  busyIntervals,
  fullWeeks,
  gapsBetween,
  longestGapByWeek,
  minutesBySlot,
  monthsOf,
  rowsBySlot,
  slidingAverages,
  spanOf,
  type Interval,
  type Period,
  type Week,
} from '../../lib/planning/weeks';

const EPS = 1e-6;

interface PageTimeline {
  list: ListRecord;
  /** Non-cancelled prestations of the page, sorted by start. */
  active: Prestation[];
  /** Interval the page covers (ISO, inclusive) and as absolute time. */
  cover: Period;
  span: Interval;
  /** ISO weeks entirely inside `cover`, and the rows starting in each. */
  weeks: Week[];
  weekRows: number[][];
  /** Weighted working minutes per week. */
  weekMinutes: number[];
}

function timeline(ctx: RuleContext): PageTimeline | undefined {
  return once(ctx, 'avsPlanning.timeline', () => {
    const list = planningList(ctx);
    if (!list) return undefined;
    const cover = pageCoverage(list);
    if (!cover) return undefined;
    const active = activeOf(parsed(list.rows, ctx.settings));
    const weeks = fullWeeks([cover]);
    return {
      list,
      active,
      cover,
      span: spanOf(cover),
      weeks,
      weekRows: rowsBySlot(active, weeks),
      weekMinutes: minutesBySlot(active, weeks, (p) => workWeight(p, ctx.settings)),
    };
  });
}

const weekName = (w: Week) => `Semaine du ${frDate(w.monday)}`;

/**
 * A week rule: `prepare` computes what the weeks need once, `judge` returns the message of a week
 * that fails, else null.
 */
function weekRule<T>(
  id: string,
  severity: 'error' | 'warning',
  description: string,
  prepare: (t: PageTimeline, ctx: RuleContext) => T,
  judge: (week: Week, k: number, prepared: T, t: PageTimeline, ctx: RuleContext) => string | null,
): Rule {
  return {
    id,
    severity,
    description,
    check: (ctx) => {
      const t = timeline(ctx);
      if (!t) return null;
      const prepared = prepare(t, ctx);
      const hits: RuleHit[] = [];
      t.weeks.forEach((w, k) => {
        const message = judge(w, k, prepared, t, ctx);
        if (message) hits.push(rowsHit(message, t.weekRows[k]!));
      });
      return hits;
    },
  };
}

/** `planningAvs.chevauchement`: sweep by start keeping the latest end so far. */
const chevauchement: Rule = {
  id: 'planningAvs.chevauchement',
  severity: 'error',
  description: 'Aucune prestation qui en chevauche une autre',
  check: (ctx) => {
    const list = planningList(ctx);
    if (!list) return null;
    const active = activeOf(parsed(list.rows, ctx.settings));
    const hits: RuleHit[] = [];
    let holder: Prestation | undefined;
    active.forEach((p, i) => {
      const next = active[i + 1];
      const other = holder && holder.end > p.start ? holder : next && next.start < p.end ? next : undefined;
      if (other) {
        const chez = other.client ? ` chez ${other.client}` : '';
        hits.push(
          rowsHit(
            `Prestation du ${fmtWhen(p)} : chevauche la prestation du ${fmtWhen(other)}${chez}, corriger les horaires`,
            [p.row],
          ),
        );
      }
      if (!holder || p.end > holder.end) holder = p;
    });
    return hits;
  },
};

const semaine50 = weekRule(
  'planningAvs.semaine50',
  'error',
  'Au plus 50 h de travail par semaine (IDCC 3239)',
  () => null,
  (w, k, _p, t, ctx) => {
    const max = valueAt(ctx.settings.legal.maxHeuresSemaine, w.monday);
    const minutes = t.weekMinutes[k]!;
    return max !== undefined && minutes > max * 60 + EPS
      ? `${weekName(w)} : ${fmtHours(minutes)} de travail (max ${fmtNumber(max)} h) : répartir les heures`
      : null;
  },
);

const moyenne12: Rule = {
  id: 'planningAvs.moyenne12',
  severity: 'error',
  description: 'Au plus 48 h par semaine en moyenne sur 12 semaines consécutives (IDCC 3239)',
  check: (ctx) => {
    const t = timeline(ctx);
    if (!t) return null;
    const over = slidingAverages(t.weeks, t.weekMinutes, 12).flatMap((a) => {
      const max = valueAt(ctx.settings.legal.moyenne12Semaines, t.weeks[a.first]!.monday);
      return max !== undefined && a.average > max * 60 + EPS ? [{ ...a, max }] : [];
    });
    // Windows sharing weeks make one finding (each week in at most one), naming the worst window.
    const hits: RuleHit[] = [];
    let i = 0;
    while (i < over.length) {
      let j = i;
      while (j + 1 < over.length && over[j + 1]!.first <= over[j]!.first + 12) j++;
      const group = over.slice(i, j + 1);
      const worst = group.reduce((a, b) => (b.average > a.average ? b : a));
      const rows: number[] = [];
      for (let k = group[0]!.first; k <= group[group.length - 1]!.first + 11; k++)
        rows.push(...t.weekRows[k]!);
      const from = t.weeks[worst.first]!.monday;
      const to = addDays(t.weeks[worst.first + 11]!.monday, 6);
      hits.push(
        rowsHit(
          `12 semaines du ${frDate(from)} au ${frDate(to)} : ${fmtHours(worst.average)} par semaine en moyenne (max ${fmtNumber(worst.max)} h) : alléger le planning`,
          rows,
        ),
      );
      i = j + 1;
    }
    return hits;
  },
};

/** Rest gaps on the AVS's whole timeline (merged busy time, up to the ends of the covered interval). */
const repos35 = weekRule(
  'planningAvs.repos35',
  'error',
  'Un repos de 35 h consécutives chaque semaine',
  (t) => longestGapByWeek(gapsBetween(busyIntervals(t.active, t.span), t.span), t.weeks),
  (w, k, longest, _t, ctx) => {
    const hours = valueAt(ctx.settings.legal.reposHebdoHeures, w.monday);
    const gap = longest[k] ?? 0;
    return hours !== undefined && gap < hours * 3_600_000
      ? `${weekName(w)} : pas de repos de ${fmtNumber(hours)} h consécutives (au plus ${fmtHours(gap / 60_000)}) : prévoir le repos hebdomadaire`
      : null;
  },
);

const jourRepos = weekRule(
  'planningAvs.jourRepos',
  'warning',
  'Un jour sans prestation chaque semaine',
  (t) => busyDays(t.active),
  (w, _k, days) => {
    const monday = dayNumber(w.monday);
    for (let d = monday; d < monday + 7; d++) if (!days.has(d)) return null;
    return `${weekName(w)} : aucun jour sans prestation : prévoir un jour de repos`;
  },
);

const totalMois: Rule = {
  id: 'planningAvs.totalMois',
  severity: 'info',
  description: 'Heures de travail par mois, toutes clientes confondues',
  check: (ctx) => {
    const t = timeline(ctx);
    if (!t) return null;
    const months = monthsOf(t.cover);
    const slots = months.map((m) => ({
      start: Math.max(m.start, t.span.start),
      end: Math.min(m.end, t.span.end),
    }));
    const totals = minutesBySlot(t.active, slots, (p) => workWeight(p, ctx.settings));
    const legal = ctx.settings.legal;
    return months.map((m, k): RuleHit => {
      const minutes = totals[k]!;
      let message = `${monthName(m.key)} : ${fmtHours(minutes)} toutes clientes confondues`;
      if (m.first < t.cover.from || m.last > t.cover.to) {
        const from = m.first < t.cover.from ? t.cover.from : m.first;
        const to = m.last > t.cover.to ? t.cover.to : m.last;
        message += ` (lu du ${frDate(from)} au ${frDate(to)})`;
      }
      if (!t.list.complete) message += ' (liste paginée : total partiel)';
      const max = valueAt(legal.moyenne12Semaines, m.first);
      const perMonth = valueAt(legal.semainesParMois, m.first);
      if (max !== undefined && perMonth !== undefined && minutes > max * perMonth * 60 + EPS) {
        return summaryHit(
          `${message} : plus de ${fmtNumber(max * perMonth)} h (${fmtNumber(max)} h × ${fmtNumber(perMonth)}), alléger le planning`,
          { severity: 'warning' },
        );
      }
      return summaryHit(message);
    });
  },
};

/** `planningAvs.volumeMois`: the client's hours in this AVS's planning vs the AVS's contract. */
const volumeMois: Rule = {
  id: 'planningAvs.volumeMois',
  severity: 'warning',
  description: 'Heures planifiées chez la cliente conformes au contrat de travail',
  check: (ctx) => {
    const client = ctx.dossier.client?.name;
    const avs = currentIntervenant(ctx);
    if (!client || !avs) return null;
    // The whole accumulated planning when complete, else the page when not paginated.
    let rows;
    let periods: Period[];
    const acc = avs.planning?.value;
    const list = planningList(ctx);
    if (acc?.complete) {
      rows = withAccumulated(list?.rows ?? [], acc.rows);
      periods = acc.periods;
    } else {
      const cover = list?.complete ? pageCoverage(list) : undefined;
      if (!list || !cover) return null;
      rows = list.rows;
      periods = [cover];
    }
    const isClient = nameMatcher(client);
    const mine = activeOf(parsed(rows, ctx.settings)).filter((p) => isClient(p.client));
    const weeks = weeksOfActivity(fullWeeks(periods), mine);
    const average = weeklyAverage(mine, weeks, ctx.settings);
    if (average === undefined) return null;
    const span = weeksSpan(weeks);
    const contract = contractVolume(avs.contrats, client, span);
    const perMonth = valueAt(ctx.settings.legal.semainesParMois, span.from);
    if (!contract || perMonth === undefined) return null;
    const planned = average * perMonth;
    const gap = gapPercent(planned, contract.minutes);
    if (withinTolerance(gap, ctx.settings.tolerances.heuresPourcent)) return null;
    return summaryHit(
      `Chez ${client} : ${fmtNumber(planned / 60)} h par mois en moyenne, contre ${fmtNumber(contract.minutes / 60)} h d’après le contrat de travail (écart ${fmtNumber(gap, 0)} %) : ajuster le planning ou le volume horaire`,
      { source: contract.source },
    );
  },
};

/** `planningAvs.client`: the dossier's client appears in this AVS's planning. */
const client: Rule = {
  id: 'planningAvs.client',
  severity: 'warning',
  description: 'La cliente du dossier figure au planning de l’intervenante',
  check: (ctx) => {
    const c = ctx.dossier.client;
    const name = c?.name;
    if (!c || !name) return null;
    const list = planningList(ctx);
    const avs = currentIntervenant(ctx);
    const src = avsPlanning(ctx);
    const rows = withAccumulated(list?.rows ?? [], src?.view.rows ?? []);
    const isClient = nameMatcher(name);
    if (rows.some((r) => !isCancelled(r) && isClient(cell(r, 'prestation.client')))) return null;
    // Judged only when the planning read must show the client's prestations.
    const clientRows = c.planning?.value.rows ?? [];
    const clientActive = activeOf(parsed(clientRows, ctx.settings));
    const withThisAvs = avs?.name
      ? clientActive.find((p) => nameMatches(p.intervenant, avs.name))
      : undefined;
    const first = withThisAvs ?? clientActive[0];
    const cover = list?.complete ? pageCoverage(list) : undefined;
    const covers = !!first && !!cover && cover.from <= first.date && first.date <= cover.to;
    if (!src?.view.complete && !covers) return null;
    const stamped = c.planning ?? c.definition;
    const from = c.planning ? 'd’après le planning client' : 'd’après la fiche client';
    return summaryHit(
      `Aucune prestation chez ${name} dans ce planning (${from}) : vérifier l’affectation de l’intervenante`,
      stamped ? { source: { page: stamped.page, readAt: stamped.readAt } } : {},
    );
  },
};

const rules: Rule[] = [
  chevauchement,
  dureeInvalidRule,
  semaine50,
  moyenne12,
  repos35,
  jourRepos,
  totalMois,
  volumeMois,
  client,
  partielRule('planningAvs.partiel', avsPlanning),
];

export const avsPlanningRules: PageRules = {
  page: 'intervenant.planning',
  rules,
  required: [],
  requiredColumns: ['prestation.date', 'prestation.debut', 'prestation.prestation', 'prestation.client'],
};
