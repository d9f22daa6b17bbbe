/** The one typed messaging module between content scripts, the overlay, the panel and background. */
import type { DossierView, FieldValues } from './dossier';
import type { PageRecord } from './types';

export type Message =
  /** A content script recognised a page in its frame: inject the overlay UI into that frame. */
  | { type: 'oc:load-overlay' }
  /** The summary pill asks to open the side panel (Chrome: must stay synchronous in the handler). */
  | { type: 'oc:open-panel' }
  /** A page was read: merge it into the dossier store and answer with the dossier it belongs to. */
  | { type: 'oc:record'; record: PageRecord }
  /** « Effacer toutes les données » (extension pages only): dossiers and notes; settings are kept. */
  | { type: 'oc:clear-all' };

export interface RecordReply {
  view: DossierView;
  /** For a contract window: the contract's fields read on its other tabs. */
  contractFields?: FieldValues;
}

export function isMessage(m: unknown): m is Message {
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('oc:')
  );
}
