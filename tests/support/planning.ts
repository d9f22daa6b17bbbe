/** Test helpers for the planning rules: planning records, generated weeks, dossier views. */
import type {
  ClientView,
  ContratView,
  DossierView,
  IntervenantView,
  PlanningView,
  Stamped,
} from '../../lib/model/dossier';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { Finding, PageKey, PageRecord } from '../../lib/model/types';
import { judge } from '../../rules/engine';
import type { PageRules } from '../../rules/types';
import { addDays } from '../../lib/time/dates';
import { mergePeriods, planningCoverage } from '../../lib/planning/weeks';

export const TODAY = '2026-03-01';

/** Cells of a prestation row by short name (`date` → `prestation.date`). */
export type Cells = Partial<
  Record<'date' | 'debut' | 'fin' | 'duree' | 'prestation' | 'intervenant' | 'client' | 'statut', string>
>;

/** `2026-03-02` → `02/03/2026` (rows show French dates). */
export const fr = (iso: string): string => iso.split('-').reverse().join('/');

/** A prestation row: date (ISO or French), start, end, and other cells. */
export function presta(date: string, debut: string, fin: string, extra: Cells = {}): Cells {
  return { date: date.includes('-') ? fr(date) : date, debut, fin, prestation: 'Aide à domicile', ...extra };
}

/**
 * Rows for `weeks` weeks from `monday`: on each listed day (0 = Monday) one prestation from `debut`
 * to `fin`.
 */
export function weekly(
  monday: string,
  weeks: number,
  slots: ReadonlyArray<[day: number, debut: string, fin: string]>,
  extra: Cells = {},
): Cells[] {
  const rows: Cells[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const [day, debut, fin] of slots) rows.push(presta(addDays(monday, 7 * w + day), debut, fin, extra));
  }
  return rows;
}

const DEFAULT_COLUMNS: Record<'client.planning' | 'intervenant.planning', string[]> = {
  'client.planning': ['date', 'debut', 'fin', 'prestation', 'intervenant', 'statut'],
  'intervenant.planning': ['date', 'debut', 'fin', 'prestation', 'client', 'statut'],
};

/** A planning page record; columns default to the page's usual ones plus every cell used. */
export function planningRecord(
  page: 'client.planning' | 'intervenant.planning',
  rows: readonly Cells[],
  options: { period?: { from: string; to: string }; complete?: boolean; columns?: string[] } = {},
): PageRecord {
  const short = options.columns ?? [
    ...new Set([...DEFAULT_COLUMNS[page], ...rows.flatMap((r) => Object.keys(r))]),
  ];
  const columns = short.map((c) => `prestation.${c}`);
  const defaults: Cells =
    page === 'client.planning'
      ? { intervenant: 'BERNARD Sophie', statut: 'A réaliser' }
      : { statut: 'A réaliser' };
  return {
    page,
    url: 'https://agence.ogust.com/planning',
    fields: {},
    unsaved: false,
    list: {
      key: 'prestation',
      columns,
      rows: rows.map((r) => {
        const cells: Record<string, string> = {};
        for (const [k, v] of Object.entries({ ...defaults, ...r })) {
          if (short.includes(k) && v !== undefined) cells[`prestation.${k}`] = v;
        }
        return { cells };
      }),
      ...(options.period ? { period: options.period } : {}),
      complete: options.complete ?? true,
    },
  };
}

/** What the dossier store would hold after reading these records (periods merged). */
export function viewOf(records: readonly PageRecord[], settings: Settings = DEFAULT_SETTINGS): PlanningView {
  const rows = records.flatMap((r) => r.list?.rows ?? []);
  const periods = mergePeriods(records.flatMap((r) => (r.list?.period ? [r.list.period] : [])));
  const complete =
    records.every((r) => r.list?.complete) && planningCoverage({ rows, periods }, settings).complete;
  return { rows, periods, complete };
}

export const stamp = <T>(value: T, page: PageKey, readAt = 1_000): Stamped<T> => ({ value, page, readAt });

/** A contrat de travail as the store keeps it. */
export function contrat(fields: Record<string, string>, readAt = 2_000): ContratView {
  return { key: `c${readAt}`, fields: stamp(fields, 'intervenant.contrat', readAt) };
}

export interface AvsOptions {
  name?: string;
  contrats?: ContratView[];
  /** The AVS's planning reads. */
  planning?: PageRecord[];
}

export function intervenant(
  key: string,
  options: AvsOptions = {},
  settings = DEFAULT_SETTINGS,
): IntervenantView {
  return {
    key,
    ...(options.name ? { name: options.name } : {}),
    contrats: options.contrats ?? [],
    ...(options.planning
      ? { planning: stamp(viewOf(options.planning, settings), 'intervenant.planning', 3_000) }
      : {}),
  };
}

/** A dossier view: the client (with its planning reads), the intervenants, the current AVS. */
export function dossierWith(
  options: {
    client?: Partial<ClientView>;
    clientPlanning?: PageRecord[];
    intervenants?: IntervenantView[];
    current?: string;
  } = {},
  settings = DEFAULT_SETTINGS,
): DossierView {
  const client: ClientView | undefined =
    options.client || options.clientPlanning
      ? {
          key: 'name:DUPONT JEANNE',
          name: 'DUPONT Jeanne',
          ...options.client,
          ...(options.clientPlanning
            ? { planning: stamp(viewOf(options.clientPlanning, settings), 'client.planning', 4_000) }
            : {}),
        }
      : undefined;
  return {
    ...(client ? { client } : {}),
    intervenants: options.intervenants ?? [],
    ...(options.current ? { currentIntervenant: options.current } : {}),
  };
}

/** Judge a record with the engine. */
export function run(
  pageRules: PageRules,
  record: PageRecord,
  options: { dossier?: DossierView; settings?: Settings; today?: string } = {},
): Finding[] {
  return judge(pageRules, record, options.settings ?? DEFAULT_SETTINGS, options.today ?? TODAY, {
    dossier: options.dossier,
  });
}

/** Findings of one rule. */
export const of = (findings: readonly Finding[], rule: string): Finding[] =>
  findings.filter((f) => f.rule === rule);

/** Settings with a présence de nuit weight. */
export const withNightWeight = (weight: number): Settings => ({
  ...DEFAULT_SETTINGS,
  prestationKinds: { ...DEFAULT_SETTINGS.prestationKinds, presenceNuitWeight: weight },
});
