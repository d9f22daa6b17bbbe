/**
 * What every panel view receives: the dossier followed (the active tab's, or `?tabId=`), the findings
 * stored for its tabs, settings, the clock, and the person's notes for this dossier. The panel shell
 * provides it; views read it with `usePanelData()` and are tested with a hand-made value.
 */
import { createContext, useContext } from 'react';
import type { DossierView } from '../../lib/model/dossier';
import type { NotesEntry } from '../../lib/notes/notes';
import type { Settings } from '../../lib/settings/settings';
import type { PageRead, PanelFinding } from '../../lib/dossier/panel-state';
import type { PageKey } from '../../lib/model/types';
import type { ReadUnseenControl } from './dossier/ReadUnseen';

/** A finding as stored for the panel, and a tab read at least once (lib/dossier/panel-state.ts). */
export type { PanelFinding, PageRead } from '../../lib/dossier/panel-state';

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
  /** The notes were written by a newer version of the extension: shown, not changed. */
  readOnly?: boolean;
  /** The page the followed tab shows (recognised), e.g. to reveal a field on it. */
  currentPage?: PageKey;
  /** Store key of the entity (client or intervenant) whose page the followed tab shows. */
  currentEntity?: string;
  /** The current time (ms since epoch), from lib/time/clock.ts (tests drive it). */
  now?: () => number;
  /** Ask the followed tab to scroll to and flash the first of these fields, else a row marked with one of these rules. */
  reveal?: (fields: string[], rules?: string[]) => void;
  /** Open a known tab URL in the followed tab. */
  openUrl?: (url: string) => void;
  /** « Lire les onglets non lus » for the followed tab's dossier (components/panel/dossier/ReadUnseen.tsx). */
  readUnseen?: ReadUnseenControl;
}

export const PanelDataContext = createContext<PanelData | null>(null);

export function usePanelData(): PanelData {
  const d = useContext(PanelDataContext);
  if (!d) throw new Error('usePanelData outside the panel');
  return d;
}
