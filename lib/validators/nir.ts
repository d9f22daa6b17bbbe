/**
 * NIR (numéro de sécurité sociale) checks, written by hand: no well-kept JS library exists for it.
 * Reference implementation: python-stdnum `stdnum/fr/nir.py` (layout, 2A/2B key substitution);
 * facts and test vectors: docs/spec/rules.md, « Shared validators ».
 *
 * Layout: sexe (1) · année (2) · mois (2) · lieu (département 2 + commune 3, or 97x/98x + 2) ·
 * ordre (3) · clé (2).
 */
import { cleanText, compact, normValue } from '../text/normalize';
import { isoParts } from '../time/dates';

export interface NirParts {
  /** The 15 characters after normalisation. */
  nir: string;
  sex: string;
  /** Two-digit birth year. */
  year: string;
  /** Two-digit month or pseudo-month. */
  month: string;
  /** Birth département as written in the NIR: 2 characters, or 3 for overseas (97x, 98x). */
  dept: string;
  key: string;
}

const NIR_FORMAT = /^[123478]\d{4}(\d{2}|2A|2B)\d{8}$/;

export type NirFormat = { ok: true; parts: NirParts } | { ok: false; message: string };

/** Format check; on success the parts used by the other checks. */
export function parseNir(value: string): NirFormat {
  const nir = compact(value);
  if (nir.length !== 15) {
    return { ok: false, message: `NIR : 15 caractères attendus (${nir.length} lus), corriger` };
  }
  if (!/^[123478]/.test(nir)) {
    return { ok: false, message: 'NIR : le 1er chiffre doit être 1, 2, 3, 4, 7 ou 8, corriger' };
  }
  if (!NIR_FORMAT.test(nir)) {
    return { ok: false, message: 'NIR mal formé (chiffres attendus, 2A/2B pour la Corse), corriger' };
  }
  const overseas = /^9[78]$/.test(nir.slice(5, 7));
  return {
    ok: true,
    parts: {
      nir,
      sex: nir.slice(0, 1),
      year: nir.slice(1, 3),
      month: nir.slice(3, 5),
      dept: nir.slice(5, overseas ? 8 : 7),
      key: nir.slice(13),
    },
  };
}

/** Expected control key as two digits: 97 − (first 13 digits mod 97), 2A → 19, 2B → 18. */
export function nirExpectedKey(parts: NirParts): string {
  const body = parts.nir
    .slice(0, 13)
    .replace(/^(.{5})2A/, '$119')
    .replace(/^(.{5})2B/, '$118');
  // 13 digits < 2^53: plain numbers are exact.
  return String(97 - (Number(body) % 97)).padStart(2, '0');
}

/** Message when the control key is wrong, else null. */
export function nirKeyError(parts: NirParts): string | null {
  const expected = nirExpectedKey(parts);
  return parts.key === expected ? null : `Clé NIR invalide (attendue ${expected})`;
}

export type Sex = 'M' | 'F';

/** Sex given by a civilité: M., Monsieur, Mr → M; Mme, Madame, Mlle, Mademoiselle → F. */
export function civiliteSex(civilite: string): Sex | undefined {
  const c = normValue(civilite).replace(/[.\s]/g, '');
  if (['m', 'mr', 'monsieur', 'mons'].includes(c)) return 'M';
  if (['mme', 'madame', 'mlle', 'melle', 'mademoiselle'].includes(c)) return 'F';
  return undefined;
}

export function nirSex(parts: NirParts): Sex {
  return '137'.includes(parts.sex) ? 'M' : 'F';
}

/** Message when the NIR's sex digit contradicts the civilité, else null. */
export function nirCiviliteError(parts: NirParts, civilite: string): string | null {
  const sex = civiliteSex(civilite);
  if (!sex || sex === nirSex(parts)) return null;
  const nirWho = nirSex(parts) === 'M' ? 'd’homme' : 'de femme';
  return `NIR ${nirWho} (${parts.sex}…) mais civilité ${cleanText(civilite)} : vérifier le numéro ou la civilité`;
}

/** Kind of the NIR month: a real month, a pseudo-month (unknown), disputed (21–29) or unexpected. */
export function nirMonthKind(month: string): 'month' | 'unknown' | 'disputed' | 'unexpected' {
  const m = Number(month);
  if (m >= 1 && m <= 12) return 'month';
  if (m === 20 || (m >= 30 && m <= 42) || m >= 50) return 'unknown';
  if (m >= 21 && m <= 29) return 'disputed';
  return 'unexpected';
}

