import { describe, expect, it } from 'vitest';
import { dossierFor, EMPTY_STORE, maskIban, maskNir, mergePeriods, mergeRecord, purge } from './store';
import { nameKey, sameName } from '../text/identity';
import type { FieldRead, ListRow, PageKey, PageRecord } from '../model/types';

const read = (value: string): FieldRead => ({
  state: 'read',
  value,
  label: 'x',
  via: 'label-for',
  control: true,
});
function fiche(page: PageKey, values: Record<string, string>, url = ''): PageRecord {
  return {
    page,
    url,
    unsaved: false,
    fields: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, read(v)])),
  };
}
const row = (cells: Record<string, string>): ListRow => ({ cells });
function planning(
  rows: ListRow[],
  period: { from: string; to: string },
  complete = true,
  owner = 'CLI00042',
): PageRecord {
  return {
    page: 'client.planning',
    url: '',
    unsaved: false,
    fields: {},
    owner: { kind: 'client', code: owner },
    list: { key: 'prestation', columns: [], rows, period, complete },
  };
}
const presta = (date: string, intervenant = 'DUBOIS Laura') =>
  row({
    'prestation.date': date,
    'prestation.debut': '8h00',
    'prestation.duree': '2h',
    'prestation.prestation': 'Aide',
    'prestation.intervenant': intervenant,
  });

describe('identity', () => {
  it('treats « DUPONT Jeanne » and « Jeanne Dupont » (and a civilité) as the same person', () => {
    expect(nameKey('DUPONT Jeanne')).toBe(nameKey('Jeanne Dupont'));
    expect(sameName('Mme DURAND Jeanne', 'jeanne durand')).toBe(true);
    expect(sameName('DURAND Jeanne', 'DURAND Paul')).toBe(false);
  });
});

describe('projection', () => {
  it('stores NIR and IBAN masked, never raw', () => {
    const r = mergeRecord(
      EMPTY_STORE,
      fiche('client.definition', {
        'client.codeClient': 'CLI00042',
        'client.nom': 'DURAND',
        'client.prenom': 'Jeanne',
        'client.nir': '2 55 08 14 168 025 38',
        'client.iban': 'FR76 3000 6000 0112 3456 7890 189',
      }),
      { readAt: 1 },
    );
    const json = JSON.stringify(r.store);
    expect(json).not.toContain('1416802538');
    expect(json).not.toContain('30006000011234567890189');
    expect(r.store.clients['code:CLI00042']?.definition?.value['client.nir']).toBe('2 55 08 •• ••• ••• 38');
    expect(maskNir('255081416802538')).toBe('2 55 08 •• ••• ••• 38');
    expect(maskIban('FR7630006000011234567890189')).toBe('FR76 •••• 189');
  });
});

describe('planning accumulation', () => {
  it('is partial after one month, complete once the periods cover a year from the first prestation', () => {
    let store = EMPTY_STORE;
    store = mergeRecord(store, planning([presta('01/12/2026')], { from: '2026-12-01', to: '2026-12-31' }), {
      readAt: 1,
    }).store;
    expect(store.clients['code:CLI00042']?.planning?.value.complete).toBe(false);
    store = mergeRecord(store, planning([presta('05/06/2027')], { from: '2027-01-01', to: '2027-12-31' }), {
      readAt: 2,
    }).store;
    const p = store.clients['code:CLI00042']!.planning!.value;
    expect(p.rows).toHaveLength(2);
    expect(p.periods).toEqual([{ from: '2026-12-01', to: '2027-12-31' }]);
    expect(p.complete).toBe(true);
  });

  it('does not count a paginated read as covering its period', () => {
    const r = mergeRecord(
      EMPTY_STORE,
      planning([presta('01/12/2026')], { from: '2026-12-01', to: '2027-12-31' }, false),
      { readAt: 1 },
    );
    expect(r.store.clients['code:CLI00042']?.planning?.value.complete).toBe(false);
  });

  it('replaces the rows of a period read again (a deleted prestation disappears)', () => {
    let store = mergeRecord(
      EMPTY_STORE,
      planning([presta('01/12/2026'), presta('02/12/2026')], { from: '2026-12-01', to: '2026-12-31' }),
      { readAt: 1 },
    ).store;
    store = mergeRecord(store, planning([presta('01/12/2026')], { from: '2026-12-01', to: '2026-12-31' }), {
      readAt: 2,
    }).store;
    expect(store.clients['code:CLI00042']?.planning?.value.rows).toHaveLength(1);
  });

  it('merges adjacent and overlapping periods', () => {
    expect(
      mergePeriods([
        { from: '2027-01-01', to: '2027-01-31' },
        { from: '2026-12-01', to: '2026-12-31' },
        { from: '2027-03-01', to: '2027-03-31' },
      ]),
    ).toEqual([
      { from: '2026-12-01', to: '2027-01-31' },
      { from: '2027-03-01', to: '2027-03-31' },
    ]);
  });
});

