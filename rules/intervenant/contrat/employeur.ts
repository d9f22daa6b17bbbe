/** Contrat de travail, employer and type: the client as employer (mandataire), a CDD's end and replaced employee. */
import type { Rule, RuleHit } from '../../types';
import { clientLabel, clientStamp, sourceOf, tabName } from '../../shared/contracts';
import { employerIsOther, isCdd, isPrestataire, isRemplacement } from './read';

export const employeurPrestataire: Rule = {
  id: 'contrat.employeur.prestataire',
  severity: 'warning',
  description: 'Employeur : le client (mode mandataire), pas l’agence',
  check: (ctx) =>
    isPrestataire(ctx)
      ? `Employeur ${ctx.settings.contrat.employeurPrestataire} (mode prestataire) : en mandataire, l'employeur est le client`
      : null,
};

export const employeurClient: Rule = {
  id: 'contrat.employeur.client',
  severity: 'warning',
  description: 'Employeur : le client du dossier',
  check: (ctx): RuleHit | null => {
    const client = ctx.dossier.client;
    if (!client || isPrestataire(ctx) || !employerIsOther(ctx)) return null;
    const stamp = clientStamp(client);
    return {
      message:
        `Employeur « ${ctx.value('contrat.employeur')} » différent du client du dossier ` +
        `« ${clientLabel(client)} »${stamp ? ` (${tabName(stamp.page)})` : ''} : vérifier l'employeur`,
      ...(stamp ? { source: sourceOf(stamp) } : {}),
    };
  },
};

export const cddDateFin: Rule = {
  id: 'contrat.cdd.dateFin',
  severity: 'error',
  description: 'CDD : date de fin renseignée',
  check: (ctx) =>
    isCdd(ctx) && ctx.present('contrat.dateFin') && !ctx.filled('contrat.dateFin')
      ? {
          message: 'CDD sans date de fin : renseigner la date de fin de contrat',
          targets: ['contrat.dateFin'],
        }
      : null,
};

export const cddRemplace: Rule = {
  id: 'contrat.cdd.remplace',
  severity: 'warning',
  description: 'CDD de remplacement : nom du salarié remplacé',
  check: (ctx) =>
    isRemplacement(ctx) && ctx.present('contrat.salarieRemplace') && !ctx.filled('contrat.salarieRemplace')
      ? {
          message: 'CDD de remplacement : indiquer le nom du salarié remplacé',
          targets: ['contrat.salarieRemplace'],
        }
      : null,
};
