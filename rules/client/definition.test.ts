import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { Rule } from '../types';
import { clientDefinitionRules } from './definition';
import { judge } from '../engine';
import { judgePage } from '../index';
import { finding, ids, record } from '../../tests/support/rule-records';
import { identityRules } from '../shared/identity-rules';

const TODAY = '2026-03-15';
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, userName: 'Claire MARTIN', rtuSectors: ['Lyon Nord'] };

/** A conforme client record: every field of the page read and right. */
const CONFORME: Record<string, string> = {
  'client.typeClient': 'Client BtoC',
  'client.codeClient': 'CLI00042',
  'client.civilite': 'Mme',
  'client.nom': 'DUPONT',
  'client.prenom': 'Jeanne',
  'client.nomNaissance': 'LEROY',
  'client.dateNaissance': '12/08/1955',
  'client.lieuNaissance': 'Caen',
  'client.departementNaissance': '14',
  'client.paysNaissance': 'France',
  'client.nir': '2 55 08 14 168 025 38',
  'client.exoneration': '+70 ans',
  'client.origine': 'Internet',
  'client.parrain': '',
  'client.modePaiement': 'Prélèvement',
  'client.iban': 'FR76 3000 6000 0112 3456 7890 189',
  'client.bic': 'BNPAFRPPXXX',
  'client.titulaireCompte': 'Jeanne DUPONT',
  'client.dateSignatureMandat': '01/03/2026',
  'client.rum': 'RUM-0042',
  'client.secteur': 'Lyon Sud',
  'client.adresse': '12 rue des Lilas',
  'client.codePostal': '69007',
  'client.ville': 'Lyon',
  'client.latitude': '45,7485',
  'client.longitude': '4,8467',
  'client.geolocalisation': 'Oui',
  'client.telPortable': '06 12 34 56 78',
  'client.telFixe': '04 78 12 34 56',
  'client.email': 'jeanne.dupont@orange.fr',
  'client.interlocuteur.nom': 'Paul DUPONT',
  'client.interlocuteur.prenom': 'Paul',
  'client.interlocuteur.role': 'Fils',
  'client.interlocuteur.telephone': '+33 6 98 76 54 32',
  'client.interlocuteur.email': 'paul.dupont@gmail.com',
  'client.gerePar': 'MARTIN Claire',
};

const run = (patch: Record<string, string | null> = {}, settings: Settings = SETTINGS, unsaved = false) =>
  judgePage(record('client.definition', { ...CONFORME, ...patch }, unsaved), settings, TODAY);

/** Short keys: `nom` → `client.nom`. */
const c = (patch: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [`client.${k}`, v]));