describe('linking', () => {
  it('links the AVS of the planning to the client, and finds the client from the AVS fiche', () => {
    let store = mergeRecord(
      EMPTY_STORE,
      planning([presta('01/12/2026', 'DUBOIS Laura')], { from: '2026-12-01', to: '2026-12-31' }),
      { readAt: 1 },
    ).store;
    const avs = mergeRecord(
      store,
      fiche('intervenant.definition', {
        'intervenant.matricule': 'SA00017',
        'intervenant.nom': 'Dubois',
        'intervenant.prenom': 'Laura',
      }),
      { readAt: 2 },
    );
    store = avs.store;
    expect(avs.key).toBe('code:SA00017');
    const view = dossierFor(store, 'intervenant', avs.key);
    expect(view.client?.code).toBe('CLI00042');
    expect(view.currentIntervenant).toBe('code:SA00017');
    expect(view.intervenants.map((i) => i.key)).toEqual(['code:SA00017']);
  });

  it('merges the tabs of one contract window by the id in its URL', () => {
    const owner = { kind: 'intervenant' as const, code: 'SA00017' };
    let store = mergeRecord(
      EMPTY_STORE,
      {
        ...fiche('intervenant.contrat', { 'contrat.type': 'CDI' }, 'https://x.ogust.com/c?id_contrat=501'),
        owner,
      },
      { readAt: 1 },
    ).store;
    store = mergeRecord(
      store,
      {
        ...fiche(
          'intervenant.contrat',
          { 'contrat.tauxHoraire': '12,50' },
          'https://x.ogust.com/c?id_contrat=501&onglet=2',
        ),
        owner,
      },
      { readAt: 2 },
    ).store;
    const contrats = store.intervenants['code:SA00017']!.contrats;
    expect(contrats).toHaveLength(1);
    expect(contrats[0]!.fields.value).toEqual({ 'contrat.type': 'CDI', 'contrat.tauxHoraire': '12,50' });
  });

  it('gives the same store when the same read is merged again (no write, no re-read loop)', () => {
    const owner = { kind: 'intervenant' as const, code: 'SA00017' };
    const a = {
      ...fiche('intervenant.contrat', { 'contrat.type': 'CDI' }, 'https://x.ogust.com/c?id_contrat=501'),
      owner,
    };
    const b = {
      ...fiche('intervenant.contrat', { 'contrat.type': 'CDD' }, 'https://x.ogust.com/c?id_contrat=502'),
      owner,
    };
    let store = mergeRecord(EMPTY_STORE, a, { readAt: 1 }).store;
    store = mergeRecord(store, b, { readAt: 1 }).store;
    const again = mergeRecord(store, a, { readAt: 1 }).store;
    expect(JSON.stringify(again)).toBe(JSON.stringify(store));
  });

  it('uses the fiche last read in the tab when a list page names nobody', () => {
    const anonymous: PageRecord = {
      ...planning([presta('01/12/2026')], { from: '2026-12-01', to: '2026-12-31' }),
      owner: { kind: 'client' },
    };
    const r = mergeRecord(EMPTY_STORE, anonymous, {
      readAt: 1,
      lastOwner: { kind: 'client', key: 'code:CLI00042' },
    });
    expect(r.key).toBe('code:CLI00042');
  });
});

