/**
 * Open Ogust tabs re-judge when the dossier data moves (its revision), not when only the panel's
 * findings were written: a correction on one tab no longer makes every tab read its page again.
 */
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_STORE, revised, withPageFindings, type DossierStore } from './dossier-store';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const listeners = vi.hoisted(() => new Set<Listener>());
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  },
}));

const { watchDossiers, KEYS } = await import('./storage');

function write(oldValue: DossierStore | undefined, newValue: DossierStore | undefined, area = 'local') {
  for (const l of listeners) l({ [KEYS.dossiers]: { oldValue, newValue } }, area);
}

const client = {
  key: 'code:CLI00042',
  aliases: ['code:CLI00042'],
  lastActivity: 1,
  intervenants: [],
} as DossierStore['clients'][string];
const withClient: DossierStore = { ...EMPTY_STORE, clients: { [client.key]: client } };

describe('watchDossiers', () => {
  it('calls back for data writes, the first write, a clear and old stores; not for findings only', () => {
    const onChange = vi.fn();
    const stop = watchDossiers(onChange);
    const v1 = revised(withClient, EMPTY_STORE);
    write(undefined, v1);
    expect(onChange).toHaveBeenCalledTimes(1);

    const findings = withPageFindings(
      v1,
      'client',
      client.key,
      'client.definition',
      { page: 'client.definition', readAt: 2, findings: [] },
      60_000,
    );
    expect(findings.changed).toBe(true);
    write(v1, findings.store);
    expect(onChange).toHaveBeenCalledTimes(1);

    write(findings.store, revised(findings.store, findings.store));
    expect(onChange).toHaveBeenCalledTimes(2);
    write(v1, undefined); // « Effacer toutes les données »
    expect(onChange).toHaveBeenCalledTimes(3);
    write(EMPTY_STORE, withClient); // stores written before revisions existed
    expect(onChange).toHaveBeenCalledTimes(4);
    write(EMPTY_STORE, v1, 'session');
    expect(onChange).toHaveBeenCalledTimes(4);
    stop();
    write(v1, revised(v1, v1));
    expect(onChange).toHaveBeenCalledTimes(4);
  });
});
