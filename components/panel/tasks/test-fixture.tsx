/**
 * Test support for the Appel and Tâches views: a hand-made dossier (Mme DURAND, two AVS) and a panel
 * data provider whose notes live in React state, as the panel shell keeps them.
 */
import { useState, type ReactNode } from 'react';
import type { DossierView } from '../../../lib/dossier';
import { EMPTY_ENTRY, type NotesEntry } from '../../../lib/notes';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { PanelDataContext, type PanelData, type PanelFinding } from '../context';

export const TODAY = '2026-11-28';
export const USER = 'Camille Martin';

const at = <T,>(value: T, page: 'client.definition' | 'client.contrats' | 'client.planning') => ({
  value,
  readAt: Date.UTC(2026, 10, 28, 9),
  page,
});

function prest(
  date: string,
  debut: string,
  duree: string,
  avs: string,
  statut = 'A réaliser',
  label = 'Aide',
) {
  return {
    cells: {
      'prestation.date': date,
      'prestation.debut': debut,
      'prestation.duree': duree,
      'prestation.prestation': label,
      'prestation.intervenant': avs,
      'prestation.statut': statut,
    },
  };
}

export const DEFINITION: Record<string, string> = {
  'client.civilite': 'Mme',
  'client.nom': 'DURAND',
  'client.prenom': 'Jeanne',
  'client.nomNaissance': 'MARTIN',
  'client.dateNaissance': '12/03/1941',
  'client.paysNaissance': 'France',
  'client.departementNaissance': '59',
  'client.lieuNaissance': 'Lille',
  'client.adresse': '12 rue des Arts',
  'client.email': 'jeanne.durand@example.fr',
  'client.telPortable': '06 12 34 56 78',
  'client.iban': 'FR76 •••• •••• 0189',
  'client.bic': 'BNPAFRPP',
  'client.titulaireCompte': 'Mme DURAND Jeanne',
  'client.exoneration': '+70 ans',
};

/** Mme DURAND: first prestation Tuesday 01/12/2026 (a cancelled one before), two AVS. */
export function durand(
  options: { planning?: boolean; definition?: Record<string, string> } = {},
): DossierView {
  const rows = [prest('30/11/2026', '9h00', '1h00', 'DUBOIS Laura', 'Annulé')];
  rows.push(prest('01/12/2026', '9h00', '1h00', 'DUBOIS Laura', 'A réaliser', 'Présentation'));
  for (const d of ['07/12/2026', '14/12/2026', '21/12/2026'])
    rows.push(prest(d, '8h00', '2h00', 'DUBOIS Laura'));
  for (const d of ['05/12/2026', '12/12/2026']) rows.push(prest(d, '14h00', '1h00', 'PETIT Sarah'));
  return {
    client: {
      key: 'name:DURAND JEANNE',
      name: 'DURAND Jeanne',
      definition: at(options.definition ?? DEFINITION, 'client.definition'),
      mandats: at(
        [
          {
            cells: {
              'mandat.intervenant': 'DUBOIS Laura',
              'mandat.fraisGestion': '89,00 €',
              'mandat.coutSalarie': '1 712,40 €',
            },
          },
        ],
        'client.contrats',
      ),
      ...(options.planning === false
        ? {}
        : { planning: at({ rows, periods: [], complete: false }, 'client.planning') }),
    },
    intervenants: [
      {
        key: 'code:SA00017',
        name: 'DUBOIS Laura',
        contrats: [
          {
            key: '501',
            fields: {
              value: {
                'contrat.employeur': 'Mme DURAND Jeanne',
                'contrat.volumeMensuel': '86,80',
                'contrat.essaiFin': '01/02/2027',
              },
              readAt: 1,
              page: 'intervenant.contrat',
            },
          },
        ],
      },
      { key: 'name:PETIT SARAH', name: 'PETIT Sarah', contrats: [] },
    ],
  };
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
