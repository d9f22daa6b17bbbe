/** Hand-made panel data and a fake browser side for the panel's component tests. */
import { vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { DossierView } from '../../lib/model/dossier';
import {
  EMPTY_ENTRY,
  NOTES_VERSION,
  withEntry,
  type NotesEntry,
  type NotesStore,
} from '../../lib/notes/notes';
import {
  EMPTY_PANEL_STATE,
  type PageRead,
  type PanelFinding,
  type PanelState,
} from '../../lib/dossier/panel-state';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PanelData } from '../../components/panel/context';
import type { Changed, PanelDeps, PanelStore } from '../../components/panel/store';

export const CLIENT = 'code:CLI00042';
export const AVS = 'code:SA00017';
export const NOW = Date.parse('2026-11-28T09:00:00Z');

export const DOSSIER: DossierView = {
  client: {
    key: CLIENT,
    name: 'DURAND Jeanne',
    definition: {
      value: {
        'client.nir': '2 48 03 •• ••• ••• 57',
        'client.iban': 'FR76 •••• 189',
        'client.nom': 'DURAND',
      },
      readAt: NOW - 180_000,
      page: 'client.definition',
      url: 'https://demo.ogust.com/client-definition.html',
    },
    mandats: {
      value: [{ cells: { 'mandat.intervenant': 'DUBOIS Laura', 'mandat.fraisGestion': '89,00 €' } }],
      readAt: NOW,
      page: 'client.contrats',
      url: 'https://demo.ogust.com/contrats.html',
    },
  },
  intervenants: [{ key: AVS, name: 'DUBOIS Laura', matricule: 'SA00017', contrats: [] }],
};

export const FINDINGS: PanelFinding[] = [
  {
    rule: 'client.nir.key',
    severity: 'error',
    message: 'Clé NIR invalide (attendue 43)',
    field: 'client.nir',
    page: 'client.definition',
    entity: CLIENT,
    readAt: NOW - 180_000,
  },
  {
    rule: 'client.nom.missing',
    severity: 'warning',
    message: '<img src=x onerror=alert(1)> pas du HTML',
    field: 'client.nom',
    page: 'client.definition',
    entity: CLIENT,
    readAt: NOW - 180_000,
  },
];

export const PAGES_READ: PageRead[] = [
  {
    page: 'client.definition',
    entity: CLIENT,
    readAt: NOW - 180_000,
    url: 'https://demo.ogust.com/client-definition.html',
  },
];

export function panelData(over: Partial<PanelData> = {}): PanelData {
  return {
    tabId: 7,
    dossierKey: CLIENT,
    dossier: DOSSIER,
    findings: FINDINGS,
    pagesRead: PAGES_READ,
    settings: DEFAULT_SETTINGS,
    today: '2026-11-28',
    notes: EMPTY_ENTRY,
    updateNotes: vi.fn(),
    now: () => NOW,
    currentPage: 'client.definition',
    currentEntity: CLIENT,
    reveal: vi.fn(),
    openUrl: vi.fn(),
    ...over,
  };
}

export function clientState(over: Partial<PanelState> = {}): PanelState {
  return {
    ...EMPTY_PANEL_STATE,
    tabId: 7,
    ogust: true,
    recognised: true,
    page: 'client.definition',
    entity: { kind: 'client', key: CLIENT },
    dossierKey: CLIENT,
    dossier: DOSSIER,
    findings: FINDINGS,
    pagesRead: PAGES_READ,
    ...over,
  };
}

/** A fake browser: the panel state per tab, notes kept in memory, change events fired by hand. */
export function fakeDeps(states: Record<number, PanelState>, activeTab = 7) {
  let notes: NotesStore = { version: NOTES_VERSION, dossiers: {} };
  const listeners = new Set<(w: Changed) => void>();
  const fire = (w: Changed) => listeners.forEach((l) => l(w));
  const deps: PanelDeps & { active: number } = {
    active: activeTab,
    activeTabId: async () => deps.active,
    panelState: vi.fn(async (tabId: number, client?: string) => {
      const s = states[tabId];
      if (!s) return { ...EMPTY_PANEL_STATE, tabId };
      return client && s.clients.some((c) => c.key === client) ? { ...s, dossierKey: client } : s;
    }),
    loadEnv: async () => ({ settings: DEFAULT_SETTINGS, today: '2026-11-28' }),
    loadNotes: async () => ({ writable: true, store: notes }),
    knownNotes: () => ({ writable: true, store: notes }),
    updateNotes: vi.fn(async (key: string, change: (e: NotesEntry) => NotesEntry) => {
      notes = withEntry(notes, key, change, NOW);
      fire('notes');
      return true;
    }),
    watch: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    reveal: vi.fn(),
    openUrl: vi.fn(),
    toggleInspector: vi.fn(),
    now: () => NOW,
  };
  return {
    deps,
    fire,
    /** Change the stored notes as another page would (e.g. the background after a reminder click). */
    setNotes(key: string, change: (e: NotesEntry) => NotesEntry) {
      notes = withEntry(notes, key, change, NOW);
      fire('notes');
    },
    notes: () => notes,
  };
}

/** The notes side of `deps` made the real one (lib/notes/storage.ts, over a mocked `wxt/browser`). */
export async function realNotes(deps: PanelDeps): Promise<void> {
  const { loadNotes, knownNotes, updateNotes, unsavedNotes, retryNotes } =
    await import('../../lib/notes/storage');
  Object.assign(deps, { loadNotes, knownNotes, updateNotes, unsavedNotes, retryNotes });
}

/**
 * Start a refresh that reads the notes at once but is held on the tab's state. Resolves once the
 * state is asked, with the call that lets it through and waits for the refresh to end.
 */
export async function heldRefresh(store: StoreApi<PanelStore>): Promise<() => Promise<void>> {
  const { deps } = store.getState();
  const panelState = deps.panelState;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  deps.panelState = async (...args) => {
    asked = true;
    deps.panelState = panelState;
    await held;
    return panelState(...args);
  };
  const done = store.getState().refresh('notes');
  await vi.waitFor(() => {
    if (!asked) throw new Error('the tab state is not asked yet');
  });
  return async () => {
    release();
    await done;
  };
}
