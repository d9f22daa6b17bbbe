/**
 * The background's storage side (background/dossier-service.ts, lib/dossier/io.ts) against an in-memory
 * `storage.local`: one key per entity, a write touches only the entity it concerns, the version 0/1
 * store is migrated without loss, a refused write is retried once, then reported in French, and
 * nothing stored is damaged; retention by days and by a cap on stored dossiers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateStore } from '../../lib/dossier/migrate';
import { EMPTY_STORE, mergeRecord, STORE_VERSION, type DossierStore } from '../../lib/dossier/store';
import { EMPTY_NOTES, NOTES_VERSION, withEntry } from '../../lib/notes/notes';
import type { FieldRead, ListRow, PageRecord } from '../../lib/model/types';
import { mem } from '../support/memory-storage';

vi.mock('wxt/browser', () => import('../support/memory-storage'));

const DAY = 86_400_000;
const NOW = Date.now();
const INDEX = 'oc.dossiers.index';
const body = (key: string) => mem.data[`oc.dossier:c:${key}`] as Record<string, unknown> | undefined;
const index = () => mem.data[INDEX] as { version: number; clients: Record<string, { aliases: string[] }> };

const read = (value: string): FieldRead => ({
  state: 'read',
  value,
  label: 'x',
  via: 'label-for',
  control: true,
});
const fiche = (values: Record<string, string>): PageRecord => ({
  page: 'client.definition',
  url: 'https://demo-agence.ogust.com/client.php?id=42',
  unsaved: false,
  fields: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, read(v)])),
});
const client = (code: string, nom = `NOM ${code}`) => fiche({ 'client.codeClient': code, 'client.nom': nom });
const DURAND = { 'client.codeClient': 'CLI00042', 'client.nom': 'DURAND', 'client.prenom': 'Jeanne' };

/** A version 1 store (one key) with one client per time stamp. */
function legacyWith(...stamps: number[]): Omit<DossierStore, 'version'> & { version: number } {
  let s = EMPTY_STORE;
  stamps.forEach((t, i) => (s = mergeRecord(s, client(`CLI0000${i}`), { readAt: t }).store));
  return { ...s, version: 1 };
}

/** The real store the extension wrote before this version: the demo dossier walked in Chromium. */
const REAL_OLD = resolve(import.meta.dirname, '../fixtures/dossier-store-v1.json');

const service = () => import('../../background/dossier-service');

beforeEach(() => {
  vi.resetModules(); // a fresh background: nothing in memory
  mem.reset();
});

describe('one key per entity', () => {
  it('records a page into an empty store: its entity in its own key, its head in the index', async () => {
    const { handleRecord } = await service();
    const reply = await handleRecord(fiche(DURAND), 1);
    expect(reply.view).toEqual({ intervenants: [] }); // a fiche is judged on its own record
    expect(reply.entity?.key).toBe('code:CLI00042');
    expect(Object.keys(mem.data).sort()).toEqual(['oc.dossier:c:code:CLI00042', INDEX]);
    expect((body('code:CLI00042')?.definition as { value: Record<string, string> }).value['client.nom']).toBe(
      'DURAND',
    );
    expect(index().version).toBe(2);
    expect(index().clients['code:CLI00042']?.aliases).toContain('code:CLI00042');
    expect(reply.storeError).toBeUndefined();
  });

  it('a record write touches only the entity it concerns (and the index), in one set', async () => {
    const { handleRecord } = await service();
    for (const code of ['CLI1', 'CLI2', 'CLI3']) await handleRecord(client(code), 1);
    mem.setKeys = [];
    await handleRecord(client('CLI2', 'NOUVEAU NOM'), 2);
    expect(mem.setKeys).toEqual([['oc.dossier:c:code:CLI2', INDEX]]);
  });

  it('stores planning rows as columns once and values per row', async () => {
    const { handleRecord } = await service();
    const row = (date: string) => ({
      cells: { 'prestation.date': date, 'prestation.intervenant': 'DUBOIS Laura', 'prestation.duree': '2h' },
    });
    await handleRecord(
      {
        page: 'client.planning',
        url: '',
        unsaved: false,
        fields: {},
        owner: { kind: 'client', code: 'CLI1' },
        list: {
          key: 'prestation',
          columns: [],
          rows: [row('01/12/2026'), row('02/12/2026')],
          period: { from: '2026-12-01', to: '2026-12-31' },
          complete: true,
        },
      },
      1,
    );
    const planning = body('code:CLI1')?.planning as { value: { rows: unknown } };
    expect(planning.value.rows).toEqual({
      c: ['prestation.date', 'prestation.intervenant', 'prestation.duree'],
      d: [['01/12/2026', '02/12/2026'], ['DUBOIS Laura'], ['2h']],
      r: [
        [1, 1, 1],
        [2, 1, 1],
      ],
    });
    const { readStore } = await import('../../background/dossier-service');
    expect((await readStore()).clients['code:CLI1']?.planning?.value.rows).toEqual([
      row('01/12/2026'),
      row('02/12/2026'),
    ]);
  });
});

