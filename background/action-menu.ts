/**
 * The toolbar icon's menu (right click on the icon): « Dossiers en cours » opens the extension page
 * `dossiers.html` in a tab. Chrome's `contextMenus` / Firefox's `menus`, context `action`; the items
 * are recreated at each background start (Firefox does not keep them, Chrome refuses a duplicate id).
 */
import { browser } from 'wxt/browser';
import { DOSSIERS } from '../lib/i18n/dossiers';

const ITEM = 'oc-dossiers-en-cours';

type Menus = typeof browser.contextMenus;

export function startActionMenu(): void {
  const api = browser as unknown as { menus?: Menus; contextMenus?: Menus };
  const menus = api.menus ?? api.contextMenus;
  if (!menus) return;
  menus
    .removeAll()
    .then(() => menus.create({ id: ITEM, title: DOSSIERS.menu, contexts: ['action'] }))
    .catch(() => undefined);
  menus.onClicked.addListener((info) => {
    if (info.menuItemId !== ITEM) return;
    browser.tabs.create({ url: browser.runtime.getURL('/dossiers.html') }).catch(() => undefined);
  });
}
