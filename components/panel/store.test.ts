/**
 * The panel store never shows a change flipping back: a storage read that predates a note's write
 * (a refresh started before the write finished) gets the change reapplied over it.
 */
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES, NOTES_VERSION, withEntry, type NotesStore } from '../../lib/notes';
import { createPanelStore, currentEntry } from './store';
import { CLIENT, NOW, clientState, fakeDeps } from './test-helpers';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('panel store: notes typed while a read is under way', () => {
  it('keeps the typed value over a read that predates its write, then trusts storage', async () => {
    const { deps } = fakeDeps({ 7: clientState() });
    let stored: NotesStore = EMPTY_NOTES;
    const reads: ReturnType<typeof deferred<NotesStore>>[] = [];
    deps.loadNotes = () => {
      const d = deferred<NotesStore>();
      reads.push(d);
      return d.promise.then((store) => ({ writable: true as const, store }));
    };
    const write = deferred<boolean>();
    deps.updateNotes = async (key, change) => {
      await write.promise;
      stored = withEntry(stored, key, change, NOW);
      return true;
    };
    const store = createPanelStore(deps);
    /** The n-th storage read, once the refresh has asked for it. */
    const read = async (n: number) => {
      await vi.waitFor(() => expect(reads.length).toBeGreaterThan(n));
      return reads[n]!;
    };

    const first = store.getState().refresh();
    (await read(0)).resolve(stored);
    await first;
    expect(currentEntry(store.getState()).call).toEqual({});

    // A refresh starts (its read sees the old notes), then the person types.
    const stale = store.getState().refresh('notes');
    store.getState().updateNotes((e) => ({ ...e, call: { absences: 'du 1er au 15 août' } }));
    expect(currentEntry(store.getState()).call).toEqual({ absences: 'du 1er au 15 août' });
    (await read(1)).resolve(EMPTY_NOTES);
    await stale;
    expect(currentEntry(store.getState()).call).toEqual({ absences: 'du 1er au 15 août' });

    // The write lands; a read started after it holds the value: storage is trusted again.
    write.resolve(true);
    await new Promise((r) => setTimeout(r, 0));
    const fresh = store.getState().refresh('notes');
    expect(stored.dossiers[CLIENT]?.call).toEqual({ absences: 'du 1er au 15 août' });
    (await read(2)).resolve(stored);
    await fresh;
    expect(currentEntry(store.getState()).call).toEqual({ absences: 'du 1er au 15 août' });

    // Another page clears it later: that change shows (nothing pending is reapplied any more).
    const cleared = store.getState().refresh('notes');
    (await read(3)).resolve({ version: NOTES_VERSION, dossiers: {} });
    await cleared;
    expect(currentEntry(store.getState()).call).toEqual({});
  });
});
