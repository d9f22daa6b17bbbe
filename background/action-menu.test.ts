/**
 * The toolbar icon's menu with a hand-made browser: one item « Dossiers en cours » on the action,
 * recreated at each start, opening dossiers.html in a tab; Firefox's `menus` used when present.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (info: { menuItemId: string | number }) => void;

function fakeMenus() {
  const listeners: Listener[] = [];
  const calls: string[] = [];
  return {
    calls,
    click: (id: string) => listeners.forEach((l) => l({ menuItemId: id })),
    api: {
      removeAll: vi.fn(async () => void calls.push('removeAll')),
      create: vi.fn((p: { id: string }) => void calls.push(`create ${p.id}`)),
      onClicked: { addListener: (l: Listener) => listeners.push(l) },
    },
  };
}

const tabsCreate = vi.fn(async () => ({}));
const holder: { browser: Record<string, unknown> } = { browser: {} };
vi.mock('wxt/browser', () => ({
  get browser() {
    return holder.browser;
  },
}));

const base = {
  tabs: { create: tabsCreate },
  runtime: { getURL: (p: string) => `chrome-extension://abc${p}` },
};

beforeEach(() => {
  tabsCreate.mockClear();
  vi.resetModules();
});

describe('startActionMenu', () => {
  it('creates one item on the action (Chrome contextMenus), after removing what a previous start left', async () => {
    const m = fakeMenus();
    holder.browser = { ...base, contextMenus: m.api };
    const { startActionMenu } = await import('./action-menu');
    startActionMenu();
    await vi.waitFor(() => expect(m.calls).toEqual(['removeAll', 'create oc-dossiers-en-cours']));
    expect(m.api.create).toHaveBeenCalledWith({
      id: 'oc-dossiers-en-cours',
      title: 'Dossiers en cours',
      contexts: ['action'],
    });
  });

  it('opens dossiers.html in a tab on its click, and nothing on another item', async () => {
    const m = fakeMenus();
    holder.browser = { ...base, contextMenus: m.api };
    const { startActionMenu } = await import('./action-menu');
    startActionMenu();
    m.click('autre');
    expect(tabsCreate).not.toHaveBeenCalled();
    m.click('oc-dossiers-en-cours');
    expect(tabsCreate).toHaveBeenCalledWith({ url: 'chrome-extension://abc/dossiers.html' });
  });

  it('uses Firefox’s menus when present, and does nothing without either API', async () => {
    const ff = fakeMenus();
    const chrome = fakeMenus();
    holder.browser = { ...base, menus: ff.api, contextMenus: chrome.api };
    const { startActionMenu } = await import('./action-menu');
    startActionMenu();
    await vi.waitFor(() => expect(ff.calls).toEqual(['removeAll', 'create oc-dossiers-en-cours']));
    expect(chrome.calls).toEqual([]);
    holder.browser = { ...base };
    expect(() => startActionMenu()).not.toThrow();
  });
});
