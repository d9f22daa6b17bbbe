/**
 * Which storage changes Ogust frames are told about: settings, policy and the pinned date (`env`);
 * dossier data when its revision moved (`dossiers`) — not the panel's findings alone, so a
 * correction on one tab no longer makes every open tab read its page again.
 */
import { describe, expect, it, vi } from 'vitest';
import { indexOf } from '../dossier/keys';
import { EMPTY_STORE, revised, withPageFindings, type DossierStore } from '../dossier/store';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { noticesFor } = await import('./change-notices');

const client = {
  key: 'code:CLI00042',
  aliases: ['code:CLI00042'],
  lastActivity: 1,
  intervenants: [],
} as DossierStore['clients'][string];
const withClient: DossierStore = { ...EMPTY_STORE, clients: { [client.key]: client } };
/** A write of the index (lib/dossier/keys.ts), as storage.onChanged reports it. */
const dossiers = (oldValue: DossierStore | undefined, newValue: DossierStore | undefined) => ({
  'oc.dossiers.index': { oldValue: oldValue && indexOf(oldValue), newValue: newValue && indexOf(newValue) },
});

describe('noticesFor', () => {
  it('tells of data writes, the first write and old stores; not of findings only, nor of a clear', () => {
    const v1 = revised(withClient, EMPTY_STORE);
    expect(noticesFor(dossiers(undefined, v1), 'local')).toEqual(['dossiers']);
    const findings = withPageFindings(
      v1,
      'client',
      client.key,
      'client.definition',
      { page: 'client.definition', readAt: 2, findings: [] },
      60_000,
    );
    expect(findings.changed).toBe(true);
    // The findings are written in their entity's key alone.
    expect(noticesFor({ 'oc.dossier:c:code:CLI00042': { newValue: {} } }, 'local')).toEqual([]);
    expect(noticesFor(dossiers(v1, findings.store), 'local')).toEqual([]);
    expect(noticesFor(dossiers(findings.store, revised(findings.store, findings.store)), 'local')).toEqual([
      'dossiers',
    ]);
    // « Effacer toutes les données »: open pages are not re-read (they would store their dossier again).
    expect(noticesFor(dossiers(v1, undefined), 'local')).toEqual([]);
    expect(noticesFor(dossiers(EMPTY_STORE, withClient), 'local')).toEqual(['dossiers']); // before revisions
    expect(noticesFor(dossiers(EMPTY_STORE, v1), 'session')).toEqual([]);
  });

  it('tells of settings, the pinned date and the policy; not of the notes', () => {
    expect(noticesFor({ 'oc.settings': {} }, 'local')).toEqual(['env']);
    expect(noticesFor({ 'oc.debug.today': {} }, 'local')).toEqual(['env']);
    expect(noticesFor({ agencyPhone: {} }, 'managed')).toEqual(['env']);
    expect(noticesFor({ 'oc.notes': {} }, 'local')).toEqual([]);
    expect(noticesFor({ 'oc.settings': {}, ...dossiers(undefined, withClient) }, 'local')).toEqual([
      'env',
      'dossiers',
    ]);
  });
});
