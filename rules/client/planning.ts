/**
 * Rules of the client's *Planning* tab (docs/rules.md, `client.planning`). Row rules judge the page's
 * rows; whole-planning rules use what the dossier store accumulated and stay silent (one info
 * `planning.partiel`) while it is incomplete.
 */
import { isUnassigned } from '../../lib/text/identity';
import { valueAt } from '../../lib/settings/settings';
import type { ListRow } from '../../lib/model/types';
import type { PageRules, Rule, RuleContext, RuleHit } from '../types';
import {
  clientPlanning,
  contractVolume,
  dureeInvalidRule,
  fmtWhen,
  gapPercent,
  once,
  partielRule,
  planningList,
  rowsHit,
  summaryHit,
  weeklyAverage,
  weeksOfActivity,
  weeksSpan,
  withinTolerance,
} from '../shared/planning';
import { activeOf, cell, isBrouillon, isCancelled, parsed, withAccumulated } from '../../lib/planning/rows';
import { count, fmtNumber } from '../../lib/text/format';
import { prestationKind, type Prestation } from '../../lib/planning/prestations';
import { frDate } from '../../lib/time/dates';
import { fullWeeks, horizonEnd } from '../../lib/planning/weeks';

/** Rows of the page matching a predicate, cancelled ones left out. */
function pageRows(ctx: RuleContext, keep: (row: ListRow) => boolean): number[] {
  const rows: number[] = [];
  planningList(ctx)?.rows.forEach((r, i) => {
    if (!isCancelled(r) && keep(r)) rows.push(i);
  });
  return rows;
}

interface Whole {
  /** Page rows, then accumulated rows not on the page. */
  rows: ListRow[];
  /** Rows with an index below this are the page's. */
  onPage: number;
  complete: boolean;
  active: Prestation[];
}

/** The whole client planning as far as it was read (memoised per judgement). */
function whole(ctx: RuleContext): Whole | undefined {
  return once(ctx, 'clientPlanning.whole', () => {
    const src = clientPlanning(ctx);
    if (!src) return undefined;
    const page = planningList(ctx)?.rows ?? [];
    const rows = withAccumulated(page, src.view.rows);
    return {
      rows,
      onPage: page.length,
      complete: src.view.complete,
      active: activeOf(parsed(rows, ctx.settings)),
    };
  });
}

const isPresentation = (ctx: RuleContext, row: ListRow) =>
  prestationKind(row.cells['prestation.prestation'] ?? '', ctx.settings) === 'presentation';

