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
import {
  allLines,
  avsId,
  CHECKLIST,
  CONDITIONAL_TASKS,
  FOLLOWING_TASKS,
  lineItemId,
  lineOfRule,
  manualItemId,
  UNAIDE_CONNECT_AVS,
  type GroupDef,
  type GroupId,
  type HelpArticle,
  type LineDef,
  type ManualDef,
} from './items';
import { CALL_KEYS } from '../call/script';
import type { DossierView, IntervenantView } from '../../lib/model/dossier';
import { sameName } from '../../lib/text/identity';
import type { NotesEntry } from '../../lib/notes/notes';
import type { PageRead, PanelFinding } from '../../lib/dossier/panel-state';
import type { PageKey, RuleStatus, Verdict } from '../../lib/model/types';

export interface RuleState {
  id: string;
  status: RuleStatus;
  messages: string[];
}

export interface LineState {
  kind: 'line';
  id: string;
  label: string;
  page: PageKey;
  fields: string[];
  status: RuleStatus;
  rules: RuleState[];
  required: boolean;
  /** When the line's page was read (ms). */
  readAt?: number;
  /** Where the page can be opened, when known. */
  url?: string;
  help?: HelpArticle;
  /** Store key of the entity the line is about. */
  entity: string;
  /** Counts as ok for the verdict. */
  passes: boolean;
}

export interface ManualState {
  kind: 'manual';
  id: string;
  label: string;
  status: 'manual' | 'done';
  /** False: « sans objet » (its condition does not hold); not counted. */
  applies: boolean;
  /** Ticked by the Tâches view's marks (not by hand). */
  fromTasks: boolean;
}

export type ItemState = LineState | ManualState;

export interface GroupState {
  /** `ficheClient`, `ficheIntervenant.SA00017`… */
  id: string;
  group: GroupId;
  title: string;
  avs?: { key: string; id: string; name?: string };
  items: ItemState[];
  help?: HelpArticle;
}

export interface ChecklistCounts {
  errors: number;
  warnings: number;
  unseen: number;
  /** Required items ok or done. */
  done: number;
  /** Required items. */
  total: number;
}

export interface ChecklistState {
  groups: GroupState[];
  counts: ChecklistCounts;
  conforme: boolean;
}

export interface ChecklistInput {
  dossier: DossierView;
  findings: readonly PanelFinding[];
  pagesRead: readonly PageRead[];
  notes: NotesEntry;
}

const RANK: Record<RuleStatus, number> = { error: 4, warning: 3, info: 2, ok: 1, unseen: 0 };
const worst = (a: RuleStatus, b: RuleStatus): RuleStatus => (RANK[b] > RANK[a] ? b : a);

/** Nationalities (and countries) of the EU, the EEA and Switzerland: no work permit needed. */
const EEA = new Set(
  [
    'france française français',
    'allemagne allemande allemand',
    'autriche autrichienne autrichien',
    'belgique belge',
    'bulgarie bulgare',
    'chypre chypriote',
    'croatie croate',
    'danemark danoise danois',
    'espagne espagnole espagnol',
    'estonie estonienne estonien',
    'finlande finlandaise finlandais',
    'grèce grecque grec',
    'hongrie hongroise hongrois',
    'irlande irlandaise irlandais',
    'italie italienne italien',
    'lettonie lettone letton',
    'lituanie lituanienne lituanien',
    'luxembourg luxembourgeoise luxembourgeois',
    'malte maltaise maltais',
    'pays-bas néerlandaise néerlandais',
    'pologne polonaise polonais',
    'portugal portugaise portugais',
    'roumanie roumaine roumain',
    'slovaquie slovaque',
    'slovénie slovène',
    'suède suédoise suédois',
    'tchéquie tchèque république tchèque',
    'islande islandaise islandais',
    'liechtenstein liechtensteinoise liechtensteinois',
    'norvège norvégienne norvégien',
    'suisse',
  ]
    .flatMap((l) => l.split(' '))
    .map((w) => fold(w)),
);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** True / false when the nationality is known; undefined when it was not read. */
export function outsideEea(nationalite: string | undefined): boolean | undefined {
  if (nationalite === undefined || !nationalite.trim()) return undefined;
  const words = fold(nationalite)
    .split(/[\s,/()]+/)
    .filter(Boolean);
  return !words.some((w) => EEA.has(w));
}

interface Scope {
  entity: string;
  /** Contracts of the AVS that belong to this dossier (contrat de travail lines). */
  contracts?: Set<string>;
}

