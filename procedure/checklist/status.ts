/**
 * The checklist's statuses for one dossier (docs/spec/panel.md, « Dossier »), from the stored findings of each
 * tab read, the pages read and the person's notes. Pure: the Dossier and Rendez-vous views render it,
 * tests check it without a browser.
 *
 * - a rule under a line: `ok` when its page was read and it did not fire, the worst severity of its
 *   findings when it did (a `<rule>.crash` counts as its rule), `unseen` when the page was not read;
 *   findings of the line's page that name no listed rule (`<field>.absent`…) are added under it, and
 *   a finding no line of its page lists goes under the page's first line (never left uncounted);
 * - a line: the worst of its rules (`unseen` when its page was not read);
 * - a manual item: `done` when ticked (notes.manual, or the Tâches view's marks), else `manual`;
 *   one whose condition does not hold is « sans objet » and counts for nothing;
 * - the verdict: *conforme* only when every required item is ok or done. An `info` line counts as ok,
 *   except a part read partially or a field absent from the page.
 */
import { avsId, CHECKLIST, UNAIDE_CONNECT_AVS, type ManualDef } from './items';
import { contractsOf, evaluateLine, type Scope } from './lines';
import { evaluateManual, outsideEea } from './manual';
import type { ChecklistCounts, ChecklistInput, ChecklistState, GroupState, ItemState } from './state';
import type { DossierView } from '../../lib/model/dossier';
import type { PanelFinding } from '../../lib/dossier/panel-state';
import type { PageKey, Verdict } from '../../lib/model/types';

export type {
  ChecklistCounts,
  ChecklistInput,
  ChecklistState,
  GroupState,
  ItemState,
  LineState,
  ManualState,
  RuleState,
} from './state';

/** Every group of the dossier's checklist, with its statuses, the counts and the verdict. */
export function evaluateChecklist(input: ChecklistInput): ChecklistState {
  const { dossier, notes } = input;
  const client = dossier.client;
  const clientKey = client?.key ?? '';
  const stamps = new Map<string, string>();
  const stamp = (entity: string, s: { page: PageKey; url?: string } | undefined) => {
    if (s?.url) stamps.set(`${entity}|${s.page}`, s.url);
  };
  if (client)
    [client.definition, client.mandats, client.planning, client.documents].forEach((s) =>
      stamp(clientKey, s),
    );
  for (const i of dossier.intervenants) {
    [i.definition, i.contratsList, i.planning].forEach((s) => stamp(i.key, s));
    for (const c of i.contrats) stamp(i.key, c.fields);
  }
  const urlOf = (page: PageKey, entity: string) => stamps.get(`${entity}|${page}`);
  const definition = client?.definition?.value;
  const noCoordinates =
    !definition || !('client.latitude' in definition || 'client.geolocalisation' in definition);

  const groups: GroupState[] = [];
  for (const g of CHECKLIST) {
    if (!g.perAvs) {
      const items: ItemState[] = g.items
        .map((item) =>
          item.kind === 'line'
            ? evaluateLine(g, item, undefined, { entity: clientKey }, input, urlOf)
            : item.when === 'perAvs'
              ? null
              : evaluateManual(
                  g.id,
                  item,
                  undefined,
                  item.when === 'noCoordinates' ? noCoordinates : true,
                  notes,
                ),
        )
        .filter((x): x is ItemState => !!x);
      // One « envoyé pour signature » per AVS, right after the signature line.
      const perAvs = g.items.filter((i): i is ManualDef => i.kind === 'manual' && i.when === 'perAvs');
      for (const def of perAvs)
        for (const avs of dossier.intervenants) {
          const m = evaluateManual(g.id, def, avsId(avs), true, notes);
          items.push({ ...m, label: `${def.label} : ${avs.name ?? avsId(avs)}` });
        }
      if (g.id === 'unaideConnect')
        for (const avs of dossier.intervenants)
          for (const def of UNAIDE_CONNECT_AVS) {
            const m = evaluateManual(g.id, def, avsId(avs), true, notes);
            items.push({ ...m, label: `${avs.name ?? avsId(avs)} : ${def.label}` });
          }
      groups.push({ id: g.id, group: g.id, title: g.title, items, ...(g.help ? { help: g.help } : {}) });
      continue;
    }
    for (const avs of dossier.intervenants) {
      const id = avsId(avs);
      const scope: Scope = {
        entity: avs.key,
        ...(g.id === 'contratTravail' ? { contracts: contractsOf(avs, client?.name) } : {}),
      };
      const nationalite = avs.definition?.value['intervenant.nationalite'];
      const items: ItemState[] = g.items.map((item) =>
        item.kind === 'line'
          ? evaluateLine(g, item, id, scope, input, urlOf)
          : evaluateManual(
              g.id,
              item,
              id,
              item.when === 'outsideEea' ? outsideEea(nationalite) !== false : true,
              notes,
            ),
      );
      groups.push({
        id: `${g.id}.${id}`,
        group: g.id,
        title: `${g.title} — ${avs.name ?? id}`,
        avs: { key: avs.key, id, ...(avs.name ? { name: avs.name } : {}) },
        items,
        ...(g.help ? { help: g.help } : {}),
      });
    }
  }
  const counts: ChecklistCounts = { errors: 0, warnings: 0, unseen: 0, done: 0, total: 0 };
  for (const g of groups)
    for (const item of g.items) {
      if (item.kind === 'line') {
        if (item.status === 'error') counts.errors++;
        if (item.status === 'warning') counts.warnings++;
        if (item.status === 'unseen') counts.unseen++;
        if (!item.required) continue;
        counts.total++;
        if (item.passes) counts.done++;
      } else if (item.applies) {
        counts.total++;
        if (item.status === 'done') counts.done++;
      }
    }
  return { groups, counts, conforme: counts.total > 0 && counts.done === counts.total };
}

/** Per AVS: the monthly hours across all clients, as the AVS planning's rule stated them. */
export function hoursPerMonth(
  dossier: DossierView,
  findings: readonly PanelFinding[],
): { key: string; name?: string; months: string[] }[] {
  return dossier.intervenants.map((i) => ({
    key: i.key,
    ...(i.name ? { name: i.name } : {}),
    months: findings
      .filter((f) => f.entity === i.key && f.rule === 'planningAvs.totalMois')
      .map((f) => f.message),
  }));
}

/** *Non conforme* as soon as an error stands, else *incomplet* until every required line is ok or done. */
export function verdictOf(checklist: ChecklistState): Verdict {
  if (checklist.counts.errors > 0) return 'non-conforme';
  return checklist.conforme ? 'conforme' : 'incomplet';
}
