/**
 * The dossier store, as pure functions over plain data (the background persists it): each page's
 * record is merged (merge.ts) as a **projection** (projection.ts: no raw NIR/IBAN), entities are
 * identified and linked as docs/spec/fields.md says, the planning accumulates across reads, contracts
 * merge across the window's tabs, and what is older than the retention setting is purged (here, with
 * the view of a dossier and its findings). Its shape is in types.ts; every name is exported from here.
 */
import type { ClientView, DossierView, IntervenantView } from '../model/dossier';
import { sameName } from '../text/identity';
import { mergePeriods } from '../planning/weeks';
import type { PageFindings } from '../model/page-findings';
import type { DossierStore, Entity, StoredClient, StoredIntervenant } from './types';

export {
  EMPTY_STORE,
  revised,
  STORE_VERSION,
  withOwnMaps,
  type DossierStore,
  type StoredClient,
  type StoredIntervenant,
} from './types';
export { maskIban, maskNir, projectFields } from './projection';
export { contractKey, mergeRecord, storedOwnerKey, type MergeContext, type MergeResult } from './merge';
export { mergePeriods };

/** The view the rules and the panel see for a page's owner. */
export function dossierFor(
  store: DossierStore,
  kind: 'client' | 'intervenant' | null,
  key: string | null,
): DossierView {
  if (!kind || !key) return { intervenants: [] };
  const strip = <T extends object>(e: T & Entity): T => {
    const { aliases: _a, lastActivity: _l, findings: _f, ...rest } = e;
    return rest as unknown as T;
  };
  const intervenantsOf = (c: StoredClient) =>
    c.intervenants
      .map((k) => store.intervenants[k])
      .filter((x): x is StoredIntervenant => !!x)
      .map((x) => strip<IntervenantView>(x));
  if (kind === 'client') {
    const c = store.clients[key];
    if (!c) return { intervenants: [] };
    const { intervenants: _i, ...client } = strip<ClientView & { intervenants: string[] }>(c);
    return { client, intervenants: intervenantsOf(c) };
  }
  const me = store.intervenants[key];
  if (!me) return { intervenants: [] };
  // The client viewed most recently whose dossier includes this AVS.
  const clients = Object.values(store.clients)
    .filter(
      (c) =>
        c.intervenants.includes(key) ||
        (me.name && c.intervenants.some((k) => sameName(store.intervenants[k]?.name, me.name))),
    )
    .sort((a, b) => b.lastActivity - a.lastActivity);
  const c = clients[0];
  if (!c) return { intervenants: [strip<IntervenantView>(me)], currentIntervenant: key };
  const { intervenants: _i, ...client } = strip<ClientView & { intervenants: string[] }>(c);
  const list = intervenantsOf(c);
  if (!list.some((x) => x.key === key)) list.push(strip<IntervenantView>(me));
  return { client, intervenants: list, currentIntervenant: key };
}

const withoutReadAt = (x: unknown) => JSON.stringify(x ?? null, (k, v) => (k === 'readAt' ? undefined : v));

/**
 * Keep a page's findings on its entity. `changed` is false when they equal what is stored (time
 * stamp aside) and were stamped less than `restampMs` ago: then nothing needs writing.
 */
export function withPageFindings(
  input: DossierStore,
  kind: 'client' | 'intervenant',
  key: string,
  slot: string,
  value: PageFindings,
  restampMs: number,
): { store: DossierStore; changed: boolean } {
  const map = kind === 'client' ? input.clients : input.intervenants;
  const entity = map[key];
  if (!entity) return { store: input, changed: false };
  const previous = entity.findings?.[slot];
  if (
    previous &&
    withoutReadAt(previous) === withoutReadAt(value) &&
    value.readAt - previous.readAt < restampMs
  )
    return { store: input, changed: false };
  const next = { ...entity, findings: { ...entity.findings, [slot]: value } };
  const store =
    kind === 'client'
      ? { ...input, clients: { ...input.clients, [key]: next as StoredClient } }
      : { ...input, intervenants: { ...input.intervenants, [key]: next as StoredIntervenant } };
  return { store, changed: true };
}

/**
 * Retention: drop the entities whose last activity is older than `retentionDays`, then, of each kind
 * (clients, intervenants), the least recently active beyond `maxDossiers`. The entities kept are the
 * same objects; nothing dropped gives back the same store.
 */
export function purge(
  store: DossierStore,
  now: number,
  retentionDays: number,
  maxDossiers = Number.POSITIVE_INFINITY,
): DossierStore {
  const limit = now - retentionDays * 86_400_000;
  const kept = <T extends Entity>(map: Record<string, T>): Record<string, T> => {
    const recent = Object.entries(map).filter(([, e]) => e.lastActivity >= limit);
    const cap = Math.max(0, maxDossiers);
    if (recent.length > cap) {
      const dropped = new Set(
        [...recent]
          .sort(([, a], [, b]) => b.lastActivity - a.lastActivity)
          .slice(cap)
          .map(([k]) => k),
      );
      return Object.fromEntries(recent.filter(([k]) => !dropped.has(k)));
    }
    return recent.length === Object.keys(map).length ? map : Object.fromEntries(recent);
  };
  const clients = kept(store.clients);
  const intervenants = kept(store.intervenants);
  return clients === store.clients && intervenants === store.intervenants
    ? store
    : { ...store, clients, intervenants };
}
