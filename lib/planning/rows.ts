/**
 * Rows of a planning list (client or AVS): cell text, status predicates, parsing remembered per rows
 * array, and the identity of a row across reads (the dossier store merges reads by it).
 */
import type { Settings } from '../settings/settings';
import type { ListRow } from '../model/types';
import { cleanText } from '../text/normalize';
import { dateCell, normCell, timeCell } from './cells';
import { parsePlanning, type ParsedPlanning, type Prestation } from './prestations';

export const cell = (row: ListRow, key: string): string => cleanText(row.cells[key] ?? '');
export const isCancelled = (row: ListRow): boolean =>
  normCell(row.cells['prestation.statut'] ?? '').startsWith('annul');
export const isBrouillon = (row: ListRow): boolean =>
  normCell(row.cells['prestation.statut'] ?? '').startsWith('brouillon');

const parsedMemo = new WeakMap<readonly ListRow[], { settings: Settings; parsed: ParsedPlanning }>();

/** `parsePlanning`, computed once per rows array and settings. */
export function parsed(rows: readonly ListRow[], settings: Settings): ParsedPlanning {
  const m = parsedMemo.get(rows);
  if (m && m.settings === settings) return m.parsed;
  const p = parsePlanning(rows, settings);
  parsedMemo.set(rows, { settings, parsed: p });
  return p;
}

/** Non-cancelled prestations, sorted by start. */
export function activeOf(p: ParsedPlanning): Prestation[] {
  return p.prestations.filter((x) => !x.cancelled);
}

/** Identity of a prestation row across reads: date + début + prestation text. */
function rowKey(row: ListRow): string {
  // Not remembered per row: the store's rows are new objects on every answer; the parsers are.
  const c = row.cells;
  const date = c['prestation.date'] ?? '';
  const debut = c['prestation.debut'] ?? '';
  const label = normCell(c['prestation.prestation'] ?? '');
  return `${dateCell(date) ?? normCell(date)}|${timeCell(debut) ?? normCell(debut)}|${label}`;
}

const KEY_CELLS = ['prestation.date', 'prestation.debut', 'prestation.prestation'];
/** Same cells as read for everything `rowKey` looks at (so the same key, without parsing). */
const sameKeyCells = (a: ListRow, b: ListRow) => KEY_CELLS.every((k) => a.cells[k] === b.cells[k]);

/**
 * The page's rows first (indexes kept: an index below `pageRows.length` is a page row), then the
 * accumulated rows that are not on the page (matched by `rowKey`). The page's own array when the
 * accumulated rows add nothing.
 */
export function withAccumulated(pageRows: readonly ListRow[], accumulated: readonly ListRow[]): ListRow[] {
  if (accumulated === pageRows || !accumulated.length) return pageRows as ListRow[];
  // The store's answer to a full read of the page: the same rows, in the same order (copies).
  if (accumulated.length === pageRows.length && accumulated.every((r, i) => sameKeyCells(r, pageRows[i]!)))
    return pageRows as ListRow[];
  const onPage = new Set(pageRows.map(rowKey));
  const extra = accumulated.filter((r) => !onPage.has(rowKey(r)));
  return extra.length ? [...pageRows, ...extra] : (pageRows as ListRow[]);
}