describe('client.definition', () => {
  it('finds nothing on a conforme record', () => {
    expect(run()).toEqual([]);
  });

  const FIRES: Array<[rule: string, severity: string, patch: Record<string, string | null>]> = [
    ['client.typeClient.prospect', 'error', c({ typeClient: 'Prospect BtoC' })],
    ['client.nomNaissance.suggested', 'info', c({ nomNaissance: '' })],
    ['client.exoneration.age70', 'warning', c({ dateNaissance: '16/03/1956' })],
    ['client.exoneration.eligible70', 'warning', c({ exoneration: 'Aucune' })],
    ['client.exoneration.apaAge', 'warning', c({ exoneration: 'APA', dateNaissance: '16/03/1966' })],
    ['client.modePaiement.prelevement', 'warning', c({ modePaiement: 'Chèque' })],
    ['client.iban.missing', 'error', c({ iban: '' })],
    ['client.dateSignatureMandat.missing', 'error', c({ dateSignatureMandat: '' })],
    ['client.dateSignatureMandat.future', 'error', c({ dateSignatureMandat: '16/03/2026' })],
    ['client.dateSignatureMandat.invalid', 'error', c({ dateSignatureMandat: '31/02/2026' })],
    ['client.adresse.geolocalisation', 'warning', c({ latitude: '0' })],
    ['client.adresse.geolocalisation', 'warning', c({ longitude: '' })],
    [
      'client.adresse.geolocalisation',
      'warning',
      c({ latitude: null, longitude: null, geolocalisation: '' }),
    ],
    ['client.telFixe.invalid', 'error', c({ telFixe: '04 78 12 34' })],
    ['client.interlocuteur.missing', 'warning', c({ 'interlocuteur.role': '' })],
    ['client.interlocuteur.telephone.invalid', 'error', c({ 'interlocuteur.telephone': '06 98' })],
    ['client.interlocuteur.email.invalid', 'error', c({ 'interlocuteur.email': 'aucun' })],
    ['client.gerePar.notMe', 'warning', c({ gerePar: 'DURAND Sophie' })],
    ['client.rtu.origine', 'error', c({ secteur: 'Lyon Nord', parrain: 'RTU' })],
    [
      'client.rtu.parrain',
      'error',
      c({ secteur: 'lyon nord', origine: 'Cooptation', parrain: 'Bouche à oreille' }),
    ],
  ];

  it.each(FIRES)('%s (%s) fires', (rule, severity, patch) => {
    expect(finding(run(patch), rule)?.severity).toBe(severity);
  });

  it.each([
    'nir',
    'civilite',
    'nom',
    'prenom',
    'dateNaissance',
    'exoneration',
    'origine',
    'modePaiement',
    'secteur',
    'adresse',
    'telPortable',
    'email',
    'gerePar',
  ])('client.%s.missing fires when empty', (field) => {
    const f = finding(run({ [`client.${field}`]: '' }), `client.${field}.missing`);
    expect(f).toMatchObject({ severity: 'error', targets: [`client.${field}`] });
    expect(f?.message).toContain('Renseigner le champ');
  });

  it('client.unsaved fires on unsaved changes, in the summary', () => {
    expect(finding(run({}, SETTINGS, true), 'client.unsaved')).toMatchObject({
      severity: 'info',
      message: 'Enregistrer les modifications',
      targets: [],
    });
  });

  it('covers every rule of the page', () => {
    const tested = new Set([
      ...FIRES.map(([rule]) => rule),
      ...identityRules('client').map((r) => r.id),
      'client.unsaved',
    ]);
    const untested = clientDefinitionRules.rules
      .map((r) => r.id)
      .filter((id) => !id.endsWith('.missing') && !tested.has(id));
    expect(untested).toEqual([]);
  });
});

describe('client.definition, the age in the exonération messages (README: « +70 ans : la cliente a 64 ans »)', () => {
  const message = (patch: Record<string, string>, id: string) => finding(run(c(patch)), id)?.message;
  it('+70 ans under 70: the age, then what to do', () => {
    // Born 12/08/1961, on 15/03/2026: 64 years old.
    expect(message({ dateNaissance: '12/08/1961', nir: '' }, 'client.exoneration.age70')).toBe(
      '+70 ans : la cliente a 64 ans, à justifier (conjoint de 70 ans ou plus), sinon corriger',
    );
    expect(
      message({ civilite: 'M.', dateNaissance: '12/08/1961', nir: '' }, 'client.exoneration.age70'),
    ).toBe('+70 ans : le client a 64 ans, à justifier (conjoint de 70 ans ou plus), sinon corriger');
  });
  it('70 or over with no exonération: the age, then the automatic +70 ans', () => {
    // Born 12/08/1955: 70 years old on 15/03/2026.
    expect(message({ exoneration: 'Aucune' }, 'client.exoneration.eligible70')).toBe(
      'La cliente a 70 ans : mettre l’exonération +70 ans (automatique)',
    );
  });
  it('APA under 60: the age, then who receives it', () => {
    // Born 16/03/1966: 59 years old on 15/03/2026 (60 the next day).
    expect(
      message({ exoneration: 'APA', dateNaissance: '16/03/1966', nir: '' }, 'client.exoneration.apaAge'),
    ).toBe(
      "APA : la cliente a 59 ans, réservée aux 60 ans et plus : vérifier qui la perçoit, sinon corriger l'exonération",
    );
  });
  it('a 92-year-old born 12/03/34 (two-digit year) is 92, eligible to +70 ans', () => {
    expect(
      message({ exoneration: 'Aucune', dateNaissance: '12/03/34', nir: '' }, 'client.exoneration.eligible70'),
    ).toBe('La cliente a 92 ans : mettre l’exonération +70 ans (automatique)');
  });
});

