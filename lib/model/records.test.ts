/**
 * parsePageRecord: what the background accepts from a content script. The records below are written
 * by hand from the shapes of lib/model/types.ts, not produced by the reader.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { listRecordSchema, ownerSchema, pageRecordSchema, parsePageRecord } from './records';
import type { ListRecord, Owner, PageRecord } from './types';

const fiche = {
  page: 'client.definition',
  url: 'https://demo-agence.ogust.com/client/fiche?id=42',
  fields: {
    'client.nom': { state: 'read', value: 'DURAND', label: 'Nom', via: 'cell-left', control: false },
    'client.nir': { state: 'read', value: '', label: 'N° INSEE', via: 'binding', control: true },
    'client.email': { state: 'absent' },
    'client.telephone': { state: 'ambiguous', candidates: 2, label: 'Téléphone' },
  },
  unsaved: false,
  owner: { kind: 'client', code: 'CLI00042', urlId: '42', name: 'Mme DURAND Jeanne' },
};

const planning = {
  page: 'client.planning',
  url: 'https://demo-agence.ogust.com/client/planning?id=42',
  fields: {},
  unsaved: false,
  list: {
    key: 'prestation',
    columns: ['prestation.date', 'prestation.intervenant'],
    rows: [
      { cells: { 'prestation.date': '04/01/2027', 'prestation.intervenant': 'MARTIN Julie' } },
      { cells: {} },
    ],
    period: { from: '2027-01-01', to: '2027-01-31' },
    complete: true,
  },
};

describe('parsePageRecord', () => {
  it('has a schema with the keys of the types (tsc checks it: a key added to one only would be dropped)', () => {
    expectTypeOf<keyof z.infer<typeof pageRecordSchema>>().toEqualTypeOf<keyof PageRecord>();
    expectTypeOf<keyof z.infer<typeof listRecordSchema>>().toEqualTypeOf<keyof ListRecord>();
    expectTypeOf<keyof z.infer<typeof ownerSchema>>().toEqualTypeOf<keyof Owner>();
  });

  it('returns a record as it was sent: every field state, a list with its period, an owner', () => {
    expect(parsePageRecord(fiche)).toEqual(fiche);
    expect(parsePageRecord(planning)).toEqual(planning);
  });

  it('accepts a record without list or owner, and drops keys a record does not have', () => {
    const bare = { page: 'connect.task', url: 'https://x.test/', fields: {}, unsaved: true };
    expect(parsePageRecord(bare)).toEqual(bare);
    expect(parsePageRecord({ ...bare, extra: 1 })).toEqual(bare);
  });

  it.each([
    ['not an object', 'client.definition'],
    ['null', null],
    ['a page this build does not know', { ...fiche, page: 'client.factures' }],
    ['no url', { ...fiche, url: undefined }],
    ['unsaved missing', { ...fiche, unsaved: undefined }],
    ['a field state this build does not know', { ...fiche, fields: { 'client.nom': { state: 'guessed' } } }],
    [
      'a read field without its label',
      { ...fiche, fields: { 'client.nom': { state: 'read', value: 'X', via: 'aria', control: false } } },
    ],
    [
      'an unknown association',
      {
        ...fiche,
        fields: { 'client.nom': { state: 'read', value: 'X', label: 'Nom', via: 'xpath', control: false } },
      },
    ],
    ['an unknown list', { ...planning, list: { ...planning.list, key: 'facture' } }],
    [
      'a cell that is not text',
      { ...planning, list: { ...planning.list, rows: [{ cells: { 'prestation.date': 4 } }] } },
    ],
    ['a list without complete', { ...planning, list: { ...planning.list, complete: undefined } }],
    ['an owner of another kind', { ...fiche, owner: { kind: 'famille' } }],
  ])('refuses %s', (_, x) => {
    expect(parsePageRecord(x)).toBeNull();
  });
});
