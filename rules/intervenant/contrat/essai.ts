/** Contrat de travail, période d'essai: recorded, starting with the contract, not longer than the law allows. */
import { addDays, daysBetween, frDate } from '../../../lib/time/dates';
import type { Rule, RuleHit } from '../../types';
import { addMonthsMinusOneDay, saysSansEssai } from '../../shared/contracts';
import { dateOf, isCdd, isCdi, renewalRecorded } from './read';

const ESSAI_TARGETS = ['contrat.essaiFin'];

export const essaiMissing: Rule = {
  id: 'contrat.essai.missing',
  severity: 'error',
  description: 'Période d’essai : début et fin (procédure de l’agence)',
  check: (ctx) => {
    const empty = ['contrat.essaiDebut', 'contrat.essaiFin'].filter((k) => ctx.value(k) === '');
    if (!empty.length) return null;
    const texts = [
      'contrat.essaiDebut',
      'contrat.essaiFin',
      'contrat.essaiRenouvellement',
      'contrat.repartition',
      'contrat.motif',
    ].map((k) => ctx.value(k));
    if (texts.some(saysSansEssai)) return null;
    const what =
      empty.length === 2 ? 'le début et la fin' : empty[0] === 'contrat.essaiDebut' ? 'le début' : 'la fin';
    return {
      message: `Période d'essai : renseigner ${what} (exigé par la procédure de l'agence)`,
      targets: ESSAI_TARGETS,
    };
  },
};

export const essaiDebut: Rule = {
  id: 'contrat.essai.debut',
  severity: 'warning',
  description: 'Période d’essai commençant au début du contrat',
  check: (ctx) => {
    const debut = dateOf(ctx, 'contrat.essaiDebut');
    const start = dateOf(ctx, 'contrat.dateDebut');
    if (!debut || !start || debut === start) return null;
    return {
      message: `Début de la période d'essai (${frDate(debut)}) ≠ début du contrat (${frDate(start)}) : mettre la même date`,
      targets: ['contrat.essaiDebut'],
    };
  },
};

/** The latest allowed end of a CDD's trial starting `start`, for a contract from `from` to `to`. */
export function cddEssaiMax(start: string, from: string, to: string): { max: string; cap: string } {
  const weeks = Math.floor((daysBetween(from, to) + 1) / 7);
  const short = to <= addMonthsMinusOneDay(from, 6);
  const capEnd = short ? addDays(start, 13) : addMonthsMinusOneDay(start, 1);
  const byWeeks = addDays(start, weeks - 1);
  return { max: byWeeks < capEnd ? byWeeks : capEnd, cap: short ? '2 semaines' : '1 mois' };
}

export const essaiDuree: Rule = {
  id: 'contrat.essai.duree',
  severity: 'error',
  description: 'Durée de la période d’essai (CDI : 1 mois renouvelable une fois ; CDD : 1 jour par semaine)',
  check: (ctx): RuleHit | null => {
    const start = dateOf(ctx, 'contrat.essaiDebut') ?? dateOf(ctx, 'contrat.dateDebut');
    const end = dateOf(ctx, 'contrat.essaiFin');
    if (!start || !end) return null;
    const hit = (message: string, severity: Rule['severity']): RuleHit => ({
      message,
      severity,
      targets: ESSAI_TARGETS,
    });
    if (end < start) return hit("Fin de la période d'essai avant son début : corriger", 'error');
    if (isCdi(ctx)) {
      const max2 = addMonthsMinusOneDay(start, 2);
      if (end > max2) {
        return hit(
          `Période d'essai trop longue : fin au plus tard le ${frDate(max2)} (1 mois, renouvelable une fois)`,
          'error',
        );
      }
      const max1 = addMonthsMinusOneDay(start, 1);
      if (end > max1 && !renewalRecorded(ctx)) {
        return hit(
          `Période d'essai de plus d'un mois : fin le ${frDate(max1)}, ou noter le renouvellement`,
          'warning',
        );
      }
      return null;
    }
    if (isCdd(ctx)) {
      const from = dateOf(ctx, 'contrat.dateDebut') ?? start;
      const to = dateOf(ctx, 'contrat.dateFin');
      if (!to || to < from) return null;
      const { max, cap } = cddEssaiMax(start, from, to);
      if (end <= max) return null;
      return hit(
        max < start
          ? "CDD de moins d'une semaine : pas de période d'essai possible (1 jour par semaine)"
          : `Période d'essai du CDD trop longue : fin au plus tard le ${frDate(max)} (1 jour par semaine, ${cap} au plus)`,
        'warning',
      );
    }
    return null;
  },
};