describe('client.definition, when rules stay silent', () => {
  it('exonérations at the age boundaries (birthday yesterday, today, tomorrow)', () => {
    expect(finding(run(c({ dateNaissance: '14/03/1956' })), 'client.exoneration.age70')).toBeUndefined();
    expect(finding(run(c({ dateNaissance: '15/03/1956' })), 'client.exoneration.age70')).toBeUndefined();
    expect(
      finding(
        run(c({ exoneration: 'Aucune', dateNaissance: '16/03/1956' })),
        'client.exoneration.eligible70',
      ),
    ).toBeUndefined();
    expect(
      finding(
        run(c({ exoneration: 'Aucune', dateNaissance: '15/03/1956' })),
        'client.exoneration.eligible70',
      ),
    ).toBeDefined();
    expect(
      finding(run(c({ exoneration: 'APA', dateNaissance: '15/03/1966' })), 'client.exoneration.apaAge'),
    ).toBeUndefined();
    expect(
      finding(run(c({ exoneration: 'APA', dateNaissance: '14/03/1966' })), 'client.exoneration.apaAge'),
    ).toBeUndefined();
  });

  it('exonérations need a valid birth date', () => {
    expect(finding(run(c({ dateNaissance: '' })), 'client.exoneration.age70')).toBeUndefined();
    expect(finding(run(c({ dateNaissance: '31/02/1990' })), 'client.exoneration.age70')).toBeUndefined();
  });

  it('PCH or another exonération is not judged by age', () => {
    const r = run(c({ exoneration: 'PCH', dateNaissance: '16/03/1990' }));
    expect(ids(r).filter((id) => id.startsWith('client.exoneration'))).toEqual([]);
  });

  it('the age70 message says what to do', () => {
    // Born 16/03/1956: 69 on 15/03/2026, 70 the next day.
    expect(finding(run(c({ dateNaissance: '16/03/1956' })), 'client.exoneration.age70')?.message).toBe(
      '+70 ans : la cliente a 69 ans, à justifier (conjoint de 70 ans ou plus), sinon corriger',
    );
  });

  it('no birth name is needed for a man', () => {
    const r = run(
      c({
        civilite: 'Monsieur',
        nomNaissance: '',
        nir: '1 86 03 75 108 031 91',
        dateNaissance: '05/03/1986',
        exoneration: 'Aucune',
      }),
    );
    expect(r).toEqual([]);
  });

  it('a synonym of Prélèvement is Prélèvement; without it, no IBAN or mandate is needed', () => {
    expect(run(c({ modePaiement: 'Prélèvement SEPA' }))).toEqual([]);
    expect(ids(run(c({ modePaiement: 'Prelevement' })))).toEqual([]);
    expect(ids(run(c({ modePaiement: 'Chèque', iban: '', dateSignatureMandat: '' })))).toEqual([
      'client.modePaiement.prelevement',
    ]);
  });

  it('a mandate signed today is fine', () => {
    expect(run(c({ dateSignatureMandat: '15/03/2026' }))).toEqual([]);
  });

  it('geolocation is judged only when shown', () => {
    expect(run(c({ latitude: null, longitude: null, geolocalisation: null })).map((f) => f.rule)).toEqual([
      'client.latitude.absent',
      'client.longitude.absent',
      'client.geolocalisation.absent',
    ]);
    expect(run(c({ latitude: null, longitude: null, geolocalisation: '45.7485, 4.8467' }))).toHaveLength(2);
  });

  it('geolocation marks the latitude', () => {
    expect(finding(run(c({ latitude: '0,0' })), 'client.adresse.geolocalisation')?.targets).toEqual([
      'client.latitude',
    ]);
  });

  it('empty optional phone and interlocuteur values are not invalid', () => {
    const r = run(c({ telFixe: '', 'interlocuteur.telephone': '', 'interlocuteur.email': '' }));
    expect(ids(r)).toEqual(['client.interlocuteur.missing']);
  });

  it('RTU rules stay silent outside RTU sectors and when parrain is RTU and origine Cooptation', () => {
    expect(run(c({ secteur: 'Lyon Nord', origine: 'Cooptation', parrain: 'RTU' }))).toEqual([]);
    expect(run(c({ origine: 'Salon', parrain: 'Voisin' }))).toEqual([]);
  });
});

