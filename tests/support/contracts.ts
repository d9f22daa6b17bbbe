/** Test helpers for the contract pages: list records, planning rows and dossiers from plain values. */
import type { ClientView, DossierView, FieldValues, IntervenantView, Stamped } from '../../lib/model/dossier';
import { LIST_COLUMNS, PAGE_LIST } from '../../lib/model/fields';
import type { ListKey, ListRow, PageKey, PageRecord } from '../../lib/model/types';
import { record } from './rule-records';

export { finding, ids, record } from './rule-records';

/** When the other tabs were read in tests. */
export const READ_AT = Date.UTC(2026, 2, 14, 9);

export function stamped<T>(page: PageKey, value: T, readAt = READ_AT): Stamped<T> {
  return { value, readAt, page };
}

/** A list row from `column suffix → text` (`{ employeur: 'X' }` → `contratTravail.employeur`). */
export function row(list: ListKey, cells: Record<string, string>): ListRow {
  return { cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [`${list}.${k}`, v])) };
}

/**
 * A list page's record: the page's list with `rows`; columns are every column of the list unless
 * given (suffixes, e.g. `['employeur', 'dateDebut']`).
 */
export function listRecord(
  page: PageKey,
  rows: Record<string, string>[],
  options: { columns?: string[]; complete?: boolean } = {},
): PageRecord {
  const key = PAGE_LIST[page]!;
  const columns = options.columns
    ? options.columns.map((c) => `${key}.${c}`)
    : LIST_COLUMNS[key].map((c) => c.key);
  return {
    ...record(page, {}),
    list: { key, columns, rows: rows.map((r) => row(key, r)), complete: options.complete ?? true },
  };
}

/** A planning row of the client's planning. */
export function prestation(
  date: string,
  intervenant: string,
  options: { debut?: string; fin?: string; statut?: string; prestation?: string } = {},
): ListRow {
  return row('prestation', {
    date,
    debut: options.debut ?? '08:00',
    fin: options.fin ?? '10:00',
    intervenant,
    prestation: options.prestation ?? 'Aide à domicile',
    statut: options.statut ?? 'A réaliser',
  });
}

export interface DossierOptions {
  client?: Partial<ClientView> | null;
  /** The client's Définition tab values (short keys: `exoneration` → `client.exoneration`). */
  definition?: Record<string, string>;
  planning?: ListRow[];
  planningComplete?: boolean;
  mandats?: ListRow[];
  documents?: ListRow[];
  /** The current AVS's name (intervenant pages). */
  avs?: string | null;
  intervenants?: IntervenantView[];
}

export const CLIENT_NAME = 'DUPONT Jeanne';
export const AVS_NAME = 'MARTIN Sophie';

/**
 * A dossier with a client `DUPONT Jeanne` (CLI00042) and the current AVS `MARTIN Sophie`; each tab
 * is present only when given.
 */
export function dossier(o: DossierOptions = {}): DossierView {
  let client: ClientView | undefined;
  if (o.client !== null) {
    client = { key: 'code:CLI00042', name: CLIENT_NAME, code: 'CLI00042', ...o.client };
    if (o.definition) {
      const values: FieldValues = Object.fromEntries(
        Object.entries(o.definition).map(([k, v]) => [`client.${k}`, v]),
      );
      client.definition = stamped('client.definition', values);
    }
    if (o.planning) {
      client.planning = stamped('client.planning', {
        rows: o.planning,
        periods: [{ from: '2026-01-01', to: '2027-12-31' }],
        complete: o.planningComplete ?? true,
      });
    }
    if (o.mandats) client.mandats = stamped('client.contrats', o.mandats);
    if (o.documents) client.documents = stamped('client.documents', o.documents);
  }
  const intervenants = [...(o.intervenants ?? [])];
  let currentIntervenant: string | undefined;
  if (o.avs !== null) {
    currentIntervenant = 'code:SA00017';
    intervenants.push({
      key: currentIntervenant,
      name: o.avs ?? AVS_NAME,
      matricule: 'SA00017',
      contrats: [],
    });
  }
  return {
    ...(client ? { client } : {}),
    intervenants,
    ...(currentIntervenant ? { currentIntervenant } : {}),
  };
}
