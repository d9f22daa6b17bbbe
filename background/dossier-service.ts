/**
 * The background's side of the dossier store: one writer, requests handled in order, each entity
 * kept in its own `storage.local` key (projection only; lib/dossier/keys.ts, lib/dossier/io.ts) and
 * written only when it changed. A write that storage refuses is retried once, then its French
 * message goes with the answers to the page and the panel; what was stored stays as it was.
 */
import { browser } from 'wxt/browser';
import {
  contractKey,
  dossierFor,
  mergeRecord,
  projectFields,
  purge,
  revised,
  storedOwnerKey,
  withPageFindings,
  type DossierStore,
} from '../lib/dossier/store';
import {
  commit,
  loaded,
  removeAll,
  storeFailure,
  wholeStore,
  withBodies,
  type EntityRef,
} from '../lib/dossier/io';
import { EMPTY_DOSSIER, type DossierView } from '../lib/model/dossier';
import { parsePageRecord } from '../lib/model/records';
import { ignoreAlreadyShown, ignoreSessionCopy } from '../lib/platform/ignore';
import { STORAGE } from '../lib/i18n/storage';
import { entityOf } from '../lib/model/fields';
import { judgePage, PAGE_RULES } from '../rules';
import { withContractFields } from '../lib/model/contract-fields';
import type { RecordReply } from '../lib/platform/messages';
import { migrateNotes, purgeNotes } from '../lib/notes/notes';
import { clientsOfIntervenant } from '../lib/dossier/panel-state';
import {
  cachedReadingEnv,
  KEYS,
  loadReadingEnv,
  loadSettings,
  type ReadingEnv,
} from '../lib/platform/storage';
import type { Finding, PageRecord } from '../lib/model/types';
import { deltaRows, type RowsDelta } from '../lib/dossier/row-delta';
import { forgetSentRows, withSentRows } from './sent-rows';
import { sameData } from '../lib/dossier/same-data';
import { slotOf, toStoredFindings, type PageEntity, type PageFindings } from '../lib/model/page-findings';

/** Re-stamp a tab read at most this often when nothing in it changed. */
const RESTAMP_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();
const lastOwnerByTab = new Map<number, { kind: 'client' | 'intervenant'; key: string }>();
let lastIntervenant: { kind: 'intervenant'; key: string } | undefined;
/** The settings kept in memory while the service runs (`startDossierService`); read per record without it. */
let readingEnv: (() => Promise<ReadingEnv>) | undefined;

/** The settings and today every Ogust frame reads with (`oc:env`): the kept ones once started. */
export const currentReadingEnv = (): Promise<ReadingEnv> => (readingEnv ?? loadReadingEnv)();

/**
 * Started once by the background: the settings every record is judged with are kept in memory and
 * read again only when they change (lib/platform/storage.ts `cachedReadingEnv`), instead of two
 * storage reads per page visit.
 */
export function startDossierService(signal?: AbortSignal): void {
  const env = cachedReadingEnv();
  readingEnv = env.load;
  signal?.addEventListener(
    'abort',
    () => {
      env.stop();
      readingEnv = undefined;
    },
    { once: true },
  );
}

/** Run after the requests queued before this one. */
function queued<T>(run: () => Promise<T>): Promise<T> {
  const p = queue.then(run, run);
  // The caller gets `p` and its failure; the queue only moves on.
  queue = p.catch(ignoreAlreadyShown);
  return p;
}

/**
 * The entities whose bodies a dossier view needs: a client and its intervenants; an intervenant,
 * the client chosen (else the most recent one naming it) and that client's intervenants.
 */
export function dossierRefs(
  store: DossierStore,
  kind: 'client' | 'intervenant' | null,
  key: string | null | undefined,
  client?: string,
): EntityRef[] {
  if (!kind || !key) return [];
  if (kind === 'client')
    return [
      ['client', key],
      ...(store.clients[key]?.intervenants ?? []).map((k) => ['intervenant', k] as const),
    ];
  const clients = clientsOfIntervenant(store, key);
  const chosen = clients.find((c) => c.key === client) ?? clients[0];
  return [['intervenant', key], ...dossierRefs(store, 'client', chosen?.key)];
}

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
  return keys(a) === keys(b) && links(a) === links(b) && sameData(entity(a), entity(b));
}

