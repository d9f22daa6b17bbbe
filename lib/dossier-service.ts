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

async function load(): Promise<DossierStore> {
  const got = await browser.storage.local.get(KEYS.dossiers);
  const s = got[KEYS.dossiers] as DossierStore | undefined;
  return s && s.version === STORE_VERSION ? s : EMPTY_STORE;
}

const withoutStamps = (s: DossierStore) =>
  JSON.stringify(s, (k, v) => (k === 'readAt' || k === 'lastActivity' ? undefined : v));

export function handleRecord(record: PageRecord, tabId: number): Promise<RecordReply> {
  const run = async (): Promise<RecordReply> => {
    const [store, settingsRaw] = await Promise.all([load(), browser.storage.local.get(KEYS.settings)]);
    const settings = parseSettings(settingsRaw[KEYS.settings]);
    const now = Date.now();
    const lastOwner =
      lastOwnerByTab.get(tabId) ?? (record.page === 'intervenant.contrat' ? lastIntervenant : undefined);
    const merged = mergeRecord(store, record, { readAt: now, settings, ...(lastOwner ? { lastOwner } : {}) });
    let next = purge(merged.store, now, settings.delays.retentionJours);
    const unchanged = withoutStamps(next) === withoutStamps(store);
    const entity =
      merged.kind === 'client' ? store.clients[merged.key ?? ''] : store.intervenants[merged.key ?? ''];
    if (unchanged && entity && now - entity.lastActivity < RESTAMP_MS) next = store;
    else await browser.storage.local.set({ [KEYS.dossiers]: next });
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
  await browser.storage.local.remove(KEYS.dossiers);
}