describe('a write storage refuses', () => {
  it('is retried once, reported in French, leaves storage and memory as they were; the next write clears it', async () => {
    const { handleRecord, readStore } = await service();
    await handleRecord(client('CLI1'), 1);
    const stored = structuredClone(mem.data);
    mem.sets = 0;
    mem.fail = new Error('QUOTA_BYTES quota exceeded');
    const reply = await handleRecord(client('CLI2'), 1);
    expect(mem.sets).toBe(2); // the write and its one retry
    expect(reply.storeError).toMatch(
      /^Enregistrement impossible : .*« Effacer les dossiers de plus de 7 jours »/,
    );
    expect(mem.data).toEqual(stored);
    expect(Object.keys((await readStore()).clients)).toEqual(['code:CLI1']); // memory moved only on success
    mem.fail = new Error('IO error: disk');
    expect((await handleRecord(client('CLI2'), 1)).storeError).toMatch(
      /^Enregistrement impossible : le navigateur a refusé/,
    );
    mem.fail = null;
    expect((await handleRecord(client('CLI2'), 1)).storeError).toBeUndefined();
    expect(Object.keys((await readStore()).clients).sort()).toEqual(['code:CLI1', 'code:CLI2']);
  });
});

describe('one write per page visit', () => {
  it("stores the page's findings with its record: the page's own report then writes nothing", async () => {
    const { judgePage } = await import('../../rules');
    const { toStoredFindings } = await import('../../lib/model/page-findings');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings/settings');
    const { handleRecord, handleFindings } = await service();
    mem.data['oc.debug.today'] = '2026-12-01';
    const record = fiche({ ...DURAND, 'client.email': 'pas-un-courriel' });
    const reply = await handleRecord(record, 1);
    expect(mem.setKeys).toEqual([['oc.dossier:c:code:CLI00042', INDEX]]);
    // What the page judges and reports (entrypoints/content.ts), as the background keeps it.
    const findings = judgePage(record, DEFAULT_SETTINGS, '2026-12-01', { dossier: reply.view });
    expect(findings.length).toBeGreaterThan(0);
    const stored = body('code:CLI00042')?.findings as Record<string, { findings: unknown[] }>;
    expect(stored['client.definition']?.findings).toEqual(toStoredFindings(findings));
    await handleFindings(reply.entity!, {
      page: record.page,
      readAt: Date.now(),
      url: record.url,
      findings: toStoredFindings(findings),
    });
    expect(mem.sets).toBe(1);
  });
});

describe('migration from the one-key store (versions 0 and 1)', () => {
  it('migrates the real store of the previous version without losing anything, then removes the old key', async () => {
    const old = JSON.parse(readFileSync(REAL_OLD, 'utf8')) as DossierStore;
    expect(old.version).toBe(1);
    expect(Object.keys(old.clients).length + Object.keys(old.intervenants).length).toBeGreaterThan(1);
    mem.data['oc.dossiers'] = structuredClone(old);
    mem.data['oc.settings'] = { userName: 'Camille Martin' };
    const { readStore } = await service();
    const got = await readStore();
    const { version: _v, ...oldEntities } = old;
    const { version, ...entities } = got;
    expect(version).toBe(STORE_VERSION);
    expect(entities).toEqual(oldEntities);
    expect(mem.data['oc.dossiers']).toBeUndefined();
    expect(mem.data['oc.settings']).toEqual({ userName: 'Camille Martin' });
    // After a restart, the same store from the new keys.
    vi.resetModules();
    const again = await (await service()).readStore();
    expect(again).toEqual(got);
  });

  it('keeps the old key when the migration cannot be written, and writes it all at the next write', async () => {
    const old = legacyWith(NOW, NOW - DAY);
    mem.data['oc.dossiers'] = structuredClone(old);
    mem.fail = new Error('QUOTA_BYTES quota exceeded');
    const { handleRecord, readStore } = await service();
    const reply = await handleRecord(client('CLI9'), 1);
    expect(reply.storeError).toMatch(/^Enregistrement impossible : l’espace de stockage/);
    expect(mem.data).toEqual({ 'oc.dossiers': old });
    mem.fail = null;
    await handleRecord(client('CLI9'), 1);
    expect(mem.data['oc.dossiers']).toBeUndefined();
    expect(Object.keys((await readStore()).clients).sort()).toEqual([
      'code:CLI00000',
      'code:CLI00001',
      'code:CLI9',
    ]);
  });

  it('never writes over a store of a newer version (old key or index) and says so', async () => {
    for (const [key, future] of [
      ['oc.dossiers', { version: 9, clients: { keep: 'me' }, intervenants: {} }],
      [INDEX, { version: 9, clients: { keep: 'me' }, intervenants: {}, more: [1] }],
    ] as const) {
      vi.resetModules();
      mem.reset();
      mem.data[key] = structuredClone(future);
      const { handleRecord, purgeStored } = await service();
      const reply = await handleRecord(fiche(DURAND), 1);
      expect(reply.storeError).toMatch(/^Enregistrement impossible : .*version plus récente/);
      await purgeStored(NOW);
      expect(mem.data).toEqual({ [key]: future });
    }
  });
});

