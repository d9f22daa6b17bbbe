/**
 * The anonymised page capture's pseudonyms: every personal value of one capture replaced by a fake
 * of the same shape and validity (fakes.ts), names by names from fixed lists, the same original
 * always by the same fake. Pure and deterministic with a seed (reproducible tests).
 */
import { normValue } from '../../lib/text/normalize';
import {
  digits,
  fakeBic,
  fakeBirthDate,
  fakeEmail,
  fakeIban,
  fakeNir,
  fakePhone,
  fakeShape,
  makeRng,
  type Rng,
} from './fakes';

const SURNAMES = [
  'ARNAUD',
  'BARBIER',
  'BESNARD',
  'BLONDEL',
  'BOUCHET',
  'BRUNEL',
  'CARRE',
  'CHARPENTIER',
  'CLEMENT',
  'COLLET',
  'DELACROIX',
  'DESCHAMPS',
  'FAURE',
  'FLEURY',
  'GAUTHIER',
  'GILLET',
  'GUERIN',
  'HUBERT',
  'JOLY',
  'LACROIX',
  'LAMBOT',
  'LANGLOIS',
  'LEBLANC',
  'LECLERC',
  'MALLET',
  'MARCHAND',
  'MEUNIER',
  'MOREL',
  'NOEL',
  'PARIS',
  'PERRIN',
  'POIRIER',
  'RENARD',
  'ROCHE',
  'ROLLAND',
  'SCHMITT',
  'TESSIER',
  'VASSEUR',
  'VIDAL',
  'VOISIN',
];
const WOMEN = [
  'Alice',
  'Anne',
  'Brigitte',
  'Claire',
  'Denise',
  'Élise',
  'Françoise',
  'Hélène',
  'Irène',
  'Josiane',
  'Madeleine',
  'Martine',
  'Nicole',
  'Odette',
  'Paulette',
  'Simone',
  'Sylvie',
  'Yvette',
];
const MEN = [
  'Bernard',
  'Étienne',
  'Gérard',
  'Henri',
  'Jacques',
  'Lucien',
  'Marcel',
  'Maurice',
  'Pascal',
  'Raymond',
  'Robert',
  'Roger',
];
const FIRST_NAMES = [...WOMEN, ...MEN, 'Claude', 'Dominique'];
const STREETS = [
  'rue des Lilas',
  'rue Victor Hugo',
  'avenue de la Gare',
  'rue du Moulin',
  'boulevard Carnot',
  'rue Pasteur',
  'place de l’Église',
  'rue des Écoles',
  'chemin des Prés',
  'allée des Tilleuls',
];
const CITIES = [
  'Armentières',
  'Bailleul',
  'Comines',
  'Douai',
  'Hazebrouck',
  'Lambersart',
  'Marcq-en-Barœul',
  'Seclin',
  'Wattrelos',
  'Wasquehal',
  'Templemars',
  'Loos',
];

/** Words in names that are not names: civilités, particles. */
const NOT_A_NAME = new Set([
  'm',
  'mme',
  'mlle',
  'mr',
  'monsieur',
  'madame',
  'mademoiselle',
  'nee',
  'ne',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'epouse',
  'veuve',
]);

/**
 * Consistent pseudonyms within one capture: the same name part always gets the same fake (in upper
 * case, capitalised and lower case alike), so relations between names survive (titulaire = client,
 * the same AVS on several rows).
 */
export class Pseudonyms {
  readonly rng: Rng;
  /** Original text → fake, every variant (exact replacement over the captured page). */
  readonly replacements = new Map<string, string>();
  private words = new Map<string, string>();
  private usedWords = new Set<string>();

  constructor(seed: string | number) {
    this.rng = makeRng(seed);
  }

  private record(original: string, fake: string): string {
    if (original && original !== fake) this.replacements.set(original, fake);
    return fake;
  }

  /** A name part (« DURAND », « Jeanne », « durand ») → its fake in the same case style. */
  word(part: string, sex?: 'M' | 'F'): string | undefined {
    const key = normValue(part);
    if (!/^[a-z][a-z'-]+$/.test(key) || NOT_A_NAME.has(key)) return undefined;
    let base = this.words.get(key);
    if (!base) {
      const upper = part === part.toUpperCase();
      const pool = upper ? SURNAMES : sex === 'F' ? WOMEN : sex === 'M' ? MEN : FIRST_NAMES;
      const free = pool.filter((w) => !this.usedWords.has(w) && normValue(w) !== key);
      base = this.rng.pick(free.length ? free : pool);
      if (!free.length) base += String.fromCharCode(65 + this.rng.int(26)).toLowerCase();
      this.usedWords.add(base);
      this.words.set(key, base);
      const cap = base.charAt(0).toUpperCase() + base.slice(1).toLowerCase();
      const capOrig = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      this.record(part.toUpperCase(), base.toUpperCase());
      this.record(capOrig, cap);
      this.record(part.toLowerCase(), base.toLowerCase());
    }
    if (part === part.toUpperCase()) return base.toUpperCase();
    if (part === part.toLowerCase()) return base.toLowerCase();
    return base.charAt(0).toUpperCase() + base.slice(1).toLowerCase();
  }

  /** A person's name, word by word (civilités and particles kept). */
  name(value: string, sex?: 'M' | 'F'): string {
    return this.record(
      value,
      value.replace(/[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*/g, (w) => this.word(w, sex) ?? w),
    );
  }

  nir = (v: string) => this.record(v, fakeNir(v, this.rng));
  iban = (v: string) => this.record(v, fakeIban(v, this.rng));
  bic = (v: string) => this.record(v, fakeBic(v, this.rng));
  phone = (v: string) => this.record(v, fakePhone(v, this.rng));
  /** Name parts of the local part take their name's fake, without accents (an email is ASCII). */
  email = (v: string) =>
    this.record(
      v,
      fakeEmail(v, this.rng, (p) =>
        this.words.get(normValue(p)) ? normValue(this.word(p)!).replace(/[^a-z'-]/g, '') : undefined,
      ),
    );
  birthDate = (v: string, today: string) => this.record(v, fakeBirthDate(v, today, this.rng));
  /** A street line: its number's shape kept, the street drawn. */
  street = (v: string) =>
    this.record(
      v,
      v.trim()
        ? v.replace(
            /^(\s*[\d\s,]*(?:bis|ter)?\s*)?.*$/i,
            (_, n: string | undefined) => `${n ? fakeShape(n, this.rng) : ''}${this.rng.pick(STREETS)}`,
          )
        : v,
    );
  city = (v: string) => this.record(v, v.trim() ? this.rng.pick(CITIES.filter((c) => c !== v)) : v);
  /** Coordinates: the integer part kept, the decimals drawn. */
  coordinate = (v: string) =>
    this.record(
      v,
      v.replace(/([.,])(\d+)/, (_, sep: string, d: string) => sep + digits(d.length, this.rng)),
    );
  /** Free text: same length and word shapes, letters drawn. */
  freeText = (v: string) => this.record(v, fakeShape(v, this.rng));
  /** Any other identifier: same shape. */
  shape = (v: string) => this.record(v, fakeShape(v, this.rng));
}
