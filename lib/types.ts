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

export interface PageRecord {
  page: PageKey;
  url: string;
  /** Every field of the page's definition table, read, absent or ambiguous. */
  fields: Record<string, FieldRead>;
  /** A form control's value differs from its initial value. */
  unsaved: boolean;
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
}
