// @vitest-environment jsdom
/**
 * Removing an extra host: the address leaves the list; when the browser keeps its permission, the
 * page says so in French and how to remove it by hand (it is not swallowed).
 */
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings } from '../../lib/settings/settings';
import type { SettingsWrite } from '../../lib/settings/io';
import type { OptionsBackend } from './backend';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { OptionsPage } = await import('./OptionsPage');

afterEach(cleanup);

const HOST = 'https://ogust.agence.fr/*';

function backend(removed: boolean): OptionsBackend {
  return {
    load: async () => ({ stored: { userName: 'A', extraHosts: [HOST] }, managed: {}, today: '2026-11-28' }),
    save: async (s): Promise<SettingsWrite> => ({ ok: true, settings: parseSettings(s) }),
    requestHost: async () => true,
    removeHost: async () => {
      if (!removed) throw new Error('kept');
    },
    hasHost: async () => true,
    download: () => undefined,
    clearAll: async () => undefined,
  };
}

async function removeTheHost(b: OptionsBackend) {
  render(<OptionsPage backend={b} />);
  const item = await waitFor(() => {
    const e = document.querySelector(`[data-oc-host="${HOST}"]`) as HTMLElement | null;
    expect(e).not.toBeNull();
    return e!;
  });
  fireEvent.click(within(item).getByText('Supprimer'));
  expect(document.querySelector('[data-oc-host]')).toBeNull();
  return within(document.getElementById('section-hosts')!);
}

describe('removing an extra host', { timeout: 20_000 }, () => {
  it('says in French when the browser kept the permission', async () => {
    const hosts = await removeTheHost(backend(false));
    await hosts.findByText(
      'Le navigateur a gardé l’autorisation de https://ogust.agence.fr/* : retirez-la dans la page de l’extension du navigateur (Autorisations, Accès aux sites).',
    );
  });

  it('says nothing when the permission went with it', async () => {
    const hosts = await removeTheHost(backend(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts.queryByText(/a gardé l’autorisation/)).toBeNull();
  });
});
