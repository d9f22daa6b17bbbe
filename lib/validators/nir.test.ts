import { describe, expect, it } from 'vitest';
import {
  civiliteSex,
  departementCode,
  isFrance,
  nirBirthProblems,
  nirCiviliteError,
  nirExpectedKey,
  nirIsProvisional,
  nirKeyError,
  nirMonthKind,
  nirPlaceError,
  parseNir,
  type NirParts,
} from './nir';

function parts(nir: string): NirParts {
  const r = parseNir(nir);
  if (!r.ok) throw new Error(`bad test NIR ${nir}: ${r.message}`);
  return r.parts;
}

describe('NIR format', () => {
  it.each([
    '2 55 08 14 168 025 38',
    '295109912611193',
    '253072B07300470',
    '253072A07300443',
    '253072a07300443',
    '269054958815780',
    '186037510803191',
    '1.86.03.75.108.031-91',
  ])('accepts %s', (nir) => {
    expect(parseNir(nir).ok).toBe(true);
  });

  it.each([
    ['18603751080319', '15 caractères attendus (14 lus)'],
    ['1860375108031911', '(16 lus)'],
    ['586037510803191', '1er chiffre'],
    ['186037510803I91', 'mal formé'],
    ['253072C07300443', 'mal formé'],
  ])('rejects %s', (nir, part) => {
    const r = parseNir(nir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(part);
  });

  it('splits the parts, with a 3-character overseas département', () => {
    expect(parts('2 55 08 14 168 025 38')).toMatchObject({
      sex: '2',
      year: '55',
      month: '08',
      dept: '14',
      key: '38',
    });
    expect(parts('155029710100176').dept).toBe('971');
  });
});

describe('NIR key', () => {
  it.each([
    '255081416802538',
    '295109912611193',
    '253072B07300470',
    '253072A07300443',
    '269054958815780',
    '186037510803191',
  ])('valid key for %s', (nir) => {
    expect(nirKeyError(parts(nir))).toBeNull();
  });

  it('reports the expected key', () => {
    expect(nirKeyError(parts('295109912611199'))).toBe('Clé NIR invalide (attendue 93)');
    expect(nirKeyError(parts('181099744161124'))).toBe('Clé NIR invalide (attendue 35)');
  });

  it('replaces 2A by 19 and 2B by 18, and pads to two digits', () => {
    expect(nirExpectedKey(parts('253072A07300400'))).toBe('43');
    expect(nirExpectedKey(parts('253072B07300400'))).toBe('70');
    expect(nirExpectedKey(parts('155022000400100'))).toBe('21');
  });
});

describe('NIR sex vs civilité', () => {
  it.each([
    ['M.', 'M'],
    ['Monsieur', 'M'],
    ['Mr', 'M'],
    ['Mme', 'F'],
    ['Madame', 'F'],
    ['Mlle', 'F'],
    ['Mademoiselle', 'F'],
    ['', undefined],
    ['M. et Mme', undefined],
  ])('civilité %s → %s', (civ, sex) => {
    expect(civiliteSex(civ)).toBe(sex);
  });

  it('flags a woman NIR on a man and the reverse, never an unknown civilité', () => {
    expect(nirCiviliteError(parts('255081416802538'), 'M.')).toContain('civilité');
    expect(nirCiviliteError(parts('186037510803191'), 'Madame')).toContain('civilité');
    expect(nirCiviliteError(parts('255081416802538'), 'Mme')).toBeNull();
    expect(nirCiviliteError(parts('786037510803182'), 'Monsieur')).toBeNull();
    expect(nirCiviliteError(parts('255081416802538'), '')).toBeNull();
  });
});

describe('NIR year and month vs birth date', () => {
  it('classifies months', () => {
    expect(nirMonthKind('01')).toBe('month');
    expect(nirMonthKind('12')).toBe('month');
    expect(nirMonthKind('20')).toBe('unknown');
    expect(nirMonthKind('35')).toBe('unknown');
    expect(nirMonthKind('99')).toBe('unknown');
    expect(nirMonthKind('25')).toBe('disputed');
    expect(nirMonthKind('00')).toBe('unexpected');
  });

  it('compares year and real months only', () => {
    const p = parts('255081416802538');
    expect(nirBirthProblems(p, '1955-08-12')).toEqual([]);
    expect(nirBirthProblems(p, '1956-08-12')).toEqual(['année du NIR 55 ≠ naissance 1956']);
    expect(nirBirthProblems(p, '1955-09-12')).toEqual(['mois du NIR 08 ≠ naissance 09']);
    expect(nirBirthProblems(p, null)).toEqual([]);
    expect(nirBirthProblems(parts('186507510803167'), '1986-11-02')).toEqual([]);
  });

  it('warns on a disputed month 21–29 without failing the format', () => {
    expect(parseNir('186257510803155').ok).toBe(true);
    expect(nirBirthProblems(parts('186257510803155'), '1986-03-05')).toEqual(['mois du NIR inhabituel (25)']);
  });
});

it('provisional NIR starts with 7 or 8', () => {
  expect(nirIsProvisional(parts('786037510803182'))).toBe(true);
  expect(nirIsProvisional(parts('186037510803191'))).toBe(false);
});

describe('NIR birth place', () => {
  it('reads département codes and countries', () => {
    expect(departementCode('14')).toBe('14');
    expect(departementCode('Calvados (14)')).toBe('14');
    expect(departementCode('2a - Corse-du-Sud')).toBe('2A');
    expect(departementCode('971 Guadeloupe')).toBe('971');
    expect(departementCode('1')).toBe('01');
    expect(departementCode('Calvados')).toBeUndefined();
    expect(departementCode('75011')).toBeUndefined();
    expect(isFrance('France')).toBe(true);
    expect(isFrance('La Réunion')).toBe(true);
    expect(isFrance('Maroc')).toBe(false);
    expect(isFrance('')).toBeUndefined();
  });

  it.each([
    ['255081416802538', { departement: '14', pays: 'France', birthIso: '1955-08-12' }],
    ['295109912611193', { departement: '99', pays: 'Italie', birthIso: '1995-10-01' }],
    ['295109912611193', { departement: '99', birthIso: '1995-10-01' }],
    ['155029710100176', { departement: '971', pays: 'France', birthIso: '1955-02-01' }],
    ['253072A07300443', { departement: 'Corse-du-Sud (2A)', pays: 'France', birthIso: '1953-07-01' }],
    ['155022000400121', { departement: '2A', pays: 'France', birthIso: '1955-02-01' }],
    ['253072B07300470', { departement: '20', pays: 'France', birthIso: '1953-07-01' }],
    ['255027510802595', { departement: '92', pays: 'France', birthIso: '1955-02-01' }],
    ['142029135100168', { departement: '99', pays: 'Algérie', birthIso: '1942-02-01' }],
    ['142029135100168', { departement: 'Alger', pays: 'Algérie', birthIso: '1942-02-01' }],
    ['255081416802538', { departement: 'Calvados', pays: 'France', birthIso: '1955-08-12' }],
    ['255081416802538', {}],
  ])('%s with %o is fine (known exceptions included)', (nir, place) => {
    expect(nirPlaceError(parts(nir), place)).toBeNull();
  });

  it.each([
    [
      '255081416802538',
      { departement: '75', pays: 'France', birthIso: '1955-08-12' },
      '(14) ≠ département de naissance (75)',
    ],
    ['155029710100176', { departement: '972', pays: 'France' }, '(971)'],
    ['255081416802538', { departement: '99', pays: 'Maroc', birthIso: '1955-08-12' }, 'au lieu de 99'],
    ['295109912611193', { departement: '14', pays: 'France', birthIso: '1995-10-01' }, '(99) ≠'],
    ['180022000400157', { departement: '2A', pays: 'France', birthIso: '1980-02-01' }, '(20)'],
    ['170027510803183', { departement: '92', pays: 'France', birthIso: '1970-02-01' }, '(75)'],
    ['170019110803139', { departement: '99', pays: 'Maroc', birthIso: '1970-01-01' }, 'Maroc'],
  ])('%s with %o is a finding', (nir, place, part) => {
    expect(nirPlaceError(parts(nir), place)).toContain(part);
  });
});
