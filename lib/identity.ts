/**
 * Identity of people across pages (fields.md, « Identity and linking »): a normalised full name
 * where `NOM Prénom` and `Prénom NOM` are equal.
 */
import { cleanText } from './normalize';

const CIVILITES = new Set(['M', 'MR', 'MME', 'MLLE', 'MONSIEUR', 'MADAME', 'MADEMOISELLE']);

/** Upper-case, no accents, no civilité, words sorted: the same for `DUPONT Jeanne` and `Jeanne Dupont`. */
export function nameKey(name: string): string {
  return cleanText(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !CIVILITES.has(w))
    .sort()
    .join(' ');
}

export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ka = nameKey(a);
  return !!ka && ka === nameKey(b);
}
