/**
 * One procedure line's status for one entity (see status.ts): its rules' findings on the tab read,
 * the findings of that tab no other line lists, and whether it counts as ok for the verdict.
 */
import { allLines, lineItemId, lineOfRule, type GroupDef, type LineDef } from './items';
import type { ChecklistInput, LineState, RuleState } from './state';
import type { IntervenantView } from '../../lib/model/dossier';
import { sameName } from '../../lib/text/identity';
import type { PageKey, RuleStatus } from '../../lib/model/types';

const RANK: Record<RuleStatus, number> = { error: 4, warning: 3, info: 2, ok: 1, unseen: 0 };
const worst = (a: RuleStatus, b: RuleStatus): RuleStatus => (RANK[b] > RANK[a] ? b : a);

export interface Scope {
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
export function contractsOf(avs: IntervenantView, clientName: string | undefined): Set<string> {
  const mine = avs.contrats.filter((c) => sameName(c.fields.value['contrat.employeur'], clientName));
  return new Set((mine.length ? mine : avs.contrats).map((c) => c.key));
}

const firstLineOf = (page: PageKey): LineDef | undefined =>
  allLines().find((ref) => ref.line.page === page)?.line;

export function evaluateLine(
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
