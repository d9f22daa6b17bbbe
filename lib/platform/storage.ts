/**
 * The one typed storage module: every key (or key prefix) the extension stores, in `storage.local`
 * or `storage.session`, with the settings' reader and writer. Extension storage only, on the machine.
 */
import { browser } from 'wxt/browser';
import { resolveToday } from '../time/clock';
import { parseSettings, type Settings } from '../settings/settings';
import { effectiveSettings } from '../settings/policy';

export const KEYS = {
  settings: 'oc.settings',
  debugToday: 'oc.debug.today',
  /** The dossier store of versions 0 and 1, all in one key: migrated once, then removed (lib/dossier/io.ts). */
  dossiers: 'oc.dossiers',
  /**
   * The dossier store (projection; lib/dossier/store.ts), written by the background only: this index
   * of every entity, and one key per entity starting with `dossierPrefix` (lib/dossier/keys.ts).
   */
  dossierIndex: 'oc.dossiers.index',
  dossierPrefix: 'oc.dossier:',
  /** What the person typed or ticked per dossier (lib/notes/notes.ts), written by the panel. */
  notes: 'oc.notes',
  /**
   * `storage.session` (memory only, cleared with the browser; survives a service-worker restart):
   * what each tab shows, written by the background, watched by the panel (lib/dossier/panel-state.ts).
   */
  sessionShown: 'oc.session.shown',
  /** `storage.session`: each tab's « Lire les onglets non lus » progress (procedure/read-unseen.ts). */
  sessionReadUnseen: 'oc.session.readUnseen',
  /** `storage.session`: the entity each tab last showed (background/dossier-service.ts). */
  sessionOwners: 'oc.session.owners',
} as const;

export interface ReadingEnv {
  settings: Settings;
  today: string;
}

/**
 * The enterprise policy (`storage.managed`), {} when there is none: Firefox without policies.json,
 * a browser without managed storage, tests. Never rejects.
 */
export async function loadManagedSettings(): Promise<Record<string, unknown>> {
  try {
    const got: unknown = await browser.storage.managed?.get();
    return got && typeof got === 'object' ? (got as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The settings in force: the user's, with the policy's values on top (lib/settings/policy.ts). */
export async function loadSettings(): Promise<Settings> {
  const [got, managed] = await Promise.all([browser.storage.local.get(KEYS.settings), loadManagedSettings()]);
  return effectiveSettings(parseSettings(got[KEYS.settings]), managed);
}

/** Settings (policy merged) and today, read in one local storage call. */
export async function loadReadingEnv(): Promise<ReadingEnv> {
  const [got, managed] = await Promise.all([
    browser.storage.local.get([KEYS.settings, KEYS.debugToday]),
    loadManagedSettings(),
  ]);
  return {
    settings: effectiveSettings(parseSettings(got[KEYS.settings]), managed),
    today: resolveToday(got[KEYS.debugToday]),
  };
}

/** Calls `onChange` when the settings or the pinned date change. Returns the unsubscribe. */
export function watchReadingEnv(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') onChange();
    if (area === 'local' && (KEYS.settings in changes || KEYS.debugToday in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
