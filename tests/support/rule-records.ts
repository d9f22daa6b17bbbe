/** Test helpers: build page records from plain values. */
import { canonicalLabel, fieldsOfPage } from '../../lib/model/fields';
import type { Finding, FieldRead, PageKey, PageRecord } from '../../lib/model/types';

/**
 * A record of `page` where each given field is read with its value (null = absent) and every other
 * field of the page is absent.
 */
export function record(page: PageKey, values: Record<string, string | null>, unsaved = false): PageRecord {
  const fields: Record<string, FieldRead> = {};
  for (const { key } of fieldsOfPage(page)) fields[key] = { state: 'absent' };
  for (const [key, value] of Object.entries(values)) {
    fields[key] =
      value === null
        ? { state: 'absent' }
        : { state: 'read', value, label: canonicalLabel(key), via: 'label-for', control: true };
  }
  return { page, url: 'https://agence.ogust.com/', fields, unsaved };
}

/** Rule ids of the findings, sorted. */
export const ids = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule).sort();

/** The one finding with this rule id (undefined when none). */
export const finding = (findings: readonly Finding[], rule: string): Finding | undefined =>
  findings.find((f) => f.rule === rule);
