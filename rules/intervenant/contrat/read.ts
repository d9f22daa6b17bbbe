/** Reading one contrat de travail: its type, dates, status and employer (docs/rules.md, `intervenant.contrat`). */
import { normValue } from '../../../lib/text/normalize';
import type { RuleContext } from '../../types';
import { contractDate, isDossierClient } from '../../shared/contracts';

const typeText = (ctx: RuleContext) => normValue(ctx.value('contrat.type') ?? '');
export const isCdi = (ctx: RuleContext) => /\bcdi\b/.test(typeText(ctx));
export const isCdd = (ctx: RuleContext) => /\bcdd\b/.test(typeText(ctx));
/** A CDD de remplacement: said in the type, or in the motif of a CDD. */
export const isRemplacement = (ctx: RuleContext) =>
  ctx.contains('contrat.type', 'remplacement') ||
  (isCdd(ctx) && ctx.contains('contrat.motif', 'remplacement'));

export const dateOf = (ctx: RuleContext, key: string) => contractDate(ctx.value(key), ctx.today);
export const isBrouillon = (v: string) => normValue(v).startsWith('brouillon');
export const isValide = (v: string) => normValue(v).startsWith('valid');

/** The contract's employer is someone else than the dossier's client (known on both sides). */
export function employerIsOther(ctx: RuleContext): boolean {
  const employeur = ctx.value('contrat.employeur');
  return !!employeur && isDossierClient(employeur, ctx.dossier.client) === false;
}

export const isPrestataire = (ctx: RuleContext) => {
  const v = ctx.value('contrat.employeur');
  const agency = ctx.settings.contrat.employeurPrestataire;
  return !!v && !!agency && normValue(v).includes(normValue(agency));
};

const NO = new Set(['', 'non', 'no', 'false', 'faux', '0', '-', 'aucun', 'aucune', 'sans', 'n']);
/** A renewal of the trial period is recorded (a value other than empty / non / false). */
export const renewalRecorded = (ctx: RuleContext) =>
  !NO.has(normValue(ctx.value('contrat.essaiRenouvellement') ?? ''));
