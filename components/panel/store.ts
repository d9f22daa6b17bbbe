/**
 * The side panel's state (zustand): the tab followed, what the background says it shows
 * (`oc:panel-state`), settings, today, the per-dossier notes, the view open. Browser calls are
 * dependencies (`PanelDeps`), so component tests drive the store with plain functions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  EMPTY_ENTRY,
  EMPTY_NOTES,
  entryOf,
  type LoadedNotes,
  type NotesEntry,
  type NotesStore,
} from '../../lib/notes/notes';
import type { PanelState } from '../../lib/dossier/panel-state';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { ignoreAlreadyShown } from '../../lib/platform/ignore';
import type { ReadUnseenControl } from './dossier/ReadUnseen';

export const VIEWS = ['Dossier', 'Appel', 'Rendez-vous', 'Tâches'] as const;
export type View = (typeof VIEWS)[number];
const isView = (v: unknown): v is View => VIEWS.includes(v as View);

export type Changed = 'tab' | 'state' | 'notes' | 'env';

export interface PanelDeps {
  /** `?tabId=` in the panel's URL: follow this tab only. */
  fixedTabId?: number;
  /** The active tab of the panel's window. */
  activeTabId(): Promise<number | undefined>;
  panelState(tabId: number, client?: string): Promise<PanelState>;
  loadEnv(): Promise<{ settings: Settings; today: string }>;
  loadNotes(): Promise<LoadedNotes>;
  /** The notes known now, writes of this page included (undefined before the first load). */
  knownNotes(): LoadedNotes | undefined;
  updateNotes(dossierKey: string, change: (e: NotesEntry) => NotesEntry): Promise<boolean>;
  /** Dossiers whose last note or tick storage refused (lib/notes/storage.ts); none when absent. */
  unsavedNotes?(): string[];
  /** Write the unsaved notes again. True once saved. */
  retryNotes?(): Promise<boolean>;
  /** Storage failure banner: drop the dossiers not active for `days` days; false when it failed. */
  freeSpace?(days: number): Promise<boolean>;
  /** Storage failure banner: « Effacer toutes les données ». */
  clearAll?(): Promise<void>;
  /** Calls back on tab activation/navigation and on storage changes. Returns the unsubscribe. */
  watch(onChange: (what: Changed) => void): () => void;
  /** Ask the tab to scroll to and flash the first of these fields, else a row marked with one of these rules. */
  reveal(tabId: number, fields: string[], rules?: string[]): void;
  /** Open a known tab URL in the followed tab. */
  openUrl(tabId: number, url: string): void;
  /** The inspector's toggle (defined by the inspector): `{type:'oc:inspector'}` to the tab. */
  toggleInspector(tabId: number): void;
  /** « Lire les onglets non lus » for a tab's dossier (the client chosen on an intervenant page). */
  readUnseen?(tabId: number, client?: string): ReadUnseenControl;
  now(): number;
}

export interface PanelStoreState {
  status: 'loading' | 'ready' | 'error';
  tabId?: number;
  state: PanelState | null;
  settings: Settings;
  today: string;
  notes: NotesStore;
  notesWritable: boolean;
  /** The dossier's last note or tick could not be saved (still shown, retried). */
  notesUnsaved: boolean;
  /** On an intervenant page: the client chosen in the selector. */
  selectedClient?: string;
  /** The view chosen here, until the stored one changes. */
  localView?: View;
  /** notes.view of the dossier as last seen (a change from elsewhere, e.g. a reminder, wins). */
  seenView?: string;
}

export interface PanelStore extends PanelStoreState {
  deps: PanelDeps;
  start(): () => void;
  refresh(what?: Changed): Promise<void>;
  selectClient(key: string): Promise<void>;
  setView(view: View): void;
  updateNotes(change: (e: NotesEntry) => NotesEntry): void;
  retryNotes(): Promise<void>;
}

/** The view shown: chosen here, else remembered for the dossier, else Dossier. */
export function currentView(s: PanelStoreState): View {
  if (s.localView) return s.localView;
  const key = s.state?.dossierKey;
  const stored = key ? entryOf(s.notes, key).view : undefined;
  return isView(stored) ? stored : 'Dossier';
}

export function currentEntry(s: PanelStoreState): NotesEntry {
  const key = s.state?.dossierKey;
  return key ? entryOf(s.notes, key) : EMPTY_ENTRY;
}

export function createPanelStore(deps: PanelDeps): StoreApi<PanelStore> {
  let seq = 0;
  return createStore<PanelStore>()((set, get) => ({
    deps,
    status: 'loading',
    state: null,
    settings: DEFAULT_SETTINGS,
    today: '',
    notes: EMPTY_NOTES,
    notesWritable: true,
    notesUnsaved: false,

    start() {
      const unwatch = deps.watch((what) => void get().refresh(what));
      void get().refresh();
      return unwatch;
    },

    async refresh(what) {
      const run = ++seq;
      try {
        const tabId = deps.fixedTabId ?? (await deps.activeTabId());
        const tabChanged = tabId !== get().tabId;
        const needEnv = !what || what === 'env' || !get().today;
        const [state, env, loaded] = await Promise.all([
          tabId === undefined
            ? Promise.resolve(null)
            : deps.panelState(tabId, tabChanged ? undefined : get().selectedClient),
          needEnv ? deps.loadEnv() : Promise.resolve({ settings: get().settings, today: get().today }),
          deps.loadNotes(),
        ]);
        if (run !== seq) return; // a newer refresh is under way
        // The notes known now, not when the load answered: a change made while this refresh awaited
        // the tab's state is in them, so it never flips back.
        const notes = deps.knownNotes() ?? loaded;
        const prev = get();
        const dossierChanged = state?.dossierKey !== prev.state?.dossierKey;
        const storedView = state?.dossierKey ? entryOf(notes.store, state.dossierKey).view : undefined;
        const viewChangedElsewhere = !dossierChanged && storedView !== prev.seenView;
        set({
          status: 'ready',
          ...(tabId !== undefined ? { tabId } : {}),
          state,
          settings: env.settings,
          today: env.today,
          notes: notes.store,
          notesWritable: notes.writable,
          notesUnsaved: !!state?.dossierKey && !!deps.unsavedNotes?.().includes(state.dossierKey),
          ...(tabChanged ? { selectedClient: undefined } : {}),
          ...(dossierChanged || viewChangedElsewhere ? { localView: undefined } : {}),
          seenView: storedView,
        });
      } catch {
        if (run === seq) set({ status: 'error' });
      }
    },

    async selectClient(key) {
      set({ selectedClient: key, localView: undefined });
      await get().refresh('state');
    },

    setView(view) {
      set({ localView: view });
      const key = get().state?.dossierKey;
      if (key && get().notesWritable && currentEntry(get()).view !== view)
        void deps.updateNotes(key, (e) => ({ ...e, view })).catch(ignoreAlreadyShown);
    },

    updateNotes(change) {
      const key = get().state?.dossierKey;
      if (!key || !get().notesWritable) return;
      // Shown at once; the write makes it part of the notes every later refresh reads.
      const notes = get().notes;
      set({
        notes: { ...notes, dossiers: { ...notes.dossiers, [key]: change(entryOf(notes, key)) } },
      });
      // Refused by storage (after one retry): shown as not saved until a write goes through.
      void deps.updateNotes(key, change).then(
        () => set({ notesUnsaved: false }),
        () => set({ notesUnsaved: true }),
      );
    },

    async retryNotes() {
      const saved = await (deps.retryNotes?.() ?? Promise.resolve(true)).catch(() => false);
      set({ notesUnsaved: !saved });
    },
  }));
}
