/**
 * The background's side of the dossier store: one writer, requests handled in order, the store kept
 * in `storage.local` (projection only) and written only when something changed.
 */
import { browser } from 'wxt/browser';
import {
  contractKey,
  dossierFor,
  mergeRecord,
  projectFields,
  purge,
  revised,
  withPageFindings,
  type DossierStore,
} from './dossier-store';
import { migrateStore } from './dossier-migrate';
import { EMPTY_DOSSIER } from './dossier';
import { PAGE_RULES } from '../rules';
import type { RecordReply } from './messages';
import { migrateNotes, purgeNotes } from './notes';
import { KEYS, loadSettings } from './storage';
import type { PageRecord } from './types';
import { slotOf, type PageEntity, type PageFindings } from './page-findings';

/** Re-stamp a tab read at most this often when nothing in it changed. */
const RESTAMP_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();
const lastOwnerByTab = new Map<number, { kind: 'client' | 'intervenant'; key: string }>();
let lastIntervenant: { kind: 'intervenant'; key: string } | undefined;

/** The store as last written by this background (it is the only writer); reloaded after a restart or a clear. */
let cache: DossierStore | null = null;
/**
 * False when storage holds a store of a newer (or unknown) version: it is kept untouched, and this
 * background works on an in-memory store only (lib/dossier-migrate.ts).
 */
let writable = true;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEYS.dossiers in changes && changes[KEYS.dossiers]?.newValue !== cache)
    cache = null;
});

async function load(): Promise<DossierStore> {
  if (cache) return cache;
  const got = await browser.storage.local.get(KEYS.dossiers);
  const loaded = migrateStore(got[KEYS.dossiers]);
  writable = loaded.writable;
  return (cache = loaded.store);
}

/** The data of a value without its time stamps, keys sorted: the order of keys never counts as a change. */
const withoutStamps = (x: unknown) =>
  JSON.stringify(x, (k, v: unknown) =>
    k === 'readAt' || k === 'lastActivity'
      ? undefined
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );

/** Nothing but time stamps changed: same entities, same links, and the owner's entity equal. */
function sameEntities(
  a: DossierStore,
  b: DossierStore,
  kind: 'client' | 'intervenant' | null,
  key: string | null,
): boolean {
  const keys = (s: DossierStore) => JSON.stringify([Object.keys(s.clients), Object.keys(s.intervenants)]);
  const links = (s: DossierStore) => JSON.stringify(Object.values(s.clients).map((c) => c.intervenants));
  const entity = (s: DossierStore) =>
    kind && key ? (kind === 'client' ? s.clients : s.intervenants)[key] : null;
  return (
    keys(a) === keys(b) && links(a) === links(b) && withoutStamps(entity(a)) === withoutStamps(entity(b))
  );
}

/** lastOwnerByTab survives a service-worker restart in `storage.session` (memory only, cleared with the browser). */
const SESSION_OWNERS = 'oc.session.owners';
let ownersRestored = false;
async function restoreOwners(): Promise<void> {
  if (ownersRestored) return;
  ownersRestored = true;
  try {
    const got = await browser.storage.session.get(SESSION_OWNERS);
    const saved = (got[SESSION_OWNERS] ?? {}) as Record<
      string,
      { kind: 'client' | 'intervenant'; key: string }
    >;
    for (const [tab, owner] of Object.entries(saved))
      if (!lastOwnerByTab.has(Number(tab))) lastOwnerByTab.set(Number(tab), owner);
  } catch {
    // No session storage (old browser): memory only.
  }
}
function saveOwners(): void {
  browser.storage.session
    ?.set({ [SESSION_OWNERS]: Object.fromEntries(lastOwnerByTab) })
    .catch(() => undefined);
}