describe('retention', () => {
  it('purgeStored drops old dossiers and notes, keeps recent ones and the settings', async () => {
    mem.data['oc.dossiers'] = legacyWith(NOW, NOW - 10 * DAY, NOW - 40 * DAY);
    let notes = withEntry(EMPTY_NOTES, 'old', (e) => e, NOW - 40 * DAY);
    notes = withEntry(notes, 'recent', (e) => ({ ...e, call: { q: 'r' } }), NOW - 2 * DAY);
    mem.data['oc.notes'] = notes;
    mem.data['oc.settings'] = { userName: 'Camille Martin' };
    await (await service()).purgeStored(NOW);
    expect(Object.keys(index().clients).sort()).toEqual(['code:CLI00000', 'code:CLI00001']);
    expect(body('code:CLI00002')).toBeUndefined();
    expect(Object.keys((mem.data['oc.notes'] as typeof notes).dossiers)).toEqual(['recent']);
    expect(mem.data['oc.settings']).toEqual({ userName: 'Camille Martin' });
  });

  it('writes nothing when nothing expires', async () => {
    const { handleRecord } = await service();
    await handleRecord(client('CLI1'), 1);
    vi.resetModules();
    mem.sets = 0;
    await (await service()).purgeStored(NOW + 20 * DAY);
    expect(mem.sets).toBe(0);
  });

  it('drops the least recently active beyond the cap, without rewriting the ones kept', async () => {
    mem.data['oc.settings'] = { delays: { maxDossiers: 2 } };
    const { handleRecord } = await service();
    for (const code of ['CLI1', 'CLI2']) await handleRecord(client(code), 1);
    await new Promise((r) => setTimeout(r, 5));
    await handleRecord(client('CLI1', 'ENCORE'), 1); // CLI1 active again: CLI2 is now the oldest
    mem.setKeys = [];
    await handleRecord(client('CLI3'), 1);
    expect(Object.keys(index().clients).sort()).toEqual(['code:CLI1', 'code:CLI3']);
    expect(body('code:CLI2')).toBeUndefined();
    expect(mem.setKeys).toEqual([['oc.dossier:c:code:CLI3', INDEX]]);
  });

  it('keeps notes of a newer version through a purge', async () => {
    const future = { version: NOTES_VERSION + 1, dossiers: { old: { updatedAt: 0 } } };
    mem.data['oc.notes'] = structuredClone(future);
    await (await service()).purgeStored(NOW);
    expect(mem.data['oc.notes']).toEqual(future);
  });

  it('clearAllData clears dossiers and notes, keeps settings, and the next record starts afresh', async () => {
    const { clearAllData, handleRecord, readStore } = await service();
    await handleRecord(fiche(DURAND), 1);
    mem.data['oc.notes'] = withEntry(EMPTY_NOTES, 'code:CLI00042', (e) => e, NOW);
    mem.data['oc.settings'] = { userName: 'Camille Martin' };
    await clearAllData();
    expect(mem.data).toEqual({ 'oc.settings': { userName: 'Camille Martin' } });
    await handleRecord(client('CLI00099'), 1);
    expect(Object.keys((await readStore()).clients)).toEqual(['code:CLI00099']);
  });
});

describe('legacy one-key store read as is (lib/dossier/migrate.ts)', () => {
  it('reads a version 1 store into the current version', () => {
    const got = migrateStore(legacyWith(NOW));
    expect(got.writable).toBe(true);
    expect(got.store.version).toBe(STORE_VERSION);
  });
});

describe('a record the background cannot read', () => {
  it('is not stored, and the page is told in French what to do', async () => {
    const { handleRecord } = await service();
    const other = { ...fiche(DURAND), page: 'client.factures' } as unknown as PageRecord;
    const reply = await handleRecord(other, 1);
    expect(reply.storeError).toBe(
      'Enregistrement impossible : cette page a été lue par une autre version de l’extension. Rechargez la page.',
    );
    expect(mem.data).toEqual({});
  });

  it('is refused when a row of a change to the last rows is not a row', async () => {
    const { handleRecord } = await service();
    const planning = {
      page: 'client.planning',
      url: 'https://demo-agence.ogust.com/client-planning.html',
      fields: {},
      unsaved: false,
      list: { key: 'prestation', columns: ['prestation.date'], rows: [], complete: true },
    } as unknown as PageRecord;
    const bad = { cells: { 'prestation.date': 42 } } as unknown as ListRow;
    const reply = await handleRecord(planning, 1, {
      rowsId: 'f:2',
      rows: { base: 'f:1', parts: [[0, 3], bad] },
    });
    expect(reply.storeError).toMatch(/^Enregistrement impossible : /);
    expect(reply.rowsUnknown).toBeUndefined();
    expect(mem.data).toEqual({});
  });
});
