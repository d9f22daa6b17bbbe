/**
 * Plain data shared by the reader, the rules, the overlay and the panel.
 * Data flows one way: page → records (PageRecord) → findings (Finding) → overlay and panel.
 */
export type Severity = 'error' | 'warning' | 'info';

export const PAGE_KEYS = [
  'client.definition',
  'client.contrats',
  'client.planning',
  'client.documents',
  'intervenant.definition',
  'intervenant.contrats',
  'intervenant.contrat',
  'intervenant.planning',
  'intervenant.documents',
  'connect.task',
] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

/** How a field was associated with its label, best first (used for ranking and by the inspector). */
export type Association =
  | 'binding' // an admin pointed at the element
  | 'label-for' // <label for> or a wrapping <label>
  | 'aria' // aria-label / aria-labelledby
  | 'cell-left' // table cell to the left
  | 'cell-above' // table cell above
  | 'dt-dd' // definition list
  | 'sibling'; // preceding text in the same container

/** What the reader found for one field. */
export type FieldRead =
  | {
      state: 'read';
      /** Visible value after trimming and NBSP/space folding; '' when the field is empty. */
      value: string;
      /** Label text that matched (as shown on the page). */
      label: string;
      via: Association;
      /** Whether the value comes from a form control (vs. read-only text). */
      control: boolean;
    }
  | { state: 'absent' }
  | { state: 'ambiguous'; candidates: number; label: string };

/** Lists read by their column headers (row keys of the observable contract). */
export type ListKey = 'prestation' | 'mandat' | 'document' | 'contratTravail';

export interface ListRow {
  /** Column field key (`prestation.date`…) → visible text ('' when empty); absent columns are missing. */
  cells: Record<string, string>;
}

export interface ListRecord {
  key: ListKey;
  /** Column field keys found in the header. */
  columns: string[];
  rows: ListRow[];
  /** Interval the list covers (ISO dates, inclusive): the displayed period, else first → last row date. */
  period?: { from: string; to: string };
  /** False when the list is paginated (only one page of rows shown). */
  complete: boolean;
}

/** Whose page it is: identity fields, URL id, a code or a name in the heading. */
export interface Owner {
  kind: 'client' | 'intervenant';
  /** Code client / Matricule (`CLI00042`, `SA00017`). */
  code?: string;
  /** Numeric id from the page URL. */
  urlId?: string;
  /** Full name as shown. */
  name?: string;
}

export interface PageRecord {
  page: PageKey;
  url: string;
  /** Every field of the page's definition table, read, absent or ambiguous. */
  fields: Record<string, FieldRead>;
  /** A form control's value differs from its initial value. */
  unsaved: boolean;
  /** The page's list, for list pages. */
  list?: ListRecord;
  owner?: Owner;
}

export interface Finding {
  /** Rule id, e.g. `client.nir.key`, `client.nom.absent`, `client.email.invalid.crash`. */
  rule: string;
  severity: Severity;
  /** Short French message saying what to do. */
  message: string;
  /** Field key shown in `data-field` (field key, else list key, else page key). */
  field: string;
  /**
   * Field keys whose elements the finding marks. Defaults to `[field]` when `field` is a field of the
   * page; `[]` means summary only.
   */
  targets: string[];
  /** Indexes (in `PageRecord.list.rows`) of the rows the finding marks. */
  rows?: number[];
  /** For a cross-page finding: the tab it comes from and when that tab was read (ms since epoch). */
  source?: { page: PageKey; readAt: number };
}

/** Status of one rule or checklist line: its worst finding, `ok`, or `unseen` (its tab not read). */
export type RuleStatus = Severity | 'ok' | 'unseen';
/** Status of a checklist item: a rule's status, a manual item not ticked, or ticked. */
export type ItemStatus = RuleStatus | 'manual' | 'done';
/** A dossier's verdict (docs/spec/panel.md). */
export type Verdict = 'conforme' | 'non-conforme' | 'incomplet';
