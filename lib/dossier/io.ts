/**
 * The background's storage of the dossier store (layout: lib/dossier/keys.ts). In memory: every
 * entity's head, and the bodies of the entities recently used (the others are stubs, loaded when a
 * request needs them). A change is written as the bodies that changed and the index, in one
 * `storage.local.set`, retried once; the memory copy moves only once the write succeeded. A failure
 * is kept (French message, lib/i18n/storage.ts) for the page summary and the panel until a write
 * succeeds. The store of version 0/1 (one key) is migrated once, then its key removed.
 */
import { browser } from 'wxt/browser';
import {
  bodyChanged,
  bodyKey,
  bodyOf,
  headChanged,
  headOf,
  indexOf,
  isDossierKey,
  joinEntity,
  readIndex,
  storeOfHeads,
  type Body,
  type EntityKind,
} from './keys';
import { migrateStore } from './migrate';
import { withOwnMaps, type DossierStore, type StoredClient, type StoredIntervenant } from './store';
import { STORAGE, storageFailureMessage } from '../i18n/storage';
import { KEYS } from '../platform/storage';
import { ignoreLeftover } from '../platform/ignore';

/** Marks an entity whose body is not in memory (a stub: head only). Never written, never shown. */
const UNLOADED = '__unloaded';
/** Bodies kept in memory at most (a year-long planning is about 0.5 MB of objects). */
const MAX_LOADED = 40;
const RETRY_MS = 150;

type Entity = StoredClient | StoredIntervenant;
export type EntityRef = readonly [EntityKind, string];

const context = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let written = 0;
/** Index writes of this background not seen echoed yet: any other change of the index reloads. */
const pending = new Set<string>();

interface State {
  store: DossierStore;
  writable: boolean;
  /** A version 0/1 store whose migration could not be written yet: the next write writes it all. */
  unmigrated?: true;
}
let state: State | null = null;
/** Bodies in memory, least recently used first. */
const recent = new Set<string>();
let failure: string | null = null;

let following = false;

/**
 * Forget the memory copy when the store is written elsewhere. Installed at the first read, not when
 * this module is imported (before a read there is no copy to forget).
 */
function follow(): void {
  if (following) return;
  following = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEYS.dossierIndex in changes || KEYS.dossiers in changes)) return;
    const writer = (changes[KEYS.dossierIndex]?.newValue as { writer?: unknown } | undefined)?.writer;
    if (typeof writer === 'string' && pending.delete(writer)) return;
    state = null; // written elsewhere (cleared, a test, another version): read again
    recent.clear();
  });
}

/** The entity with its head only, marked as such. */
const stubOf = (kind: EntityKind, e: Entity): Entity =>
  ({
    ...joinEntity<Entity>(headOf(e), kind === 'intervenant' ? { contrats: [] } : undefined),
    [UNLOADED]: true,
  }) as unknown as Entity;
const isStub = (e: Entity | undefined) => !!e && UNLOADED in e;
const mapOf = (s: DossierStore, kind: EntityKind): Record<string, Entity> =>
  kind === 'client' ? s.clients : s.intervenants;

/** The last write's failure (French), null once a write succeeded. */
export const storeFailure = (): string | null => failure;

/** The store as stored: heads of every entity; migrates a version 0/1 store on first use. */
export async function loaded(): Promise<State> {
  if (state) return state;
  follow();
  const got = await browser.storage.local.get([KEYS.dossierIndex, KEYS.dossiers]);
  if (got[KEYS.dossierIndex] === undefined && got[KEYS.dossiers] !== undefined)
    return (state = await migrate(got[KEYS.dossiers]));
  const index = readIndex(got[KEYS.dossierIndex]);
  if (!index.writable) failure = STORAGE.newer;
  const heads = storeOfHeads(index.index);
  const stubs = (kind: EntityKind) =>
    Object.fromEntries(Object.entries(mapOf(heads, kind)).map(([k, e]) => [k, stubOf(kind, e)]));
  const store = { ...heads, clients: stubs('client'), intervenants: stubs('intervenant') } as DossierStore;
  return (state = { store, writable: index.writable });
}

/** Version 0/1 (one key): every entity written to its own key, then the old key removed. */
async function migrate(raw: unknown): Promise<State> {
  const old = migrateStore(raw);
  if (!old.writable) {
    failure = STORAGE.newer;
    return { store: old.store, writable: false };
  }
  // Not written (storage refused): the old key stays as it is, and the next write tries again.
  const ok = await write(itemsOf(undefined, old.store), [KEYS.dossiers]);
  for (const [kind, k] of refsOf(old.store)) touch(bodyKey(kind, k));
  return { store: old.store, writable: true, ...(ok ? {} : { unmigrated: true as const }) };
}

const refsOf = (store: DossierStore): EntityRef[] => [
  ...Object.keys(store.clients).map((k) => ['client', k] as const),
  ...Object.keys(store.intervenants).map((k) => ['intervenant', k] as const),
];

/** What to write for `next` after `prev`: the bodies that changed, and the index when a head did. */
function itemsOf(
  prev: DossierStore | undefined,
  next: DossierStore,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  let heads = !prev || prev.revision !== next.revision;
  for (const kind of ['client', 'intervenant'] as const) {
    const [before, after] = [prev ? mapOf(prev, kind) : {}, mapOf(next, kind)];
    for (const [k, e] of Object.entries(after)) {
      const was = before[k];
      if (was === e) continue;
      // A body only read from storage (a stub before) is as stored: not written again.
      if (!isStub(e) && !isStub(was) && bodyChanged(was, e)) set[bodyKey(kind, k)] = bodyOf(withoutMark(e));
      heads ||= headChanged(was, e);
    }
    for (const k of Object.keys(before))
      if (!(k in after)) {
        remove.push(bodyKey(kind, k));
        heads = true;
      }
  }
  if (heads) {
    const writer = `${context}:${++written}`;
    set[KEYS.dossierIndex] = { ...indexOf(next), writer };
  }
  return { set, remove };
}

