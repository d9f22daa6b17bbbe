/**
 * The one « same person » decision (docs/spec/fields.md, « Identity and linking »): case, accents,
 * word order and civilités (M., Mme, Mlle, Monsieur, Madame, Mademoiselle) never make two people.
 */
import { describe, expect, it } from 'vitest';
import { isUnassigned, nameKey, nameMatcher, nameMatches, sameName } from './identity';

describe('sameName: the same full name', () => {
  it.each([
    ['DUPONT Jeanne', 'Jeanne Dupont'],
    ['Mme Camille MARTIN', 'Camille Martin'],
    ['M. DUPONT Jean', 'jean dupont'],
    ['Monsieur Paul PETIT', 'M Paul Petit'],
    ['Mademoiselle Léa Durand', 'Mlle DURAND Lea'],
    ['Madame Hélène Noël', 'NOEL Helene'],
  ])('%s is %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it.each([
    ['DUPONT Jeanne', 'DUPONT Paul'],
    ['Mme', 'M.'],
    ['', ''],
    ['DUPONT', undefined],
  ])('%s is not %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
  it('keeps the name words, upper-case, sorted', () => {
    expect(nameKey('Mme Hélène de la Tour')).toBe('DE HELENE LA TOUR');
  });
});

describe('nameMatches: the same person, one name inside the other', () => {
  it.each([
    ['DUPONT Jeanne', 'Jeanne DUPONT'],
    ['DUPONT', 'Mme Jeanne DUPONT'],
    ['Mme Jeanne DUPONT', 'DUPONT'],
    ['dupont jeanne', 'DUPONT Jeanne'],
    ['M. MARTIN', 'Camille Martin'],
  ])('%s is %s', (a, b) => {
    expect(nameMatches(a, b)).toBe(true);
    expect(nameMatcher(b)(a)).toBe(true);
  });
  it.each([
    ['DUPONT Paul', 'DUPONT Jeanne'],
    ['DUPONT Jeanne', 'MARTIN Jeanne'],
    ['Mme', 'Mme DUPONT Jeanne'],
    ['', 'DUPONT Jeanne'],
    ['DUPONT Jeanne', undefined],
    [undefined, undefined],
  ])('%s is not %s', (a, b) => {
    expect(nameMatches(a, b)).toBe(false);
  });
});

describe('isUnassigned: nobody', () => {
  it.each(['', '  ', '--', '?', 'Non affecté', 'À POURVOIR', 'aucune intervenante'])('« %s »', (v) => {
    expect(isUnassigned(v)).toBe(true);
  });
  it('a person, or a word the settings do not list', () => {
    expect(isUnassigned('DUPONT Jeanne')).toBe(false);
    expect(isUnassigned('Remplaçante à trouver')).toBe(false);
    expect(isUnassigned('Remplaçante à trouver', ['remplacante a trouver'])).toBe(true);
  });
});
