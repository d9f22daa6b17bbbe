/** Contrat de travail, Général tab: convention, type d'emploi, nature and exonération. */
import { normValue } from '../../../lib/text/normalize';
import type { Rule, RuleContext, RuleHit } from '../../types';
import { exonerationCategory, sourceOf, tabName } from '../../shared/contracts';

/** A rule on an option value (judged when the field is read): fires when it is not the expected one. */
function expectedValue(
  id: string,
  severity: Rule['severity'],
  description: string,
  key: string,
  ok: (value: string, ctx: RuleContext) => boolean,
  message: (value: string, ctx: RuleContext) => string,
): Rule {
  return {
    id,
    severity,
    description,
    check: (ctx) => {
      const v = ctx.value(key);
      return v === undefined || (v !== '' && ok(v, ctx)) ? null : message(v, ctx);
    },
  };
}

export const convention = expectedValue(
  'contrat.convention',
  'warning',
  'Convention collective : CCN du PE (IDCC 3239)',
  'contrat.convention',
  (v, ctx) =>
    !normValue(v).includes('2111') &&
    ctx.settings.contrat.convention.some(
      (c) => ctx.is('contrat.convention', c) || normValue(v).includes(normValue(c)),
    ),
  (v, ctx) => {
    const expected = `mettre « ${ctx.settings.contrat.convention[0] ?? ''} »`;
    if (!v) return `Convention collective vide : ${expected}`;
    if (normValue(v).includes('2111')) return `IDCC 2111 obsolète depuis 2022 : ${expected}`;
    return `Convention « ${v} » : ${expected} (particuliers employeurs)`;
  },
);

export const typeEmploi = expectedValue(
  'contrat.typeEmploi',
  'info',
  'Type d’emploi : Assistante de vie B par défaut',
  'contrat.typeEmploi',
  (_v, ctx) => ctx.is('contrat.typeEmploi', ctx.settings.contrat.typeEmploiDefaut),
  (v, ctx) => {
    const defaut = ctx.settings.contrat.typeEmploiDefaut;
    return v
      ? `Type d'emploi « ${v} » : à justifier (« ${defaut} » par défaut)`
      : `Type d'emploi vide : mettre « ${defaut} » (par défaut)`;
  },
);

export const nature = expectedValue(
  'contrat.nature',
  'warning',
  'Nature du contrat : employé de maison particulier',
  'contrat.nature',
  (_v, ctx) => ctx.is('contrat.nature', ctx.settings.contrat.nature),
  (v, ctx) => `Nature du contrat${v ? ` « ${v} »` : ' vide'} : mettre « ${ctx.settings.contrat.nature} »`,
);

export const exonerationClient: Rule = {
  id: 'contrat.exoneration.client',
  severity: 'warning',
  description: 'Exonération du contrat conforme à celle du client',
  check: (ctx): RuleHit | null => {
    const v = ctx.value('contrat.exoneration');
    const def = ctx.dossier.client?.definition;
    if (!v || !def) return null;
    const clientExo = def.value['client.exoneration'];
    const cat = exonerationCategory(clientExo, ctx.settings);
    if (!cat || cat === 'autre') return null;
    const expected = ctx.settings.contrat.exoneration[cat];
    if (ctx.is('contrat.exoneration', expected)) return null;
    return {
      message: `Exonération « ${v} » ≠ celle du client « ${clientExo} » (${tabName(def.page)}) : mettre « ${expected} »`,
      source: sourceOf(def),
    };
  },
};
