/**
 * The one typed storage module: every key (or key prefix) the extension stores, in `storage.local`
 * or `storage.session`, with the settings' reader and writer. Extension storage only, on the machine.
 */
import { onBrowserEvent, stopper } from './events';
import { browser } from 'wxt/browser';
import { resolveToday } from '../time/clock';
import { parseSettings, SETTINGS_VERSION, type Settings } from '../settings/settings';
import { effectiveSettings } from '../settings/policy';
import { checkSettingsWrite, type SettingsWrite } from '../settings/io';
import { SETTINGS_WRITE } from '../i18n/options';

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

type Raw = Record<string, unknown>;
const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The one settings writer (options page « Enregistrer » and import, the inspector's « associer ce
 * champ » and aliases): `change` turns the stored object (as stored, {} when none) into the one to
 * store; it is checked (lib/settings/io.ts `checkSettingsWrite`) and written. Never rejects: what
 * was refused or could not be written comes back as a French message, and nothing is written.
 */
export async function writeSettings(
  change: (stored: Raw) => Raw,
  accept?: (s: Settings) => boolean,
): Promise<SettingsWrite> {
  try {
    const got = await browser.storage.local.get(KEYS.settings);
    const stored: unknown = got[KEYS.settings];
    const raw = isPlain(stored) ? stored : {};
    // A stored object keeps its own version (an older one is migrated when read); a new one is current.
    const next = Object.keys(raw).length ? change(raw) : { version: SETTINGS_VERSION, ...change(raw) };
    const verdict = checkSettingsWrite(stored, next, accept);
    if (verdict.ok) await browser.storage.local.set({ [KEYS.settings]: next });
    return verdict;
  } catch {
    return { ok: false, message: SETTINGS_WRITE.failed };
  }
}

/** What the reading env is made of: the settings in force (policy merged) and the pinned day, as stored. */
interface StoredEnv {
  settings: Settings;
  pinned: unknown;
}

async function loadStoredEnv(): Promise<StoredEnv> {
  const [got, managed] = await Promise.all([
    browser.storage.local.get([KEYS.settings, KEYS.debugToday]),
    loadManagedSettings(),
  ]);
  return {
    settings: effectiveSettings(parseSettings(got[KEYS.settings]), managed),
    pinned: got[KEYS.debugToday],
  };
}

const withToday = ({ settings, pinned }: StoredEnv): ReadingEnv => ({
  settings,
  today: resolveToday(pinned),
});

/** Settings (policy merged) and today, read in one local storage call. */
export async function loadReadingEnv(): Promise<ReadingEnv> {
  return withToday(await loadStoredEnv());
}

/**
 * The reading env for a reader of many records (the background judges every page a frame sends):
 * the settings kept in memory, read again only after the settings, the pinned day or the policy
 * changed (`watchReadingEnv`), or after a load failed. `today` is resolved at each call (midnight
 * passes). `stop()` removes the storage listener.
 */
export function cachedReadingEnv(): { load(): Promise<ReadingEnv>; stop(): void } {
  let kept: Promise<StoredEnv> | null = null;
  const stop = watchReadingEnv(() => (kept = null));
  return {
    async load() {
      const pending = (kept ??= loadStoredEnv());
      try {
        return withToday(await pending);
      } catch (e) {
        if (kept === pending) kept = null;
        throw e;
      }
    },
    stop,
  };
}

/** Calls `onChange` when the settings or the pinned date change. Returns the unsubscribe. */
export function watchReadingEnv(onChange: () => void): () => void {
  const { signal, stop } = stopper();
  onBrowserEvent(
    browser.storage.onChanged,
    (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed') onChange();
      if (area === 'local' && (KEYS.settings in changes || KEYS.debugToday in changes)) onChange();
    },
    signal,
  );
  return stop;
}
