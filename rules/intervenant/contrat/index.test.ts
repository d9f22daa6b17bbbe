import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { Severity } from '../../../lib/model/types';
import { finding, READ_AT } from '../../../tests/support/contracts';
import {
  DOSSIER,
  NO_PLANNING,
  PLANNING,
  fired,
  run,
  type RunOptions,
} from '../../../tests/support/contrat-travail';
import { contratTravailRules } from '.';

describe('intervenant.contrat', () => {
  it('finds nothing on a conforme contract', () => {
    expect(run()).toEqual([]);
  });

  const FIRES: Array<[rule: string, severity: Severity, patch: Record<string, string>, o?: RunOptions]> = [
    ['contrat.employeur.missing', 'error', { employeur: '' }],
    ['contrat.employeur.prestataire', 'warning', { employeur: 'MON_ENTREPRISE' }],
    ['contrat.employeur.client', 'warning', { employeur: 'LEROY Paul' }],
    ['contrat.type.missing', 'error', { type: '' }],
    ['contrat.cdd.dateFin', 'error', { type: 'CDD', dateFin: '' }],
    [
      'contrat.cdd.remplace',
      'warning',
      { type: 'CDD', dateFin: '30/06/2026', motif: 'Remplacement congé maternité', essaiFin: '15/03/2026' },
    ],
    [
      'contrat.cdd.remplace',
      'warning',
      { type: 'CDD de remplacement', dateFin: '30/06/2026', essaiFin: '15/03/2026' },
    ],
    ['contrat.dateDebut.missing', 'error', { dateDebut: '' }],
    ['contrat.dateDebut.premierePrestation', 'error', { dateDebut: '03/03/2026', essaiDebut: '03/03/2026' }],
    [
      'contrat.dateDebut.premierePrestation',
      'warning',
      { dateDebut: '01/03/2026', essaiDebut: '01/03/2026', essaiFin: '31/03/2026' },
    ],
    ['contrat.tardif', 'error', { statut: 'Brouillon' }, { today: '2026-03-01' }],
    ['contrat.convention', 'warning', { convention: 'IDCC 2111' }],
    ['contrat.convention', 'warning', { convention: 'Convention Syntec' }],
    ['contrat.convention', 'warning', { convention: '' }],
    ['contrat.typeEmploi', 'info', { typeEmploi: 'Assistante de vie C' }],
    ['contrat.nature', 'warning', { nature: 'Salarié du particulier' }],
    ['contrat.nature', 'warning', { nature: '' }],
    ['contrat.exoneration.missing', 'error', { exoneration: '' }],
    ['contrat.exoneration.client', 'warning', { exoneration: "pas d'exo" }],
    ['contrat.essai.missing', 'error', { essaiFin: '' }],
    ['contrat.essai.debut', 'warning', { essaiDebut: '03/03/2026' }],
    ['contrat.essai.duree', 'error', { essaiFin: '02/05/2026' }],
    ['contrat.essai.duree', 'warning', { essaiFin: '02/04/2026' }],
    ['contrat.tauxHoraire.missing', 'error', { tauxHoraire: '' }],
    ['contrat.tauxHoraire.minimum', 'error', { tauxHoraire: '12,29' }],
    ['contrat.tauxHoraire.invalid', 'error', { tauxHoraire: 'à voir' }],
    ['reglages.grille.absente', 'info', {}, { settings: DEFAULT_SETTINGS }],
    [
      'reglages.grille.obsolete',
      'info',
      {},
      {
        settings: {
          ...DEFAULT_SETTINGS,
          legal: {
            ...DEFAULT_SETTINGS.legal,
            grille: { 'Assistante de vie B': [{ from: '2025-01-01', value: 12.1 }] },
          },
        },
      },
    ],
    ['contrat.transport.missing', 'warning', { transport: '' }],
    ['contrat.volumeMensuel.missing', 'error', { volumeMensuel: '' }],
    ['contrat.volumeMensuel.max', 'error', { volumeMensuel: '209' }],
    ['contrat.volumeMensuel.invalid', 'error', { volumeMensuel: 'beaucoup' }],
    ['contrat.repartition.missing', 'warning', { repartition: '' }],
    ['contrat.statut', 'warning', { statut: 'Brouillon' }],
    ['contrat.modeleEdition.missing', 'info', { modeleEdition: '' }],
  ];

  it.each(FIRES)('%s (%s) fires on %j', (rule, severity, patch, o) => {
    const f = finding(run(patch, o), rule);
    expect(f?.severity).toBe(severity);
  });

  it('every rule of the page has a firing case', () => {
    const tested = new Set(FIRES.map(([rule]) => rule));
    expect(contratTravailRules.rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  const QUIET: Array<[rule: string, patch: Record<string, string | null>, o?: RunOptions]> = [
    // An absent field is `<field>.absent`, never `.missing`.
    ['contrat.employeur.missing', { employeur: null }],
    ['contrat.type.missing', { type: null }],
    ['contrat.dateDebut.missing', { dateDebut: null }],
    ['contrat.exoneration.missing', { exoneration: null }],
    ['contrat.tauxHoraire.missing', { tauxHoraire: null }],
    ['contrat.transport.missing', { transport: null }],
    ['contrat.volumeMensuel.missing', { volumeMensuel: null }],
    ['contrat.repartition.missing', { repartition: null }],
    ['contrat.modeleEdition.missing', { modeleEdition: null }],
    ['contrat.statut', { statut: null }],
    ['contrat.nature', { nature: 'employe de maison particulier' }],
    ['contrat.employeur.prestataire', { employeur: 'Mme DUPONT Jeanne' }],
    ['contrat.employeur.client', { employeur: 'Jeanne Dupont (CLI00042)' }],
    ['contrat.employeur.client', { employeur: 'MON_ENTREPRISE' }],
    ['contrat.employeur.client', { employeur: 'LEROY Paul' }, { dossier: { client: null } }],
    ['contrat.cdd.dateFin', { type: 'CDI', dateFin: '' }],
    [
      'contrat.cdd.remplace',
      { type: 'CDD', dateFin: '30/06/2026', motif: 'Accroissement', essaiFin: '15/03/2026' },
    ],
    [
      'contrat.cdd.remplace',
      {
        type: 'CDD',
        dateFin: '30/06/2026',
        motif: 'Remplacement',
        salarieRemplace: 'BERNARD Lucie',
        essaiFin: '15/03/2026',
      },
    ],
    ['contrat.dateDebut.premierePrestation', { dateDebut: '03/03/2026' }, { dossier: NO_PLANNING }],
    [
      'contrat.dateDebut.premierePrestation',
      { dateDebut: '03/03/2026' },
      { dossier: { ...DOSSIER, planningComplete: false } },
    ],
    [
      'contrat.dateDebut.premierePrestation',
      { dateDebut: '03/03/2026' },
      { dossier: { ...DOSSIER, avs: null } },
    ],
    [
      'contrat.dateDebut.premierePrestation',
      { dateDebut: '03/03/2026' },
      { dossier: { ...DOSSIER, avs: 'PETIT Marc' } },
    ],
    ['contrat.dateDebut.premierePrestation', { dateDebut: '03/03/2026', employeur: 'LEROY Paul' }],
    ['contrat.tardif', { statut: 'Brouillon' }, { today: '2026-02-28' }],
    ['contrat.tardif', { statut: 'Validé' }, { today: '2026-03-01' }],
    ['contrat.tardif', { statut: 'Brouillon' }, { today: '2026-03-01', dossier: NO_PLANNING }],
    ['contrat.convention', { convention: 'CCN du PE (IDCC 3239)' }],
    ['contrat.convention', { convention: 'idcc 3239' }],
    ['contrat.typeEmploi', { typeEmploi: 'assistante de vie b' }],
    ['contrat.exoneration.client', { exoneration: 'Exo + de 70 ans' }],
    [
      'contrat.exoneration.client',
      { exoneration: "pas d'exo" },
      { dossier: { ...DOSSIER, definition: { exoneration: 'Aucune' } } },
    ],
    [
      'contrat.exoneration.client',
      { exoneration: 'exo totale des charges' },
      { dossier: { ...DOSSIER, definition: { exoneration: 'APA' } } },
    ],
    [
      'contrat.exoneration.client',
      { exoneration: "pas d'exo" },
      { dossier: { ...DOSSIER, definition: { exoneration: 'Invalidité' } } },
    ],
    ['contrat.exoneration.client', { exoneration: "pas d'exo" }, { dossier: { planning: PLANNING } }],
    [
      'contrat.essai.missing',
      { essaiDebut: '', essaiFin: '', repartition: "CDI sans période d'essai, lundi 8h-10h" },
    ],
    ['contrat.essai.missing', { essaiFin: '', motif: 'Sans période d’essai' }],
    ['contrat.essai.debut', { essaiDebut: '2026-03-02' }],
    ['contrat.essai.duree', { essaiFin: '01/05/2026', essaiRenouvellement: 'Oui' }],
    ['contrat.essai.duree', { essaiFin: '01/04/2026', essaiRenouvellement: '' }],
    ['contrat.tauxHoraire.minimum', { tauxHoraire: '12,30' }],
    ['contrat.tauxHoraire.invalid', { tauxHoraire: '12,30 €/h' }],
    ['contrat.transport.missing', { transport: 'néant' }],
    ['contrat.transport.missing', { transport: '0,00 €' }],
    ['contrat.volumeMensuel.max', { volumeMensuel: '208,32' }],
    ['contrat.volumeMensuel.invalid', { volumeMensuel: '86h48' }],
    ['contrat.statut', { statut: 'Validé' }],
    ['reglages.grille.absente', {}],
    ['reglages.grille.obsolete', {}],
  ];

  it('every rule of the page has a quiet case', () => {
    const tested = new Set(QUIET.map(([rule]) => rule));
    expect(contratTravailRules.rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each(QUIET)('%s does not fire on %j', (rule, patch, o) => {
    expect(fired(patch, o)).not.toContain(rule);
  });
});

describe('where contract findings are shown', () => {
  it('marks the field of a `<field>.<suffix>` rule', () => {
    expect(finding(run({ tauxHoraire: '11' }), 'contrat.tauxHoraire.minimum')?.targets).toEqual([
      'contrat.tauxHoraire',
    ]);
    expect(finding(run({ statut: 'Brouillon' }), 'contrat.statut')?.targets).toEqual(['contrat.statut']);
  });
  it('marks the trial end for contrat.essai.*, the trial start for contrat.essai.debut', () => {
    expect(finding(run({ essaiFin: '' }), 'contrat.essai.missing')?.targets).toEqual(['contrat.essaiFin']);
    expect(finding(run({ essaiFin: '02/05/2026' }), 'contrat.essai.duree')?.targets).toEqual([
      'contrat.essaiFin',
    ]);
    expect(finding(run({ essaiDebut: '03/03/2026' }), 'contrat.essai.debut')?.targets).toEqual([
      'contrat.essaiDebut',
    ]);
  });
  it('marks the end date and the replaced employee for the CDD rules', () => {
    expect(finding(run({ type: 'CDD', dateFin: '' }), 'contrat.cdd.dateFin')?.targets).toEqual([
      'contrat.dateFin',
    ]);
    const f = finding(
      run({ type: 'CDD de remplacement', dateFin: '30/06/2026', essaiFin: '15/03/2026' }),
      'contrat.cdd.remplace',
    );
    expect(f?.targets).toEqual(['contrat.salarieRemplace']);
  });
  it('shows cross-page findings on their field with the tab they come from', () => {
    const premiere = finding(
      run({ dateDebut: '03/03/2026', essaiDebut: '03/03/2026' }),
      'contrat.dateDebut.premierePrestation',
    );
    expect(premiere).toMatchObject({
      targets: ['contrat.dateDebut'],
      source: { page: 'client.planning', readAt: READ_AT },
    });
    expect(premiere?.message).toContain('02/03/2026');
    expect(premiere?.message).toContain('planning du client');
    const employeur = finding(run({ employeur: 'LEROY Paul' }), 'contrat.employeur.client');
    expect(employeur).toMatchObject({
      targets: ['contrat.employeur'],
      source: { page: 'client.definition', readAt: READ_AT },
    });
    expect(employeur?.message).toContain('fiche client');
    const exo = finding(run({ exoneration: "pas d'exo" }), 'contrat.exoneration.client');
    expect(exo).toMatchObject({ targets: ['contrat.exoneration'], source: { page: 'client.definition' } });
    expect(exo?.message).toContain('exo + de 70 ans');
  });
  it('lists contrat.tardif and the grid notices in the summary', () => {
    const tardif = finding(run({ statut: 'Brouillon' }, { today: '2026-03-01' }), 'contrat.tardif');
    expect(tardif).toMatchObject({ targets: [], source: { page: 'client.planning', readAt: READ_AT } });
    expect(finding(run({}, { settings: DEFAULT_SETTINGS }), 'reglages.grille.absente')?.targets).toEqual([]);
  });
});

describe('contrat.tardif', () => {
  it('fires when the first prestation is tomorrow, today or past and the contract is not Validé', () => {
    expect(fired({ statut: 'Brouillon' }, { today: '2026-03-01' })).toContain('contrat.tardif');
    expect(fired({ statut: 'Brouillon' }, { today: '2026-03-02' })).toContain('contrat.tardif');
    expect(fired({ statut: 'Brouillon' })).toContain('contrat.tardif');
    expect(fired({ statut: '' }, { today: '2026-03-01' })).toContain('contrat.tardif');
  });
  it('does not fire two days before, nor when the statut is not shown', () => {
    expect(fired({ statut: 'Brouillon' }, { today: '2026-02-28' })).not.toContain('contrat.tardif');
    expect(fired({ statut: null }, { today: '2026-03-01' })).not.toContain('contrat.tardif');
  });
});

describe('contrat.convention', () => {
  it('says that IDCC 2111 is obsolete', () => {
    const f = finding(run({ convention: 'IDCC 2111' }), 'contrat.convention');
    expect(f?.message).toContain('2111 obsolète');
    expect(f?.message).toContain('CCN du PE');
  });
});

describe('required fields', () => {
  it('reports absent required fields as warnings, others as info', () => {
    const findings = run({ convention: null, transport: null });
    expect(finding(findings, 'contrat.convention.absent')?.severity).toBe('warning');
    expect(finding(findings, 'contrat.transport.absent')?.severity).toBe('info');
  });
  it('requires the end date of a CDD and the replaced employee of a CDD de remplacement', () => {
    const cdd = run(
      { type: 'CDD de remplacement', dateFin: null, salarieRemplace: null, essaiFin: '03/03/2026' },
      { dossier: NO_PLANNING },
    );
    expect(finding(cdd, 'contrat.dateFin.absent')?.severity).toBe('warning');
    expect(finding(cdd, 'contrat.salarieRemplace.absent')?.severity).toBe('warning');
    const cdi = run({ dateFin: null, salarieRemplace: null });
    expect(finding(cdi, 'contrat.dateFin.absent')?.severity).toBe('info');
    expect(finding(cdi, 'contrat.salarieRemplace.absent')?.severity).toBe('info');
  });
});
