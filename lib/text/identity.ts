/**
 * Identity of people across pages (docs/spec/fields.md, « Identity and linking »): a normalised full name
 * where `NOM Prénom` and `Prénom NOM` are equal. Every « same person » decision of the extension goes
 * through this module (rules, procedure, dossier store, panel): case, accents, word order and
 * civilités never tell two people apart.
 */
import { cleanText, normValue } from './normalize';

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

/** The shipped words for « nobody » (settings `unassignedWords` replaces them). */
export const DEFAULT_UNASSIGNED_WORDS = [
  'Non affecté',
  'Non affectée',
  'À affecter',
  'À pourvoir',
  'Aucun intervenant',
  'Aucune intervenante',
  'Aucun',
  'Aucune',
];

/**
 * The one test of « this is not a person » for an *Intervenant* value (planning rows, contracts,
 * dossier store, call script, tasks): empty, dashes or question marks only, or one of the
 * placeholder words (settings `unassignedWords`), compared case- and accent-insensitively.
 */
export function isUnassigned(
  name: string | undefined,
  words: readonly string[] = DEFAULT_UNASSIGNED_WORDS,
): boolean {
  // A planning asks once per row (1,500 rows, a handful of distinct names): remember per word list.
  let memo = verdicts.get(words);
  if (!memo) verdicts.set(words, (memo = { words: new Set(words.map(normValue)), names: new Map() }));
  const raw = name ?? '';
  let verdict = memo.names.get(raw);
  if (verdict === undefined) {
    const v = normValue(raw);
    verdict = !v || /^[-–—_.?\s]+$/.test(v) || memo.words.has(v);
    if (memo.names.size >= 5000) memo.names.clear();
    memo.names.set(raw, verdict);
  }
  return verdict;
}
const verdicts = new WeakMap<readonly string[], { words: Set<string>; names: Map<string, boolean> }>();

/** Same person: same name key, or one name's words all in the other's (`DUPONT` ~ `Jeanne DUPONT`). */
export function nameMatches(a: string | undefined, b: string | undefined): boolean {
  if (sameName(a, b)) return true;
  if (!a || !b) return false;
  const wa = nameKey(a).split(' ').filter(Boolean);
  const wb = new Set(nameKey(b).split(' ').filter(Boolean));
  if (!wa.length || !wb.size) return false;
  const [small, big] = wa.length <= wb.size ? [wa, wb] : [[...wb], new Set(wa)];
  return small.every((w) => big.has(w));
}

/** `nameMatches(·, name)`, remembering the answer for each text seen (rows repeat a few names). */
export function nameMatcher(name: string): (text: string | undefined) => boolean {
  const seen = new Map<string, boolean>();
  return (text) => {
    if (!text) return false;
    let r = seen.get(text);
    if (r === undefined) seen.set(text, (r = nameMatches(text, name)));
    return r;
  };
}
