/**
 * What the side panel shows for a browser tab, computed by the background from the dossier store
 * and what the tab last showed: pure functions over plain data (tested without a browser).
 */
import type { DossierView } from '../model/dossier';
import { dossierFor, type DossierStore } from './store';
import { sameName } from '../text/identity';
import type { PageKey, Severity } from '../model/types';

/** A finding as stored for the panel: what a page's rules said when it was last read. */
export interface PanelFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Field key, else list key, else page key (as `data-field`). */
  field: string;
  page: PageKey;
  /** Store key of the entity the page belongs to (client or intervenant). */
  entity: string;
  readAt: number;
  /** For a contrat de travail: its key in the store. */
  contract?: string;
}

/** A tab of the dossier read at least once. */
export interface PageRead {
  page: PageKey;
  entity: string;
  readAt: number;
  url?: string;
  contract?: string;
}

/** What a browser tab last showed (a recognised page), as the background saw it. */
export interface TabShown {
  kind: 'client' | 'intervenant';
  key: string;
  page: PageKey;
  url?: string;
  windowId?: number;
  /** ms since epoch. */
  at: number;
}

export interface PanelState {
  tabId: number;
  /** The tab is on an Ogust host. */
  ogust: boolean;
  /** A page of a dossier was recognised in the tab. */
  recognised: boolean;
  /** The page the tab shows (recognised). */
  page?: PageKey;
  /** Whose page the tab shows. */
  entity?: { kind: 'client' | 'intervenant'; key: string };
  /** Store key of the dossier's client (also the notes key). */
  dossierKey?: string;
  dossier: DossierView;
  findings: PanelFinding[];
  pagesRead: PageRead[];
  /** On an intervenant page: the clients whose dossier includes this AVS, most recent first. */
  clients: { key: string; name?: string }[];
  /** The dossier store's last write failed (French, with what to do; lib/i18n/storage.ts). */
  storeError?: string;
}

export const EMPTY_PANEL_STATE: Omit<PanelState, 'tabId'> = {
  ogust: false,
  recognised: false,
  dossier: { intervenants: [] },
  findings: [],
  pagesRead: [],
  clients: [],
};

/** The clients whose dossier includes this AVS, most recently active first. */
export function clientsOfIntervenant(store: DossierStore, key: string): { key: string; name?: string }[] {
  const me = store.intervenants[key];
  if (!me) return [];
  return Object.values(store.clients)
    .filter(
      (c) =>
        c.intervenants.includes(key) ||
        (!!me.name && c.intervenants.some((k) => sameName(store.intervenants[k]?.name, me.name))),
    )
    .sort((a, b) => b.lastActivity - a.lastActivity)
    .map((c) => ({ key: c.key, ...(c.name ? { name: c.name } : {}) }));
}

/** The panel's state for a tab: its dossier, the stored findings and the pages read of its entities. */
export function panelStateFor(
  store: DossierStore,
  tab: { tabId: number; ogust: boolean; shown?: TabShown },
  selectedClient?: string,
): PanelState {
  const base: PanelState = { ...EMPTY_PANEL_STATE, tabId: tab.tabId, ogust: tab.ogust };
  const shown = tab.shown;
  if (!shown) return base;
  const entity = { kind: shown.kind, key: shown.key };
  let dossier: DossierView;
  let clients: PanelState['clients'] = [];
  if (shown.kind === 'client') dossier = dossierFor(store, 'client', shown.key);
  else {
    clients = clientsOfIntervenant(store, shown.key);
    const chosen = clients.find((c) => c.key === selectedClient) ?? clients[0];
    if (chosen) {
      const d = dossierFor(store, 'client', chosen.key);
      const mine = dossierFor(store, 'intervenant', shown.key).intervenants.find((i) => i.key === shown.key);
      const intervenants =
        mine && !d.intervenants.some((i) => i.key === shown.key) ? [...d.intervenants, mine] : d.intervenants;
      dossier = { ...d, intervenants, currentIntervenant: shown.key };
    } else dossier = dossierFor(store, 'intervenant', shown.key);
  }
  const findings: PanelFinding[] = [];
  const pagesRead: PageRead[] = [];
  const collect = (
    entityKey: string,
    e: { findings?: Record<string, import('../model/page-findings').PageFindings> } | undefined,
  ) => {
    for (const pf of Object.values(e?.findings ?? {})) {
      const contract = pf.contract ? { contract: pf.contract } : {};
      pagesRead.push({
        page: pf.page,
        entity: entityKey,
        readAt: pf.readAt,
        ...(pf.url ? { url: pf.url } : {}),
        ...contract,
      });
      for (const f of pf.findings)
        findings.push({ ...f, page: pf.page, entity: entityKey, readAt: pf.readAt, ...contract });
    }
  };
  if (dossier.client) collect(dossier.client.key, store.clients[dossier.client.key]);
  for (const i of dossier.intervenants) collect(i.key, store.intervenants[i.key]);
  return {
    ...base,
    recognised: true,
    page: shown.page,
    entity,
    ...(dossier.client ? { dossierKey: dossier.client.key } : {}),
    dossier,
    findings,
    pagesRead,
    clients,
  };
}
