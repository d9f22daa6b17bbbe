/**
 * A list page is judged in the background (background/dossier-service.ts): its findings come back
 * as the page would have judged them, without the dossier's rows; a re-read sends only the rows that
 * changed (lib/dossier/row-delta.ts) and is judged as if sent whole; a delta whose base the
 * background lost (service worker restarted) is refused, nothing stored, so the page sends it whole.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dossierFor } from '../../lib/dossier/store';
import { diffRows, rowSignature } from '../../lib/dossier/row-delta';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PageRecord } from '../../lib/model/types';
import { judgePage } from '../../rules';
import { mem } from '../support/memory-storage';
import { planningRecord, presta, TODAY } from '../support/planning';

vi.mock('wxt/browser', () => import('../support/memory-storage'));

const service = () => import('../../background/dossier-service');

/** Mme DURAND's planning: three prestations, the one of `brouillon` (index) still in Brouillon. */
function planning(brouillon: number): PageRecord {
  const rows = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d, i) =>
    presta(d, '09:00', '11:00', {
      intervenant: 'MARTIN Sophie',
      statut: i === brouillon ? 'Brouillon' : 'Validée',
    }),
  );
  return {
    ...planningRecord('client.planning', rows),
    url: 'https://demo-agence.ogust.com/client-planning.php?id=42',
    owner: { kind: 'client', code: 'CLI00042', name: 'DURAND Jeanne' },
  };
}
const withoutRows = (r: PageRecord): PageRecord => ({ ...r, list: { ...r.list!, rows: [] } });
const brouillonRows = (findings: { rule: string; rows?: number[] }[] | undefined) =>
  findings?.filter((f) => f.rule === 'planning.brouillon').map((f) => f.rows);

beforeEach(() => {
  vi.resetModules(); // a fresh background: nothing in memory
  mem.reset();
  mem.data['oc.debug.today'] = TODAY;
});

describe('a list page judged in the background', () => {
  it('answers with the findings the page would judge, and without the dossier', async () => {
    const { handleRecord, readDossier } = await service();
    const record = planning(1);
    const reply = await handleRecord(record, 1, { rowsId: 'cadre:1' });
    expect(reply.view).toBeUndefined();
    expect(reply.rowsId).toBe('cadre:1');
    expect(brouillonRows(reply.findings)).toEqual([[1]]);
    // The same findings as the page judging its record with the dossier it was sent before.
    const store = await readDossier('client', reply.entity!.key);
    const dossier = dossierFor(store, 'client', reply.entity!.key);
    expect(dossier.client?.planning?.value.rows).toHaveLength(3);
    expect(reply.findings).toEqual(judgePage(record, DEFAULT_SETTINGS, TODAY, { dossier }));
  });

  it('judges a re-read sent as its changed rows as if it had been sent whole', async () => {
    const { handleRecord } = await service();
    const first = planning(1);
    await handleRecord(first, 1, { rowsId: 'cadre:1' });
    const edited = planning(2); // row 1 validated, row 2 back in Brouillon
    const parts = diffRows(first.list!.rows.map(rowSignature), edited.list!.rows);
    expect(parts).toEqual([[0, 1], edited.list!.rows[1], edited.list!.rows[2]]);
    const reply = await handleRecord(withoutRows(edited), 1, {
      rowsId: 'cadre:2',
      rows: { base: 'cadre:1', parts },
    });
    expect(reply.rowsUnknown).toBeUndefined();
    expect(brouillonRows(reply.findings)).toEqual([[2]]);
    // Sent whole to a background that never saw the first read: the same findings.
    vi.resetModules();
    const whole = await (await service()).handleRecord(edited, 1, { rowsId: 'autre:1' });
    expect(reply.findings).toEqual(whole.findings);
  });

  it('refuses a delta whose base it does not hold, and stores nothing', async () => {
    const { handleRecord } = await service();
    await handleRecord(planning(1), 1, { rowsId: 'cadre:1' });
    const sets = mem.sets;
    vi.resetModules(); // the service worker restarted: its memory is gone
    const reply = await (
      await service()
    ).handleRecord(withoutRows(planning(2)), 1, {
      rowsId: 'cadre:2',
      rows: { base: 'cadre:1', parts: [[0, 3]] },
    });
    expect(reply).toEqual({ rowsUnknown: true });
    expect(mem.sets).toBe(sets);
  });

  it("keeps the tab's entity in session storage when it changes, not at every re-read", async () => {
    const { handleRecord } = await service();
    const owners = () => mem.sessionSetKeys.filter((keys) => keys.includes('oc.session.owners')).length;
    await handleRecord(planning(1), 1, { rowsId: 'cadre:1' });
    expect(owners()).toBe(1);
    await handleRecord(planning(2), 1, { rowsId: 'cadre:2' });
    expect(owners()).toBe(1);
    await handleRecord(
      { ...planning(1), owner: { kind: 'client', code: 'CLI00043', name: 'PETIT Marc' } },
      1,
      {
        rowsId: 'cadre:3',
      },
    );
    expect(owners()).toBe(2);
  });
});
