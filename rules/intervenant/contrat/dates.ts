/** Contrat de travail, dates against the planning: the start is the AVS's first prestation, validated the day before. */
import { addDays, frDate } from '../../../lib/time/dates';
import type { Rule, RuleHit } from '../../types';
import { firstPrestationOfAvs, tabName } from '../../shared/contracts';
import { dateOf, employerIsOther, isValide } from './read';

export const premierePrestation: Rule = {
  id: 'contrat.dateDebut.premierePrestation',
  severity: 'error',
  description: 'Date de début du contrat = date de la première prestation de l’AVS chez le client',
  check: (ctx): RuleHit | null => {
    const start = dateOf(ctx, 'contrat.dateDebut');
    if (!start || employerIsOther(ctx)) return null;
    const first = firstPrestationOfAvs(ctx.dossier, ctx.settings);
    if (!first || first.prestation.date === start) return null;
    const where = tabName(first.source.page);
    const premiere = `première prestation le ${frDate(first.prestation.date)} (${where})`;
    return start > first.prestation.date
      ? {
          message: `Contrat commençant le ${frDate(start)}, après la ${premiere} : travail sans contrat écrit, avancer la date de début`,
          source: first.source,
        }
      : {
          message: `Contrat commençant le ${frDate(start)}, avant la ${premiere} : mettre la date de la première prestation`,
          severity: 'warning',
          source: first.source,
        };
  },
};

export const tardif: Rule = {
  id: 'contrat.tardif',
  severity: 'error',
  description: 'Contrat validé au plus tard la veille de la première prestation',
  check: (ctx): RuleHit | null => {
    const statut = ctx.value('contrat.statut');
    if (statut === undefined || isValide(statut) || employerIsOther(ctx)) return null;
    const first = firstPrestationOfAvs(ctx.dossier, ctx.settings);
    if (!first || first.prestation.date > addDays(ctx.today, 1)) return null;
    return {
      message:
        `Première prestation le ${frDate(first.prestation.date)} (${tabName(first.source.page)}) ` +
        'et contrat non validé : le finaliser et le valider (au plus tard la veille)',
      targets: [],
      source: first.source,
    };
  },
};
