import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { PageKey } from '../../lib/model/types';
import { judgePage } from '../index';
import { finding, record } from '../../tests/support/rule-records';
import { identityRules, type Prefix } from './identity-rules';

const TODAY = '2026-03-15';
const SETTINGS = { ...DEFAULT_SETTINGS, userName: 'Claire Martin' };

/** A man born in Paris in March 1986, with consistent identity, bank and contact fields. */
const IDENTITY = {
  nir: '1 86 03 75 108 031 91',
  civilite: 'M.',
  dateNaissance: '05/03/1986',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'BNPAFRPP',
  telPortable: '07 81 23 45 67',
  email: 'marc.petit@laposte.net',
};
type IdentityField = keyof typeof IDENTITY;

const CASES: Array<[check: string, patch: Partial<Record<IdentityField, string>>, message: string]> = [
  ['nir.format', { nir: '18603751080319' }, 'NIR : 15 caractères attendus (14 lus), corriger'],
  ['nir.key', { nir: '186037510803192' }, 'Clé NIR invalide (attendue 91)'],
  ['nir.civilite', { civilite: 'Madame' }, 'civilité'],
  ['nir.naissance', { dateNaissance: '05/04/1986' }, 'mois du NIR 03 ≠ naissance 04'],
  ['nir.naissance', { dateNaissance: '05/03/1987' }, 'année du NIR 86 ≠ naissance 1987'],
  ['nir.naissance', { nir: '186257510803155' }, 'mois du NIR inhabituel (25)'],
  ['nir.provisoire', { nir: '786037510803182' }, 'NIR provisoire'],
  ['iban.invalid', { iban: 'FR76 3000 6000 0112 3456 7890 188' }, 'IBAN invalide'],
  ['bic.invalid', { bic: 'BNPAFR' }, 'BIC invalide'],
  ['telPortable.invalid', { telPortable: '06 12 34 56' }, '10 chiffres'],
  ['telPortable.notMobile', { telPortable: '01 23 45 67 89' }, 'portable'],
  ['telPortable.notMobile', { telPortable: '07 00 12 34 56' }, '0700'],
  ['email.invalid', { email: 'marc.petit@' }, 'Email invalide'],
  ['email.suspect', { email: 'aucun' }, 'Email fictif'],
  ['email.suspect', { email: 'marc@unaide.fr' }, "Adresse de l'agence"],
  ['email.suspect', { email: 'marc@gmial.com' }, 'gmail.com'],
  ['dateNaissance.invalid', { dateNaissance: '31/02/1986' }, 'illisible'],
  ['dateNaissance.invalid', { dateNaissance: '01/01/2030' }, 'futur'],
];

describe.each<Prefix>(['client', 'intervenant'])('shared validators on %s', (prefix) => {
  const page: PageKey = `${prefix}.definition`;
  const ids = identityRules(prefix).map((r) => r.id);
  const judgeIdentity = (patch: Partial<Record<IdentityField, string>> = {}) => {
    const values = Object.fromEntries(
      Object.entries({ ...IDENTITY, ...patch }).map(([f, v]) => [`${prefix}.${f}`, v]),
    );
    return judgePage(record(page, values), SETTINGS, TODAY).filter((f) => ids.includes(f.rule));
  };

  it('defines the twelve shared ids', () => {
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => id.startsWith(`${prefix}.`))).toBe(true);
  });

  it('finds nothing on consistent fields', () => {
    expect(judgeIdentity()).toEqual([]);
  });

  it.each(CASES)('%s fires on %o', (check, patch, message) => {
    const f = finding(judgeIdentity(patch), `${prefix}.${check}`);
    expect(f?.message).toContain(message);
    expect(f?.targets).toEqual([`${prefix}.${check.split('.')[0]}`]);
  });

  it('checks nothing else on a malformed NIR, and nothing on empty fields', () => {
    expect(judgeIdentity({ nir: '2A' }).map((f) => f.rule)).toEqual([`${prefix}.nir.format`]);
    const empty = Object.fromEntries(Object.keys(IDENTITY).map((k) => [k, '']));
    expect(judgeIdentity(empty)).toEqual([]);
  });

  it('reports a placeholder email once, as suspect', () => {
    expect(judgeIdentity({ email: 'pas de mail' }).map((f) => f.rule)).toEqual([`${prefix}.email.suspect`]);
  });

  it('uses the severities of docs/rules.md', () => {
    const sev = Object.fromEntries(
      identityRules(prefix).map((r) => [r.id.slice(prefix.length + 1), r.severity]),
    );
    expect(sev).toEqual({
      'nir.format': 'error',
      'nir.key': 'error',
      'nir.civilite': 'warning',
      'nir.naissance': 'warning',
      'nir.provisoire': 'info',
      'iban.invalid': 'error',
      'bic.invalid': 'warning',
      'telPortable.invalid': 'error',
      'telPortable.notMobile': 'warning',
      'email.invalid': 'error',
      'email.suspect': 'warning',
      'dateNaissance.invalid': 'error',
    });
  });
});

describe.each<Prefix>(['client', 'intervenant'])('%s.gerePar.notMe ignores civilités', (prefix) => {
  const page: PageKey = `${prefix}.definition`;
  const notMe = (gerePar: string, userName: string) =>
    judgePage(record(page, { [`${prefix}.gerePar`]: gerePar }), { ...SETTINGS, userName }, TODAY).filter(
      (f) => f.rule === `${prefix}.gerePar.notMe`,
    );

  it.each([
    ['Mme Camille MARTIN', 'Camille Martin'],
    ['M. DUPONT Jean', 'Jean Dupont'],
    ['MARTIN Claire', 'Madame Claire Martin'],
    ['Mlle Léa Durand', 'Mademoiselle DURAND Léa'],
    ['Monsieur Paul Petit', 'M Paul PETIT'],
  ])('« %s » is the user « %s »', (gerePar, userName) => {
    expect(notMe(gerePar, userName)).toEqual([]);
  });

  it('another person is still reported, civilité or not', () => {
    expect(notMe('Mme Camille MARTINEZ', 'Camille Martin').map((f) => f.message)).toEqual([
      'Géré par « Mme Camille MARTINEZ » : mettre à votre nom (Camille Martin)',
    ]);
    expect(notMe('Mme Camille MARTIN', 'Claire Martin')).toHaveLength(1);
  });
});
