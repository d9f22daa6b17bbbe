/**
 * The background's side of the side panel: which recognised page each tab shows (kept in memory and
 * in `storage.session`, so a service-worker restart does not lose it), and the panel's state for a
 * tab (`oc:panel-state`).
 */
import { browser } from 'wxt/browser';
import { onBrowserEvent } from '../lib/platform/events';
import { ignoreClosed, ignoreSessionCopy } from '../lib/platform/ignore';
import { readDossier, storeFailure } from './dossier-service';
import { OGUST_EXCLUDES } from '../lib/model/hosts';
import type { PageEntity } from '../lib/model/page-findings';
import { panelStateFor, type PanelState, type TabShown } from '../lib/dossier/panel-state';
import { KEYS } from '../lib/platform/storage';
import type { PageKey } from '../lib/model/types';

const shownByTab = new Map<number, TabShown>();
let restored: Promise<void> | null = null;

function restore(): Promise<void> {
  restored ??= (async () => {
    try {
      const got = await browser.storage.session.get(KEYS.sessionShown);
      const saved = (got[KEYS.sessionShown] ?? {}) as Record<string, TabShown>;
      for (const [tab, shown] of Object.entries(saved))
        if (!shownByTab.has(Number(tab))) shownByTab.set(Number(tab), shown);
    } catch {
      // No session storage: memory only.
    }
  })();
  return restored;
}

function save(): void {
  browser.storage.session
    ?.set({ [KEYS.sessionShown]: Object.fromEntries(shownByTab) })
    .catch(ignoreSessionCopy);
}

/** A page of a dossier was read in a tab (any of its frames). */
export function noteTabShown(
  tabId: number,
  entity: PageEntity,
  page: PageKey,
  url: string | undefined,
  windowId: number | undefined,
  now = Date.now(),
): void {
  void restore().then(() => {
    const before = shownByTab.get(tabId);
    const same =
      before?.kind === entity.kind && before.key === entity.key && before.page === page && before.url === url;
    shownByTab.set(tabId, {
      kind: entity.kind,
      key: entity.key,
      page,
      ...(url ? { url } : {}),
      ...(windowId !== undefined ? { windowId } : {}),
      at: now,
    });
    // Written (and seen by open panels, which re-query) only when the tab shows something else.
    if (!same) save();
  });
}

/** The tab left its page (navigation) or was closed. */
export function forgetTab(tabId: number): void {
  void restore().then(() => {
    if (shownByTab.delete(tabId)) save();
  });
}

/** What a tab shows, synchronously from memory (notification click handlers must not await). */
export function shownInTab(tabId: number): TabShown | undefined {
  return shownByTab.get(tabId);
}

/** The most recent tab showing a page of this client's dossier (memory only, synchronous). */
export function tabOfDossier(
  clientKey: string,
  intervenants: readonly string[] = [],
): { tabId: number; windowId?: number } | undefined {
  let best: { tabId: number; windowId?: number; at: number } | undefined;
  for (const [tabId, s] of shownByTab) {
    const mine = s.key === clientKey || (s.kind === 'intervenant' && intervenants.includes(s.key));
    if (mine && (!best || s.at > best.at))
      best = { tabId, at: s.at, ...(s.windowId !== undefined ? { windowId: s.windowId } : {}) };
  }
  return best && { tabId: best.tabId, ...(best.windowId !== undefined ? { windowId: best.windowId } : {}) };
}

export function isOgustUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || !(u.hostname === 'ogust.com' || u.hostname.endsWith('.ogust.com')))
      return false;
    return !OGUST_EXCLUDES.some((p) => new URL(p.replace('/*', '/')).hostname === u.hostname);
  } catch {
    return false;
  }
}

/** The panel's state for a tab. */
export async function handlePanelState(tabId: number, client?: string): Promise<PanelState> {
  await restore();
  // The URL is visible only for tabs on the extension's hosts (no `tabs` permission): that is Ogust.
  const tab = await browser.tabs.get(tabId).catch(ignoreClosed);
  const shown = shownByTab.get(tabId);
  // A recognised page counts too (an extra Ogust host granted in the settings).
  const ogust = isOgustUrl(tab?.url) || !!shown;
  // Only the shown dossier's entities are read in full (the others' heads suffice).
  const store = await readDossier(shown?.kind, shown?.key, client);
  const state = panelStateFor(store, { tabId, ogust, ...(shown ? { shown } : {}) }, client);
  const failure = storeFailure();
  return failure ? { ...state, storeError: failure } : state;
}

/** Keep the tab map in step with navigation and closing (called once by the background). */
export function startPanelService(signal?: AbortSignal): void {
  onBrowserEvent(
    browser.tabs.onUpdated,
    (tabId: number, change: { status?: string }) => {
      // A new document in the tab: its pages will say what they are once read.
      if (change.status === 'loading') forgetTab(tabId);
    },
    signal,
  );
  onBrowserEvent(browser.tabs.onRemoved, (tabId: number) => forgetTab(tabId), signal);
}
