/**
 * A fake `storage.local` for the notes (`oc.notes`), slow on demand: reads and writes answer when
 * the test says, and change events follow the writes in order, as in a browser. For unit tests of
 * lib/notes/storage.ts and of the panel over it (`vi.mock('wxt/browser', …)` with `.browser`).
 */
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export function fakeNotesStorage() {
  const listeners = new Set<Listener>();
  const heldReads: (() => void)[] = [];
  const heldWrites: (() => void)[] = [];
  const fake = {
    /** What storage holds (writes land into it). */
    stored: undefined as unknown,
    /** Every value written, in order, as dispatched. */
    sets: [] as unknown[],
    reads: 0,
    /** Hold reads until `answerReads()`; else they answer at once. */
    holdReads: false,
    /** Hold writes until `landWrites()`; else they land a moment later. */
    holdWrites: false,
    /** Refuse every write (storage full): `set` rejects, nothing lands. */
    refuse: false,
    browser: {
      storage: {
        local: {
          get: (): Promise<Record<string, unknown>> => {
            fake.reads++;
            const value = structuredClone(fake.stored);
            if (!fake.holdReads) return Promise.resolve({ 'oc.notes': value });
            return new Promise((r) => heldReads.push(() => r({ 'oc.notes': value })));
          },
          set: (v: Record<string, unknown>): Promise<void> => {
            const value = structuredClone(v['oc.notes']);
            fake.sets.push(value);
            if (fake.refuse) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
            return new Promise((resolve) => {
              const done = () => {
                land(value);
                resolve();
              };
              if (fake.holdWrites) heldWrites.push(done);
              else setTimeout(done, 5);
            });
          },
        },
        onChanged: {
          addListener: (l: Listener) => void listeners.add(l),
          removeListener: (l: Listener) => void listeners.delete(l),
        },
      },
    },
    /** Store a value and send its change event, as another context's write does. */
    otherWrites: (value: unknown) => land(value),
    answerReads: () => heldReads.splice(0).forEach((f) => f()),
    /** Land the writes held so far, in order (each with its change event). */
    landWrites: () => heldWrites.splice(0).forEach((f) => f()),
    /** A fresh start; the listeners of a module loaded again are dropped too. */
    reset(stored: unknown): void {
      Object.assign(fake, { stored, sets: [], reads: 0, holdReads: false, holdWrites: false, refuse: false });
      listeners.clear();
      heldReads.length = heldWrites.length = 0;
    },
  };
  function land(value: unknown): void {
    fake.stored = structuredClone(value);
    listeners.forEach((l) => l({ 'oc.notes': { newValue: structuredClone(value) } }, 'local'));
  }
  return fake;
}
