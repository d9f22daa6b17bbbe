/**
 * The background's side of the dossier store: one writer, requests handled in order, the store kept
 * in `storage.local` (projection only) and written only when something changed.
 */
import { browser } from 'wxt/browser';
import {
  contractKey,
  dossierFor,
  EMPTY_STORE,
  mergeRecord,
  projectFields,
  purge,
  STORE_VERSION,
  type DossierStore,
} from './dossier-store';
import type { RecordReply } from './messages';
import { parseSettings } from './settings';
import { KEYS } from './storage';
import type { PageRecord } from './types';

/** Re-stamp a tab read at most this often when nothing in it changed. */
const RESTAMP_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();
const lastOwnerByTab = new Map<number, { kind: 'client' | 'intervenant'; key: string }>();
let lastIntervenant: { kind: 'intervenant'; key: string } | undefined;

/** The store as last written by this background (it is the only writer); reloaded after a restart or a clear. */
let cache: DossierStore | null = null;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEYS.dossiers in changes && changes[KEYS.dossiers]?.newValue !== cache)
    cache = null;
});

async function load(): Promise<DossierStore> {
  if (cache) return cache;
  const got = await browser.storage.local.get(KEYS.dossiers);
  const s = got[KEYS.dossiers] as DossierStore | undefined;
  return (cache = s && s.version === STORE_VERSION ? s : EMPTY_STORE);
}

const withoutStamps = (x: unknown) =>
  JSON.stringify(x, (k, v) => (k === 'readAt' || k === 'lastActivity' ? undefined : v));

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

export function handleRecord(record: PageRecord, tabId: number): Promise<RecordReply> {
  const run = async (): Promise<RecordReply> => {
    const [store, settingsRaw] = await Promise.all([load(), browser.storage.local.get(KEYS.settings)]);
    const settings = parseSettings(settingsRaw[KEYS.settings]);
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
      cache = next;
      await browser.storage.local.set({ [KEYS.dossiers]: next });
    }
    if (merged.kind && merged.key) {
      lastOwnerByTab.set(tabId, { kind: merged.kind, key: merged.key });
      if (merged.kind === 'intervenant') lastIntervenant = { kind: 'intervenant', key: merged.key };
    }
    const view = dossierFor(next, merged.kind, merged.key);
    const reply: RecordReply = { view };
    if (record.page === 'intervenant.contrat' && merged.key) {
      const ck = contractKey(record, projectFields(record), merged.key);
      const c = next.intervenants[merged.key]?.contrats.find((x) => x.key === ck);
      if (c) reply.contractFields = c.fields.value;
    }
    return reply;
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}

export async function clearAllData(): Promise<void> {
  cache = null;
  await browser.storage.local.remove(KEYS.dossiers);
}