const rules: Rule[] = [
  {
    id: 'planning.intervenant.missing',
    severity: 'error',
    description: 'Chaque prestation a une intervenante',
    check: (ctx) => {
      if (!planningList(ctx)?.columns.includes('prestation.intervenant')) return null;
      const words = ctx.settings.unassignedWords;
      const rows = pageRows(ctx, (r) => isUnassigned(r.cells['prestation.intervenant'], words));
      return rows.length
        ? rowsHit(`${count(rows.length, 'prestation')} sans intervenant : affecter une intervenante`, rows)
        : null;
    },
  },
  {
    id: 'planning.brouillon',
    severity: 'warning',
    description: 'Aucune prestation en Brouillon',
    check: (ctx) => {
      const rows = pageRows(ctx, isBrouillon);
      return rows.length
        ? rowsHit(`${count(rows.length, 'prestation')} encore en Brouillon : les valider`, rows)
        : null;
    },
  },
  dureeInvalidRule,
  {
    id: 'planning.presentation.notValidated',
    severity: 'error',
    description: 'Présentation validée (pas en Brouillon)',
    check: (ctx) => {
      const w = whole(ctx);
      if (!w?.complete) return null;
      const onPage: number[] = [];
      const elsewhere: string[] = [];
      w.rows.forEach((r, i) => {
        if (isCancelled(r) || !isBrouillon(r) || !isPresentation(ctx, r)) return;
        if (i < w.onPage) onPage.push(i);
        else elsewhere.push(cell(r, 'prestation.date'));
      });
      const hits: RuleHit[] = [];
      if (onPage.length) hits.push(rowsHit('Présentation encore en Brouillon : la valider', onPage));
      if (elsewhere.length) {
        hits.push(summaryHit(`Présentation du ${elsewhere.join(', ')} encore en Brouillon : la valider`));
      }
      return hits;
    },
  },
  {
    id: 'planning.presentation.notFirst',
    severity: 'warning',
    description: 'La présentation est la première prestation',
    check: (ctx) => {
      const w = whole(ctx);
      const presentation = w?.active.find((p) => p.kind === 'presentation');
      if (!w?.complete || !presentation) return null;
      const before = w.active.find((p) => p.start < presentation.start);
      if (!before) return null;
      const message = `Prestation du ${fmtWhen(before)} avant la présentation du ${fmtWhen(presentation)} : planifier la présentation en premier`;
      return rowsHit(message, presentation.row < w.onPage ? [presentation.row] : []);
    },
  },
  {
    id: 'planning.presentation.missing',
    severity: 'error',
    description: 'Une présentation au planning',
    check: (ctx) => {
      const w = whole(ctx);
      if (!w?.complete) return null;
      return w.rows.some((r) => !isCancelled(r) && isPresentation(ctx, r))
        ? null
        : summaryHit(
            'Aucune présentation au planning : planifier la présentation avant la première prestation',
          );
    },
  },
  {
    id: 'planning.horizon',
    severity: 'warning',
    description: 'Planning sur 1 an',
    check: (ctx) => {
      const w = whole(ctx);
      if (!w?.complete) return null;
      const first = w.active[0];
      if (!first) return summaryHit('Aucune prestation au planning : planifier sur 1 an');
      let last = first.date;
      for (const p of w.active) if (p.date > last) last = p.date;
      // The same limit as a complete read (lib/planning/weeks.ts).
      const needed = horizonEnd(first.date, ctx.settings);
      return last < needed
        ? summaryHit(
            `Planning sur moins d’un an (du ${frDate(first.date)} au ${frDate(last)}) : planifier sur 1 an`,
          )
        : null;
    },
  },
  {
    id: 'planning.volume',
    severity: 'warning',
    description: 'Heures planifiées conformes aux contrats de travail (volume mensuel)',
    check: (ctx) => {
      const src = clientPlanning(ctx);
      const w = whole(ctx);
      if (!src || !w?.complete) return null;
      const weeks = weeksOfActivity(fullWeeks(src.view.periods), w.active);
      const average = weeklyAverage(w.active, weeks, ctx.settings);
      if (average === undefined) return null;
      const span = weeksSpan(weeks);
      const contracts = contractVolume(
        ctx.dossier.intervenants.flatMap((i) => i.contrats),
        ctx.dossier.client?.name,
        span,
      );
      const perMonth = valueAt(ctx.settings.legal.semainesParMois, span.from);
      if (!contracts || perMonth === undefined) return null;
      const planned = average * perMonth;
      const gap = gapPercent(planned, contracts.minutes);
      if (withinTolerance(gap, ctx.settings.tolerances.heuresPourcent)) return null;
      return summaryHit(
        `Planning : ${fmtNumber(planned / 60)} h par mois en moyenne, contre ${fmtNumber(contracts.minutes / 60)} h d’après ${
          contracts.count > 1 ? 'les contrats de travail' : 'le contrat de travail'
        } (écart ${fmtNumber(gap, 0)} %) : ajuster le planning ou le volume horaire`,
        { source: contracts.source },
      );
    },
  },
  partielRule('planning.partiel', clientPlanning),
];

export const clientPlanningRules: PageRules = {
  page: 'client.planning',
  rules,
  required: [],
  requiredColumns: ['prestation.date', 'prestation.debut', 'prestation.prestation', 'prestation.intervenant'],
};
