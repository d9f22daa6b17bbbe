/** The dossier store's shape: the version of its layout, its entities, and the copies a change makes. */
import type { ClientView, IntervenantView } from '../model/dossier';
import type { PageFindings } from '../model/page-findings';

/**
 * Version of the stored layout: 2 is one `storage.local` key per entity and an index
 * (lib/dossier/keys.ts); 0 and 1 were the whole store in one key (lib/dossier/migrate.ts).
 */
export const STORE_VERSION = 2;

export interface Entity {
  /** Every identity this entity is known by: `code:…`, `id:…`, `name:…`. */
  aliases: string[];
  lastActivity: number;
  /** The findings of each page as last judged (panel), by slot (lib/model/page-findings.ts). */
  findings?: Record<string, PageFindings>;
}
export type StoredClient = ClientView & Entity & { intervenants: string[] };
export type StoredIntervenant = IntervenantView & Entity;

export interface DossierStore {
  version: typeof STORE_VERSION;
  clients: Record<string, StoredClient>;
  intervenants: Record<string, StoredIntervenant>;
  /**
   * Moves with every write that changes what pages are judged with (records, links, purge), not
   * with the panel's findings: open Ogust tabs re-judge only when it moves (lib/platform/storage.ts).
   */
  revision?: number;
}

/**
 * A copy of the store whose two entity maps can be changed without touching `store`'s; the
 * entities themselves are shared (replace one to change it).
 */
export const withOwnMaps = (store: DossierStore): DossierStore => ({
  ...store,
  clients: { ...store.clients },
  intervenants: { ...store.intervenants },
});

/** The store as written after a change of dossier data: its revision moved on. */
export function revised(next: DossierStore, previous: DossierStore): DossierStore {
  return { ...next, revision: (previous.revision ?? 0) + 1 };
}

export const EMPTY_STORE: DossierStore = { version: STORE_VERSION, clients: {}, intervenants: {} };
