/**
 * What « Dossiers en cours » and the report load: the dossiers from the background (`oc:dossiers`),
 * settings and today, and the person's notes (lib/notes/storage.ts, as the panel reads them); reloaded
 * when the store, the notes or the settings change. Browser calls are dependencies, so component
 * tests pass plain functions.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { clock } from '../../lib/time/clock';
import type { DossierData } from '../../lib/platform/messages';
import { onBrowserEvent, stopper } from '../../lib/platform/events';
import { sendToBackground } from '../../lib/platform/messages';
import type { NotesStore } from '../../lib/notes/notes';
import { knownNotes, loadNotes } from '../../lib/notes/storage';
import type { Settings } from '../../lib/settings/settings';
import { KEYS, loadReadingEnv, type ReadingEnv } from '../../lib/platform/storage';

export interface DossiersDeps {
  /** Every dossier, or only the client `only`. */
  loadDossiers(only?: string): Promise<DossierData[]>;
  loadEnv(): Promise<ReadingEnv>;
  loadNotes(): Promise<NotesStore>;
  /** Calls back when the dossiers, the notes or the settings change. Returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  now(): number;
}

export const browserDossiersDeps: DossiersDeps = {
  async loadDossiers(only) {
    const reply = await sendToBackground({ type: 'oc:dossiers', ...(only ? { client: only } : {}) });
    // Unanswered: the page shows its French error (useDossiers).
    if (!reply || !Array.isArray(reply.dossiers)) throw new Error('oc:dossiers unanswered');
    return reply.dossiers;
  },
  loadEnv: loadReadingEnv,
  async loadNotes() {
    await loadNotes();
    return (knownNotes() ?? (await loadNotes())).store;
  },
  watch(onChange) {
    const watched: string[] = [KEYS.dossiers, KEYS.notes, KEYS.settings, KEYS.debugToday];
    const { signal, stop } = stopper();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'managed' && !(area === 'local' && watched.some((k) => k in changes))) return;
      // A page read writes the store, then its findings: one reload for the burst.
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(onChange, 120);
    };
    onBrowserEvent(browser.storage.onChanged, listener, signal);
    signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
    return stop;
  },
  now: () => clock.now(),
};

export type Loaded =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; dossiers: DossierData[]; settings: Settings; today: string; notes: NotesStore };

/** The dossiers, settings, today and notes, kept up to date. */
export function useDossiers(deps: DossiersDeps, only?: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let run = 0;
    const load = () => {
      const mine = ++run;
      Promise.all([deps.loadDossiers(only), deps.loadEnv(), deps.loadNotes()]).then(
        ([dossiers, env, notes]) => {
          if (mine === run)
            setLoaded({ status: 'ready', dossiers, settings: env.settings, today: env.today, notes });
        },
        () => {
          if (mine === run) setLoaded({ status: 'error' });
        },
      );
    };
    load();
    const unwatch = deps.watch(load);
    return () => {
      run = -1;
      unwatch();
    };
  }, [deps, only]);
  return loaded;
}