/**
 * Problems between the NIR's year/month and the birth date (ISO, or null when unknown). Month
 * 21–29 (disputed between sources) or another unexpected pseudo-month gives a warning, never a
 * format error.
 */
export function nirBirthProblems(parts: NirParts, birthIso: string | null): string[] {
  const problems: string[] = [];
  const kind = nirMonthKind(parts.month);
  if (kind === 'disputed' || kind === 'unexpected') {
    problems.push(`mois du NIR inhabituel (${parts.month})`);
  }
  if (birthIso) {
    const [year, month] = isoParts(birthIso);
    const [y, m] = [String(year), String(month).padStart(2, '0')];
    if (parts.year !== y.slice(2)) problems.push(`année du NIR ${parts.year} ≠ naissance ${y}`);
    if (kind === 'month' && parts.month !== m) problems.push(`mois du NIR ${parts.month} ≠ naissance ${m}`);
  }
  return problems;
}

/** First digit 7 or 8: numéro d'attente (provisional). */
export function nirIsProvisional(parts: NirParts): boolean {
  return parts.sex === '7' || parts.sex === '8';
}

/** Département code in a free text (« 14 », « Calvados (14) », « 2A », « 971 - Guadeloupe »). */
export function departementCode(text: string): string | undefined {
  const m = /(?:^|[^0-9A-Z])(9[78]\d|2[AB]|\d{1,2})(?![0-9A-Z])/.exec(normValue(text).toUpperCase());
  return m?.[1]?.padStart(2, '0');
}

const countryKey = (s: string) => normValue(s).replace(/[-']/g, ' ');

const FRENCH_COUNTRIES = new Set(
  [
    'france',
    'france metropolitaine',
    'guadeloupe',
    'martinique',
    'guyane',
    'guyane francaise',
    'reunion',
    'la reunion',
    'mayotte',
    'saint-pierre-et-miquelon',
    'saint-barthelemy',
    'saint-martin',
    'nouvelle-caledonie',
    'polynesie francaise',
    'wallis-et-futuna',
  ].map(countryKey),
);

/** Pays de naissance meaning France (overseas included); undefined when empty. */
export function isFrance(pays: string): boolean | undefined {
  const p = countryKey(pays);
  if (!p) return undefined;
  return FRENCH_COUNTRIES.has(p) || p.startsWith('france');
}

export interface BirthPlace {
  departement?: string;
  pays?: string;
  /** ISO birth date, when known: the exceptions depend on it. */
  birthIso?: string | null;
}

const birthYear = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);
const before = (iso: string | null | undefined, year: number) => {
  const y = birthYear(iso);
  return y === undefined || y < year; // unknown date: be generous with the known exceptions
};

/**
 * Message when the NIR's birth place contradicts the département / pays de naissance, else null
 * (also null when it cannot be judged). Known exceptions are not findings: Corsica written 20
 * (before 1976), today's 91–95 written 75 or 78 (before 1968), Algeria/Morocco/Tunisia before
 * independence written 91–96 (before 1963).
 */
export function nirPlaceError(parts: NirParts, place: BirthPlace): string | null {
  const nirDept = parts.dept;
  const code = place.departement ? departementCode(place.departement) : undefined;
  const france = place.pays ? isFrance(place.pays) : undefined;
  const abroad = france === false || (france === undefined && code === '99');
  if (abroad) {
    if (nirDept === '99') return null;
    if (/^9[1-6]$/.test(nirDept) && before(place.birthIso, 1963)) return null;
    const where = place.pays ? ` (${place.pays})` : '';
    return `Né(e) à l'étranger${where} mais NIR avec lieu ${nirDept} au lieu de 99 : à vérifier`;
  }
  if (!code || code === nirDept) return null;
  if (code.length === 2 && nirDept.startsWith(code)) return null; // « 97 » for an overseas dept
  if (['2A', '2B'].includes(code) && nirDept === '20' && before(place.birthIso, 1976)) return null;
  if (code === '20' && ['2A', '2B'].includes(nirDept)) return null;
  if (/^9[1-5]$/.test(code) && ['75', '78'].includes(nirDept) && before(place.birthIso, 1968)) return null;
  return `Lieu de naissance du NIR (${nirDept}) ≠ département de naissance (${code}) : à vérifier`;
}
