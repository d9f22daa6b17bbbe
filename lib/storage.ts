/**
 * The one typed storage module: every key the extension stores, with its reader. Extension storage
 * only (`storage.local`), on the machine.
 */
import { browser } from 'wxt/browser';
import { resolveToday } from './clock';
import { parseSettings, type Settings } from './settings';

export const KEYS = {
  settings: 'oc.settings',
  debugToday: 'oc.debug.today',
  /** The dossier store (projection; lib/dossier-store.ts), written by the background only. */
  dossiers: 'oc.dossiers',
  /** What the person typed or ticked per dossier (lib/notes.ts), written by the panel. */
  notes: 'oc.notes',
} as const;

export interface ReadingEnv {
  settings: Settings;
  today: string;
}

/** Settings and today, read in one storage call. */
export async function loadReadingEnv(): Promise<ReadingEnv> {
  const got = await browser.storage.local.get([KEYS.settings, KEYS.debugToday]);
  return { settings: parseSettings(got[KEYS.settings]), today: resolveToday(got[KEYS.debugToday]) };
}

/** Calls `onChange` when the settings or the pinned date change. Returns the unsubscribe. */
export function watchReadingEnv(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (KEYS.settings in changes || KEYS.debugToday in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` when the dossier store changes (another tab read a page of a dossier). */
export function watchDossiers(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.dossiers in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
