import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { judgePage } from '../index';
import { intervenantDefinitionRules } from './definition';
import { finding, ids, record } from '../../tests/support/rule-records';

const TODAY = '2026-03-15';
const SETTINGS = { ...DEFAULT_SETTINGS, userName: 'Claire Martin' };

/** A conforme AVS: a woman born in May 1969 in Maine-et-Loire (49). */
const AVS = {
  matricule: 'SA00012',
  nature: 'Salarié',
  civilite: 'Mme',
  nom: 'BERNARD',
  prenom: 'Sophie',
  dateNaissance: '20/05/1969',
  nir: '269054958815780',
  lieuNaissance: 'Angers',
  departementNaissance: '49',
  paysNaissance: 'France',
  nationalite: 'Française',
  origine: 'France Travail',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP882',
  secteur: 'Lyon Sud',
  email: 'sophie.bernard@free.fr',
  telPortable: '0781234567',
  gerePar: 'Claire Martin',
};
type AvsPatch = Partial<Record<keyof typeof AVS, string | null>>;

function avs(patch: AvsPatch = {}, settings = SETTINGS) {
  const values: Record<string, string | null> = {};
  for (const [k, v] of Object.entries({ ...AVS, ...patch })) values[`intervenant.${k}`] = v;
  return judgePage(record('intervenant.definition', values), settings, TODAY);
}

it('a conforme intervenant has no finding', () => {
  expect(avs()).toEqual([]);
});

describe('intervenant required fields', () => {
  it.each(intervenantDefinitionRules.required.map((k) => k.slice('intervenant.'.length) as keyof typeof AVS))(
    '%s: empty → missing (error), absent → absent (warning)',
    (field) => {
      expect(finding(avs({ [field]: '' }), `intervenant.${field}.missing`)?.severity).toBe('error');
      expect(finding(avs({ [field]: null }), `intervenant.${field}.absent`)?.severity).toBe('warning');
    },
  );

  it('lists the fields of docs/rules.md', () => {
    expect(intervenantDefinitionRules.required).toHaveLength(14);
    expect(finding(avs({ bic: null }), 'intervenant.bic.absent')?.severity).toBe('info');
  });
});

describe('intervenant.age', () => {
  it.each([
    ['16/03/2010', 'error', '15 ans'],
    ['15/03/2010', 'warning', '16 ans'],
    ['16/03/2008', 'warning', '17 ans'],
  ])('born %s → %s', (dateNaissance, severity, age) => {
    const f = finding(avs({ dateNaissance }), 'intervenant.age');
    expect(f).toMatchObject({
      severity,
      targets: ['intervenant.dateNaissance'],
      field: 'intervenant.dateNaissance',
    });
    expect(f?.message).toContain(age);
  });

  it.each(['15/03/2008', '14/03/2008', '', 'pas de date'])('stays silent for %s', (dateNaissance) => {
    expect(finding(avs({ dateNaissance }), 'intervenant.age')).toBeUndefined();
  });
});

describe('intervenant.nir.lieu', () => {
  const lieu = (patch: AvsPatch) => finding(avs(patch), 'intervenant.nir.lieu');

  it('fires when the NIR place differs from the département', () => {
    const f = lieu({ departementNaissance: '44' });
    expect(f).toMatchObject({ severity: 'warning', targets: ['intervenant.nir'] });
    expect(f?.message).toBe('Lieu de naissance du NIR (49) ≠ département de naissance (44) : à vérifier');
  });

  it('fires when born abroad without 99', () => {
    expect(lieu({ paysNaissance: 'Portugal', departementNaissance: '99' })?.message).toContain('99');
  });

  it('accepts a foreign birth with 99', () => {
    expect(
      lieu({
        nir: '295109912611193',
        civilite: 'Mme',
        dateNaissance: '01/10/1995',
        departementNaissance: '99',
        paysNaissance: 'Italie',
      }),
    ).toBeUndefined();
  });

  it.each<[string, AvsPatch]>([
    [
      'Corsica written 20 before 1976',
      { nir: '155022000400121', civilite: 'M.', dateNaissance: '01/02/1955', departementNaissance: '2B' },
    ],
    [
      'Hauts-de-Seine written 75 before 1968',
      { nir: '255027510802595', dateNaissance: '01/02/1955', departementNaissance: '92' },
    ],
    [
      'Algeria written 91 before 1963',
      {
        nir: '142029135100168',
        civilite: 'M.',
        dateNaissance: '01/02/1942',
        departementNaissance: '99',
        paysNaissance: 'Algérie',
      },
    ],
  ])('no finding for a known exception: %s', (_name, patch) => {
    expect(lieu(patch)).toBeUndefined();
  });

  it('Corsica written 20 after 1976 is a finding', () => {
    expect(
      lieu({
        nir: '180022000400157',
        civilite: 'M.',
        dateNaissance: '01/02/1980',
        departementNaissance: '2A',
      }),
    ).toBeDefined();
  });

  it('is not judged on a malformed NIR or an unreadable département', () => {
    expect(ids(avs({ nir: '2690549' }))).toEqual(['intervenant.nir.format']);
    expect(lieu({ departementNaissance: 'Maine-et-Loire' })).toBeUndefined();
  });
});

describe('intervenant shared rules', () => {
  it('runs the shared validators under the intervenant prefix', () => {
    expect(ids(avs({ civilite: 'M.', email: 'sophie@hotmial.fr' }))).toEqual([
      'intervenant.email.suspect',
      'intervenant.nir.civilite',
    ]);
  });

  it('intervenant.gerePar.notMe as for the client', () => {
    expect(finding(avs({ gerePar: 'Paul Durand' }), 'intervenant.gerePar.notMe')?.severity).toBe('warning');
    expect(finding(avs({}, { ...SETTINGS, userName: ' ' }), 'intervenant.gerePar.notMe')?.severity).toBe(
      'info',
    );
    expect(finding(avs({ gerePar: null }), 'intervenant.gerePar.notMe')).toBeUndefined();
  });
});
