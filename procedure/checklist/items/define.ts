/** The checklist's shapes and the small builders its groups are written with. */
import type { PageKey } from '../../../lib/model/types';

export type GroupId =
  | 'ficheClient'
  | 'contratMandat'
  | 'planningClient'
  | 'documents'
  | 'ficheIntervenant'
  | 'contratTravail'
  | 'planningIntervenant'
  | 'unaideConnect'
  | 'tachesBackOffice';

/** The agency's help articles (addresses in settings: `helpArticles`). */
export type HelpArticle = 'contratPriseEnCharge' | 'creationContratTravail';

export interface LineDef {
  kind: 'line';
  /** Last part of the item id (`nir` in `ficheClient.nir`). */
  name: string;
  /** The procedure's words. */
  label: string;
  /** The tab the line is read on. */
  page: PageKey;
  /** Fields of that page the line concerns (clicking the line reveals the first one shown). */
  fields: string[];
  /** Rule ids judged under the line, in order. */
  rules: string[];
  /** Counts for the verdict (every line does, except advice). */
  required: boolean;
  help?: HelpArticle;
}

/** When a manual item applies (undefined: not known yet, the item is shown). */
export type ManualCondition = 'noCoordinates' | 'outsideEea' | 'perAvs';

export interface ManualDef {
  kind: 'manual';
  name: string;
  label: string;
  /** Only under this condition (else always). */
  when?: ManualCondition;
  /** Ticked from the Tâches view's marks (notes.tasks) as well as by hand. */
  tasks?: 'nouveauClient' | 'suivantes' | 'cloturerProposition';
}

export type ItemDef = LineDef | ManualDef;

export interface GroupDef {
  id: GroupId;
  /** Title shown (for per-AVS groups, followed by the AVS's name). */
  title: string;
  /** One group per AVS of the dossier. */
  perAvs: boolean;
  items: ItemDef[];
  help?: HelpArticle;
}

export const line = (
  page: PageKey,
  name: string,
  label: string,
  fields: string[],
  rules: string[],
  extra: Partial<Pick<LineDef, 'required' | 'help'>> = {},
): LineDef => ({
  kind: 'line',
  name,
  label,
  page,
  fields,
  rules,
  required: extra.required ?? true,
  ...extra,
});

export const manual = (name: string, label: string, extra: Partial<ManualDef> = {}): ManualDef => ({
  kind: 'manual',
  name,
  label,
  ...extra,
});

export const nir = (p: 'client' | 'intervenant') =>
  ['missing', 'format', 'key', 'civilite', 'naissance', 'provisoire'].map((s) => `${p}.nir.${s}`);

export const CD: PageKey = 'client.definition';
export const ID: PageKey = 'intervenant.definition';
export const CT: PageKey = 'intervenant.contrat';
