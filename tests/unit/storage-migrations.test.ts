/**
 * Nothing lost: the stored dossier store and notes are versioned; an older version is migrated, an
 * unknown future version is kept and never written over; the retention purge drops what is older
 * than the setting and nothing else. The pure side: the background's storage side (one key per
 * entity, failures, clear-all) is tested in dossier-storage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { migrateStore } from '../../lib/dossier/migrate';
import { EMPTY_STORE, mergeRecord, purge, STORE_VERSION, type DossierStore } from '../../lib/dossier/store';
import { EMPTY_NOTES, migrateNotes, NOTES_VERSION, purgeNotes, withEntry } from '../../lib/notes/notes';
import type { FieldRead, PageRecord } from '../../lib/model/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 12);

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

function storeWith(...stamps: number[]): DossierStore {
  let s = EMPTY_STORE;
  stamps.forEach((t, i) => {
    s = mergeRecord(s, fiche({ 'client.code': `CLI0000${i}`, 'client.nom': `NOM${i}` }), { readAt: t }).store;
  });
  return s;
}

describe('dossier store migrations (lib/dossier/migrate.ts)', () => {
  it('starts empty and writable when nothing is stored', () => {
    expect(migrateStore(undefined)).toEqual({ writable: true, store: EMPTY_STORE });
  });

  it('reads the current version as is', () => {
    const s = storeWith(NOW);
    const got = migrateStore(structuredClone(s));
    expect(got.writable).toBe(true);
    expect(got.store).toEqual(s);
  });

  it('migrates a store written before the version field (version 0) and keeps its dossiers', () => {
    const { version: _, ...old } = storeWith(NOW, NOW - DAY);
    const got = migrateStore(old);
    expect(got.writable).toBe(true);
    expect(got.store.version).toBe(STORE_VERSION);
    expect(Object.keys(got.store.clients)).toHaveLength(2);
  });

  it('runs each migration step in order up to the current version', () => {
    const steps = {
      1: (o: Record<string, unknown>) => ({ ...o, version: 2 }),
      [-2]: (o: Record<string, unknown>) => ({ ...o, version: -1, a: 1 }),
      [-1]: (o: Record<string, unknown>) => ({ ...o, version: 0, b: (o.a as number) + 1 }),
      0: (o: Record<string, unknown>) => ({
        ...o,
        version: 1,
        clients: { k: { aliases: [], lastActivity: o.b } },
      }),
    };
    const got = migrateStore({ version: -2, intervenants: {} }, steps);
    expect(got).toEqual({
      writable: true,
      store: { version: 2, clients: { k: { aliases: [], lastActivity: 2 } }, intervenants: {} },
    });
  });

  it('keeps a store of an unknown future version untouched and marks it not writable', () => {
    const future = { version: STORE_VERSION + 1, clients: { x: { whatever: true } }, extra: [1, 2] };
    const got = migrateStore(future);
    expect(got.writable).toBe(false);
    expect(got.store).toEqual(EMPTY_STORE);
    expect(got).toHaveProperty('raw', future);
  });

  it('never writes over something it cannot read (not an object, odd version, missing step)', () => {
    for (const raw of ['texte', 42, [1], { version: 'deux' }, { version: 1.5 }, { version: -7 }])
      expect(migrateStore(raw).writable, JSON.stringify(raw)).toBe(false);
  });

  it('drops a damaged entity alone', () => {
    const s = storeWith(NOW);
    const damaged = { ...s, clients: { ...s.clients, broken: 'pas un dossier', half: { aliases: 'x' } } };
    expect(migrateStore(damaged).store.clients).toEqual(s.clients);
  });
});

describe('notes migrations (lib/notes/notes.ts migrateNotes)', () => {
  it('starts empty and writable', () => {
    expect(migrateNotes(undefined)).toEqual({ writable: true, store: EMPTY_NOTES });
  });

  it('fills the defaults of an older entry and keeps what was typed', () => {
    const got = migrateNotes({ version: NOTES_VERSION, dossiers: { 'code:CLI1': { call: { q1: 'oui' } } } });
    expect(got.writable).toBe(true);
    expect(got.store.dossiers['code:CLI1']).toEqual({
      updatedAt: 0,
      manual: {},
      call: { q1: 'oui' },
      tasks: {},
    });
  });

  it('keeps a future version untouched (not writable, raw kept)', () => {
    const raw = { version: NOTES_VERSION + 3, dossiers: { a: { manual: { x: true }, newField: 1 } } };
    const got = migrateNotes(raw);
    expect(got.writable).toBe(false);
    expect(got).toHaveProperty('raw', raw);
  });

  it('drops an invalid entry alone', () => {
    const got = migrateNotes({
      version: NOTES_VERSION,
      dossiers: { good: { manual: { a: true } }, bad: { manual: 'non' } },
    });
    expect(Object.keys(got.store.dossiers)).toEqual(['good']);
  });
});

describe('retention purge', () => {
  it('purge drops dossiers older than the setting and nothing else', () => {
    const s = storeWith(NOW, NOW - 29 * DAY, NOW - 30 * DAY, NOW - 30 * DAY - 1, NOW - 400 * DAY);
    const kept = purge(s, NOW, 30);
    expect(Object.values(kept.clients).map((c) => c.lastActivity)).toEqual([
      NOW,
      NOW - 29 * DAY,
      NOW - 30 * DAY,
    ]);
    // The kept entities are the very same objects: nothing else changed.
    for (const [k, c] of Object.entries(kept.clients)) expect(c).toBe(s.clients[k]);
    expect(Object.keys(purge(s, NOW, 500).clients)).toHaveLength(5);
  });

  it('purgeNotes drops entries not changed for the setting and returns the same store when nothing expires', () => {
    let n = EMPTY_NOTES;
    n = withEntry(n, 'old', (e) => ({ ...e, manual: { a: true } }), NOW - 31 * DAY);
    n = withEntry(n, 'edge', (e) => e, NOW - 30 * DAY);
    n = withEntry(n, 'new', (e) => ({ ...e, call: { q: 'x' } }), NOW - DAY);
    const kept = purgeNotes(n, NOW, 30);
    expect(Object.keys(kept.dossiers).sort()).toEqual(['edge', 'new']);
    expect(kept.dossiers.new).toBe(n.dossiers.new);
    expect(purgeNotes(kept, NOW, 30)).toBe(kept);
  });
});
