/**
 * What every panel view receives: the dossier followed (the active tab's, or `?tabId=`), the findings
 * stored for its tabs, settings, the clock, and the person's notes for this dossier. The panel shell
 * provides it; views read it with `usePanelData()` and are tested with a hand-made value.
 */
import { createContext, useContext } from 'react';
import type { DossierView } from '../../lib/dossier';
import type { NotesEntry } from '../../lib/notes';
import type { Settings } from '../../lib/settings';
import type { PageKey, Severity } from '../../lib/types';

/** A finding as stored for the panel: what a page's rules said when it was last read. */
export interface PanelFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Field key, else list key, else page key (as `data-field`). */
  field: string;
  page: PageKey;
  /** Store key of the entity the page belongs to (client or intervenant). */
  entity: string;
  readAt: number;
}

/** A tab of the dossier read at least once. */
export interface PageRead {
  page: PageKey;
  entity: string;
  readAt: number;
  url?: string;
}

export interface PanelData {
  /** The browser tab followed. */
  tabId: number;
  /** Store key of the dossier's client (also the notes key), when known. */
  dossierKey?: string;
  dossier: DossierView;
  findings: PanelFinding[];
  pagesRead: PageRead[];
  settings: Settings;
  /** Today in Europe/Paris (`AAAA-MM-JJ`, pinned by `oc.debug.today` in tests). */
  today: string;
  /** The person's notes for this dossier (empty entry when none). */
  notes: NotesEntry;
  /** Change this dossier's notes (saved at once). */
  updateNotes(change: (e: NotesEntry) => NotesEntry): void;
}

export const PanelDataContext = createContext<PanelData | null>(null);

export function usePanelData(): PanelData {
  const d = useContext(PanelDataContext);
  if (!d) throw new Error('usePanelData outside the panel');
  return d;
}
