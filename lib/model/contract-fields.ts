/**
 * A contract window shows one tab at a time: the fields read on its other tabs (kept by the dossier
 * store) fill the absent ones. The page (content script) and the background judge the same record.
 */
import type { FieldValues } from './dossier';
import type { FieldRead, PageRecord } from './types';

export function withContractFields(record: PageRecord, contractFields: FieldValues | undefined): PageRecord {
  if (!contractFields) return record;
  const fields: Record<string, FieldRead> = { ...record.fields };
  for (const [key, value] of Object.entries(contractFields)) {
    if (fields[key]?.state !== 'read')
      fields[key] = { state: 'read', value, label: '(autre onglet)', via: 'sibling', control: false };
  }
  return { ...record, fields };
}
