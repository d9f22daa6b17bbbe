/**
 * Test support for the Appel and Tâches views: Mme DURAND's dossier (tests/support/durand.ts) with the
 * planning these views are tested on, and a panel data provider whose notes live in React state, as
 * the panel shell keeps them.
 */
import { useState, type ReactNode } from 'react';
import type { DossierView } from '../../lib/model/dossier';
import { EMPTY_ENTRY, type NotesEntry } from '../../lib/notes/notes';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { DURAND_DEFINITION as DEFINITION, durandDossier, prest, TODAY } from './durand';
import { PanelDataContext, type PanelData, type PanelFinding } from '../../components/panel/context';

export { DEFINITION, TODAY };
export const USER = 'Camille Martin';

/**
 * Mme DURAND: first prestation Tuesday 01/12/2026 (a cancelled one before), two AVS. Her planning is
 * read whole (a year from the first prestation) unless `partial`.
 */
export function durand(
  options: { planning?: boolean; partial?: boolean; definition?: Record<string, string> } = {},
): DossierView {
  const rows = [prest('30/11/2026', '9h00', '1h00', 'DUBOIS Laura', 'Annulé')];
  rows.push(prest('01/12/2026', '9h00', '1h00', 'DUBOIS Laura', 'A réaliser', 'Présentation'));
  for (const d of ['07/12/2026', '14/12/2026', '21/12/2026'])
    rows.push(prest(d, '8h00', '2h00', 'DUBOIS Laura'));
  for (const d of ['05/12/2026', '12/12/2026']) rows.push(prest(d, '14h00', '1h00', 'PETIT Sarah'));
  const d = durandDossier({
    definition: options.definition ?? DEFINITION,
    ...(options.planning === false ? {} : { planning: rows }),
  });
  if (d.client?.planning) d.client.planning.value.complete = !options.partial;
  return d;
}

export interface HarnessProps {
  dossier: DossierView;
  notes?: NotesEntry;
  findings?: PanelFinding[];
  settings?: Settings;
  /** Called with each notes entry saved. */
  onSave?: (e: NotesEntry) => void;
  children: ReactNode;
}

export function Harness(props: HarnessProps) {
  const [notes, setNotes] = useState<NotesEntry>(props.notes ?? EMPTY_ENTRY);
  const data: PanelData = {
    tabId: 7,
    dossierKey: props.dossier.client?.key,
    dossier: props.dossier,
    findings: props.findings ?? [],
    pagesRead: [],
    settings: props.settings ?? { ...DEFAULT_SETTINGS, userName: USER },
    today: TODAY,
    notes,
    updateNotes(change) {
      setNotes((e) => {
        const next = change(e);
        props.onSave?.(next);
        return next;
      });
    },
  };
  return <PanelDataContext.Provider value={data}>{props.children}</PanelDataContext.Provider>;
}