/** lastOwnerByTab survives a service-worker restart in `storage.session` (memory only, cleared with the browser). */
const SESSION_OWNERS = KEYS.sessionOwners;
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
    .catch(ignoreSessionCopy);
}

/**
 * The page's findings, judged here as the page would judge them (same record, settings, day and
 * dossier): the page only reads and marks. Undefined when judging failed: the page judges itself.
 */
function judged(record: PageRecord, reply: RecordReply, dossier: DossierView, env: ReadingEnv) {
  try {
    return judgePage(withContractFields(record, reply.contractFields), env.settings, env.today, { dossier });
  } catch {
    return undefined;
  }
}

/** `store` with the page's findings kept on its entity (unchanged when they are as stored). */
function withJudged(
  store: DossierStore,
  record: PageRecord,
  entity: PageEntity,
  findings: readonly Finding[],
  now: number,
): DossierStore {
  const value: PageFindings = {
    page: record.page,
    readAt: now,
    url: record.url,
    ...(entity.contract ? { contract: entity.contract } : {}),
    findings: toStoredFindings(findings),
  };
  return withPageFindings(store, entity.kind, entity.key, entity.slot, value, RESTAMP_MS).store;
}

/** The record with the rows that travelled: all of them, or a delta's changed rows. */
const asSent = (record: PageRecord, rows: RowsDelta | undefined): PageRecord =>
  rows && record.list ? { ...record, list: { ...record.list, rows: deltaRows(rows.parts) } } : record;

/**
 * Merge a page's record into the store and judge it with its dossier. A list's rows may come as a
 * change to the frame's last rows (`sent`, background/sent-rows.ts): the answer then says whether
 * they were rebuilt. A list page gets its findings without the dossier (no row travels back).
 */
export function handleRecord(
  sentRecord: PageRecord,
  tabId: number,
  sent?: { rowsId?: string; rows?: RowsDelta },
): Promise<RecordReply> {
  return queued(async (): Promise<RecordReply> => {
    const started = performance.now();
    // The one boundary a record crosses: what a content script (maybe of another version) sent,
    // rows that travelled included (a delta's runs point into rows checked when they came).
    if (!parsePageRecord(asSent(sentRecord, sent?.rows))) return { storeError: STORAGE.recordRefused };
    const record = withSentRows(sentRecord, sent);
    if (!record) return { rowsUnknown: true };
    await restoreOwners();
    const [{ store: stored }, env] = await Promise.all([loaded(), currentReadingEnv()]);
    const { settings } = env;
    const now = Date.now();
    const lastOwner =
      lastOwnerByTab.get(tabId) ?? (record.page === 'intervenant.contrat' ? lastIntervenant : undefined);
    const ownerKey = storedOwnerKey(stored, record, lastOwner);
    // The owner's dossier in memory before merging (the merge updates the owner's body).
    const store = await withBodies(stored, dossierRefs(stored, entityOf(record.page), ownerKey));
    const merged = mergeRecord(store, record, { readAt: now, settings, ...(lastOwner ? { lastOwner } : {}) });
    let next = purge(merged.store, now, settings.delays.retentionJours, settings.delays.maxDossiers);
    const unchanged = sameEntities(next, store, merged.kind, merged.key);
    const entity =
      merged.kind === 'client' ? store.clients[merged.key ?? ''] : store.intervenants[merged.key ?? ''];
    if (unchanged && entity && now - entity.lastActivity < RESTAMP_MS) next = store;
    else next = revised(next, store);
    // The dossier's bodies in memory, for its view.
    let view = await withBodies(next, dossierRefs(next, merged.kind, merged.key));
    if (merged.kind && merged.key) {
      const before = lastOwnerByTab.get(tabId);
      // Written to session storage only when the tab shows another entity (not at every re-read).
      if (before?.kind !== merged.kind || before.key !== merged.key) {
        lastOwnerByTab.set(tabId, { kind: merged.kind, key: merged.key });
        saveOwners();
      }
      if (merged.kind === 'intervenant') lastIntervenant = { kind: 'intervenant', key: merged.key };
    }
    // A page whose rules read only its own record gets no dossier (lib/model/dossier.ts EMPTY_DOSSIER).
    const dossier = PAGE_RULES[record.page]?.ownRecordOnly
      ? EMPTY_DOSSIER
      : dossierFor(view, merged.kind, merged.key);
    const reply: RecordReply = {
      ...(record.list ? {} : { view: dossier }),
      ...(sent?.rowsId && record.list ? { rowsId: sent.rowsId } : {}),
    };
    let contract: string | undefined;
    if (record.page === 'intervenant.contrat' && merged.key) {
      const ck = contractKey(record, projectFields(record), merged.key);
      const c = view.intervenants[merged.key]?.contrats.find((x) => x.key === ck);
      if (c) reply.contractFields = c.fields.value;
      contract = ck;
    }
    const findings = judged(record, reply, dossier, env);
    if (findings) reply.findings = findings;
    if (merged.kind && merged.key) {
      reply.entity = {
        kind: merged.kind,
        key: merged.key,
        slot: slotOf(record.page, contract),
        ...(contract ? { contract } : {}),
      };
      // One write per page visit: the page's findings for the panel go with its record. The page's
      // own report (`oc:findings`) then finds them stored and writes nothing.
      if (findings) view = withJudged(view, record, reply.entity, findings, now);
    }
    // Not written: the page is still judged with what it shows, the memory copy stays as stored.
    if (view !== store) await commit(store, view);
    const failure = storeFailure();
    if (failure) reply.storeError = failure;
    // What the bench reads (scripts/bench-store.ts): the last record's handling, by page.
    const name = `oc:bg:record:${record.page}`;
    performance.clearMeasures(name);
    performance.measure(name, { start: started });
    return reply;
  });
}

