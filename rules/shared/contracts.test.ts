import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import {
  addMonthsMinusOneDay,
  contractDate,
  exonerationCategory,
  firstPrestationOfAvs,
  grilleOf,
  grilleStatus,
  isDossierClient,
  saysSansEssai,
} from './contracts';
import { cddEssaiMax } from '../intervenant/contrat';
import { dossier, prestation, READ_AT } from '../../tests/support/contracts';

const withGrille = (grille: Settings['legal']['grille']): Settings => ({
  ...DEFAULT_SETTINGS,
  legal: { ...DEFAULT_SETTINGS.legal, grille },
});

describe('addMonthsMinusOneDay (« start + N months − 1 day »)', () => {
  it.each([
    ['2025-12-01', 1, '2025-12-31'],
    ['2026-01-15', 1, '2026-02-14'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2028-01-29', 1, '2028-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-01', 1, '2026-03-31'],
    ['2026-03-02', 2, '2026-05-01'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2026-01-01', 6, '2026-06-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months − 1 day = %s', (start, months, expected) => {
    expect(addMonthsMinusOneDay(start, months)).toBe(expected);
  });
});

describe('contract dates', () => {
  it('parses French dates, two-digit years ahead of today included', () => {
    expect(contractDate('02/03/2026', '2026-03-15')).toBe('2026-03-02');
    expect(contractDate('31/12/27', '2026-03-15')).toBe('2027-12-31');
    expect(contractDate('', '2026-03-15')).toBeNull();
    expect(contractDate('31/02/2026', '2026-03-15')).toBeNull();
  });
});

describe('CDD trial maximum', () => {
  it('caps a CDD of exactly 6 months at 2 weeks', () => {
    expect(cddEssaiMax('2026-01-01', '2026-01-01', '2026-06-30')).toEqual({
      max: '2026-01-14',
      cap: '2 semaines',
    });
  });
  it('gives 1 day per week of a CDD over 6 months, capped at 1 month', () => {
    expect(cddEssaiMax('2026-01-01', '2026-01-01', '2026-07-01').max).toBe('2026-01-26');
    expect(cddEssaiMax('2026-01-01', '2026-01-01', '2026-12-31')).toEqual({
      max: '2026-01-31',
      cap: '1 mois',
    });
  });
  it('gives 2 days for a 2-week CDD, none for a shorter one than a week', () => {
    expect(cddEssaiMax('2026-03-02', '2026-03-02', '2026-03-15').max).toBe('2026-03-03');
    expect(cddEssaiMax('2026-03-02', '2026-03-02', '2026-03-04').max).toBe('2026-03-01');
  });
});

describe('who is who', () => {
  const client = dossier().client;
  it('recognises the client by name in any order, with civilité, or by code', () => {
    expect(isDossierClient('Jeanne Dupont', client)).toBe(true);
    expect(isDossierClient('Mme DUPONT Jeanne', client)).toBe(true);
    expect(isDossierClient('DUPONT Jeanne (CLI00042)', client)).toBe(true);
    expect(isDossierClient('X (CLI00043)', client)).toBe(false);
    expect(isDossierClient('LEROY Paul', client)).toBe(false);
  });
  it('uses the Définition tab name when the heading name is unknown', () => {
    const c = dossier({
      client: { name: undefined, code: undefined },
      definition: { nom: 'Dupont', prenom: 'Jeanne' },
    }).client;
    expect(isDossierClient('DUPONT Jeanne', c)).toBe(true);
  });
  it('cannot judge without a client, or without its name and code', () => {
    expect(isDossierClient('DUPONT Jeanne', undefined)).toBeUndefined();
    expect(isDossierClient('DUPONT Jeanne', { key: 'id:1' })).toBeUndefined();
  });
  it("finds the current AVS's first non-cancelled prestation in the client's planning", () => {
    const d = dossier({
      planning: [
        prestation('05/03/2026', 'MARTIN Sophie'),
        prestation('01/03/2026', 'Sophie Martin', { statut: 'Annulé' }),
        prestation('28/02/2026', 'LEROY Anne'),
        prestation('03/03/2026', 'Sophie MARTIN'),
      ],
    });
    const first = firstPrestationOfAvs(d, DEFAULT_SETTINGS);
    expect(first?.prestation.date).toBe('2026-03-03');
    expect(first?.source).toEqual({ page: 'client.planning', readAt: READ_AT });
  });
  it('says nothing when the planning is incomplete, absent, or the AVS unknown', () => {
    const planning = [prestation('05/03/2026', 'MARTIN Sophie')];
    expect(
      firstPrestationOfAvs(dossier({ planning, planningComplete: false }), DEFAULT_SETTINGS),
    ).toBeUndefined();
    expect(firstPrestationOfAvs(dossier(), DEFAULT_SETTINGS)).toBeUndefined();
    expect(firstPrestationOfAvs(dossier({ planning, avs: null }), DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('settings-driven values', () => {
  it('maps client exonérations to categories', () => {
    expect(exonerationCategory('+ 70 ans', DEFAULT_SETTINGS)).toBe('plus70');
    expect(exonerationCategory('aucune', DEFAULT_SETTINGS)).toBe('aucune');
    expect(exonerationCategory('Invalidité', DEFAULT_SETTINGS)).toBe('autre');
    expect(exonerationCategory('', DEFAULT_SETTINGS)).toBeUndefined();
  });
  it('finds the grid of a type d’emploi by normalised label', () => {
    const s = withGrille({ 'Assistante de vie B': [{ from: '2026-01-01', value: 12.3 }] });
    expect(grilleOf('assistante de VIE b', s)?.values[0]?.value).toBe(12.3);
    expect(grilleOf('Assistante de vie C', s)).toBeUndefined();
  });
  it('says whether the grid is absent, older than the newest SMIC, or up to date', () => {
    expect(grilleStatus(DEFAULT_SETTINGS)).toBe('absente');
    expect(grilleStatus(withGrille({ B: [] }))).toBe('absente');
    expect(grilleStatus(withGrille({ B: [{ from: '2025-01-01', value: 12 }] }))).toBe('obsolete');
    expect(grilleStatus(withGrille({ B: [{ from: '2026-01-01', value: 12.3 }] }))).toBe('ok');
  });
  it('reads « sans période d’essai »', () => {
    expect(saysSansEssai('CDI sans période d’essai')).toBe(true);
    expect(saysSansEssai("Pas de periode d'essai")).toBe(true);
    expect(saysSansEssai('Période d’essai de 1 mois')).toBe(false);
    expect(saysSansEssai(undefined)).toBe(false);
  });
});
