import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PageRecord } from '../../lib/model/types';
import { judge } from '../engine';
import { contratsTravailRules } from './contrats';
import { dossier, finding, ids, listRecord, READ_AT } from '../../tests/support/contracts';

const TODAY = '2026-03-15';

const CONTRAT = {
  employeur: 'DUPONT Jeanne',
  type: 'CDI',
  dateDebut: '02/03/2026',
  dateFin: '',
  statut: 'Validé',
};
const OTHER = { ...CONTRAT, employeur: 'LEROY Paul', dateDebut: '01/09/2025' };

const run = (
  rec: PageRecord,
  d: DossierView = dossier({ definition: { nom: 'DUPONT', prenom: 'Jeanne' } }),
) => judge(contratsTravailRules, rec, DEFAULT_SETTINGS, TODAY, { dossier: d });
const list = (rows: Record<string, string>[], options?: Parameters<typeof listRecord>[2]) =>
  listRecord('intervenant.contrats', rows, options);

describe('intervenant.contrats', () => {
  it('finds nothing on a conforme list', () => {
    expect(run(list([OTHER, CONTRAT]))).toEqual([]);
  });

  describe('contrat.missing (cross-page)', () => {
    it("fires when no contract names the dossier's client (summary, client tab as source)", () => {
      const findings = run(list([OTHER]));
      expect(ids(findings)).toEqual(['contrat.missing']);
      expect(finding(findings, 'contrat.missing')).toMatchObject({
        severity: 'error',
        field: 'contratTravail',
        targets: [],
        source: { page: 'client.definition', readAt: READ_AT },
      });
      expect(finding(findings, 'contrat.missing')?.message).toContain('fiche client');
    });
    it('fires on an empty list', () => {
      expect(ids(run(list([])))).toEqual(['contrat.missing']);
    });
    it('recognises the client by name in any order, with civilité, or by code', () => {
      expect(ids(run(list([{ ...CONTRAT, employeur: 'Mme Jeanne Dupont' }])))).toEqual([]);
      expect(ids(run(list([{ ...CONTRAT, employeur: 'D. Jeanne (CLI00042)' }])))).toEqual([]);
    });
    it('is silent when no dossier client is known', () => {
      expect(ids(run(list([OTHER]), dossier({ client: null })))).toEqual([]);
      expect(ids(run(list([OTHER]), dossier({ client: { name: undefined, code: undefined } })))).toEqual([]);
    });
    it('is silent on a paginated list', () => {
      expect(ids(run(list([OTHER], { complete: false })))).toEqual([]);
    });
    it('has no source when only the heading named the client', () => {
      expect(finding(run(list([OTHER]), dossier()), 'contrat.missing')?.source).toBeUndefined();
    });
  });

  describe('contrat.doublon', () => {
    it('marks both rows of two Validé contracts with the same employer over overlapping periods', () => {
      const rows = [
        { ...CONTRAT, dateDebut: '01/01/2026', dateFin: '31/03/2026' },
        OTHER,
        { ...CONTRAT, employeur: 'Jeanne DUPONT', dateDebut: '01/03/2026' },
      ];
      const findings = run(list(rows));
      expect(ids(findings)).toEqual(['contrat.doublon']);
      expect(finding(findings, 'contrat.doublon')).toMatchObject({
        severity: 'warning',
        field: 'contratTravail',
        targets: [],
        rows: [0, 2],
      });
    });
    it('treats a contract without end date as open-ended', () => {
      const rows = [CONTRAT, { ...CONTRAT, dateDebut: '01/01/2027', dateFin: '31/01/2027' }];
      expect(finding(run(list(rows)), 'contrat.doublon')?.rows).toEqual([0, 1]);
      expect(finding(run(list(rows)), 'contrat.doublon')?.message).toContain('depuis le 02/03/2026');
    });
    it('counts the same day at the end of one and the start of the other as overlapping', () => {
      const rows = [{ ...CONTRAT, dateDebut: '01/01/2026', dateFin: '02/03/2026' }, CONTRAT];
      expect(ids(run(list(rows)))).toEqual(['contrat.doublon']);
    });
    it('does not fire for successive contracts', () => {
      const rows = [{ ...CONTRAT, dateDebut: '01/01/2026', dateFin: '01/03/2026' }, CONTRAT];
      expect(ids(run(list(rows)))).toEqual([]);
    });
    it('does not fire when one is not Validé, or for different employers', () => {
      expect(ids(run(list([CONTRAT, { ...CONTRAT, statut: 'Brouillon' }])))).toEqual([]);
      expect(ids(run(list([CONTRAT, { ...OTHER, dateDebut: '02/03/2026' }])))).toEqual([]);
    });
    it('gives one finding per overlapping pair', () => {
      const rows = [
        CONTRAT,
        { ...CONTRAT, dateDebut: '01/04/2026' },
        { ...CONTRAT, dateDebut: '01/05/2026' },
      ];
      const findings = run(list(rows)).filter((f) => f.rule === 'contrat.doublon');
      expect(findings.map((f) => f.rows)).toEqual([
        [0, 1],
        [0, 2],
        [1, 2],
      ]);
    });
  });

  describe('messages and employer identity', () => {
    it('contrat.missing names the client and where it was read', () => {
      expect(finding(run(list([OTHER])), 'contrat.missing')?.message).toBe(
        'Aucun contrat de travail avec DUPONT Jeanne pour employeur (client du dossier, fiche client, onglet Définition) : créer le contrat de travail',
      );
    });
    it('contrat.missing is not judged without the Employeur column', () => {
      expect(ids(run(list([OTHER], { columns: ['type', 'dateDebut', 'dateFin', 'statut'] })))).toEqual([
        'contratTravail.employeur.absent',
      ]);
    });
    it('contrat.doublon says who and when', () => {
      const rows = [{ ...CONTRAT, dateDebut: '01/01/2026', dateFin: '31/03/2026' }, CONTRAT];
      expect(finding(run(list(rows)), 'contrat.doublon')?.message).toBe(
        'Deux contrats validés avec DUPONT Jeanne se chevauchent (du 01/01/2026 au 31/03/2026 et depuis le 02/03/2026) : clore ou annuler l’un des deux (Ogust n’en permet qu’un)',
      );
    });
    it('compares employers by code client when shown, else by name without the words in brackets', () => {
      const code = [
        { ...OTHER, employeur: 'DUPONT Jeanne (CLI00042)', dateDebut: '02/03/2026' },
        { ...OTHER, employeur: 'Mme J. DUPONT-MARTIN (CLI00042)', dateDebut: '01/04/2026' },
      ];
      expect(finding(run(list(code)), 'contrat.doublon')?.rows).toEqual([0, 1]);
      const homonyms = [
        { ...OTHER, employeur: 'LEROY Paul (CLI00042)' },
        { ...OTHER, employeur: 'LEROY Paul (CLI00043)' },
      ];
      expect(finding(run(list(homonyms)), 'contrat.doublon')).toBeUndefined();
      const bracket = [OTHER, { ...OTHER, employeur: 'LEROY Paul (fils)', dateDebut: '01/10/2025' }];
      expect(finding(run(list(bracket)), 'contrat.doublon')?.rows).toEqual([0, 1]);
    });
    it('sorts by start: successive contracts listed newest first do not overlap', () => {
      const newestFirst = [CONTRAT, { ...CONTRAT, dateDebut: '01/01/2026', dateFin: '01/03/2026' }];
      expect(ids(run(list(newestFirst)))).toEqual([]);
      const overlapping = [CONTRAT, { ...CONTRAT, dateDebut: '01/01/2026', dateFin: '15/03/2026' }];
      expect(finding(run(list(overlapping)), 'contrat.doublon')?.rows).toEqual([1, 0]);
    });
    it('ignores Validé rows without employer or start date', () => {
      const rows = [
        { ...OTHER, employeur: '' },
        { ...OTHER, employeur: '' },
        { ...OTHER, dateDebut: '' },
        { ...OTHER, dateDebut: '' },
      ];
      expect(finding(run(list(rows)), 'contrat.doublon')).toBeUndefined();
    });
  });

  it('reports the required columns absent from the list', () => {
    const rec = list([CONTRAT], { columns: ['type', 'dateFin', 'statut'] });
    expect(ids(run(rec))).toEqual(['contratTravail.dateDebut.absent', 'contratTravail.employeur.absent']);
  });
});
