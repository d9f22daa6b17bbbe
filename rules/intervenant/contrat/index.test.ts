import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import type { Severity } from '../../../lib/model/types';
import { judge } from '../../engine';
import { contratTravailRules } from '.';
import {
  dossier,
  finding,
  ids,
  prestation,
  READ_AT,
  record,
  type DossierOptions,
} from '../../../tests/support/contracts';

const TODAY = '2026-03-15';

const GRILLE_B = { 'Assistante de vie B': [{ from: '2026-01-01', value: 12.3 }] };
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, legal: { ...DEFAULT_SETTINGS.legal, grille: GRILLE_B } };

/** A conforme CDI: every field of the window read and right. */
const CONFORME: Record<string, string> = {
  'contrat.employeur': 'DUPONT Jeanne',
  'contrat.type': 'CDI',
  'contrat.motif': '',
  'contrat.salarieRemplace': '',
  'contrat.dateDebut': '02/03/2026',
  'contrat.dateFin': '',
  'contrat.convention': 'CCN du PE',
  'contrat.typeEmploi': 'Assistante de vie B',
  'contrat.nature': 'Employé de maison particulier',
  'contrat.exoneration': 'exo + de 70 ans',
  'contrat.essaiDebut': '02/03/2026',
  'contrat.essaiFin': '01/04/2026',
  'contrat.essaiRenouvellement': 'Non',
  'contrat.modeleEdition': 'CDI mandataire',
  'contrat.tauxHoraire': '12,30 €',
  'contrat.transport': '0',
  'contrat.volumeMensuel': '86,80',
  'contrat.repartition': 'Lundi au vendredi 8h-10h, aide au lever',
  'contrat.statut': 'Validé',
};

/** The dossier: client DUPONT Jeanne (+70 ans); the AVS MARTIN Sophie starts on 02/03/2026. */
const PLANNING = [
  prestation('28/02/2026', 'LEROY Anne'),
  prestation('01/03/2026', 'MARTIN Sophie', { statut: 'Annulé' }),
  prestation('02/03/2026', 'Sophie Martin'),
  prestation('03/03/2026', 'MARTIN Sophie'),
];
const DOSSIER: DossierOptions = {
  definition: { nom: 'DUPONT', prenom: 'Jeanne', exoneration: '+70 ans' },
  planning: PLANNING,
};
/** No planning: dates can move freely without the first-prestation rules. */
const NO_PLANNING: DossierOptions = { definition: DOSSIER.definition! };

const c = (patch: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [`contrat.${k}`, v]));

interface RunOptions {
  dossier?: DossierOptions;
  settings?: Settings;
  today?: string;
}
const run = (patch: Record<string, string | null> = {}, o: RunOptions = {}) => {
  return judge(
    contratTravailRules,
    record('intervenant.contrat', { ...CONFORME, ...c(patch) }),
    o.settings ?? SETTINGS,
    o.today ?? TODAY,
    {
      dossier: dossier(o.dossier ?? DOSSIER),
    },
  );
};
const fired = (patch: Record<string, string | null>, o: RunOptions = {}) => ids(run(patch, o));

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

