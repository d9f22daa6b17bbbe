import { startChangeNotices } from '../lib/platform/change-notices';
import { startActionMenu } from '../background/action-menu';
import {
  clearAllData,
  handleFindings,
  handleRecord,
  purgeStored,
  readDossier,
  readStore,
} from '../background/dossier-service';
import { dossiersOf, type DossiersReply } from '../procedure/dossier-list';
import { syncExtraHosts } from '../lib/platform/extra-hosts';
import { isMessage } from '../lib/platform/messages';
import { handlePanelState, noteTabShown, watchTabs } from '../background/panel-service';
import {
  isReadingFrame,
  noteRead,
  startReadUnseen,
  stopReadUnseen,
  watchReadUnseen,
} from '../background/read-unseen-service';
import { startReminders } from '../background/reminder-service';
import { loadSettings, watchReadingEnv } from '../lib/platform/storage';

/** Wiring only: toolbar button → side panel; overlay injection into a recognised frame. */
export default defineBackground(() => {
  const chromeApi = (globalThis as { chrome?: typeof chrome }).chrome;
  chromeApi?.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => undefined);
  // Ogust frames don't listen to storage (it would copy the whole dossier store into each frame at
  // every write): the background tells them what changed.
  startChangeNotices();
  // Side panel: which page each tab shows; appointment reminders (alarms, notifications).
  watchTabs();
  // « Lire les onglets non lus »: progress per tab; a tab that navigates stops its reading.
  watchReadUnseen();
  startReminders(chromeApi);
  // The toolbar icon's menu: « Dossiers en cours ».
  startActionMenu();
  // Retention: what is older than the setting goes at each start (and at each page read).
  purgeStored().catch(() => undefined);
  // Extra Ogust hosts (settings): the content script registered at run time for the granted ones.
  const syncHosts = () =>
    void loadSettings()
      .then(syncExtraHosts)
      .catch(() => undefined);
  syncHosts();
  watchReadingEnv(syncHosts);
  browser.permissions?.onRemoved?.addListener(syncHosts);
  // First run: the options page opens on the name field (never blocking: analysis already works).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    loadSettings()
      .then((s) => (s.userName.trim() ? undefined : browser.runtime.openOptionsPage()))
      .catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    // The extension's own pages (options, panel, Dossiers en cours, report), never a content script.
    const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (message.type === 'oc:clear-all') return fromExtensionPage ? clearAllData() : undefined;
    if (message.type === 'oc:purge-older')
      return fromExtensionPage ? purgeStored(Date.now(), message.days) : undefined;
    // « Dossiers en cours » (every dossier) and the report (one: only its entities are read).
    if (message.type === 'oc:dossiers')
      return fromExtensionPage
        ? (message.client ? readDossier('client', message.client) : readStore()).then(
            (store): DossiersReply => ({ dossiers: dossiersOf(store, message.client) }),
          )
        : undefined;
    // The side panel asks what to show for a tab.
    if (message.type === 'oc:panel-state')
      return fromExtensionPage ? handlePanelState(message.tabId, message.client) : undefined;
    // « Lire les onglets non lus »: the panel names the tab; the page's summary is in that tab.
    if (message.type === 'oc:read-unseen') {
      const target = fromExtensionPage ? message.tabId : isReadingFrame(sender) ? undefined : sender.tab?.id;
      if (target === undefined) return undefined;
      if (message.stop) stopReadUnseen(target);
      else void startReadUnseen(target, message.client);
      return undefined;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    switch (message.type) {
      case 'oc:load-overlay':
      case 'oc:load-inspector': {
        // A page read in the hidden frame of « Lire les onglets non lus » is shown to nobody.
        if (isReadingFrame(sender)) return undefined;
        const file = message.type === 'oc:load-overlay' ? '/overlay.js' : '/inspector.js';
        const frameId = sender.frameId ?? 0;
        if (browser.scripting) {
          browser.scripting
            .executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] })
            .catch(() => undefined);
        } else {
          // Firefox MV2: tabs.executeScript runs in the same content-script world.
          browser.tabs.executeScript(tabId, { file, frameId }).catch(() => undefined);
        }
        return undefined;
      }
      case 'oc:record':
        return handleRecord(message.record, tabId).then((reply) => {
          if (reply.entity && !isReadingFrame(sender))
            noteTabShown(tabId, reply.entity, message.record.page, sender.tab?.url, sender.tab?.windowId);
          return reply;
        });
      case 'oc:findings':
        return handleFindings(message.entity, {
          page: message.page,
          readAt: Date.now(),
          url: message.url,
          ...(message.entity.contract ? { contract: message.entity.contract } : {}),
          findings: message.findings,
        }).then(() => noteRead(sender));
      case 'oc:open-panel':
        // Chrome allows sidePanel.open() only synchronously inside the user gesture's handler.
        chromeApi?.sidePanel?.open({ tabId }).catch(() => undefined);
        return undefined;
    }
  });
});
