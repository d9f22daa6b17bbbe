/**
 * The one settings writer (writeSettings) and its callers: the options page's backend and the
 * inspector's updateSettings. A value refused or a write the browser refuses reaches the caller as
 * a French message, and nothing is written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  getFails: false,
  setFails: false,
  writes: 0,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => {
          if (state.getFails) throw new Error('Extension context invalidated.');
          return Object.fromEntries(([] as string[]).concat(keys).map((k) => [k, state.local[k]]));
        },
        set: async (items: Record<string, unknown>) => {
          if (state.setFails) throw new Error('QUOTA_BYTES quota exceeded');
          state.writes++;
          Object.assign(state.local, items);
        },
      },
    },
  },
}));

const { writeSettings } = await import('../../lib/platform/storage');
const { browserBackend } = await import('../../components/options/backend');
const { updateSettings } = await import('../../components/inspector/settings-edit');

/** The options page's words for a failed save (docs/settings.md), typed here by hand. */
const FAILED =
  'Les réglages n’ont pas pu être enregistrés : réessayez. Si cela se reproduit, exportez-les (« Exporter les réglages »), puis redémarrez le navigateur.';

beforeEach(() => {
  state.local = { 'oc.settings': { version: 1, userName: 'Camille Martin', agencyPhone: '01 00 00 00 00' } };
  state.getFails = false;
  state.setFails = false;
  state.writes = 0;
});

describe('writeSettings', () => {
  it('writes the changed object and gives the settings in force', async () => {
    const r = await writeSettings((raw) => ({ ...raw, userName: 'Claire Petit' }));
    expect(r.ok && r.settings.userName).toBe('Claire Petit');
    expect(state.local['oc.settings']).toEqual({
      version: 1,
      userName: 'Claire Petit',
      agencyPhone: '01 00 00 00 00',
    });
  });

  it('a first write carries the current version', async () => {
    state.local = {};
    await writeSettings((raw) => ({ ...raw, userName: 'Claire Petit' }));
    expect(state.local['oc.settings']).toEqual({ version: 1, userName: 'Claire Petit' });
  });

  it('a write the browser refuses is a French message, never its English error', async () => {
    state.setFails = true;
    expect(await writeSettings((raw) => ({ ...raw, userName: 'X' }))).toEqual({ ok: false, message: FAILED });
    state.setFails = false;
    state.getFails = true;
    expect(await writeSettings((raw) => ({ ...raw, userName: 'X' }))).toEqual({ ok: false, message: FAILED });
    expect(state.writes).toBe(0);
  });

  it('a value the schema refuses is named, in French, and nothing is written', async () => {
    const r = await writeSettings((raw) => ({ ...raw, userName: 42 }));
    expect(r).toEqual({
      ok: false,
      message:
        'Réglage refusé, rien n’a été enregistré : userName : attendu un texte. Corrigez la valeur et recommencez.',
    });
    expect(state.writes).toBe(0);
  });

  it('a value the schema accepts but that would not work is refused too (an http host)', async () => {
    const r = await writeSettings((raw) => ({ ...raw, extraHosts: ['http://ogust.exemple.fr'] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('« http://ogust.exemple.fr » n’est pas une adresse https valide.');
    expect(state.writes).toBe(0);
  });

  it('a bad value already stored elsewhere does not block another change', async () => {
    state.local = { 'oc.settings': { version: 1, userName: 42 } };
    const r = await writeSettings((raw) => ({ ...raw, agencyPhone: '01 23 45 67 89' }));
    expect(r.ok).toBe(true);
    expect(state.writes).toBe(1);
  });

  it('never writes over settings of a newer version', async () => {
    state.local = { 'oc.settings': { version: 99, userName: 'A' } };
    expect(await writeSettings((raw) => ({ ...raw, userName: 'B' }))).toEqual({
      ok: false,
      message:
        'Réglages non modifiés : ils ont été enregistrés par une version plus récente de l’extension. Mettez l’extension à jour.',
    });
    expect(state.local['oc.settings']).toEqual({ version: 99, userName: 'A' });
  });

  it('a change the caller does not find in the result is refused', async () => {
    const r = await writeSettings(
      (raw) => ({ ...raw, userName: 'B' }),
      (s) => s.userName === 'C',
    );
    expect(r).toEqual({
      ok: false,
      message:
        'Réglage refusé, rien n’a été enregistré : cette valeur n’est pas permise. Vérifiez-la et recommencez.',
    });
    expect(state.writes).toBe(0);
  });
});

describe('the callers of the one writer', () => {
  it('the options page: a failed save resolves to the French message', async () => {
    state.setFails = true;
    expect(await browserBackend.save({ version: 1, userName: 'B' })).toEqual({ ok: false, message: FAILED });
  });

  it('the options page: a save replaces the stored object', async () => {
    expect((await browserBackend.save({ version: 1, userName: 'B' })).ok).toBe(true);
    expect(state.local['oc.settings']).toEqual({ version: 1, userName: 'B' });
  });

  it('the inspector: a failed write rejects with the French message', async () => {
    state.setFails = true;
    await expect(
      updateSettings(
        (raw) => ({ ...raw, userName: 'B' }),
        () => true,
      ),
    ).rejects.toThrow(FAILED);
  });
});
