/** cachedReadingEnv: one storage read for many records, read again after a change or a failure. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const state = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  gets: 0,
  fail: false,
  listeners: new Set<Listener>(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => {
          state.gets++;
          if (state.fail) throw new Error('IO error');
          return Object.fromEntries(([] as string[]).concat(keys).map((k) => [k, state.local[k]]));
        },
      },
      managed: { get: async () => ({}) },
      onChanged: {
        addListener: (l: Listener) => state.listeners.add(l),
        removeListener: (l: Listener) => state.listeners.delete(l),
      },
    },
  },
}));

const { cachedReadingEnv } = await import('./storage');
const change = (changes: Record<string, unknown>, area = 'local') =>
  state.listeners.forEach((l) => l(changes, area));

beforeEach(() => {
  state.local = { 'oc.settings': { userName: 'Camille Martin' }, 'oc.debug.today': '2026-11-28' };
  state.gets = 0;
  state.fail = false;
  state.listeners.clear();
});

describe('cachedReadingEnv', () => {
  it('reads storage once for many loads', async () => {
    const env = cachedReadingEnv();
    const loads = await Promise.all([env.load(), env.load()]);
    await env.load();
    expect(state.gets).toBe(1);
    expect(loads.map((e) => [e.settings.userName, e.today])).toEqual([
      ['Camille Martin', '2026-11-28'],
      ['Camille Martin', '2026-11-28'],
    ]);
  });

  it('reads again after the settings, the pinned day or the policy changed, not after a dossier write', async () => {
    const env = cachedReadingEnv();
    await env.load();
    change({ 'oc.dossiers.index': {} });
    await env.load();
    expect(state.gets).toBe(1);

    state.local['oc.settings'] = { userName: 'Léa Petit' };
    change({ 'oc.settings': {} });
    expect((await env.load()).settings.userName).toBe('Léa Petit');
    state.local['oc.debug.today'] = '2026-12-01';
    change({ 'oc.debug.today': {} });
    expect((await env.load()).today).toBe('2026-12-01');
    change({ agencyPhone: {} }, 'managed');
    await env.load();
    expect(state.gets).toBe(4);
  });

  it('a failed read is not kept: the next load reads again', async () => {
    const env = cachedReadingEnv();
    state.fail = true;
    await expect(env.load()).rejects.toThrow('IO error');
    state.fail = false;
    expect((await env.load()).settings.userName).toBe('Camille Martin');
    expect(state.gets).toBe(2);
  });

  it('stop() removes its storage listener', () => {
    const env = cachedReadingEnv();
    expect(state.listeners.size).toBe(1);
    env.stop();
    expect(state.listeners.size).toBe(0);
  });
});
