/**
 * Lists drawn with ARIA roles rather than table elements, as newer back offices do: a
 * `role="table|grid|treegrid"` holding `role="row"`s (directly or in `role="rowgroup"`s) of
 * `role="columnheader|rowheader|cell|gridcell"`s. Read like tables: the header row's cells name the
 * columns, each row after it is a row of the list. Positions count `aria-colindex` and `aria-colspan`.
 */
import { normLabel } from '../../lib/text/normalize';
import type { ListRow } from '../../lib/model/types';
import { CONTROL_SELECTOR, OVERLAY_TAG } from './dom-text';
import { cellValues, rowShown } from './list-rows';

/** A list's element with a table role (a `<table>` with a role is read as a table). */
const ARIA_TABLE = ['table', 'grid', 'treegrid'].map((r) => `[role~="${r}"]:not(table)`).join(', ');
/** Whatever starts a list of its own: a nested table or grid's rows are not this one's. */
const ANY_TABLE = `table, ${ARIA_TABLE}`;
const ROW = '[role~="row"]';
const CELL = ['cell', 'gridcell', 'columnheader', 'rowheader'].map((r) => `[role~="${r}"]`).join(', ');
const HEADER_CELL = '[role~="columnheader"]';
const POSITIONED = '[aria-colindex], [aria-colspan]';

export interface AriaTableHeader {
  kind: 'aria';
  table: Element;
  headerRow: Element;
  /** Normalised header text → column position. */
  headers: Map<string, number>;
  /** The rows after the header row. */
  rows: Element[];
  /** Some cell carries `aria-colindex` or `aria-colspan`. */
  positioned: boolean;
}

/** The cells of a row, not those of a row nested in one of its cells. */
function cellsOf(row: Element): Element[] {
  const cells = Array.from(row.querySelectorAll(CELL));
  return row.querySelector(ROW) ? cells.filter((c) => c.closest(ROW) === row) : cells;
}

/** Cells by column position: `aria-colindex` (from 1) places a cell, `aria-colspan` widens it. */
function byColumn(cells: readonly Element[], positioned: boolean): (Element | undefined)[] {
  if (!positioned) return cells as Element[];
  const out: (Element | undefined)[] = [];
  let col = 0;
  for (const cell of cells) {
    const index = Number(cell.getAttribute('aria-colindex'));
    if (Number.isInteger(index) && index >= 1) col = index - 1;
    const span = Number(cell.getAttribute('aria-colspan'));
    const width = Number.isInteger(span) && span > 1 ? span : 1;
    for (let k = 0; k < width; k++) out[col + k] = cell;
    col += width;
  }
  return out;
}

/**
 * Every ARIA list's header row: the first row of column headers only (at least two), else the first
 * row of at least two cells.
 */
export function ariaHeaders(root: Document | Element): AriaTableHeader[] {
  const out: AriaTableHeader[] = [];
  for (const table of Array.from(root.querySelectorAll(ARIA_TABLE))) {
    if (table.closest(OVERLAY_TAG)) continue;
    const rows = Array.from(table.querySelectorAll(ROW)).filter((r) => r.closest(ANY_TABLE) === table);
    let at = -1;
    let first = -1;
    let headerCells: Element[] = [];
    // A header row is among the first rows: a long list's rows are not all looked at.
    for (let i = 0; i < rows.length && at < 0 && (first < 0 || i <= first + 3); i++) {
      const cells = cellsOf(rows[i]!);
      if (cells.length < 2) continue;
      if (first < 0) {
        first = i;
        headerCells = cells;
      }
      if (cells.every((c) => c.matches(HEADER_CELL))) {
        at = i;
        headerCells = cells;
      }
    }
    at = at < 0 ? first : at;
    if (at < 0) continue;
    const positioned = !!table.querySelector(POSITIONED);
    const headers = new Map<string, number>();
    byColumn(headerCells, positioned).forEach((cell, col) => {
      const n = cell ? normLabel(cell.textContent ?? '') : '';
      if (n && !headers.has(n) && n.length <= 60) headers.set(n, col);
    });
    out.push({ kind: 'aria', table, headerRow: rows[at]!, headers, rows: rows.slice(at + 1), positioned });
  }
  return out;
}

/** The rows of an ARIA list shown to a person, read at the columns' positions. */
export function readAriaRows(
  header: AriaTableHeader,
  keys: readonly string[],
  positions: readonly number[],
): { rows: ListRow[]; rowElements: Element[] } {
  const rows: ListRow[] = [];
  const rowElements: Element[] = [];
  const shown = rowShown(header.table);
  const controls = !!header.table.querySelector(CONTROL_SELECTOR);
  for (const row of header.rows) {
    const cells = cellsOf(row);
    // A row of column headers only (a sub-heading) is no data row.
    if (cells.length < 2 || cells.every((c) => c.matches(HEADER_CELL)) || !shown(row)) continue;
    const values = cellValues(byColumn(cells, header.positioned), keys, positions, controls);
    if (!values) continue;
    rows.push({ cells: values });
    rowElements.push(row);
  }
  return { rows, rowElements };
}
