/**
 * The toolbar icon's menu (right click on the icon): « Dossiers en cours » opens the extension page
 * `dossiers.html` in a tab. Chrome's `contextMenus` / Firefox's `menus`, context `action`; the items
 * are recreated at each background start (Firefox does not keep them, Chrome refuses a duplicate id).
 */
import { browser } from 'wxt/browser';
import { DOSSIERS } from '../lib/i18n/dossiers';
import { onBrowserEvent } from '../lib/platform/events';
import { ignoreNicety, ignoreUnsupported } from '../lib/platform/ignore';

const ITEM = 'oc-dossiers-en-cours';

type Menus = typeof browser.contextMenus;

export function startActionMenu(signal?: AbortSignal): void {
  const api = browser as unknown as { menus?: Menus; contextMenus?: Menus };
  const menus = api.menus ?? api.contextMenus;
  if (!menus) return;
  menus
    .removeAll()
    .then(() => menus.create({ id: ITEM, title: DOSSIERS.menu, contexts: ['action'] }))
    // No menu on the icon (a browser without `action` menus): the panel header has the same link.
    .catch(ignoreUnsupported);
  onBrowserEvent(
    menus.onClicked,
    (info: { menuItemId: string | number }) => {
      if (info.menuItemId !== ITEM) return;
      browser.tabs.create({ url: browser.runtime.getURL('/dossiers.html') }).catch(ignoreNicety);
    },
    signal,
  );
}
