/**
 * The dossier store as the background keeps it in `storage.local` (lib/dossier/keys.ts: an index,
 * and one key per entity), read from the running service worker and put back together.
 */
import type { Worker } from 'playwright-core';
import { bodyKey, joinEntity, readIndex, type Head } from '../../lib/dossier/keys';
import { KEYS } from '../../lib/platform/storage';
import type { DossierStore, StoredClient, StoredIntervenant } from '../../lib/dossier/store';

export async function storedDossiers(worker: Worker): Promise<DossierStore & { keys: string[] }> {
  const raw: Record<string, unknown> = await worker.evaluate(() => chrome.storage.local.get(null));
  const { index } = readIndex(raw[KEYS.dossierIndex]);
  const join = <T extends StoredClient | StoredIntervenant>(
    kind: 'client' | 'intervenant',
    heads: Record<string, Head>,
  ): Record<string, T> =>
    Object.fromEntries(
      Object.entries(heads).map(([k, head]) => [k, joinEntity<T>(head, raw[bodyKey(kind, k)] as never)]),
    );
  return {
    version: index.version as DossierStore['version'],
    clients: join<StoredClient>('client', index.clients),
    intervenants: join<StoredIntervenant>('intervenant', index.intervenants),
    keys: Object.keys(raw),
  };
}
