import { startChangeNotices } from '../lib/platform/change-notices';
import { startActionMenu } from '../background/action-menu';
import {
  clearAllData,
  currentReadingEnv,
  handleFindings,
  handleRecord,
  purgeStored,
  readDossier,
  readStore,
  startDossierService,
} from '../background/dossier-service';
import { dossiersOf } from '../procedure/dossier-list';
import { syncExtraHosts } from '../lib/platform/extra-hosts';
import { onBrowserEvent } from '../lib/platform/events';
import { ignoreClosed, ignoreNicety, ignoreRetriedLater, ignoreUnsupported } from '../lib/platform/ignore';
import { onMessages, type Handlers, type Sender } from '../lib/platform/messages';
import { handlePanelState, noteTabShown, startPanelService } from '../background/panel-service';
import {
  isReadingFrame,
  noteRead,
  startReadUnseen,
  startReadUnseenService,
  stopReadUnseen,
} from '../background/read-unseen-service';
import { startReminders } from '../background/reminder-service';
import { loadSettings, watchReadingEnv } from '../lib/platform/storage';

type ChromeApi = typeof chrome | undefined;

/** The extension's own pages (options, panel, Dossiers en cours, report), never a content script. */
const fromExtensionPage = (sender: Sender) => !!sender.url?.startsWith(browser.runtime.getURL('/'));

/** Inject the overlay or the inspector UI into the sender's frame (never the hidden reading frame). */
function inject(file: '/overlay.js' | '/inspector.js', sender: Sender): undefined {
  const tabId = sender.tab?.id;
  // A page read in the hidden frame of « Lire les onglets non lus » is shown to nobody.
  if (tabId === undefined || isReadingFrame(sender)) return undefined;
  const frameId = sender.frameId ?? 0;
  if (browser.scripting)
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] })
      .catch(ignoreClosed);
  // Firefox MV2: tabs.executeScript runs in the same content-script world.
  else browser.tabs.executeScript(tabId, { file, frameId }).catch(ignoreClosed);
  return undefined;
}

/** Who answers what: extension pages' requests, then the content scripts' (which need their tab). */
function messageHandlers(chromeApi: ChromeApi): Handlers {
  const tabOf = (sender: Sender) => sender.tab?.id;
  return {
    'oc:clear-all': (_m, sender) => (fromExtensionPage(sender) ? clearAllData() : undefined),
    'oc:purge-older': (m, sender) =>
      fromExtensionPage(sender) ? purgeStored(Date.now(), m.days) : undefined,
    // « Dossiers en cours » (every dossier) and the report (one: only its entities are read).
    'oc:dossiers': (m, sender) =>
      fromExtensionPage(sender)
        ? (m.client ? readDossier('client', m.client) : readStore()).then((store) => ({
            dossiers: dossiersOf(store, m.client),
          }))
        : undefined,
    // The side panel asks what to show for a tab.
    'oc:panel-state': (m, sender) =>
      fromExtensionPage(sender) ? handlePanelState(m.tabId, m.client) : undefined,
    // « Lire les onglets non lus »: the panel names the tab; the page's summary is in that tab.
    'oc:read-unseen': (m, sender) => {
      const target = fromExtensionPage(sender) ? m.tabId : isReadingFrame(sender) ? undefined : tabOf(sender);
      if (target === undefined) return undefined;
      if (m.stop) stopReadUnseen(target);
      else void startReadUnseen(target, m.client);
      return undefined;
    },
    'oc:env': () => currentReadingEnv(),
    'oc:load-overlay': (_m, sender) => inject('/overlay.js', sender),
    'oc:load-inspector': (_m, sender) => inject('/inspector.js', sender),
    'oc:record': (m, sender) => {
      const tabId = tabOf(sender);
      if (tabId === undefined) return undefined;
      return handleRecord(m.record, tabId, m).then((reply) => {
        if (reply.entity && !isReadingFrame(sender))
          noteTabShown(tabId, reply.entity, m.record.page, sender.tab?.url, sender.tab?.windowId);
        return reply;
      });
    },
    'oc:findings': (m, sender) =>
      tabOf(sender) === undefined
        ? undefined
        : handleFindings(m.entity, {
            page: m.page,
            readAt: Date.now(),
            url: m.url,
            ...(m.entity.contract ? { contract: m.entity.contract } : {}),
            findings: m.findings,
          }).then(() => noteRead(sender)),
    'oc:open-panel': (_m, sender) => {
      const tabId = tabOf(sender);
      // Chrome allows sidePanel.open() only synchronously inside the user gesture's handler; the
      // toolbar icon opens it too.
      if (tabId !== undefined) chromeApi?.sidePanel?.open({ tabId }).catch(ignoreUnsupported);
      return undefined;
    },
  };
}

/** Wiring only: each service started once; messages answered by the services. */
export default defineBackground(() => {
  const chromeApi = (globalThis as { chrome?: typeof chrome }).chrome;
  // Firefox has a sidebar instead: its toolbar button is the browser's.
  chromeApi?.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(ignoreUnsupported);
  // Ogust frames don't listen to storage (it would copy the whole dossier store into each frame at
  // every write): the background tells them what changed.
  startChangeNotices();
  // The dossier store: the settings each page's record is judged with, kept in memory.
  startDossierService();
  // Side panel: which page each tab shows; appointment reminders (alarms, notifications).
  startPanelService();
  // « Lire les onglets non lus »: progress per tab; a tab that navigates stops its reading.
  startReadUnseenService();
  startReminders(chromeApi);
  // The toolbar icon's menu: « Dossiers en cours ».
  startActionMenu();
  // Retention: what is older than the setting goes at each start (and at each page read).
  purgeStored().catch(ignoreRetriedLater);
  // Extra Ogust hosts (settings): the content script registered at run time for the granted ones.
  const syncHosts = () => void loadSettings().then(syncExtraHosts).catch(ignoreRetriedLater);
  syncHosts();
  watchReadingEnv(syncHosts);
  onBrowserEvent(browser.permissions?.onRemoved, syncHosts);
  // First run: the options page opens on the name field (never blocking: analysis already works).
  onBrowserEvent(browser.runtime.onInstalled, ({ reason }: { reason: string }) => {
    if (reason !== 'install') return;
    loadSettings()
      .then((s) => (s.userName.trim() ? undefined : browser.runtime.openOptionsPage()))
      .catch(ignoreNicety);
  });
  onMessages(messageHandlers(chromeApi));
});