function inScope(
  x: { entity: string; page: PageKey; contract?: string },
  page: PageKey,
  scope: Scope,
): boolean {
  if (x.entity !== scope.entity || x.page !== page) return false;
  if (page === 'intervenant.contrat' && scope.contracts)
    return !!x.contract && scope.contracts.has(x.contract);
  return true;
}

/** The contracts of an AVS whose employer is the dossier's client (all of them when none names it). */
function contractsOf(avs: IntervenantView, clientName: string | undefined): Set<string> {
  const mine = avs.contrats.filter((c) => sameName(c.fields.value['contrat.employeur'], clientName));
  return new Set((mine.length ? mine : avs.contrats).map((c) => c.key));
}

const firstLineOf = (page: PageKey): LineDef | undefined =>
  allLines().find((ref) => ref.line.page === page)?.line;

function evaluateLine(
  group: GroupDef,
  line: LineDef,
  avs: string | undefined,
  scope: Scope,
  input: ChecklistInput,
  urlOf: (page: PageKey, entity: string) => string | undefined,
): LineState {
  const reads = input.pagesRead.filter((r) => inScope(r, line.page, scope));
  const read = reads.length > 0;
  const readAt = read ? Math.max(...reads.map((r) => r.readAt)) : undefined;
  const mine = input.findings.filter((f) => inScope(f, line.page, scope));
  const rules: RuleState[] = line.rules.map((id) => {
    const hits = mine.filter((f) => f.rule === id || f.rule === `${id}.crash`);
    const status = !read ? 'unseen' : hits.reduce<RuleStatus>((s, f) => worst(s, f.severity), 'ok');
    return { id, status, messages: [...new Set(hits.map((f) => f.message))] };
  });
  // Findings of this page that belong to this line without being one of its rules (absent fields…).
  // One no line of its page lists (a rule of a newer version…) goes under the page's first line, so
  // it is seen and keeps the verdict from « conforme ».
  const extra = new Map<string, RuleState>();
  for (const f of mine) {
    const base = f.rule.endsWith('.crash') ? f.rule.slice(0, -6) : f.rule;
    if (line.rules.includes(base)) continue;
    const ref = lineOfRule(f.rule, line.page);
    const home = ref?.line.page === line.page ? ref.line : firstLineOf(line.page);
    if (home !== line) continue;
    const r = extra.get(f.rule) ?? { id: f.rule, status: 'ok' as RuleStatus, messages: [] };
    r.status = worst(r.status, f.severity);
    if (!r.messages.includes(f.message)) r.messages.push(f.message);
    extra.set(f.rule, r);
  }
  const all = [...rules, ...extra.values()];
  const status = !read ? 'unseen' : all.reduce<RuleStatus>((s, r) => worst(s, r.status), 'ok');
  const blocking = all.some(
    (r) => r.status === 'info' && (r.id.endsWith('.partiel') || r.id.endsWith('.absent')),
  );
  const passes = status === 'ok' || (status === 'info' && !blocking);
  const url = reads.find((r) => r.url)?.url ?? urlOf(line.page, scope.entity);
  return {
    kind: 'line',
    id: lineItemId(group.id, line.name, avs),
    label: line.label,
    page: line.page,
    fields: line.fields,
    status,
    rules: all,
    required: line.required,
    ...(readAt !== undefined ? { readAt } : {}),
    ...(url ? { url } : {}),
    ...(line.help ? { help: line.help } : {}),
    entity: scope.entity,
    passes,
  };
}

function tasksDone(def: ManualDef, notes: NotesEntry): boolean {
  const has = (t: string) => notes.tasks[t] === 'created' || notes.tasks[t] === 'present';
  if (def.tasks === 'nouveauClient') return has('nouveauClient');
  if (def.tasks === 'cloturerProposition') return has('cloturerProposition');
  if (def.tasks === 'suivantes') {
    // A conditional task counts only when the call says it applies (AICI requested, aid needed).
    const applies: Record<string, boolean> = {
      aici: notes.call[CALL_KEYS.demandeAici] === 'oui',
      aideFinanciere: notes.call[CALL_KEYS.aideFinanciere] === 'oui',
    };
    return FOLLOWING_TASKS.filter((t) => !CONDITIONAL_TASKS.includes(t) || applies[t]).every(has);
  }
  return false;
}

function evaluateManual(
  group: GroupId,
  def: ManualDef,
  avs: string | undefined,
  applies: boolean,
  notes: NotesEntry,
): ManualState {
  const id = manualItemId(group, def.name, avs);
  const fromTasks = tasksDone(def, notes);
  return {
    kind: 'manual',
    id,
    label: def.label,
    status: notes.manual[id] || fromTasks ? 'done' : 'manual',
    applies,
    fromTasks,
  };
}

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
