/**
 * Reading a dossier store of version 0 or 1 (the whole store in the one key `oc.dossiers`) into the
 * current store (pure; lib/dossier/io.ts writes it out per entity). Nothing is
 * ever wiped by a version this build does not know: a store written by a newer extension is kept as
 * is and never written over (the background then works on an in-memory store only); an older one is
 * migrated step by step; a damaged entity is dropped alone, the others are kept.
 */
import { EMPTY_STORE, STORE_VERSION, type DossierStore } from './store';

export type LoadedStore =
  /** Read (and migrated when older): safe to write back. */
  | { writable: true; store: DossierStore }
  /** Written by a newer version (or unreadable): kept untouched in storage, never overwritten. */
  | { writable: false; store: DossierStore; raw: unknown };

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n store into a version-(n+1) one. Version 0 is a store written
 * before the version field existed (same shape as version 1). Version 2 has the same entities, each
 * in its own key (lib/dossier/keys.ts): the background writes them out and removes the old key.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (old) => ({ ...old, version: 1 }),
  1: (old) => ({ ...old, version: 2 }),
};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Entities that look like entities (an object with an aliases array and a numeric activity stamp). */
function entities<T>(x: unknown): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(x)) return out;
  for (const [k, e] of Object.entries(x))
    if (isObject(e) && Array.isArray(e.aliases) && typeof e.lastActivity === 'number') out[k] = e as T;
  return out;
}

export function migrateStore(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS): LoadedStore {
  if (raw === undefined || raw === null) return { writable: true, store: EMPTY_STORE };
  if (!isObject(raw)) return { writable: false, store: EMPTY_STORE, raw };
  const stated = raw.version === undefined ? 0 : raw.version;
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated > STORE_VERSION)
    return { writable: false, store: EMPTY_STORE, raw };
  let version = stated;
  let s: Record<string, unknown> = raw;
  while (version < STORE_VERSION) {
    const step = migrations[version];
    if (!step) return { writable: false, store: EMPTY_STORE, raw };
    s = step(s);
    const next = s.version;
    if (typeof next !== 'number' || next <= version) return { writable: false, store: EMPTY_STORE, raw };
    version = next;
  }
  return {
    writable: true,
    store: {
      version: STORE_VERSION,
      clients: entities(s.clients),
      intervenants: entities(s.intervenants),
      ...(typeof s.revision === 'number' ? { revision: s.revision } : {}),
    },
  };
}
