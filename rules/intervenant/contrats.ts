/**
 * Rules of the intervenant's *Contrats de travail* tab (docs/rules.md, `intervenant.contrats`): the list
 * of the AVS's contrats de travail (row key `contratTravail`).
 */
import { nameKey } from '../../lib/text/identity';
import { cleanText, normValue } from '../../lib/text/normalize';
import type { PageRules, Rule, RuleHit } from '../types';
import { frDate } from '../../lib/time/dates';
import {
  clientLabel,
  clientStamp,
  contractDate,
  isDossierClient,
  sourceOf,
  tabName,
} from '../shared/contracts';

const missing: Rule = {
  id: 'contrat.missing',
  severity: 'error',
  description: 'Un contrat de travail avec le client du dossier pour employeur',
  check: (ctx): RuleHit | null => {
    const list = ctx.list();
    const client = ctx.dossier.client;
    if (!list || !client || !list.columns.includes('contratTravail.employeur')) return null;
    // Client unknown (no name, no code): cannot be judged.
    if (isDossierClient('', client) === undefined) return null;
    if (list.rows.some((r) => isDossierClient(r.cells['contratTravail.employeur'] ?? '', client)))
      return null;
    // A paginated list may hold it on another page: cannot be judged.
    if (!list.complete) return null;
    const stamp = clientStamp(client);
    return {
      message:
        `Aucun contrat de travail avec ${clientLabel(client)} pour employeur` +
        `${stamp ? ` (client du dossier, ${tabName(stamp.page)})` : ''} : créer le contrat de travail`,
      field: 'contratTravail',
      targets: [],
      ...(stamp ? { source: sourceOf(stamp) } : {}),
    };
  },
};

/** The employer's identity for comparing rows (code client when shown, else the name). */
function employerKey(employeur: string): string {
  const code = /\bCLI\d+\b/i.exec(employeur)?.[0];
  return code ? code.toUpperCase() : nameKey(employeur.replace(/\([^()]*\)/g, ' '));
}

interface Period {
  row: number;
  from: string;
  /** ISO end date; undefined = open-ended. */
  to?: string;
}

const doublon: Rule = {
  id: 'contrat.doublon',
  severity: 'warning',
  description: 'Pas deux contrats validés avec le même employeur sur la même période',
  check: (ctx) => {
    const list = ctx.list();
    if (!list) return null;
    const byEmployer = new Map<string, Period[]>();
    list.rows.forEach((r, row) => {
      const c = r.cells;
      if (!normValue(c['contratTravail.statut'] ?? '').startsWith('valid')) return;
      const key = employerKey(c['contratTravail.employeur'] ?? '');
      const from = contractDate(c['contratTravail.dateDebut'], ctx.today);
      if (!key || !from) return;
      const to = contractDate(c['contratTravail.dateFin'], ctx.today) ?? undefined;
      byEmployer.set(key, [...(byEmployer.get(key) ?? []), { row, from, ...(to ? { to } : {}) }]);
    });
    const hits: RuleHit[] = [];
    const period = (p: Period) =>
      p.to ? `du ${frDate(p.from)} au ${frDate(p.to)}` : `depuis le ${frDate(p.from)}`;
    for (const periods of byEmployer.values()) {
      periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.row - b.row));
      for (let i = 0; i < periods.length; i++) {
        for (let j = i + 1; j < periods.length; j++) {
          const a = periods[i]!;
          const b = periods[j]!;
          if (a.to !== undefined && a.to < b.from) break; // b and the next ones start after a ends
          const employeur = cleanText(list.rows[a.row]!.cells['contratTravail.employeur'] ?? '');
          hits.push({
            message:
              `Deux contrats validés avec ${employeur} se chevauchent (${period(a)} et ${period(b)}) : ` +
              'clore ou annuler l’un des deux (Ogust n’en permet qu’un)',
            rows: [a.row, b.row],
            field: 'contratTravail',
          });
        }
      }
    }
    return hits;
  },
};

export const contratsTravailRules: PageRules = {
  page: 'intervenant.contrats',
  rules: [missing, doublon],
  required: [],
  requiredColumns: ['contratTravail.employeur', 'contratTravail.dateDebut'],
};
