/**
 * Rules of the client's *Contrats* tab (docs/rules.md, `client.contrats`): the contrats de mandat, read as
 * a list (row key `mandat`) or as one contract's form.
 */
import { isUnassigned, nameKey, sameName } from '../../lib/text/identity';
import { canonicalLabel } from '../../lib/model/fields';
import { cleanText, normValue, parseAmount } from '../../lib/text/normalize';
import type { ListRow } from '../../lib/model/types';
import { parsePlanning } from '../../lib/planning/prestations';
import type { PageRules, Rule, RuleContext, RuleHit } from '../types';
import { sourceOf, tabName } from '../shared/contracts';

const COLUMNS = ['mandat.intervenant', 'mandat.fraisGestion', 'mandat.coutSalarie', 'mandat.statut'];

/** An amount cell or field that is empty, unreadable or zero. */
const noAmount = (v: string | undefined) => {
  const n = v === undefined ? null : parseAmount(v);
  return n === null || n === 0;
};

const lower = (key: string) => canonicalLabel(key).toLowerCase();

const isBrouillon = (v: string | undefined) => !!v && normValue(v).startsWith('brouillon');

/** « (Marie DURAND, Paul LEROY) » naming the rows' intervenants, when shown. */
function whose(rows: readonly ListRow[], indexes: number[]): string {
  const names = indexes.map((i) => cleanText(rows[i]?.cells['mandat.intervenant'] ?? '')).filter(Boolean);
  return names.length ? ` (${names.join(', ')})` : '';
}

/**
 * A rule on each contract: on a list, one finding marking the rows concerned; on a form, the
 * contract's field.
 */
function perContract(
  id: string,
  severity: Rule['severity'],
  description: string,
  key: string,
  fires: (value: string | undefined) => boolean,
  /** What is wrong (singular, plural) and what to do. */
  what: [one: string, many: string],
  todo: [one: string, many: string],
  formTargets?: string[],
): Rule {
  return {
    id,
    severity,
    description,
    check: (ctx) => {
      const list = ctx.list();
      if (list) {
        if (!list.columns.includes(key)) return null;
        const rows = list.rows.flatMap((r, i) => (fires(r.cells[key]) ? [i] : []));
        if (!rows.length) return null;
        const n = rows.length;
        const message =
          n > 1
            ? `${n} ${what[1]}${whose(list.rows, rows)} : ${todo[1]}`
            : `${what[0]}${whose(list.rows, rows)} : ${todo[0]}`;
        return { message, rows, field: 'mandat' };
      }
      if (!ctx.present(key) || !fires(ctx.value(key))) return null;
      return { message: `${what[0]} : ${todo[0]}`, ...(formTargets ? { targets: formTargets } : {}) };
    },
  };
}

/** The contrats de mandat known: this page's list, else (on a form) the list read on the tab. */
function mandatRows(ctx: RuleContext): ListRow[] | undefined {
  return ctx.list()?.rows ?? ctx.dossier.client?.mandats?.value;
}

/**
 * The AVS of the client's planning, one name per person (as first written): rows with nobody
 * (isUnassigned, settings `unassignedWords`) and cancelled rows left out.
 */
function planningAvs(ctx: RuleContext, rows: readonly ListRow[]): string[] {
  const words = ctx.settings.unassignedWords;
  const avs = new Map<string, string>();
  for (const p of parsePlanning(rows, ctx.settings).prestations) {
    if (p.cancelled || isUnassigned(p.intervenant, words)) continue;
    const key = nameKey(p.intervenant);
    if (key && !avs.has(key)) avs.set(key, cleanText(p.intervenant));
  }
  return [...avs.values()];
}

const parAvs: Rule = {
  id: 'mandat.parAvs',
  severity: 'error',
  description: 'Un contrat de mandat par AVS du planning',
  check: (ctx): RuleHit | null => {
    const planning = ctx.dossier.client?.planning;
    const mandats = mandatRows(ctx);
    if (!planning || !planning.value.complete || !mandats || ctx.list()?.complete === false) return null;
    const avs = planningAvs(ctx, planning.value.rows);
    const where = tabName(planning.page);
    const todo = 'créer un contrat de mandat par AVS';
    let message: string;
    if (mandats.some((r) => cleanText(r.cells['mandat.intervenant'] ?? ''))) {
      // Matched by name: two contracts for one AVS do not cover another.
      const without = avs.filter((a) => !mandats.some((r) => sameName(r.cells['mandat.intervenant'], a)));
      if (!without.length) return null;
      message = `Pas de contrat de mandat pour : ${without.join(', ')} (AVS du ${where}) : ${todo}`;
    } else {
      // The contracts' AVS are not shown: only the counts can be compared.
      if (mandats.length >= avs.length) return null;
      message = `${avs.length} AVS au ${where} pour ${mandats.length} contrat${mandats.length > 1 ? 's' : ''} de mandat : ${todo}`;
    }
    return { message, field: 'mandat', targets: [], source: sourceOf(planning) };
  },
};

const rules: Rule[] = [
  {
    id: 'mandat.missing',
    severity: 'error',
    description: 'Au moins un contrat de mandat',
    check: (ctx) => {
      const list = ctx.list();
      return list && list.rows.length === 0
        ? { message: 'Aucun contrat de mandat : créer le contrat de mandat', field: 'mandat', targets: [] }
        : null;
    },
  },
  perContract(
    'mandat.fraisGestion.missing',
    'error',
    'Contrat de mandat : frais de gestion mensuels renseignés',
    'mandat.fraisGestion',
    noAmount,
    [
      `Contrat de mandat sans ${lower('mandat.fraisGestion')}`,
      `contrats de mandat sans ${lower('mandat.fraisGestion')}`,
    ],
    ['les renseigner', 'les renseigner'],
  ),
  perContract(
    'mandat.coutSalarie.missing',
    'error',
    'Contrat de mandat : coût du salarié mensuel renseigné',
    'mandat.coutSalarie',
    noAmount,
    [
      `Contrat de mandat sans ${lower('mandat.coutSalarie')}`,
      `contrats de mandat sans ${lower('mandat.coutSalarie')}`,
    ],
    ['le renseigner', 'le renseigner'],
  ),
  perContract(
    'mandat.signature',
    'warning',
    'Contrat de mandat envoyé pour signature (pas en Brouillon)',
    'mandat.statut',
    isBrouillon,
    ['Contrat de mandat en Brouillon', 'contrats de mandat en Brouillon'],
    ['l’envoyer pour signature', 'les envoyer pour signature'],
    ['mandat.statut'],
  ),
  parAvs,
];

export const mandatRules: PageRules = {
  page: 'client.contrats',
  rules,
  required: COLUMNS,
  requiredColumns: COLUMNS,
};