describe('client.interlocuteur.missing', () => {
  it('lists and marks each empty field', () => {
    const f = finding(
      run(c({ 'interlocuteur.nom': '', 'interlocuteur.telephone': '', 'interlocuteur.email': '' })),
      'client.interlocuteur.missing',
    );
    expect(f?.message).toBe('Interlocuteur principal : renseigner nom, téléphone, email');
    expect(f?.targets).toEqual([
      'client.interlocuteur.nom',
      'client.interlocuteur.telephone',
      'client.interlocuteur.email',
    ]);
    expect(f?.field).toBe('client.interlocuteur.nom');
  });

  it('goes to the summary when the section is absent', () => {
    const r = run(
      c({
        'interlocuteur.nom': null,
        'interlocuteur.prenom': null,
        'interlocuteur.role': null,
        'interlocuteur.telephone': null,
        'interlocuteur.email': null,
      }),
    );
    const f = finding(r, 'client.interlocuteur.missing');
    expect(f).toMatchObject({ severity: 'warning', targets: [], field: 'client.definition' });
    expect(f?.message).toContain('absente');
    expect(r.filter((x) => x.rule.endsWith('.absent')).map((x) => [x.rule, x.severity])).toEqual([
      ['client.interlocuteur.nom.absent', 'warning'],
      ['client.interlocuteur.prenom.absent', 'info'],
      ['client.interlocuteur.role.absent', 'warning'],
      ['client.interlocuteur.telephone.absent', 'warning'],
      ['client.interlocuteur.email.absent', 'warning'],
    ]);
  });
});

describe('client.gerePar.notMe', () => {
  it('compares names whatever the order, case and accents', () => {
    expect(run(c({ gerePar: 'claire martin' }))).toEqual([]);
    expect(run(c({ gerePar: 'Martin Clairé' }), { ...SETTINGS, userName: 'Claire Martin' })).toEqual([]);
    expect(finding(run(c({ gerePar: 'Claire MARTINEZ' })), 'client.gerePar.notMe')?.message).toBe(
      'Géré par « Claire MARTINEZ » : mettre à votre nom (Claire MARTIN)',
    );
  });

  it('asks for the user name in settings, as info', () => {
    const f = finding(run({}, { ...SETTINGS, userName: '' }), 'client.gerePar.notMe');
    expect(f).toMatchObject({
      severity: 'info',
      message: 'Renseignez votre nom dans les réglages',
      targets: ['client.gerePar'],
    });
  });
});

describe('client.definition, absent fields', () => {
  it('a required field absent is a warning, an optional one an info', () => {
    const r = run(c({ nom: null, rum: null }));
    expect(finding(r, 'client.nom.absent')).toMatchObject({
      severity: 'warning',
      targets: [],
      field: 'client.nom',
    });
    expect(finding(r, 'client.rum.absent')?.severity).toBe('info');
    expect(finding(r, 'client.nom.missing')).toBeUndefined();
  });

  it('IBAN absent is a warning under Prélèvement, an info otherwise', () => {
    expect(finding(run(c({ iban: null })), 'client.iban.absent')?.severity).toBe('warning');
    expect(finding(run(c({ iban: null, modePaiement: 'Virement' })), 'client.iban.absent')?.severity).toBe(
      'info',
    );
    expect(finding(run(c({ iban: null })), 'client.iban.missing')).toBeUndefined();
  });

  it('parrain absent is a warning in an RTU sector', () => {
    expect(
      finding(run(c({ parrain: null, secteur: 'Lyon Nord', origine: 'Cooptation' })), 'client.parrain.absent')
        ?.severity,
    ).toBe('warning');
    expect(finding(run(c({ parrain: null })), 'client.parrain.absent')?.severity).toBe('info');
  });
});

describe('crash isolation', () => {
  it('a rule that throws becomes <id>.crash and the other rules still run', () => {
    const boom: Rule = {
      id: 'client.test.boom',
      severity: 'error',
      description: 'test',
      check: () => {
        throw new Error('boom');
      },
    };
    const r = judge(
      clientDefinitionRules,
      record('client.definition', { ...CONFORME, 'client.typeClient': 'Prospect' }),
      SETTINGS,
      TODAY,
      {
        extraRules: [boom],
      },
    );
    expect(ids(r)).toEqual(['client.test.boom.crash', 'client.typeClient.prospect']);
    expect(finding(r, 'client.test.boom.crash')).toMatchObject({
      severity: 'warning',
      message: 'contrôle impossible',
    });
  });
});

describe('judgePage', () => {
  it('returns [] for a page without rules', () => {
    expect(judgePage(record('client.planning', {}), SETTINGS, TODAY)).toEqual([]);
  });
});