/**
 * Keep a judged page's findings on its entity for the side panel; written only when they changed
 * (or their stamp is older than RESTAMP_MS).
 */
export function handleFindings(entity: PageEntity, value: PageFindings): Promise<void> {
  return queued(async () => {
    const { store: stored } = await loaded();
    const store = await withBodies(stored, [[entity.kind, entity.key]]);
    const r = withPageFindings(store, entity.kind, entity.key, entity.slot, value, RESTAMP_MS);
    if (r.changed) await commit(store, r.store);
  });
}

/**
 * The whole store, every dossier with its data, as stored (after the requests queued before this
 * one): for pages that list or report on all dossiers. Reads every entity's key: use `readDossier`
 * for one dossier.
 */
export function readStore(): Promise<DossierStore> {
  return queued(wholeStore);
}

/**
 * The store with one dossier's data in memory (the others' heads only): what `dossierFor` and the
 * panel need for that client or intervenant (`client`: the client chosen on an intervenant page).
 */
export function readDossier(
  kind: 'client' | 'intervenant' | undefined,
  key: string | undefined,
  client?: string,
): Promise<DossierStore> {
  return queued(async () => {
    const { store } = await loaded();
    return withBodies(store, dossierRefs(store, kind ?? null, key, client));
  });
}

/** The last write's failure (French, with what to do), null when the last write succeeded. */
export { storeFailure };

/** « Effacer toutes les données » : the dossier store and the per-dossier notes (settings are kept). */
export async function clearAllData(): Promise<void> {
  return queued(async () => {
    lastOwnerByTab.clear();
    forgetSentRows();
    browser.storage.session?.remove(SESSION_OWNERS).catch(ignoreSessionCopy);
    lastIntervenant = undefined;
    await removeAll([KEYS.notes]);
  });
}

/**
 * Retention: drop the dossiers not touched for `days` (the retention setting by default) or beyond
 * the cap, and the notes not touched for `days`; nothing else is written (the entities kept are not
 * rewritten). Never a store or notes of a newer version. Run on startup, and from the storage
 * failure banner (« Effacer les dossiers de plus de N jours »).
 */
export function purgeStored(now = Date.now(), days?: number): Promise<boolean> {
  return queued(async () => {
    const [got, settings] = await Promise.all([browser.storage.local.get(KEYS.notes), loadSettings()]);
    const keep = days ?? settings.delays.retentionJours;
    const { store } = await loaded();
    const purged = purge(store, now, keep, settings.delays.maxDossiers);
    const ok = purged === store || (await commit(store, revised(purged, store)));
    const notes = migrateNotes(got[KEYS.notes]);
    if (!notes.writable) return ok;
    const kept = purgeNotes(notes.store, now, keep);
    if (kept !== notes.store) await browser.storage.local.set({ [KEYS.notes]: kept });
    return ok;
  });
}
