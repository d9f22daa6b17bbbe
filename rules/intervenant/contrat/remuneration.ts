/** Contrat de travail, Rémunération / horaires: a readable rate at the minimum, the monthly volume, the grid, the status. */
import { canonicalLabel } from '../../../lib/model/fields';
import { parseAmount, parseHours } from '../../../lib/text/normalize';
import { valueAt } from '../../../lib/settings/settings';
import { fmtEuros, fmtNumber } from '../../../lib/text/format';
import { frDate } from '../../../lib/time/dates';
import type { Rule, RuleContext } from '../../types';
import { grilleOf, grilleStatus } from '../../shared/contracts';
import { dateOf, isBrouillon } from './read';

/** A rate or a volume written but not readable: said as such, never judged as too low or too high. */
export const unreadable = (key: string, message: string): Rule => ({
  id: `${key}.invalid`,
  severity: 'error',
  description: `${canonicalLabel(key)} lisible`,
  check: (ctx) => {
    const v = ctx.value(key);
    if (!v) return null;
    const ok = key === 'contrat.tauxHoraire' ? parseAmount(v) !== null : parseHours(v) !== null;
    return ok ? null : message;
  },
});

const cents = (n: number) => Math.round(n * 100);

/**
 * The minimum a rate is below on a date: the conventional minimum of the Type d'emploi when it is
 * configured and above the SMIC, else the SMIC; undefined when the rate reaches it.
 */
function minimumMissed(ctx: RuleContext, rate: number, date: string) {
  const smic = valueAt(ctx.settings.legal.smicHoraire, date);
  const type = ctx.value('contrat.typeEmploi');
  const grille = type ? grilleOf(type, ctx.settings) : undefined;
  const conv = grille ? valueAt(grille.values, date) : undefined;
  if (conv !== undefined && (smic === undefined || conv > smic) && cents(rate) < cents(conv)) {
    return { conventional: grille!.label, value: conv };
  }
  if (smic !== undefined && cents(rate) < cents(smic)) return { value: smic };
  return undefined;
}

/** Not ended at today: started, and no end date or one today or later. */
const runningAt = (ctx: RuleContext, start: string) => {
  const end = dateOf(ctx, 'contrat.dateFin');
  return start <= ctx.today && (!end || end >= ctx.today);
};

export const tauxMinimum: Rule = {
  id: 'contrat.tauxHoraire.minimum',
  severity: 'error',
  description: 'Taux horaire au moins égal au SMIC et au minimum conventionnel du type d’emploi',
  check: (ctx) => {
    const v = ctx.value('contrat.tauxHoraire');
    const rate = v ? parseAmount(v) : null;
    const start = dateOf(ctx, 'contrat.dateDebut');
    // An unreadable rate is `contrat.tauxHoraire.invalid`.
    if (rate === null || !start) return null;
    const taux = `Taux horaire ${fmtEuros(rate)}`;
    const atStart = minimumMissed(ctx, rate, start);
    if (atStart?.conventional) {
      return `${taux} inférieur au minimum conventionnel « ${atStart.conventional} » au ${frDate(start)} (${fmtEuros(atStart.value)}) : mettre la rémunération horaire conventionnelle`;
    }
    if (atStart) {
      return `${taux} inférieur au SMIC horaire au ${frDate(start)} (${fmtEuros(atStart.value)}) : corriger`;
    }
    // A running contract follows the minimum's raises (docs/spec/settings.md: dated legal values; « à revaloriser »).
    const now = runningAt(ctx, start) ? minimumMissed(ctx, rate, ctx.today) : undefined;
    if (!now) return null;
    const what = now.conventional ? `au minimum conventionnel « ${now.conventional} »` : 'au SMIC';
    return {
      message: `${taux} inférieur ${what} en vigueur (${fmtEuros(now.value)}) : à revaloriser`,
      severity: 'warning',
    };
  },
};

export const grilleAbsente: Rule = {
  id: 'reglages.grille.absente',
  severity: 'info',
  description: 'Grille conventionnelle configurée dans les réglages',
  check: (ctx) => {
    if (grilleStatus(ctx.settings) === 'absente') {
      return {
        message: 'Grille conventionnelle non configurée (réglages) : seul le SMIC est contrôlé',
        targets: [],
      };
    }
    const type = ctx.value('contrat.typeEmploi');
    if (type && !grilleOf(type, ctx.settings)) {
      return {
        message: `Pas de minimum conventionnel pour « ${type} » dans la grille (réglages) : seul le SMIC est contrôlé`,
        targets: [],
      };
    }
    return null;
  },
};

export const grilleObsolete: Rule = {
  id: 'reglages.grille.obsolete',
  severity: 'info',
  description: 'Grille conventionnelle à jour du dernier SMIC',
  check: (ctx) =>
    grilleStatus(ctx.settings) === 'obsolete'
      ? {
          message:
            'Grille conventionnelle plus ancienne que le dernier SMIC : la mettre à jour dans les réglages',
          targets: [],
        }
      : null,
};

export const volumeMax: Rule = {
  id: 'contrat.volumeMensuel.max',
  severity: 'error',
  description: 'Volume horaire mensuel : au plus 48 h par semaine en moyenne',
  check: (ctx) => {
    const v = ctx.value('contrat.volumeMensuel');
    if (!v) return null;
    const minutes = parseHours(v);
    // An unreadable volume is `contrat.volumeMensuel.invalid`.
    if (minutes === null) return null;
    const date = dateOf(ctx, 'contrat.dateDebut') ?? ctx.today;
    const weeks = valueAt(ctx.settings.legal.semainesParMois, date);
    const max = valueAt(ctx.settings.legal.moyenne12Semaines, date);
    if (!weeks || max === undefined) return null;
    const perWeek = minutes / 60 / weeks;
    return perWeek > max
      ? `${fmtNumber(minutes / 60, 1)} h par mois = ${fmtNumber(perWeek, 1)} h par semaine (÷ ${fmtNumber(weeks)}) : au-delà de ${fmtNumber(max, 1)} h, réduire le volume`
      : null;
  },
};

export const statut: Rule = {
  id: 'contrat.statut',
  severity: 'warning',
  description: 'Contrat validé (pas en Brouillon)',
  check: (ctx) => {
    const v = ctx.value('contrat.statut');
    if (v === undefined) return null;
    if (v === '') return 'Contrat sans statut : Enregistrer et valider';
    return isBrouillon(v) ? 'Contrat en Brouillon : Enregistrer et valider' : null;
  },
};
