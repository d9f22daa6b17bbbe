/**
 * The procedure's checklist as data (docs/spec/panel.md, « Dossier »): groups in the procedure's order, each
 * procedure line with its item id, its words, the page it is read on, the fields it concerns and the
 * rule ids judged under it; and the manual items the person ticks. Pure data plus small pure
 * helpers: the Dossier view, the Rendez-vous view and docs/checklist.md are built from it.
 *
 * Item ids: `<group>.<line>` (client groups), `<group>.<avs>.<line>` (per-AVS groups, `<avs>` being
 * the AVS's matricule), manual items `manuel.<group>.<name>` / `manuel.<group>.<avs>.<name>`.
 * Every rule id of the specification belongs to exactly one line (tested); `<field>.absent` and
 * `<rule>.crash` findings attach to the line of their field or rule (`lineOfRule`).
 */
import type { PageKey } from '../../../lib/model/types';
import { TASK_IDS, type TaskId } from '../../../lib/settings/task-templates';
import type { GroupDef, GroupId, LineDef } from './define';
import { CONTRAT_MANDAT, DOCUMENTS, FICHE_CLIENT, PLANNING_CLIENT } from './client';
import { CONTRAT_TRAVAIL, FICHE_INTERVENANT, PLANNING_INTERVENANT } from './intervenant';
import { TACHES_BACK_OFFICE, UNAIDE_CONNECT } from './back-office';

export type { GroupDef, GroupId, HelpArticle, ItemDef, LineDef, ManualCondition, ManualDef } from './define';
export { UNAIDE_CONNECT_AVS } from './back-office';

/** The groups in the procedure's order. */
export const CHECKLIST: readonly GroupDef[] = [
  FICHE_CLIENT,
  CONTRAT_MANDAT,
  PLANNING_CLIENT,
  DOCUMENTS,
  FICHE_INTERVENANT,
  CONTRAT_TRAVAIL,
  PLANNING_INTERVENANT,
  UNAIDE_CONNECT,
  TACHES_BACK_OFFICE,
];

/** Task ids of the Tâches view (notes.tasks), in order: the templates' own ids. */
export { TASK_IDS, type TaskId };

/** Following tasks that apply only when the call says so (AICI requested, financial aid needed). */
export const CONDITIONAL_TASKS: readonly TaskId[] = ['aici', 'aideFinanciere'];

/** The following tasks (« tâches suivantes »): every task but the first and the last. */
export const FOLLOWING_TASKS: readonly TaskId[] = TASK_IDS.filter(
  (t) => t !== 'nouveauClient' && t !== 'cloturerProposition',
);

/** A per-AVS key usable in an item id: the matricule, else the store key without its prefix. */
export function avsId(avs: { key: string; matricule?: string }): string {
  if (avs.matricule) return avs.matricule;
  return avs.key.replace(/^(code|id|name):/, '').replace(/[^A-Za-z0-9]+/g, '_');
}

export function lineItemId(group: GroupId, lineName: string, avs?: string): string {
  return avs ? `${group}.${avs}.${lineName}` : `${group}.${lineName}`;
}

export function manualItemId(group: GroupId, name: string, avs?: string): string {
  return avs ? `manuel.${group}.${avs}.${name}` : `manuel.${group}.${name}`;
}

export interface LineRef {
  group: GroupDef;
  line: LineDef;
}

const LINES: LineRef[] = CHECKLIST.flatMap((group) =>
  group.items.filter((i): i is LineDef => i.kind === 'line').map((l) => ({ group, line: l })),
);
const LIST_PREFIXES = ['prestation.', 'mandat.', 'document.', 'contratTravail.'];
/** The lines of each rule id (a rule both plannings run has one line per page). */
const BY_RULE = new Map<string, LineRef[]>();
for (const ref of LINES) for (const r of ref.line.rules) BY_RULE.set(r, [...(BY_RULE.get(r) ?? []), ref]);

export function allLines(): readonly LineRef[] {
  return LINES;
}

/**
 * The line a finding belongs to: its rule's line (the one on `page` when the rule has several); a `.crash` goes where its rule goes; a
 * `<field>.absent` (a field or a list column absent from the page) to the line of that field, else
 * to the first line of the same page whose rules concern that field.
 */
export function lineOfRule(rule: string, page?: PageKey): LineRef | undefined {
  const direct = BY_RULE.get(rule);
  if (direct) return direct.find((ref) => ref.line.page === page) ?? direct[0];
  if (rule.endsWith('.crash')) return lineOfRule(rule.slice(0, -'.crash'.length), page);
  if (rule.endsWith('.absent')) {
    const field = rule.slice(0, -'.absent'.length);
    const onPage = (ref: LineRef) => !page || ref.line.page === page;
    return (
      LINES.find((ref) => onPage(ref) && ref.line.fields.includes(field)) ??
      LINES.find((ref) => onPage(ref) && ref.line.rules.some((r) => r.startsWith(`${field}.`))) ??
      // A list column (`prestation.date`, `document.nom`…) absent from its list: the page's first line.
      (LIST_PREFIXES.some((l) => field.startsWith(l)) ? LINES.find((ref) => onPage(ref)) : undefined)
    );
  }
  return undefined;
}
