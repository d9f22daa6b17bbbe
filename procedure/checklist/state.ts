/** The checklist's evaluated state for one dossier: groups, items, rules, counts (see status.ts). */
import type { GroupId, HelpArticle } from './items';
import type { DossierView } from '../../lib/model/dossier';
import type { NotesEntry } from '../../lib/notes/notes';
import type { PageRead, PanelFinding } from '../../lib/dossier/panel-state';
import type { PageKey, RuleStatus } from '../../lib/model/types';

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
