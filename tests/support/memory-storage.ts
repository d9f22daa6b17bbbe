/**
 * An in-memory `storage.local` behind `wxt/browser`, for the background's storage side in unit
 * tests: `vi.mock('wxt/browser', () => import('../support/memory-storage'))`. One state (`mem`) for
 * all imports of this module. Values are cloned in
 * and out as the browser does; `mem.fail` makes every `set` reject (storage refusing writes).
 */
interface Mem {
  data: Record<string, unknown>;
  sets: number;
  setKeys: string[][];
  fail: Error | null;
  /** The keys of each `storage.session.set`, in order (session storage itself keeps nothing here). */
  sessionSetKeys: string[][];
  reset(): void;
}

/** One state for every import (`vi.resetModules` re-imports this module with a fresh background). */
export const mem: Mem = ((globalThis as { __ocMemoryStorage?: Mem }).__ocMemoryStorage ??= {
  data: {} as Record<string, unknown>,
  sets: 0,
  /** The keys of each `set`, in order (failed ones included). */
  setKeys: [] as string[][],
  /** When set, every `set` rejects with it. */
  fail: null as Error | null,
  sessionSetKeys: [] as string[][],
  reset(): void {
    this.data = {};
    this.sets = 0;
    this.setKeys = [];
    this.fail = null;
    this.sessionSetKeys = [];
  },
});

const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));
const pick = (keys: string | string[] | null) =>
  Object.fromEntries(
    (keys === null ? Object.keys(mem.data) : [keys].flat())
      .filter((k) => k in mem.data)
      .map((k) => [k, clone(mem.data[k])]),
  );

export const browser = {
  storage: {
    local: {
      get: async (keys: string | string[] | null) => pick(keys),
      set: async (v: Record<string, unknown>) => {
        mem.sets++;
        mem.setKeys.push(Object.keys(v));
        if (mem.fail) throw mem.fail;
        Object.assign(mem.data, clone(v));
      },
      remove: async (keys: string | string[]) => {
        for (const k of [keys].flat()) delete mem.data[k];
      },
    },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
    session: {
      get: async () => ({}),
      set: async (v: Record<string, unknown>) => void (mem.sessionSetKeys ??= []).push(Object.keys(v)),
      remove: async () => undefined,
    },
  },
  tabs: { get: async () => ({ url: 'https://demo-agence.ogust.com/client.php?id=42' }) },
};
