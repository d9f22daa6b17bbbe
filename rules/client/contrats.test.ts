import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PageRecord } from '../../lib/model/types';
import { judge } from '../engine';
import { mandatRules } from './contrats';
import {
  dossier,
  finding,
  ids,
  listRecord,
  prestation,
  READ_AT,
  record,
  row,
} from '../../tests/support/contracts';

const TODAY = '2026-03-15';

const MANDAT = {
  intervenant: 'MARTIN Sophie',
  dateDebut: '02/03/2026',
  fraisGestion: '45,00 €',
  coutSalarie: '1 120,50 €',
  statut: 'Envoyé pour signature',
};
const FORM = Object.fromEntries(Object.entries(MANDAT).map(([k, v]) => [`mandat.${k}`, v]));

const run = (rec: PageRecord, d: DossierView = dossier()) =>
  judge(mandatRules, rec, DEFAULT_SETTINGS, TODAY, { dossier: d });
const list = (rows: Record<string, string>[], options?: Parameters<typeof listRecord>[2]) =>
  listRecord('client.contrats', rows, options);
const form = (patch: Record<string, string | null> = {}) => record('client.contrats', { ...FORM, ...patch });

describe('client.contrats — list', () => {
  it('finds nothing on a conforme list', () => {
    expect(run(list([MANDAT]))).toEqual([]);
  });

  it('mandat.missing: no contrat de mandat (summary)', () => {
    const f = finding(run(list([])), 'mandat.missing');
    expect(f).toMatchObject({ severity: 'error', field: 'mandat', targets: [] });
    expect(f?.rows).toBeUndefined();
    expect(ids(run(list([MANDAT])))).not.toContain('mandat.missing');
  });

  it.each([
    ['mandat.fraisGestion.missing', 'fraisGestion', ''],
    ['mandat.fraisGestion.missing', 'fraisGestion', '0,00 €'],
    ['mandat.coutSalarie.missing', 'coutSalarie', ''],
  ])('%s marks the rows concerned (%s = %j)', (rule, column, value) => {
    const findings = run(list([MANDAT, { ...MANDAT, intervenant: 'LEROY Anne', [column]: value }]));
    expect(ids(findings)).toEqual([rule]);
    expect(finding(findings, rule)).toMatchObject({
      severity: 'error',
      field: 'mandat',
      targets: [],
      rows: [1],
    });
    expect(finding(findings, rule)?.message).toContain('LEROY Anne');
  });

  it('mandat.signature: a Brouillon row (warning, on the row)', () => {
    const findings = run(list([{ ...MANDAT, statut: 'Brouillon' }, MANDAT]));
    expect(finding(findings, 'mandat.signature')).toMatchObject({
      severity: 'warning',
      rows: [0],
      field: 'mandat',
    });
    expect(ids(run(list([{ ...MANDAT, statut: 'Signé' }])))).toEqual([]);
  });

  it('gives one finding for several rows', () => {
    const findings = run(
      list([
        { ...MANDAT, coutSalarie: '' },
        { ...MANDAT, coutSalarie: '' },
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'mandat.coutSalarie.missing', rows: [0, 1] });
  });

  it('says what is missing, for whom and what to do, in the singular and the plural', () => {
    const one = run(list([{ ...MANDAT, intervenant: 'LEROY Anne', fraisGestion: '' }]));
    expect(finding(one, 'mandat.fraisGestion.missing')?.message).toBe(
      'Contrat de mandat sans frais de gestion mensuels (LEROY Anne) : les renseigner',
    );
    const brouillons = [MANDAT, { ...MANDAT, intervenant: '' }, { ...MANDAT, intervenant: 'LEROY Anne' }];
    const several = run(list(brouillons.map((r) => ({ ...r, statut: 'Brouillon' }))));
    expect(finding(several, 'mandat.signature')?.message).toBe(
      '3 contrats de mandat en Brouillon (MARTIN Sophie, LEROY Anne) : les envoyer pour signature',
    );
    const nobody = run(list([{ ...MANDAT, intervenant: '', coutSalarie: '' }]));
    expect(finding(nobody, 'mandat.coutSalarie.missing')?.message).toBe(
      'Contrat de mandat sans coût du salarié mensuel : le renseigner',
    );
  });

  it('does not judge a column the list does not show, and says it is absent', () => {
    const findings = run(
      list([{ ...MANDAT, fraisGestion: '' }], { columns: ['intervenant', 'coutSalarie', 'statut'] }),
    );
    expect(ids(findings)).toEqual(['mandat.fraisGestion.absent']);
    expect(finding(findings, 'mandat.fraisGestion.absent')?.severity).toBe('warning');
  });
});

describe('client.contrats — one contract’s form', () => {
  it('finds nothing on a conforme form', () => {
    expect(run(form())).toEqual([]);
  });
  it.each([
    ['mandat.fraisGestion.missing', 'mandat.fraisGestion'],
    ['mandat.coutSalarie.missing', 'mandat.coutSalarie'],
  ])('%s marks the field', (rule, key) => {
    const findings = run(form({ [key]: '' }));
    expect(ids(findings)).toEqual([rule]);
    expect(finding(findings, rule)).toMatchObject({ field: key, targets: [key] });
    expect(finding(findings, rule)?.rows).toBeUndefined();
  });
  it('says on the form what to do', () => {
    expect(finding(run(form({ 'mandat.statut': 'Brouillon' })), 'mandat.signature')?.message).toBe(
      'Contrat de mandat en Brouillon : l’envoyer pour signature',
    );
  });
  it('mandat.signature marks the Statut field', () => {
    const f = finding(run(form({ 'mandat.statut': 'Brouillon' })), 'mandat.signature');
    expect(f).toMatchObject({ severity: 'warning', field: 'mandat.statut', targets: ['mandat.statut'] });
  });
  it('mandat.missing never fires on a form', () => {
    expect(ids(run(form()))).not.toContain('mandat.missing');
  });
  it('reports an absent required field', () => {
    expect(finding(run(form({ 'mandat.coutSalarie': null })), 'mandat.coutSalarie.absent')?.severity).toBe(
      'warning',
    );
  });
});

describe('mandat.parAvs (cross-page: one contrat de mandat per AVS of the planning)', () => {
  const planning = [
    prestation('02/03/2026', 'MARTIN Sophie'),
    prestation('03/03/2026', 'Sophie Martin'),
    prestation('04/03/2026', 'LEROY Anne'),
    prestation('05/03/2026', 'BERNARD Lucie', { statut: 'Annulé' }),
    prestation('06/03/2026', ''),
  ];

  it('fires when there are fewer contracts than AVS (summary, with the planning as source)', () => {
    const f = finding(run(list([MANDAT]), dossier({ planning })), 'mandat.parAvs');
    expect(f).toMatchObject({
      severity: 'error',
      field: 'mandat',
      targets: [],
      source: { page: 'client.planning', readAt: READ_AT },
    });
    expect(f?.rows).toBeUndefined();
    expect(f?.message).toContain('planning du client');
    expect(f?.message).toContain('LEROY Anne');
    expect(f?.message).not.toContain('BERNARD');
  });
  it('does not fire with one contract per AVS (cancelled prestations ignored)', () => {
    const rows = [MANDAT, { ...MANDAT, intervenant: 'LEROY Anne' }];
    expect(ids(run(list(rows), dossier({ planning })))).toEqual([]);
  });
  it('is silent when the planning is not read or read partially', () => {
    expect(ids(run(list([MANDAT]), dossier()))).toEqual([]);
    expect(ids(run(list([MANDAT]), dossier({ planning, planningComplete: false })))).toEqual([]);
  });
  it('is silent when the list of contracts is paginated', () => {
    expect(ids(run(list([MANDAT], { complete: false }), dossier({ planning })))).toEqual([]);
  });
  it('« Non affecté », « À pourvoir » and a dash are nobody: no contract is due for them', () => {
    const ghosts = [
      prestation('02/03/2026', 'MARTIN Sophie'),
      prestation('03/03/2026', 'Non affecté'),
      prestation('04/03/2026', 'À pourvoir'),
      prestation('05/03/2026', '-'),
    ];
    expect(ids(run(list([MANDAT]), dossier({ planning: ghosts })))).toEqual([]);
  });
  it('takes the placeholder words from the settings (unassignedWords)', () => {
    const settings = { ...DEFAULT_SETTINGS, unassignedWords: ['Remplaçante à trouver'] };
    const rows = [
      prestation('02/03/2026', 'MARTIN Sophie'),
      prestation('03/03/2026', 'Remplaçante à trouver'),
    ];
    const judged = judge(mandatRules, list([MANDAT]), settings, TODAY, {
      dossier: dossier({ planning: rows }),
    });
    expect(ids(judged)).toEqual([]);
  });
  it('matches each AVS to a contract by name: two contracts for one AVS do not cover another', () => {
    const rows = [prestation('02/03/2026', 'MARTIN Sophie'), prestation('03/03/2026', 'LEROY Anne')];
    const twice = list([MANDAT, { ...MANDAT, dateDebut: '01/01/2026' }]);
    const f = finding(run(twice, dossier({ planning: rows })), 'mandat.parAvs');
    expect(f?.message).toMatch(/^Pas de contrat de mandat pour : LEROY Anne \(/);
    expect(f?.message).not.toContain('MARTIN');
  });
  it('names every AVS without contract, each once, as first written in the planning', () => {
    const rows = [
      prestation('02/03/2026', 'LEROY Anne'),
      prestation('03/03/2026', 'Anne Leroy'),
      prestation('04/03/2026', 'PETIT Lucie'),
      prestation('05/03/2026', 'MARTIN Sophie'),
    ];
    const f = finding(
      run(list([{ ...MANDAT, intervenant: 'Mme Sophie MARTIN' }]), dossier({ planning: rows })),
      'mandat.parAvs',
    );
    expect(f?.message).toMatch(/^Pas de contrat de mandat pour : LEROY Anne, PETIT Lucie \(/);
  });
  it('compares the counts when the list does not show the contracts’ AVS', () => {
    const { intervenant: _, ...noName } = MANDAT;
    const columns = ['fraisGestion', 'coutSalarie', 'statut'];
    const f = finding(run(list([noName], { columns }), dossier({ planning })), 'mandat.parAvs');
    expect(f?.message).toBe(
      '2 AVS au planning du client pour 1 contrat de mandat : créer un contrat de mandat par AVS',
    );
    expect(ids(run(list([noName, noName], { columns }), dossier({ planning })))).not.toContain(
      'mandat.parAvs',
    );
  });
  it('on a form, counts the contracts read on the tab', () => {
    const one = dossier({ planning, mandats: [row('mandat', MANDAT)] });
    expect(ids(run(form(), one))).toEqual(['mandat.parAvs']);
    expect(ids(run(form(), dossier({ planning })))).toEqual([]);
  });
});
