/** loadReadingEnv / loadSettings merge the enterprise policy, and survive a missing managed storage. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  managed: (): Promise<Record<string, unknown>> => Promise.resolve({}),
  hasManaged: true,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(([] as string[]).concat(keys).map((k) => [k, state.local[k]])),
      },
      get managed() {
        return state.hasManaged ? { get: () => state.managed() } : undefined;
      },
    },
  },
}));

const { loadReadingEnv, loadSettings, loadManagedSettings } = await import('./storage');

beforeEach(() => {
  state.local = {
    'oc.settings': { userName: 'Camille Martin', agencyPhone: '01 00 00 00 00' },
    'oc.debug.today': '2026-11-28',
  };
  state.managed = () => Promise.resolve({});
  state.hasManaged = true;
});

describe('settings with an enterprise policy', () => {
  it('policy values win over the user values', async () => {
    state.managed = () => Promise.resolve({ agencyPhone: '03 75 00 10 20', delays: { retentionJours: 7 } });
    const env = await loadReadingEnv();
    expect(env.today).toBe('2026-11-28');
    expect(env.settings.userName).toBe('Camille Martin');
    expect(env.settings.agencyPhone).toBe('03 75 00 10 20');
    expect(env.settings.delays.retentionJours).toBe(7);
    expect((await loadSettings()).agencyPhone).toBe('03 75 00 10 20');
  });

  it('a rejected managed storage (Firefox without policy) is no policy', async () => {
    state.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    expect(await loadManagedSettings()).toEqual({});
    expect((await loadReadingEnv()).settings.agencyPhone).toBe('01 00 00 00 00');
  });

  it('no managed storage at all is no policy', async () => {
    state.hasManaged = false;
    expect((await loadSettings()).agencyPhone).toBe('01 00 00 00 00');
  });
});
