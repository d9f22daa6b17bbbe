/**
 * How the dossier store lies in `storage.local` (version 2; docs/permissions.md says why
 * `unlimitedStorage`): one small index key with what identifies and links each entity (its
 * « head »), and one key per entity with the rest (its « body »: tabs read, plannings, contracts,
 * findings), planning rows compacted (lib/dossier/compact-rows.ts). A page read writes its entity's body and
 * the index, never the other dossiers. Pure functions over plain data; the background does the I/O.
 */
import { compactRows, expandRows, isCompactRows, type CompactRows } from './compact-rows';
import {
  EMPTY_STORE,
  STORE_VERSION,
  type DossierStore,
  type StoredClient,
  type StoredIntervenant,
} from './store';
import { KEYS } from '../platform/storage';

export type EntityKind = 'client' | 'intervenant';

/**
 * Each entity's body: `oc.dossier:c:<client key>`, `oc.dossier:i:<intervenant key>` (the prefix and
 * the index's key are in lib/platform/storage.ts `KEYS`).
 */
export const bodyKey = (kind: EntityKind, key: string): string =>
  `${KEYS.dossierPrefix}${kind === 'client' ? 'c' : 'i'}:${key}`;

/** A key of the dossier store (the index or a body). */
export const isDossierKey = (k: string): boolean =>
  k === KEYS.dossierIndex || k.startsWith(KEYS.dossierPrefix);

/** What identifies and links an entity: in the index, read at every request. */
const HEAD_FIELDS = ['key', 'aliases', 'lastActivity', 'name', 'code', 'matricule', 'intervenants'];

export type Head = Record<string, unknown> & { key: string; aliases: string[]; lastActivity: number };
export type Body = Record<string, unknown>;

export interface StoredIndex {
  version: number;
  revision?: number;
  clients: Record<string, Head>;
  intervenants: Record<string, Head>;
}

type Entity = StoredClient | StoredIntervenant;

export function headOf(e: Entity): Head {
  const all = e as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of HEAD_FIELDS) if (all[f] !== undefined) out[f] = all[f];
  return out as Head;
}

interface StampedPlanning {
  value: { rows: unknown; periods: unknown; complete: unknown };
}

/** The body as stored: everything but the head, the planning's rows compacted. */
export function bodyOf(e: Entity): Body {
  const out: Body = {};
  for (const [k, v] of Object.entries(e)) if (!HEAD_FIELDS.includes(k)) out[k] = v;
  const p = out.planning as StampedPlanning | undefined;
  if (p) out.planning = { ...p, value: { ...p.value, rows: compactRows(p.value.rows as never) } };
  return out;
}

/** The entity from its head and stored body (an empty body: head only). */
export function joinEntity<T extends Entity>(head: Head, body: Body | undefined): T {
  const out: Record<string, unknown> = { ...(body ?? {}), ...head };
  const p = out.planning as StampedPlanning | undefined;
  if (p && isCompactRows(p.value?.rows))
    out.planning = { ...p, value: { ...p.value, rows: expandRows(p.value.rows as CompactRows) } };
  return out as T;
}

/** The body's data changed (compared by reference: the store's functions copy what they change). */
export function bodyChanged(a: Entity | undefined, b: Entity): boolean {
  if (!a) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys)
    if (!HEAD_FIELDS.includes(k) && a[k as keyof Entity] !== b[k as keyof Entity]) return true;
  return false;
}

/** The head changed (links, aliases, activity, names). */
export function headChanged(a: Entity | undefined, b: Entity): boolean {
  if (!a) return true;
  return HEAD_FIELDS.some((f) => {
    const [x, y] = [a[f as keyof Entity], b[f as keyof Entity]];
    return x !== y && JSON.stringify(x) !== JSON.stringify(y);
  });
}

export function indexOf(store: DossierStore): StoredIndex {
  const heads = (map: Record<string, Entity>) =>
    Object.fromEntries(Object.entries(map).map(([k, e]) => [k, headOf(e)]));
  return {
    version: STORE_VERSION,
    ...(store.revision !== undefined ? { revision: store.revision } : {}),
    clients: heads(store.clients),
    intervenants: heads(store.intervenants),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isHead = (x: unknown): x is Head =>
  isObject(x) && typeof x.key === 'string' && Array.isArray(x.aliases) && typeof x.lastActivity === 'number';

export type LoadedIndex =
  | { writable: true; index: StoredIndex }
  /** Written by a newer version (or unreadable): kept untouched, never overwritten. */
  | { writable: false; index: StoredIndex };

const EMPTY_INDEX: StoredIndex = { version: STORE_VERSION, clients: {}, intervenants: {} };

/** The stored index, checked: a head that does not look like one is dropped alone. */
export function readIndex(raw: unknown): LoadedIndex {
  if (raw === undefined || raw === null) return { writable: true, index: EMPTY_INDEX };
  if (!isObject(raw) || raw.version !== STORE_VERSION) return { writable: false, index: EMPTY_INDEX };
  const heads = (x: unknown, client: boolean): Record<string, Head> =>
    Object.fromEntries(
      Object.entries(isObject(x) ? x : {}).filter(
        (entry): entry is [string, Head] =>
          isHead(entry[1]) &&
          (!client ||
            (Array.isArray(entry[1].intervenants) &&
              entry[1].intervenants.every((k) => typeof k === 'string'))),
      ),
    );
  return {
    writable: true,
    index: {
      version: STORE_VERSION,
      ...(typeof raw.revision === 'number' ? { revision: raw.revision } : {}),
      clients: heads(raw.clients, true),
      intervenants: heads(raw.intervenants, false),
    },
  };
}

/** The store of heads only (bodies not loaded): enough to find, link and purge entities. */
export function storeOfHeads(index: StoredIndex): DossierStore {
  return {
    ...EMPTY_STORE,
    ...(index.revision !== undefined ? { revision: index.revision } : {}),
    clients: Object.fromEntries(
      Object.entries(index.clients).map(([k, h]) => [k, joinEntity<StoredClient>(h, undefined)]),
    ),
    intervenants: Object.fromEntries(
      Object.entries(index.intervenants).map(([k, h]) => [
        k,
        joinEntity<StoredIntervenant>(h, { contrats: [] }),
      ]),
    ),
  };
}
