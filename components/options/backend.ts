/**
 * What the options page needs from the browser, behind one interface so the component tests give a
 * fake one. The real one: extension storage (local + managed), host permissions, a file download.
 */
import { browser } from 'wxt/browser';
import { resolveToday } from '../../lib/time/clock';
import { onBrowserEvent, stopper } from '../../lib/platform/events';
import { sendToBackground } from '../../lib/platform/messages';
import { KEYS, loadManagedSettings, writeSettings } from '../../lib/platform/storage';
import type { SettingsWrite } from '../../lib/settings/io';

export interface OptionsBackend {
  /** The stored settings as they are (any version), the policy, today. */
  load(): Promise<{ stored: unknown; managed: Record<string, unknown>; today: string }>;
  /** Replace the stored settings (the one writer: checked, a refusal or failure said in French). */
  save(stored: Record<string, unknown>): Promise<SettingsWrite>;
  /** Ask for a host permission: must be called first thing in a click handler (user gesture). */
  requestHost(pattern: string): Promise<boolean>;
  /** Rejects when the browser kept the permission: the page says so (the host left the list). */
  removeHost(pattern: string): Promise<void>;
  hasHost(pattern: string): Promise<boolean>;
  download(fileName: string, text: string): void;
  /** « Effacer toutes les données » : the dossiers read and what was typed per dossier (settings kept). */
  clearAll(): Promise<void>;
  /** Calls `onChange` when the stored settings or the policy change elsewhere; returns the unsubscribe. */
  watch?(onChange: () => void): () => void;
}

export const browserBackend: OptionsBackend = {
  async load() {
    const [got, managed] = await Promise.all([
      browser.storage.local.get([KEYS.settings, KEYS.debugToday]),
      loadManagedSettings(),
    ]);
    return { stored: got[KEYS.settings], managed, today: resolveToday(got[KEYS.debugToday]) };
  },
  save: (stored) => writeSettings(() => stored),
  requestHost: (pattern) => browser.permissions.request({ origins: [pattern] }).catch(() => false),
  async removeHost(pattern) {
    if (!(await browser.permissions.remove({ origins: [pattern] })))
      throw new Error(`permission kept: ${pattern}`);
  },
  hasHost: (pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false),
  async clearAll() {
    await sendToBackground({ type: 'oc:clear-all' });
  },
  watch(onChange) {
    const { signal, stop } = stopper();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && KEYS.settings in changes)) onChange();
    };
    onBrowserEvent(browser.storage.onChanged, listener, signal);
    return stop;
  },
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
