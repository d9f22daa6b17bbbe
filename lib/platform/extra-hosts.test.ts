import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
}
const state = vi.hoisted(() => ({
  granted: new Set<string>(),
  scripts: [] as Script[],
  calls: [] as string[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://*.ogust.com/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' },
        ],
      }),
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => state.scripts.map((s) => ({ ...s })),
      registerContentScripts: async (list: Script[]) => {
        state.calls.push('register');
        state.scripts.push(...list);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.calls.push('unregister');
        state.scripts = state.scripts.filter((s) => !ids.includes(s.id));
      },
    },
  },
}));

const { syncExtraHosts, toHostPattern, EXTRA_SCRIPT_ID } = await import('./extra-hosts');

beforeEach(() => {
  state.granted = new Set();
  state.scripts = [{ id: 'autre-extension-script', matches: ['https://a.fr/*'] }];
  state.calls = [];
});

describe('toHostPattern', () => {
  it.each([
    ['ogust.agence.fr', 'https://ogust.agence.fr/*'],
    ['https://Ogust.Agence.fr/index.php?x=1', 'https://ogust.agence.fr/*'],
    ['*.agence.fr', 'https://*.agence.fr/*'],
    ['https://*.agence.fr/*', 'https://*.agence.fr/*'],
  ])('%s → %s', (input, pattern) => {
    expect(toHostPattern(input)).toEqual({ ok: true, pattern });
  });
  it.each([
    ['', 'empty'],
    ['http://ogust.agence.fr', 'http'],
    ['pas un hôte', 'invalid'],
    ['*', 'invalid'],
    ['https://*/*', 'invalid'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(toHostPattern(input)).toEqual({ ok: false, problem });
  });
});

describe('syncExtraHosts', () => {
  it('registers the manifest content script, all frames, for granted hosts only', async () => {
    state.granted.add('https://ogust.agence.fr/*');
    const hosts = await syncExtraHosts({ extraHosts: ['ogust.agence.fr', 'https://pas-accorde.fr/*'] });
    expect(hosts).toEqual(['https://ogust.agence.fr/*']);
    const ours = state.scripts.find((s) => s.id === EXTRA_SCRIPT_ID);
    expect(ours).toMatchObject({
      matches: ['https://ogust.agence.fr/*'],
      js: ['content-scripts/content.js'],
      allFrames: true,
    });
  });

  it('never registers a host the manifest already covers (the script would run twice)', async () => {
    state.granted.add('https://demo-agence.ogust.com/*');
    expect(await syncExtraHosts({ extraHosts: ['demo-agence.ogust.com'] })).toEqual([]);
    expect(state.scripts.map((s) => s.id)).toEqual(['autre-extension-script']);
  });

  it('does nothing when already in sync, unregisters when hosts are deleted, never touches others', async () => {
    state.granted.add('https://ogust.agence.fr/*');
    await syncExtraHosts({ extraHosts: ['ogust.agence.fr'] });
    state.calls = [];
    await syncExtraHosts({ extraHosts: ['https://ogust.agence.fr/*'] });
    expect(state.calls).toEqual([]);
    await syncExtraHosts({ extraHosts: [] });
    expect(state.scripts.map((s) => s.id)).toEqual(['autre-extension-script']);
  });
});
