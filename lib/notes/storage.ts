/**
 * Storage side of the per-dossier notes (lib/notes/notes.ts): load, change one entry, watch.
 *
 * This context keeps the notes as last known (read once, then followed through `storage.onChanged`)
 * and answers every read from them, so a read after a write holds it, even before storage answers.
 * Every change is written at once, in the same turn as the keystroke or click that made it, as the
 * whole new value: a read-modify-write per keystroke would queue round trips, and a panel closed
 * right after typing would lose the queued tail.
 * Each write carries `writer` (this context and a counter), so this context ignores the echoes of
 * its own writes. Another context's write is followed once this context's writes have all echoed:
 * one seen before that is overwritten in storage by the write still on its way.
 *
 * A write that storage refuses is retried once at once; still refused, the dossiers it changed are
 * « unsaved » (`unsavedNotes`, shown by the panel) and the whole value is written again every
 * RETRY_MS, at the next change or on `retryNotes`, until storage takes it. What was typed stays shown.
 */
import { browser } from 'wxt/browser';
import { migrateNotes, withEntry, type LoadedNotes, type NotesEntry } from './notes';
import { KEYS } from '../platform/storage';
import { ignoreAlreadyShown } from '../platform/ignore';

const context = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let written = 0;
/** Own writes whose change event has not come back yet. */
let unechoed = 0;
/** The notes as this context last read, wrote or saw them; null until then. */
let current: LoadedNotes | null = null;
let first: Promise<LoadedNotes> | null = null;
let following = false;
const watchers = new Set<() => void>();
/** Dossiers whose last change is not in storage yet. */
const unsaved = new Set<string>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;
const RETRY_MS = 10_000;

function follow(): void {
  if (following) return;
  following = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEYS.notes in changes)) return;
    const value = (changes[KEYS.notes] as { newValue?: unknown }).newValue;
    const writer = (value as { writer?: unknown } | undefined)?.writer;
    if (typeof writer === 'string' && writer.startsWith(`${context}:`)) unechoed = Math.max(0, unechoed - 1);
    else if (unechoed === 0) current = migrateNotes(value);
    // Called from here, not from listeners of their own: a watcher that reads reads this change.
    watchers.forEach((w) => w());
  });
}

/** The notes, from what this context knows once it has read them. */
export function loadNotes(): Promise<LoadedNotes> {
  if (current) return Promise.resolve(current);
  follow();
  return (first ??= browser.storage.local.get(KEYS.notes).then(
    // A change seen while the read was under way is at least as new as what it read.
    (got) => (current ??= migrateNotes(got[KEYS.notes])),
    (err: unknown) => {
      first = null; // read again next time
      throw err;
    },
  ));
}

/** The notes this context knows now (undefined until first read or seen changing). */
export function knownNotes(): LoadedNotes | undefined {
  return current ?? undefined;
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
    return writeCurrent([dossierKey]);
  };
  // Known: written now, synchronously. Else after the first read, from what is known then.
  return current ? write() : loadNotes().then(write);
}

/** Write the notes this context knows, whole (retried once). Rejects when storage refused twice. */
async function writeCurrent(keys: readonly string[]): Promise<boolean> {
  const attempt = () => {
    unechoed++;
    const value = { ...current!.store, writer: `${context}:${++written}` };
    return browser.storage.local.set({ [KEYS.notes]: value }).catch((err: unknown) => {
      unechoed = Math.max(0, unechoed - 1); // no change event for a failed write
      throw err;
    });
  };
  try {
    await attempt().catch(attempt);
  } catch (err) {
    for (const k of keys) unsaved.add(k);
    retryTimer ??= setTimeout(() => {
      retryTimer = undefined;
      void retryNotes().catch(ignoreAlreadyShown);
    }, RETRY_MS);
    watchers.forEach((w) => w());
    throw err;
  }
  // The whole value went in: every change made before it is saved.
  if (unsaved.size) {
    unsaved.clear();
    watchers.forEach((w) => w());
  }
  return true;
}

/** The dossiers whose last change could not be saved (the panel shows them as not saved). */
export function unsavedNotes(): string[] {
  return [...unsaved];
}

/** Write the notes again now (panel « Réessayer », the timer). True once saved. */
export function retryNotes(): Promise<boolean> {
  if (!current?.writable || !unsaved.size) return Promise.resolve(true);
  if (retryTimer !== undefined) clearTimeout(retryTimer);
  retryTimer = undefined;
  return writeCurrent([...unsaved]);
}

/** Calls `onChange` when the notes change (another panel, the background). Returns the unsubscribe. */
export function watchNotes(onChange: () => void): () => void {
  follow();
  watchers.add(onChange);
  return () => void watchers.delete(onChange);
}
