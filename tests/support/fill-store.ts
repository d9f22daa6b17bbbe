/**
 * A month of work in the dossier store: the demo dossier as the extension stored it (walk it first),
 * copied `n` times under distinct identities (codes, matricules, names), each AVS given a year-long
 * planning (the client's year, one row per prestation), written straight into `storage.local` in
 * the extension's layout (lib/dossier/keys.ts). The background reloads its index when another
 * context writes it. For the browser tests and the bench.
 */
import type { Worker } from 'playwright-core';
import { KEYS } from '../../lib/platform/storage';

interface Compact {
  c: string[];
  d: string[][];
  r: number[][];
}
type Body = Record<string, unknown> & { planning?: { value: { rows: Compact } } };

/** Every identity of the demo dossier, replaced in each copy. */
const IDS = ['CLI00042', 'SA00017', 'DURAND', 'DUBOIS', 'PETIT', 'Durand', 'Dubois', 'Petit'];

/** The client's year of planning as an AVS's planning: the column « Intervenant » becomes « Client ». */
function avsYear(client: Body, clientName: string): Compact | undefined {
  const rows = client.planning?.value.rows;
  if (!rows) return undefined;
  const i = rows.c.indexOf('prestation.intervenant');
  if (i < 0) return rows;
  return {
    c: rows.c.map((c, k) => (k === i ? 'prestation.client' : c)),
    d: rows.d.map((d, k) => (k === i ? [clientName] : d)),
    r: rows.r.map((r) => r.map((n, k) => (k === i && n > 0 ? 1 : n))),
  };
}

/** Write `n` copies of the stored demo dossier; returns the number of `storage.local` keys written. */
export async function fillStore(worker: Worker, n: number, now = Date.now()): Promise<number> {
  const raw: Record<string, unknown> = await worker.evaluate(() => chrome.storage.local.get(null));
  const index = raw[KEYS.dossierIndex] as {
    version: number;
    revision?: number;
    clients: Record<string, unknown>;
    intervenants: Record<string, unknown>;
  };
  if (!index || !Object.keys(index.clients).length) throw new Error('fillStore: walk the demo dossier first');
  const bodies = Object.entries(raw).filter(([k]) => k.startsWith('oc.dossier:'));
  const clientBody = bodies.find(([k]) => k.startsWith('oc.dossier:c:'))?.[1] as Body | undefined;
  const items: Record<string, unknown> = {};
  const next = { ...index, clients: { ...index.clients }, intervenants: { ...index.intervenants } };
  for (let i = 1; i <= n; i++) {
    const tag = String(i).padStart(4, '0');
    const rename = (json: string) =>
      IDS.reduce(
        (s, id) => s.split(id).join(/^[A-Z]+\d+$/.test(id) ? `${id.slice(0, 3)}9${tag}` : `${id}${tag}`),
        json,
      );
    const stamp = now - i * 60_000;
    for (const kind of ['clients', 'intervenants'] as const)
      for (const [k, head] of Object.entries(index[kind])) {
        const copy = JSON.parse(rename(JSON.stringify(head))) as { lastActivity: number };
        copy.lastActivity = stamp;
        next[kind][rename(k)] = copy;
      }
    for (const [k, body] of bodies) {
      const copy = JSON.parse(rename(JSON.stringify(body))) as Body;
      if (k.startsWith('oc.dossier:i:') && clientBody && copy.planning) {
        const year = avsYear(clientBody, `Mme DURAND${tag} Jeanne`);
        if (year) copy.planning = { ...copy.planning, value: { ...copy.planning.value, rows: year } };
      }
      items[rename(k)] = copy;
    }
  }
  items[KEYS.dossierIndex] = { ...next, revision: (index.revision ?? 0) + 1, writer: 'fill-store' };
  // In slices: one message of 20 MB is more than the DevTools protocol likes.
  const keys = Object.keys(items).filter((k) => k !== KEYS.dossierIndex);
  for (let i = 0; i < keys.length; i += 50)
    await worker.evaluate(
      (part) => chrome.storage.local.set(part),
      Object.fromEntries(keys.slice(i, i + 50).map((k) => [k, items[k]])),
    );
  await worker.evaluate((part) => chrome.storage.local.set(part), {
    [KEYS.dossierIndex]: items[KEYS.dossierIndex],
  });
  return Object.keys(items).length;
}
