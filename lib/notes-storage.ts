/**
 * Storage side of the per-dossier notes (lib/notes.ts): load, change one entry (read-modify-write,
 * serialised in this context), watch. Every write is immediate: what is typed survives a panel
 * close, a browser restart and an extension update.
 */
import { browser } from 'wxt/browser';
import { migrateNotes, withEntry, type LoadedNotes, type NotesEntry } from './notes';
import { KEYS } from './storage';

export async function loadNotes(): Promise<LoadedNotes> {
  const got = await browser.storage.local.get(KEYS.notes);
  return migrateNotes(got[KEYS.notes]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Change one dossier's entry. Returns false (and writes nothing) when the stored notes come from a
 * newer version of the extension.
 */
export function updateNotes(dossierKey: string, change: (e: NotesEntry) => NotesEntry): Promise<boolean> {
  const run = async () => {
    const loaded = await loadNotes();
    if (!loaded.writable) return false;
    await browser.storage.local.set({ [KEYS.notes]: withEntry(loaded.store, dossierKey, change, Date.now()) });
    return true;
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

/** Calls `onChange` when the notes change (another panel, the background). Returns the unsubscribe. */
export function watchNotes(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.notes in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
