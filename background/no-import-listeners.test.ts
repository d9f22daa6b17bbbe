/**
 * A background service installs nothing when imported: each has an explicit start…() that
 * entrypoints/background.ts calls once, so a test, a page or another service that imports one for
 * a function gets no listener of storage, tabs, alarms or messages with it. A hand-made browser
 * counts every `addListener` on every event.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const added: string[] = [];

/** Any `browser.a.b.onX.addListener(…)` is recorded as `a.b.onX`; any other call resolves to nothing. */
function fakeApi(path: string): unknown {
  const fn = () => Promise.resolve(undefined);
  return new Proxy(fn, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'addListener') return () => void added.push(path);
      return fakeApi(path ? `${path}.${prop}` : prop);
    },
  });
}

vi.mock('wxt/browser', () => ({ browser: fakeApi('') }));

beforeEach(() => {
  added.length = 0;
  vi.resetModules();
});

describe('importing a background service', () => {
  it.each([
    './dossier-service',
    './panel-service',
    './read-unseen-service',
    './reminder-service',
    './action-menu',
  ])('%s adds no listener', async (module) => {
    await import(module);
    expect(added).toEqual([]);
  });

  it('the fake browser does record a listener (a start…() adds its own)', async () => {
    const { startPanelService } = await import('./panel-service');
    startPanelService();
    expect(added).toEqual(['tabs.onUpdated', 'tabs.onRemoved']);
  });
});