export function handleRecord(record: PageRecord, tabId: number): Promise<RecordReply> {
  const run = async (): Promise<RecordReply> => {
    await restoreOwners();
    const [store, settings] = await Promise.all([load(), loadSettings()]);
    const now = Date.now();
    const lastOwner =
      lastOwnerByTab.get(tabId) ?? (record.page === 'intervenant.contrat' ? lastIntervenant : undefined);
    const merged = mergeRecord(store, record, { readAt: now, settings, ...(lastOwner ? { lastOwner } : {}) });
    let next = purge(merged.store, now, settings.delays.retentionJours);
    const unchanged = sameEntities(next, store, merged.kind, merged.key);
    const entity =
      merged.kind === 'client' ? store.clients[merged.key ?? ''] : store.intervenants[merged.key ?? ''];
    if (unchanged && entity && now - entity.lastActivity < RESTAMP_MS) next = store;
    else {
      cache = next = revised(next, store);
      if (writable) await browser.storage.local.set({ [KEYS.dossiers]: next });
    }
    if (merged.kind && merged.key) {
      lastOwnerByTab.set(tabId, { kind: merged.kind, key: merged.key });
      saveOwners();
      if (merged.kind === 'intervenant') lastIntervenant = { kind: 'intervenant', key: merged.key };
    }
    // A page whose rules read only its own record gets no dossier (lib/dossier.ts EMPTY_DOSSIER).
    const view = PAGE_RULES[record.page]?.ownRecordOnly
      ? EMPTY_DOSSIER
      : dossierFor(next, merged.kind, merged.key);
    const reply: RecordReply = { view };
    let contract: string | undefined;
    if (record.page === 'intervenant.contrat' && merged.key) {
      const ck = contractKey(record, projectFields(record), merged.key);
      const c = next.intervenants[merged.key]?.contrats.find((x) => x.key === ck);
      if (c) reply.contractFields = c.fields.value;
      contract = ck;
    }
    if (merged.kind && merged.key)
      reply.entity = {
        kind: merged.kind,
        key: merged.key,
        slot: slotOf(record.page, contract),
        ...(contract ? { contract } : {}),
      };
    return reply;
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

/**
 * Keep a judged page's findings on its entity for the side panel; written only when they changed
 * (or their stamp is older than RESTAMP_MS).
 */
export function handleFindings(entity: PageEntity, value: PageFindings): Promise<void> {
  const run = async () => {
    const store = await load();
    const r = withPageFindings(store, entity.kind, entity.key, entity.slot, value, RESTAMP_MS);
    if (!r.changed) return;
    cache = r.store;
    if (writable) await browser.storage.local.set({ [KEYS.dossiers]: r.store });
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

/** The store as the background knows it (after the requests queued before this one). */
export function readStore(): Promise<DossierStore> {
  const p = queue.then(load, load);
  queue = p.catch(() => undefined);
  return p;
}

/** « Effacer toutes les données » : the dossier store and the per-dossier notes (settings are kept). */
export async function clearAllData(): Promise<void> {
  const run = async () => {
    cache = null;
    lastOwnerByTab.clear();
    browser.storage.session?.remove(SESSION_OWNERS).catch(() => undefined);
    lastIntervenant = undefined;
    await browser.storage.local.remove([KEYS.dossiers, KEYS.notes]);
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

/**
 * Retention: drop the dossiers and the notes not touched for the retention setting's days, and
 * nothing else. Writes only what changed, never a store or notes of a newer version. Run on startup.
 */
export function purgeStored(now = Date.now()): Promise<void> {
  const run = async () => {
    const [got, settings] = await Promise.all([browser.storage.local.get(KEYS.notes), loadSettings()]);
    const days = settings.delays.retentionJours;
    const store = await load();
    const purged = purge(store, now, days);
    if (writable && !sameKeys(purged, store)) {
      cache = revised(purged, store);
      await browser.storage.local.set({ [KEYS.dossiers]: cache });
    }
    const notes = migrateNotes(got[KEYS.notes]);
    if (!notes.writable) return;
    const kept = purgeNotes(notes.store, now, days);
    if (kept !== notes.store) await browser.storage.local.set({ [KEYS.notes]: kept });
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

const sameKeys = (a: DossierStore, b: DossierStore) =>
  Object.keys(a.clients).length === Object.keys(b.clients).length &&
  Object.keys(a.intervenants).length === Object.keys(b.intervenants).length;
