/**
 * What a page shows in place of a missing value: « — », « Non renseigné », « N.C. » on a read-only
 * fiche, « -- Choisir -- » in a drop-down. One list (settings `emptyPlaceholders`, docs/settings.md)
 * for every value the reader reads: such a value is an empty field, never a value to check.
 */
import { normValue } from './normalize';

/** The shipped placeholders (settings `emptyPlaceholders` replaces them). */
export const DEFAULT_EMPTY_PLACEHOLDERS = [
  '—',
  '-',
  'Non renseigné',
  'Non renseignée',
  'N.C.',
  'NC',
  'N/C',
  'Non communiqué',
  'Non communiquée',
  'Non précisé',
  'Non précisée',
  '-- Choisir --',
  'Choisir',
  'Choisissez',
  'Veuillez choisir',
  'Sélectionner',
  'Sélectionnez',
  'Veuillez sélectionner',
  'Aucun choix',
];

/** Dashes, dots and spaces around a placeholder (« -- Choisir -- », « … », « N.C. »). */
const FRAME = /^[-–—_.…\s]+|[-–—_.…\s]+$/g;
/** An instruction followed by what to choose: « Choisir un intervenant », « Sélectionnez la ville ». */
const ARTICLE = /^(\S.*?)\s+(un|une|le|la|les|l'|des|votre|vos)(\s|(?<=')).*$/;

function key(s: string): string {
  return normValue(s).replace(FRAME, '');
}

const memo = new WeakMap<readonly string[], Set<string>>();
function keysOf(words: readonly string[]): Set<string> {
  let set = memo.get(words);
  if (!set) memo.set(words, (set = new Set(words.map(key).filter(Boolean))));
  return set;
}

/**
 * The one test of « this value stands for nothing »: empty, dashes, dots or spaces only, or one of
 * the placeholder words (case, accents, surrounding dashes and dots ignored), or such a word
 * followed by an article and what to choose (« Veuillez choisir un type »).
 */
export function isEmptyPlaceholder(
  value: string,
  words: readonly string[] = DEFAULT_EMPTY_PLACEHOLDERS,
): boolean {
  const v = key(value);
  if (!v) return true;
  const keys = keysOf(words);
  if (keys.has(v)) return true;
  const head = ARTICLE.exec(v)?.[1];
  return !!head && keys.has(head.replace(FRAME, ''));
}

/** The value as read, '' when it is a placeholder. */
export function withoutPlaceholder(value: string, words?: readonly string[]): string {
  return value && isEmptyPlaceholder(value, words) ? '' : value;
}