const withoutMark = (e: Entity): Entity => {
  if (!(UNLOADED in e)) return e;
  const { [UNLOADED]: _u, ...rest } = e as Entity & { [UNLOADED]?: boolean };
  return rest as Entity;
};

/** One `set` (retried once), then the removals. False, and the failure kept, when storage refused. */
async function write(
  items: { set: Record<string, unknown>; remove: string[] },
  extraRemove: string[] = [],
): Promise<boolean> {
  const remove = [...items.remove, ...extraRemove];
  // Nothing to write: nothing succeeded either (a failure stays shown until a write goes through).
  if (!Object.keys(items.set).length && !remove.length) return true;
  const writer = (items.set[KEYS.dossierIndex] as { writer?: string } | undefined)?.writer;
  if (writer) pending.add(writer);
  const attempt = () => browser.storage.local.set(items.set);
  try {
    if (Object.keys(items.set).length) {
      try {
        await attempt();
      } catch {
        await new Promise((r) => setTimeout(r, RETRY_MS));
        await attempt();
      }
    }
    // A body left behind takes space but damages nothing: a failed removal is not retried here.
    if (remove.length) await browser.storage.local.remove(remove).catch(ignoreLeftover);
    failure = null;
    return true;
  } catch (err) {
    if (writer) pending.delete(writer);
    failure = storageFailureMessage(err);
    return false;
  }
}

/**
 * Write `next` (a store made from the one `loaded()` gave) and make it the memory copy, only if the
 * write succeeded. Returns false when it was not written (failure kept, or a newer version stored).
 */
export async function commit(prev: DossierStore, next: DossierStore): Promise<boolean> {
  const s = await loaded();
  if (!s.writable) {
    failure = STORAGE.newer;
    return false;
  }
  const ok = s.unmigrated
    ? await write(itemsOf(undefined, next), [KEYS.dossiers])
    : await write(itemsOf(prev, next));
  if (!ok) return false;
  if (state === s) state = { store: next, writable: true };
  for (const kind of ['client', 'intervenant'] as const)
    for (const [k, e] of Object.entries(mapOf(next, kind)))
      if (mapOf(prev, kind)[k] !== e && !isStub(e)) touch(bodyKey(kind, k));
  evict();
  return true;
}

function touch(id: string): void {
  recent.delete(id);
  recent.add(id);
}

/** Forget the least recently used bodies beyond MAX_LOADED (their entities become stubs). */
function evict(): void {
  if (!state || recent.size <= MAX_LOADED) return;
  const store = withOwnMaps(state.store);
  for (const id of [...recent].slice(0, recent.size - MAX_LOADED)) {
    recent.delete(id);
    const kind: EntityKind = id.startsWith(`${KEYS.dossierPrefix}c:`) ? 'client' : 'intervenant';
    const key = id.slice(KEYS.dossierPrefix.length + 2);
    const map = mapOf(store, kind);
    const e = map[key];
    if (e && !isStub(e)) map[key] = stubOf(kind, e);
  }
  state = { ...state, store };
}

/** `store` with the bodies of `refs` read from storage (`got`) where they were stubs. */
async function joinBodies(store: DossierStore, refs: readonly EntityRef[]): Promise<DossierStore> {
  const missing = refs.filter(([kind, key]) => isStub(mapOf(store, kind)[key]));
  if (!missing.length) return store;
  const got = await browser.storage.local.get([...new Set(missing.map(([kind, key]) => bodyKey(kind, key)))]);
  const out = withOwnMaps(store);
  for (const [kind, key] of missing) {
    const map = mapOf(out, kind);
    const raw = got[bodyKey(kind, key)];
    const body: Body = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Body) } : {};
    if (kind === 'intervenant' && !Array.isArray(body.contrats)) body.contrats = [];
    map[key] = joinEntity<Entity>(headOf(map[key]!), body);
  }
  return out;
}

/**
 * `store` with the bodies of `refs` in memory (read from storage when they are stubs). When `store`
 * is the memory copy, the memory copy keeps them.
 */
export async function withBodies(store: DossierStore, refs: readonly EntityRef[]): Promise<DossierStore> {
  const out = await joinBodies(store, refs);
  for (const [kind, key] of refs) if (mapOf(out, kind)[key]) touch(bodyKey(kind, key));
  if (state?.store === store) {
    state = { ...state, store: out };
    evict();
  }
  return out;
}

/** The whole store, every body read (the « Dossiers en cours » and report pages); not kept in memory. */
export async function wholeStore(): Promise<DossierStore> {
  const s = await loaded();
  return joinBodies(s.store, refsOf(s.store));
}

/** Remove every key of the dossier store (the index, the bodies, a version 0/1 store). */
export async function removeAll(extra: string[]): Promise<void> {
  state = null;
  recent.clear();
  const all = await browser.storage.local.get(null);
  await browser.storage.local.remove([...Object.keys(all).filter(isDossierKey), KEYS.dossiers, ...extra]);
  failure = null;
}
