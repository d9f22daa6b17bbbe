/**
 * Storage side of the per-dossier notes (lib/notes.ts): load, change one entry, watch.
 *
 * Every change is written at once, in the same turn as the keystroke or click that made it: this
 * context keeps the notes as last known (loaded once, then followed through `storage.onChanged`) and
 * dispatches the whole new value without reading storage first. A read-modify-write per keystroke
 * would queue round trips, and a panel closed right after typing would lose the queued tail.
 * Each write carries `writer` (this context and a counter), so this context ignores the echoes of
 * its own writes (older than what it holds) and follows the writes of other contexts.
 */
import { browser } from 'wxt/browser';
import { migrateNotes, withEntry, type LoadedNotes, type NotesEntry } from './notes';
import { KEYS } from './storage';

export async function loadNotes(): Promise<LoadedNotes> {
  const got = await browser.storage.local.get(KEYS.notes);
  return migrateNotes(got[KEYS.notes]);
}

const context = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let written = 0;
/** The notes as this context last wrote or saw them; null until first needed. */
let current: LoadedNotes | null = null;
let following = false;

function follow(): void {
  if (following) return;
  following = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEYS.notes in changes)) return;
    const value = (changes[KEYS.notes] as { newValue?: unknown }).newValue;
    const writer = (value as { writer?: unknown } | undefined)?.writer;
    if (typeof writer === 'string' && writer.startsWith(`${context}:`)) return; // our own echo
    current = migrateNotes(value);
  });
}

async function known(): Promise<LoadedNotes> {
  follow();
  return current ?? (current = await loadNotes());
}

/**
 * Change one dossier's entry. Returns false (and writes nothing) when the stored notes come from a
 * newer version of the extension.
 */
export function updateNotes(dossierKey: string, change: (e: NotesEntry) => NotesEntry): Promise<boolean> {
  const write = (): Promise<boolean> => {
    const loaded = current!;
    if (!loaded.writable) return Promise.resolve(false);
    const store = withEntry(loaded.store, dossierKey, change, Date.now());
    current = { writable: true, store };
    return browser.storage.local
      .set({ [KEYS.notes]: { ...store, writer: `${context}:${++written}` } })
      .then(() => true);
  };
  // Known: written now, synchronously. Else after the first load, from what is known then.
  return current ? write() : known().then(write);
}

/** Calls `onChange` when the notes change (another panel, the background). Returns the unsubscribe. */
export function watchNotes(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.notes in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
