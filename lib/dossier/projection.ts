/** What the store keeps of a page read: the values of the fields read, NIR and IBAN masked (no raw NIR/IBAN). */
import type { FieldValues } from '../model/dossier';
import { compact } from '../text/normalize';
import type { PageRecord } from '../model/types';

/** `2 55 08 •• ••• ••• 38`: the first five and the last two characters of a NIR. */
export function maskNir(v: string): string {
  const c = compact(v);
  if (c.length < 7) return '•'.repeat(c.length);
  return `${c[0]} ${c.slice(1, 3)} ${c.slice(3, 5)} •• ••• ••• ${c.slice(-2)}`;
}

/** `FR76 •••• 189`: country, check digits and the last three characters. */
export function maskIban(v: string): string {
  const c = compact(v);
  if (c.length < 8) return '•'.repeat(c.length);
  return `${c.slice(0, 4)} •••• ${c.slice(-3)}`;
}

const SENSITIVE: Record<string, (v: string) => string> = { nir: maskNir, iban: maskIban };

/** The values of the fields read, NIR and IBAN masked. */
export function projectFields(record: PageRecord): FieldValues {
  const out: FieldValues = {};
  for (const [key, f] of Object.entries(record.fields)) {
    if (f.state !== 'read') continue;
    const mask = SENSITIVE[key.split('.').pop()!];
    out[key] = mask && f.value ? mask(f.value) : f.value;
  }
  return out;
}
