/**
 * The options page's browser side: a host permission the browser does not remove is an error for
 * the page to show (the host leaves the list, its permission would stay unseen), not swallowed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const remove = vi.fn<(p: { origins: string[] }) => Promise<boolean>>();
vi.mock('wxt/browser', () => ({ browser: { permissions: { remove } } }));
const { browserBackend } = await import('./backend');

beforeEach(() => {
  remove.mockReset();
});

describe('browserBackend.removeHost', () => {
  it('resolves once the browser removed the permission', async () => {
    remove.mockResolvedValue(true);
    await expect(browserBackend.removeHost('https://ogust.agence.fr/*')).resolves.toBeUndefined();
    expect(remove).toHaveBeenCalledWith({ origins: ['https://ogust.agence.fr/*'] });
  });

  it('rejects when the browser kept the permission (answer false)', async () => {
    remove.mockResolvedValue(false);
    await expect(browserBackend.removeHost('https://ogust.agence.fr/*')).rejects.toThrow();
  });

  it('rejects when the browser refused the removal', async () => {
    remove.mockImplementation(() => Promise.reject(new Error('You cannot remove required permissions.')));
    await expect(browserBackend.removeHost('https://ogust.agence.fr/*')).rejects.toThrow(
      'You cannot remove required permissions.',
    );
  });
});