describe('placeholders are not intervenants (unassigned words, cancelled rows)', () => {
  const withStatut = (date: string, intervenant: string, statut: string) =>
    row({ ...presta(date, intervenant).cells, 'prestation.statut': statut });

  it('links neither « Non affecté » nor « À pourvoir » from the planning, but the real AVS', () => {
    const r = mergeRecord(
      EMPTY_STORE,
      planning(
        [
          presta('01/12/2026', 'Non affecté'),
          presta('02/12/2026', 'À pourvoir'),
          presta('03/12/2026', 'DUBOIS Laura'),
        ],
        { from: '2026-12-01', to: '2026-12-31' },
      ),
      { readAt: 1 },
    );
    expect(r.store.clients['code:CLI00042']!.intervenants).toEqual(['name:DUBOIS LAURA']);
    expect(Object.keys(r.store.intervenants)).toEqual(['name:DUBOIS LAURA']);
  });

  it("follows the settings' words (« Personne » added)", () => {
    const r = mergeRecord(
      EMPTY_STORE,
      planning([presta('01/12/2026', 'Personne'), presta('03/12/2026', 'DUBOIS Laura')], {
        from: '2026-12-01',
        to: '2026-12-31',
      }),
      {
        readAt: 1,
        settings: { tolerances: { horizonJours: 7, heuresPourcent: 10 }, unassignedWords: ['Personne'] },
      },
    );
    expect(Object.keys(r.store.intervenants)).toEqual(['name:DUBOIS LAURA']);
  });

  it('does not link a name seen only on cancelled rows', () => {
    const r = mergeRecord(
      EMPTY_STORE,
      planning(
        [
          withStatut('01/12/2026', 'MARTIN Paul', 'Annulée'),
          withStatut('02/12/2026', 'DUBOIS Laura', 'Réalisée'),
        ],
        { from: '2026-12-01', to: '2026-12-31' },
      ),
      { readAt: 1 },
    );
    expect(r.store.clients['code:CLI00042']!.intervenants).toEqual(['name:DUBOIS LAURA']);
  });

  it('links no placeholder from the contrats de mandat', () => {
    const contrats: PageRecord = {
      page: 'client.contrats',
      url: '',
      unsaved: false,
      fields: {},
      owner: { kind: 'client', code: 'CLI00042' },
      list: {
        key: 'mandat',
        columns: [],
        rows: [row({ 'mandat.intervenant': 'À pourvoir' }), row({ 'mandat.intervenant': 'DUBOIS Laura' })],
        complete: true,
      },
    };
    const r = mergeRecord(EMPTY_STORE, contrats, { readAt: 1 });
    expect(r.store.clients['code:CLI00042']!.intervenants).toEqual(['name:DUBOIS LAURA']);
  });
});

describe('retention', () => {
  it('purges what is older than the retention and keeps the rest', () => {
    const day = 86_400_000;
    let store = mergeRecord(
      EMPTY_STORE,
      fiche('client.definition', { 'client.codeClient': 'CLI1', 'client.nom': 'A' }),
      { readAt: 0 },
    ).store;
    store = mergeRecord(
      store,
      fiche('client.definition', { 'client.codeClient': 'CLI2', 'client.nom': 'B' }),
      { readAt: 20 * day },
    ).store;
    const kept = purge(store, 31 * day, 30);
    expect(Object.keys(kept.clients)).toEqual(['code:CLI2']);
  });
});
