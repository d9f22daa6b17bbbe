/**
 * The panel's browser side (`PanelDeps`): the followed tab, the background's answers, storage and
 * its changes, messages to the tab. No `tabs` permission: the tab id comes from `tabs.query`, and the
 * background sees an Ogust tab's URL through the host permission.
 */
import { browser } from 'wxt/browser';
import { clock } from '../../lib/time/clock';
import type { Message } from '../../lib/platform/messages';
import { knownNotes, loadNotes, retryNotes, unsavedNotes, updateNotes } from '../../lib/notes/storage';
import type { PanelState } from '../../lib/dossier/panel-state';
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
    panelState(tabId, client) {
      const msg: Message = { type: 'oc:panel-state', tabId, ...(client ? { client } : {}) };
      return browser.runtime.sendMessage(msg) as Promise<PanelState>;
    },
    loadEnv: loadReadingEnv,
    loadNotes,
    knownNotes,
    updateNotes,
    unsavedNotes,
    retryNotes,
    async freeSpace(days) {
      const msg: Message = { type: 'oc:purge-older', days };
      return (await browser.runtime.sendMessage(msg)) === true;
    },
    async clearAll() {
      const msg: Message = { type: 'oc:clear-all' };
      await browser.runtime.sendMessage(msg);
    },
    watch(onChange) {
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
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.storage.onChanged.addListener(onStorage);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.storage.onChanged.removeListener(onStorage);
        if (timer !== undefined) clearTimeout(timer);
      };
    },
    reveal(tabId, fields, rules) {
      const msg: Message = { type: 'oc:reveal', fields, ...(rules?.length ? { rules } : {}) };
      browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    },
    openUrl(tabId, url) {
      // Only an Ogust page's address, as read by the extension.
      if (!/^https:\/\/[^/]*ogust\.com\//i.test(url)) return;
      browser.tabs.update(tabId, { url }).catch(() => undefined);
    },
    readUnseen(tabId, client) {
      const send = (stop: boolean) => {
        const msg: Message = {
          type: 'oc:read-unseen',
          tabId,
          ...(client ? { client } : {}),
          ...(stop ? { stop } : {}),
        };
        browser.runtime.sendMessage(msg).catch(() => undefined);
      };
      return {
        start: () => send(false),
        stop: () => send(true),
        watch(onChange) {
          const of = (all: unknown) =>
            (all as Record<string, ReadUnseenProgress> | undefined)?.[String(tabId)];
          let live = true;
          browser.storage.session
            ?.get(KEYS.sessionReadUnseen)
            .then((got) => live && onChange(of(got[KEYS.sessionReadUnseen])))
            .catch(() => undefined);
          const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
            if (area === 'session' && KEYS.sessionReadUnseen in changes)
              onChange(of(changes[KEYS.sessionReadUnseen]?.newValue));
          };
          browser.storage.onChanged.addListener(listener);
          return () => {
            live = false;
            browser.storage.onChanged.removeListener(listener);
          };
        },
      };
    },
    toggleInspector(tabId) {
      // Defined by the inspector: the tab's content script toggles it.
      browser.tabs.sendMessage(tabId, { type: 'oc:inspector' }).catch(() => undefined);
    },
    now: () => clock.now(),
  };
}