describe('contrat.essai.missing', () => {
  it('says the procedure requires it', () => {
    expect(finding(run({ essaiDebut: '', essaiFin: '' }), 'contrat.essai.missing')?.message).toContain(
      "exigé par la procédure de l'agence",
    );
  });
  it('is silent when both trial fields are absent (the absent findings say it)', () => {
    const findings = run({ essaiDebut: null, essaiFin: null });
    expect(ids(findings)).toEqual(['contrat.essaiDebut.absent', 'contrat.essaiFin.absent']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('contrat.essai.duree — CDI', () => {
  const cdi = (start: string, end: string, renouvellement = '') =>
    run(
      { dateDebut: start, essaiDebut: start, essaiFin: end, essaiRenouvellement: renouvellement },
      { dossier: NO_PLANNING },
    ).filter((f) => f.rule === 'contrat.essai.duree');

  it('accepts a trial ending on the last day of the month (01/12 → 31/12)', () => {
    expect(cdi('01/12/2025', '31/12/2025')).toEqual([]);
    expect(cdi('01/12/2025', '01/01/2026').map((f) => f.severity)).toEqual(['warning']);
  });
  it('31/01 + 1 month − 1 day = 28/02, and 29/02 in 2028', () => {
    expect(cdi('31/01/2026', '28/02/2026')).toEqual([]);
    expect(cdi('31/01/2026', '01/03/2026')[0]?.message).toContain('28/02/2026');
    expect(cdi('31/01/2028', '29/02/2028')).toEqual([]);
    expect(cdi('31/01/2028', '01/03/2028')[0]?.message).toContain('29/02/2028');
  });
  it('15/01 + 1 month − 1 day = 14/02', () => {
    expect(cdi('15/01/2026', '14/02/2026')).toEqual([]);
    expect(cdi('15/01/2026', '15/02/2026').map((f) => f.severity)).toEqual(['warning']);
  });
  it('allows a renewed trial up to start + 2 months − 1 day, never beyond', () => {
    expect(cdi('02/03/2026', '01/05/2026', 'Oui')).toEqual([]);
    expect(cdi('02/03/2026', '01/05/2026', 'non').map((f) => f.severity)).toEqual(['warning']);
    expect(cdi('02/03/2026', '02/05/2026', 'Oui').map((f) => f.severity)).toEqual(['error']);
  });
  it('reports a trial ending before it starts', () => {
    expect(cdi('02/03/2026', '01/03/2026').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('contrat.essai.duree — CDD', () => {
  const cdd = (start: string, end: string, essaiFin: string) =>
    run(
      { type: 'CDD', dateDebut: start, dateFin: end, essaiDebut: start, essaiFin },
      { dossier: NO_PLANNING },
    ).filter((f) => f.rule === 'contrat.essai.duree');

  it('caps a CDD of exactly 6 months at 2 weeks', () => {
    expect(cdd('01/01/2026', '30/06/2026', '14/01/2026')).toEqual([]);
    const f = cdd('01/01/2026', '30/06/2026', '15/01/2026');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toContain('2 semaines');
  });
  it('gives 1 day per week of a CDD just over 6 months', () => {
    expect(cdd('01/01/2026', '01/07/2026', '26/01/2026')).toEqual([]);
    expect(cdd('01/01/2026', '01/07/2026', '27/01/2026')).toHaveLength(1);
  });
  it('caps a long CDD at 1 month', () => {
    expect(cdd('01/01/2026', '31/12/2026', '31/01/2026')).toEqual([]);
    expect(cdd('01/01/2026', '31/12/2026', '01/02/2026')[0]?.message).toContain('1 mois');
  });
  it('gives 2 days to a 2-week CDD and none to a CDD under a week', () => {
    expect(cdd('02/03/2026', '15/03/2026', '03/03/2026')).toEqual([]);
    expect(cdd('02/03/2026', '15/03/2026', '04/03/2026')).toHaveLength(1);
    expect(cdd('02/03/2026', '04/03/2026', '02/03/2026')[0]?.message).toContain("moins d'une semaine");
  });
  it('is silent without an end date (contrat.cdd.dateFin says it)', () => {
    expect(cdd('02/03/2026', '', '30/03/2026')).toEqual([]);
  });
});

describe('contrat.tauxHoraire.minimum — dated SMIC and grid', () => {
  const taux = (
    start: string,
    rate: string,
    settings: Settings = DEFAULT_SETTINGS,
    typeEmploi = 'Assistante de vie B',
  ) =>
    finding(
      run(
        { dateDebut: start, essaiDebut: start, essaiFin: '', tauxHoraire: rate, typeEmploi },
        { dossier: NO_PLANNING, settings },
      ),
      'contrat.tauxHoraire.minimum',
    );

  it('uses the SMIC in force at the contract start (11,90 € on 31/12/2025 vs 01/01/2026)', () => {
    // Ended before today: only the start is judged.
    const ended = (start: string) =>
      finding(
        run(
          { dateDebut: start, essaiDebut: start, essaiFin: '', dateFin: '31/01/2026', tauxHoraire: '11,90' },
          { dossier: NO_PLANNING, settings: DEFAULT_SETTINGS },
        ),
        'contrat.tauxHoraire.minimum',
      );
    expect(ended('31/12/2025')).toBeUndefined();
    const f = taux('01/01/2026', '11,90');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('SMIC');
    expect(f?.message).toContain('12,02 €');
  });
  it('checks the grid value of the Type d’emploi when configured (normalised label)', () => {
    const f = taux('02/03/2026', '12,10', SETTINGS, 'ASSISTANTE DE VIE B');
    expect(f?.message).toContain('minimum conventionnel');
    expect(f?.message).toContain('12,30 €');
    expect(taux('02/03/2026', '12,10', SETTINGS, 'Assistante de vie C')).toBeUndefined();
    // Conforme at its start (no grid value before 2026), running today: to raise to the grid's 12,30 €.
    const g = taux('31/12/2025', '12,10', SETTINGS);
    expect(g?.severity).toBe('warning');
    expect(g?.message).toBe(
      'Taux horaire 12,10 € inférieur au minimum conventionnel « Assistante de vie B » en vigueur (12,30 €) : à revaloriser',
    );
  });
  it('a running contract is also checked against the SMIC in force today: 11,88 € from 02/03/2025, seen in March 2026', () => {
    const f = taux('02/03/2025', '11,88 €/h');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe('Taux horaire 11,88 € inférieur au SMIC en vigueur (12,02 €) : à revaloriser');
    // A CDD still running (ends after today) too; one ended before today is not.
    const cdd = (dateFin: string) =>
      finding(
        run(
          {
            type: 'CDD',
            motif: 'Surcroît',
            dateDebut: '02/03/2025',
            essaiDebut: '02/03/2025',
            essaiFin: '',
            dateFin,
            tauxHoraire: '11,88',
          },
          { dossier: NO_PLANNING, settings: DEFAULT_SETTINGS },
        ),
        'contrat.tauxHoraire.minimum',
      );
    expect(cdd('30/06/2026')?.severity).toBe('warning');
    expect(cdd('15/03/2026')?.severity).toBe('warning');
    expect(cdd('14/03/2026')).toBeUndefined();
    // At the SMIC in force today: nothing.
    expect(taux('02/03/2025', '12,02')).toBeUndefined();
  });
  it('an unreadable rate or volume is reported as unreadable, not as a SMIC or 48 h failure', () => {
    const r = run({ tauxHoraire: 'à voir', volumeMensuel: 'beaucoup' });
    expect(ids(r)).not.toContain('contrat.tauxHoraire.minimum');
    expect(ids(r)).not.toContain('contrat.volumeMensuel.max');
    expect(finding(r, 'contrat.tauxHoraire.invalid')?.message).toBe(
      'Taux horaire illisible : saisir le montant brut (ex. 12,02)',
    );
    expect(finding(r, 'contrat.volumeMensuel.invalid')?.message).toBe(
      "Volume horaire mensuel illisible : saisir un nombre d'heures (ex. 86,80)",
    );
  });
  it('is silent without a start date', () => {
    expect(taux('', '10,00')).toBeUndefined();
  });
});

describe('reglages.grille.*', () => {
  it('says when the Type d’emploi has no value in the grid', () => {
    const f = finding(run({ typeEmploi: 'Assistante de vie C' }), 'reglages.grille.absente');
    expect(f?.message).toContain('Assistante de vie C');
  });
});

describe('contrat.volumeMensuel.max', () => {
  it('uses the weekly factor and the 12-week average from settings', () => {
    const settings: Settings = {
      ...SETTINGS,
      legal: { ...SETTINGS.legal, moyenne12Semaines: [{ from: '2022-01-01', value: 40 }] },
    };
    expect(fired({ volumeMensuel: '180' }, { settings })).toContain('contrat.volumeMensuel.max');
    expect(fired({ volumeMensuel: '180' })).not.toContain('contrat.volumeMensuel.max');
  });
  it('allows 48 h × 4,34 = 208,32 h a month, not a minute more', () => {
    // 208,32 h = 208 h 19,2 min: 208 h 19 is 47,999… h a week, 208 h 20 is 48,003 h.
    expect(fired({ volumeMensuel: '208h19' })).not.toContain('contrat.volumeMensuel.max');
    expect(fired({ volumeMensuel: '208h20' })).toContain('contrat.volumeMensuel.max');
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
