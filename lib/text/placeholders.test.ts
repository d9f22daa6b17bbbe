/**
 * View-mode and drop-down placeholders (settings `emptyPlaceholders`): the values below are the
 * issue's and the spec's examples, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMPTY_PLACEHOLDERS, isEmptyPlaceholder, withoutPlaceholder } from './placeholders';

describe('isEmptyPlaceholder', () => {
  it.each([
    '—',
    '-',
    '--',
    ' – ',
    '...',
    '',
    '   ',
    'Non renseigné',
    'NON RENSEIGNE',
    'non renseignée',
    'N.C.',
    'N.C',
    'NC',
    'nc',
    'Non communiqué',
    '-- Choisir --',
    '- Sélectionner -',
    'Sélectionner',
    'Veuillez choisir',
    'Veuillez choisir un type',
    'Choisissez une option',
    "Sélectionnez l'intervenant",
    'Aucun choix',
  ])('« %s » stands for nothing', (v) => {
    expect(isEmptyPlaceholder(v)).toBe(true);
  });

  it.each([
    'DUPONT',
    '0',
    '03 20 00 00 00',
    'Aucune',
    'Nice',
    'NCA',
    'Le Havre',
    'Rue de la Paix',
    'Choisy-le-Roi',
    'pas de mail',
    'Prélèvement',
  ])('« %s » is a value', (v) => {
    expect(isEmptyPlaceholder(v)).toBe(false);
  });

  it('uses the list it is given instead of the shipped one', () => {
    expect(isEmptyPlaceholder('Inconnu', ['Inconnu'])).toBe(true);
    expect(isEmptyPlaceholder('Non renseigné', ['Inconnu'])).toBe(false);
    // Dashes alone stand for nothing whatever the list.
    expect(isEmptyPlaceholder('—', [])).toBe(true);
  });

  it('ships the issue’s examples', () => {
    for (const w of [
      '—',
      '-',
      'Non renseigné',
      'N.C.',
      'NC',
      'Non communiqué',
      '-- Choisir --',
      'Sélectionner',
    ])
      expect(DEFAULT_EMPTY_PLACEHOLDERS).toContain(w);
  });
});

describe('withoutPlaceholder', () => {
  it('empties a placeholder and keeps a value', () => {
    expect(withoutPlaceholder('N.C.')).toBe('');
    expect(withoutPlaceholder('06 12 34 56 78')).toBe('06 12 34 56 78');
  });
});
