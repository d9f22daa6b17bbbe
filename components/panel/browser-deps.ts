/**
 * The panel's browser side (`PanelDeps`): the followed tab, the background's answers, storage and
 * its changes, messages to the tab. No `tabs` permission: the tab id comes from `tabs.query`, and the
 * background sees an Ogust tab's URL through the host permission.
 */
import { browser } from 'wxt/browser';
import { clock } from '../../lib/time/clock';
import { onBrowserEvent, stopper } from '../../lib/platform/events';
import {
  ignoreClosed,
  ignoreExtensionReloaded,
  ignoreNoReceiver,
  ignoreUnsupported,
} from '../../lib/platform/ignore';
import { sendToBackground, sendToTab, type Message } from '../../lib/platform/messages';
import { knownNotes, loadNotes, retryNotes, unsavedNotes, updateNotes } from '../../lib/notes/storage';
import type { ReadUnseenProgress } from '../../procedure/read-unseen';
import { KEYS, loadReadingEnv } from '../../lib/platform/storage';
import type { Changed, PanelDeps } from './store';

export function browserDeps(search: string): PanelDeps {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  const fixedTabId = Number.isInteger(fixed) && fixed > 0 ? fixed : undefined;
  let windowId: number | undefined;
  return {
    ...(fixedTabId !== undefined ? { fixedTabId } : {}),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      return tab?.id;
    },
    async panelState(tabId, client) {
      const state = await sendToBackground({ type: 'oc:panel-state', tabId, ...(client ? { client } : {}) });
      // The background answers every extension page: no answer is an error the panel shows.
      if (!state) throw new Error('oc:panel-state unanswered');
      return state;
    },
    loadEnv: loadReadingEnv,
    loadNotes,
    knownNotes,
    updateNotes,
    unsavedNotes,
    retryNotes,
    async freeSpace(days) {
      return (await sendToBackground({ type: 'oc:purge-older', days })) === true;
    },
    async clearAll() {
      await sendToBackground({ type: 'oc:clear-all' });
    },
    watch(onChange) {
      const { signal, stop } = stopper();
      const follows = (tabId: number) => (fixedTabId ?? tabId) === tabId;
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (fixedTabId === undefined && (windowId === undefined || info.windowId === windowId))
          onChange('tab');
      };
      const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
        if (follows(tabId) && (change.status || change.url)) onChange('tab');
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        const what: Changed | undefined =
          area === 'managed'
            ? 'env'
            : area === 'session'
              ? KEYS.sessionShown in changes
                ? 'tab'
                : undefined
              : area !== 'local'
                ? undefined
                : KEYS.settings in changes || KEYS.debugToday in changes
                  ? 'env'
                  : Object.keys(changes).some(
                        (k) => k === KEYS.dossierIndex || k.startsWith(KEYS.dossierPrefix),
                      )
                    ? 'state'
                    : KEYS.notes in changes
                      ? 'notes'
                      : undefined;
        if (!what) return;
        // Batch bursts (a page read writes the store, then its findings).
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => onChange(what), what === 'notes' ? 0 : 80);
      };
      onBrowserEvent(browser.tabs.onActivated, onActivated, signal);
      onBrowserEvent(browser.tabs.onUpdated, onUpdated, signal);
      onBrowserEvent(browser.storage.onChanged, onStorage, signal);
      signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
      return stop;
    },
    reveal(tabId, fields, rules) {
      sendToTab(tabId, { type: 'oc:reveal', fields, ...(rules?.length ? { rules } : {}) }).catch(
        ignoreNoReceiver,
      );
    },
    openUrl(tabId, url) {
      // Only an Ogust page's address, as read by the extension.
      if (!/^https:\/\/[^/]*ogust\.com\//i.test(url)) return;
      browser.tabs.update(tabId, { url }).catch(ignoreClosed);
    },
    readUnseen(tabId, client) {
      const send = (stop: boolean) => {
        const msg: Message = {
          type: 'oc:read-unseen',
          tabId,
          ...(client ? { client } : {}),
          ...(stop ? { stop } : {}),
        };
        sendToBackground(msg).catch(ignoreExtensionReloaded);
      };
      return {
        start: () => send(false),
        stop: () => send(true),
        watch(onChange) {
          const of = (all: unknown) =>
            (all as Record<string, ReadUnseenProgress> | undefined)?.[String(tabId)];
          const { signal, stop } = stopper();
          browser.storage.session
            ?.get(KEYS.sessionReadUnseen)
            .then((got) => !signal.aborted && onChange(of(got[KEYS.sessionReadUnseen])))
            // No session storage: the progress shows from the first change.
            .catch(ignoreUnsupported);
          const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
            if (area === 'session' && KEYS.sessionReadUnseen in changes)
              onChange(of(changes[KEYS.sessionReadUnseen]?.newValue));
          };
          onBrowserEvent(browser.storage.onChanged, listener, signal);
          return stop;
        },
      };
    },
    toggleInspector(tabId) {
      // Defined by the inspector: the tab's content script toggles it.
      sendToTab(tabId, { type: 'oc:inspector' }).catch(ignoreNoReceiver);
    },
    now: () => clock.now(),
  };
}
