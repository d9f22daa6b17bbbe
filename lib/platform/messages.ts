/** The one typed messaging module between content scripts, the overlay, the panel and background. */
import type { DossierView, FieldValues } from '../model/dossier';
import type { PageEntity, StoredFinding } from '../model/page-findings';
import type { Finding, PageKey, PageRecord } from '../model/types';
import type { RowsDelta } from '../dossier/row-delta';

export type Message =
  /** A content script recognised a page in its frame: inject the overlay UI into that frame. */
  | { type: 'oc:load-overlay' }
  /** The inspector was opened in a frame: inject its UI there (loaded only when an admin opens it). */
  | { type: 'oc:load-inspector' }
  /** Background → content scripts: settings (`env`) or dossier data (`dossiers`) changed (lib/platform/change-notices.ts). */
  | { type: 'oc:changed'; kind: 'env' | 'dossiers' }
  /** The summary pill asks to open the side panel (Chrome: must stay synchronous in the handler). */
  | { type: 'oc:open-panel' }
  /**
   * A page was read: merge it into the dossier store, judge it there and answer with its findings.
   * A list's rows go as `rows`, a change to the frame's last rows the background acknowledged
   * (`record.list.rows` then empty; lib/dossier/row-delta.ts); `rowsId` names the rows of this send.
   */
  | { type: 'oc:record'; record: PageRecord; rowsId?: string; rows?: RowsDelta }
  /** « Effacer toutes les données » (extension pages only): dossiers and notes; settings are kept. */
  | { type: 'oc:clear-all' }
  /** « Effacer les dossiers de plus de N jours » (extension pages only): frees space after a failed write. */
  | { type: 'oc:purge-older'; days: number }
  /** The findings of a judged page (content script → background), kept for the side panel. */
  | { type: 'oc:findings'; entity: PageEntity; page: PageKey; url: string; findings: StoredFinding[] }
  /** The side panel asks what to show for a tab (optionally another client of the AVS shown). */
  | { type: 'oc:panel-state'; tabId: number; client?: string }
  /** Toggle the inspector in the tab's Ogust frames (side panel button; the overlay is loaded if needed). */
  | { type: 'oc:inspector'; open?: boolean }
  /** The side panel asks a tab to scroll to and flash the first of these fields shown. */
  | { type: 'oc:reveal'; fields: string[]; rules?: string[] }
  /**
   * « Lire les onglets non lus » for the dossier a tab shows (the panel names the tab; the page's
   * summary sends it from the tab itself), or `stop` it (background/read-unseen-service.ts).
   */
  | { type: 'oc:read-unseen'; tabId?: number; client?: string; stop?: boolean }
  /** Background → the tab's top Ogust document: the links it shows (content-scripts/unseen-frame.ts). */
  | { type: 'oc:links' }
  /** Background → the tab's top Ogust document: load this same-origin address in the hidden frame. */
  | { type: 'oc:frame-open'; url: string }
  /** Background → the tab's top Ogust document: remove the hidden frame, answering with its links. */
  | { type: 'oc:frame-close' }
  /** « Dossiers en cours » / the report (extension pages) ask for every dossier, or one (procedure/dossier-list.ts). */
  | { type: 'oc:dossiers'; client?: string };

export interface RecordReply {
  /**
   * The dossier the page is judged with: for a fiche, which judges a correction at once with it;
   * absent for a list page (every row of the dossier would travel back), judged by the background.
   */
  view?: DossierView;
  /** The page's findings, judged by the background from the same record, settings, day and dossier. */
  findings?: Finding[];
  /** The background holds the rows of this send under the `rowsId` sent (the base of the next delta). */
  rowsId?: string;
  /** The delta's base is not known here (background restarted): send the rows whole. */
  rowsUnknown?: true;
  /** Which entity the page belongs to, and where its findings are kept (side panel). */
  entity?: PageEntity;
  /** For a contract window: the contract's fields read on its other tabs. */
  contractFields?: FieldValues;
  /** Storing failed (French, with what to do): shown in the page summary (lib/i18n/storage.ts). */
  storeError?: string;
}

export function isMessage(m: unknown): m is Message {
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('oc:')
  );
}
