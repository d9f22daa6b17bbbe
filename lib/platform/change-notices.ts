/**
 * Change notices for content scripts, sent by the background instead of letting Ogust frames listen
 * to `storage.onChanged`: a context with any storage listener receives the old and new value of
 * every key written, and each write of a dossier (which holds whole plannings) then costs every
 * Ogust frame a deserialisation of hundreds of kB. Measured on a fiche whose dossier holds a
 * year of planning: load to idle 85 ms with an empty store, 152 ms with a 444 kB one.
 *
 * The background watches storage itself and sends `oc:changed` to the tabs: `env` when the settings,
 * the policy or the pinned date change, `dossiers` when the dossier data moved (its revision).
 */
import { browser } from 'wxt/browser';
import { onBrowserEvent, stopper } from './events';
import { ignoreNoReceiver, ignoreRetriedLater } from './ignore';
import { onMessages, sendToTab } from './messages';
import { KEYS } from './storage';

export type ChangeKind = 'env' | 'dossiers';

type Revised = { revision?: number };

/** What a storage change means for the pages (none when only the panel's findings were written). */
export function noticesFor(changes: Record<string, unknown>, area: string): ChangeKind[] {
  if (area === 'managed') return ['env'];
  if (area !== 'local') return [];
  const out: ChangeKind[] = [];
  if (KEYS.settings in changes || KEYS.debugToday in changes) out.push('env');
  // The index moves its revision with every write of dossier data; the findings alone are written
  // in their entity's key only (lib/dossier/keys.ts).
  if (KEYS.dossierIndex in changes) {
    const change = changes[KEYS.dossierIndex] as { newValue?: Revised; oldValue?: Revised } | undefined;
    const [before, after] = [change?.oldValue?.revision, change?.newValue?.revision];
    // Cleared (« Effacer toutes les données »): open pages are not re-read, so nothing is stored
    // again until the person works on a page.
    if (change?.newValue !== undefined && (after === undefined || after !== before)) out.push('dossiers');
  }
  return out;
}

/** Background: forward the changes that matter to every tab (frames without our script ignore it). */
export function startChangeNotices(signal?: AbortSignal): void {
  onBrowserEvent(
    browser.storage.onChanged,
    (changes: Record<string, unknown>, area: string) => {
      const kinds = noticesFor(changes, area);
      if (!kinds.length) return;
      browser.tabs
        .query({})
        .then((tabs) => {
          for (const tab of tabs)
            for (const kind of kinds)
              if (tab.id !== undefined)
                sendToTab(tab.id, { type: 'oc:changed', kind }).catch(ignoreNoReceiver);
        })
        // The next change sends its notices again.
        .catch(ignoreRetriedLater);
    },
    signal,
  );
}

/** Content script: call `onChange` on the background's notices of this kind. Returns the stop. */
export function watchNotices(kind: ChangeKind, onChange: () => void): () => void {
  const { signal, stop } = stopper();
  onMessages(
    {
      'oc:changed': (m) => {
        if (m.kind === kind) onChange();
        return undefined;
      },
    },
    signal,
  );
  return stop;
}
