/**
 * What the rules see of a whole dossier: one client and the intervenants linked to it, each tab as
 * last read (a projection: no raw NIR/IBAN), with when it was read. Built by the dossier store from
 * the page records; pure data, so rules stay pure.
 */
import type { ListRow, PageKey } from './types';

export interface Stamped<T> {
  value: T;
  /** When the tab was read (ms since epoch). */
  readAt: number;
  page: PageKey;
  url?: string;
}

/** Field key → visible value, for fields read (NIR and IBAN masked, see `masked`). */
export type FieldValues = Record<string, string>;

export interface PlanningView {
  rows: ListRow[];
  /** Periods read (ISO dates, inclusive), merged. */
  periods: { from: string; to: string }[];
  /** Every read so far was unpaginated and the periods cover first prestation → one year later. */
  complete: boolean;
}

export interface ClientView {
  /** Identity key: `code:CLI00042`, `id:123` or `name:DUPONT JEANNE`. */
  key: string;
  name?: string;
  code?: string;
  definition?: Stamped<FieldValues>;
  mandats?: Stamped<ListRow[]>;
  planning?: Stamped<PlanningView>;
  documents?: Stamped<ListRow[]>;
}

export interface ContratView {
  /** Contract key: the id in the window's URL, else AVS + employer + start date. */
  key: string;
  fields: Stamped<FieldValues>;
}

export interface IntervenantView {
  key: string;
  name?: string;
  matricule?: string;
  definition?: Stamped<FieldValues>;
  contratsList?: Stamped<ListRow[]>;
  contrats: ContratView[];
  /** The AVS's planning across all clients. */
  planning?: Stamped<PlanningView>;
}

export interface DossierView {
  client?: ClientView;
  /** Intervenants of the dossier (named in its planning, its contrats de mandat, or employed by the client). */
  intervenants: IntervenantView[];
  /** On an intervenant page: the AVS whose page it is. */
  currentIntervenant?: string;
}

export const EMPTY_DOSSIER: DossierView = { intervenants: [] };
