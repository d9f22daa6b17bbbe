/**
 * Lists (planning, contrats, documents) are tables, or lists drawn with ARIA roles (aria-grid.ts),
 * read by their column headers: order-independent, extra columns ignored, header aliases from the same
 * definition table as the fields. Only the rows a person sees are read (list-rows.ts). Also reads the
 * displayed period and any pagination indicator, so a partial list says so.
 */
import { LIST_COLUMNS, type ColumnDef } from '../../lib/model/fields';
import { cellsAreClean, cleanText, normLabel, parseDate } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import type { ListKey, ListRecord, ListRow } from '../../lib/model/types';
import { ariaHeaders, readAriaRows, type AriaTableHeader } from './aria-grid';
import { CONTROL_SELECTOR, controlsIn, OVERLAY_TAG, visibleValue } from './dom-text';
import { cellValues, rowShown } from './list-rows';

export interface HtmlTableHeader {
  kind: 'table';
  table: HTMLTableElement;
  headerRow: HTMLTableRowElement;
  /** Normalised header text → column position (colspans counted). */
  headers: Map<string, number>;
}

/** A list's header row: a table's, or an ARIA list's. */
export type TableHeader = HtmlTableHeader | AriaTableHeader;

/** A table with more rows than this is a data list (as for the text walk, dom-text.ts). */
const LONG_TABLE_ROWS = 60;

/**
 * Every table's header row: `thead` last row, else the first row made of `th`, else the first row;
 * then every ARIA list's.
 */
export function tableHeaders(root: Document | Element): TableHeader[] {
  const out: HtmlTableHeader[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.closest(OVERLAY_TAG)) continue;
    const rows = table.rows;
    // The head's last row, else the first row of header cells, else the first row (a long table's
    // rows are looked at one by one only when it has no head).
    let headerRow = table.tHead?.rows[table.tHead.rows.length - 1] as HTMLTableRowElement | undefined;
    for (let i = 0; !headerRow && i < rows.length; i++) {
      const r = rows[i]!;
      if (r.cells.length > 1 && Array.from(r.cells).every((c) => c.tagName === 'TH')) headerRow = r;
    }
    headerRow ??= rows[0];
    if (!headerRow || headerRow.cells.length < 2) continue;
    const headers = new Map<string, number>();
    let col = 0;
    for (const cell of Array.from(headerRow.cells)) {
      const n = normLabel(cell.textContent ?? '');
      if (n && !headers.has(n) && n.length <= 60) headers.set(n, col);
      col += cell.colSpan || 1;
    }
    out.push({ kind: 'table', table, headerRow, headers });
  }
  // A document with a long table has its list there: it is not searched for ARIA lists, a search
  // that would go through every cell of that table (most of a planning page's elements).
  return out.some((h) => h.table.rows.length > LONG_TABLE_ROWS) ? out : [...out, ...ariaHeaders(root)];
}

function columnIndex(defs: readonly ColumnDef[], settings: Settings): Map<string, ColumnDef[]> {
  const m = new Map<string, ColumnDef[]>();
  for (const d of defs) {
    for (const l of [...d.labels, ...(settings.fields[d.key]?.aliases ?? [])]) {
      const n = normLabel(l);
      const list = m.get(n) ?? [];
      if (!list.includes(d)) list.push(d);
      m.set(n, list);
    }
  }
  return m;
}

/** Column key → position in the table, for the columns of a list found in a header row. */
function matchColumns(header: TableHeader, list: ListKey, settings: Settings): Map<string, number> {
  const index = columnIndex(LIST_COLUMNS[list], settings);
  const found = new Map<string, number>();
  // Canonical labels first, so « Date de début » is not taken by an alias elsewhere.
  const entries = [...header.headers.entries()].sort(
    ([a], [b]) => rankOf(index.get(a), a) - rankOf(index.get(b), b),
  );
  for (const [text, col] of entries) {
    for (const def of index.get(text) ?? []) {
      if (!found.has(def.key) && ![...found.values()].includes(col)) {
        found.set(def.key, col);
        break;
      }
    }
  }
  return found;
}

function rankOf(defs: ColumnDef[] | undefined, text: string): number {
  return defs?.some((d) => normLabel(d.labels[0]!) === text) ? 0 : 1;
}

const PERIOD = /p[ée]riode\s*:?\s*du\s+([\d/.-]{6,10})\s+au\s+([\d/.-]{6,10})/i;
const PAGE_OF = /\bpage\s+(\d+)\s*(?:\/|sur)\s*(\d+)/i;
const RANGE_OF =
  /\b(\d[\d\s\u00a0\u202f]*)\s*[-–à]\s*(\d[\d\s\u00a0\u202f]*)\s+sur\s+(\d[\d\s\u00a0\u202f]*)/i;
const digits = (s: string) => Number(s.replace(/\D/g, ''));

/** The displayed period (« Période : du … au … », or filter fields Du / Au) and whether rows are paginated. */
export function readPeriod(
  root: Document | Element,
  texts: readonly string[],
): {
  period?: { from: string; to: string };
  paginated: boolean;
} {
  let period: { from: string; to: string } | undefined;
  let paginated = false;
  for (const t of texts) {
    const p = PERIOD.exec(t);
    if (p && !period) {
      const from = parseDate(p[1]!);
      const to = parseDate(p[2]!);
      if (from && to) period = { from, to };
    }
    const pg = PAGE_OF.exec(t);
    if (pg && Number(pg[2]) > 1) paginated = true;
    const r = RANGE_OF.exec(t);
    if (r && digits(r[2]!) - digits(r[1]!) + 1 < digits(r[3]!)) paginated = true;
  }
  if (!period) {
    // Date filter fields « Du » / « Au ».
    const byLabel = (label: string) => {
      for (const l of Array.from(root.querySelectorAll('label'))) {
        if (normLabel(l.textContent ?? '') !== label) continue;
        const id = l.getAttribute('for');
        const c = id ? l.ownerDocument.getElementById(id) : controlsIn(l)[0];
        if (c) return parseDate(visibleValue(c));
      }
      return null;
    };
    const from = byLabel('du');
    const to = byLabel('au');
    if (from && to) period = { from, to };
  }
  return { ...(period ? { period } : {}), paginated };
}

export interface ListReadResult {
  list: ListRecord;
  /** The `tr` (or ARIA row) of each row read, by index. */
  rowElements: Element[];
  /** The table (or ARIA list) the list was read from. */
  table: Element;
}

const SPAN_SELECTOR = 'td[colspan], th[colspan], td[rowspan], th[rowspan]';
const CONTROL_TAGS = ['input', 'select', 'textarea'];

interface BodyText {
  /** The rows shown, one a line. */
  rows: ArrayLike<HTMLTableRowElement>;
  /** Each row's cell texts. */
  lines: string[][];
  /** No cell text needs `cleanText` (no space to collapse or trim, no special space). */
  clean: boolean;
}

/**
 * A plain data table's bodies read in one call each, rather than cell by cell: `innerText` lays a
 * rendered table out as one line per row and a tab between cells. Each cell read separately costs a
 * crossing from the extension's isolated world into the page's DOM, which on a 1,500-row planning is
 * most of the read. Taken only when the layout is certain: a header in `thead`, every row a line with
 * exactly the header's cells, no row of header cells only; null otherwise (read cell by cell). The
 * text is the rendered one (hidden parts left out), as a person reads the table. A row the page hides
 * makes no line: only when a body has fewer lines than rows are its rows asked whether they are shown.
 */
function bodyTexts(table: HTMLTableElement, header: HtmlTableHeader): BodyText[] | null {
  // No layout, no `innerText` (jsdom); asked without calling the getter, which lays out.
  if (!('innerText' in table) || header.headerRow.parentElement?.tagName !== 'THEAD') return null;
  const width = header.headerRow.cells.length;
  const out: BodyText[] = [];
  let shown: ((row: Element) => boolean) | undefined;
  let counted = (table.tHead?.rows.length ?? 0) + (table.tFoot?.rows.length ?? 0);
  for (const section of Array.from(table.tBodies)) {
    const count = section.rows.length;
    counted += count;
    if (!count) continue;
    // A row of header cells only is a sub-heading, not a row of data (a row may start with a th).
    if (hasHeadingRow(section)) return null;
    const text: unknown = (section as HTMLElement).innerText;
    if (typeof text !== 'string') return null;
    const lines = text.split('\n');
    let rows: ArrayLike<HTMLTableRowElement> = section.rows;
    if (lines.length !== count && !(lines.length === count + 1 && lines[count] === '')) {
      shown ??= rowShown(table);
      rows = Array.from(section.rows).filter(shown);
      // A body hidden whole is not laid out: its innerText is its raw text.
      if (!rows.length) continue;
    }
    const n = rows.length;
    if (lines.length === n + 1 && lines[n] === '') lines.pop();
    if (lines.length !== n) return null;
    const split: string[][] = new Array(n);
    for (let r = 0; r < n; r++) {
      const parts = lines[r]!.split('\t');
      if (parts.length !== width) return null;
      split[r] = parts;
    }
    out.push({ rows, lines: split, clean: cellsAreClean(text) });
  }
  // Rows outside any section (a table built without tbody): cell by cell. A foot is no data.
  return counted === table.rows.length ? out : null;
}

function hasHeadingRow(section: HTMLTableSectionElement): boolean {
  try {
    return !!section.querySelector(':scope > tr:not(:has(> td))');
  } catch {
    return !!section.querySelector(':scope > tr > th'); // no :has (older engines): any th
  }
}

function bodyOrHeaderSpans(table: HTMLTableElement, header: HtmlTableHeader): boolean {
  const inBodies = SPAN_SELECTOR.split(', ')
    .map((s) => `:scope > tbody > tr > ${s}`)
    .join(', ');
  return !!table.querySelector(inBodies) || Array.from(header.headerRow.cells).some((c) => c.colSpan > 1);
}

/** Whether one of the elements sits in a cell of `table` at one of the positions (no spans). */
function inColumns(table: HTMLTableElement, els: readonly Element[], positions: readonly number[]): boolean {
  for (const el of els) {
    const cell = el.closest('td, th') as HTMLTableCellElement | null;
    if (cell && cell.closest('table') === table && positions.includes(cell.cellIndex)) return true;
  }
  return false;
}

/** The rows of a table shown to a person, read at the columns' positions. */
function readTableRows(
  header: HtmlTableHeader,
  keys: readonly string[],
  positions: readonly number[],
): { rows: ListRow[]; rowElements: Element[] } {
  const rows: ListRow[] = [];
  const rowElements: HTMLTableRowElement[] = [];
  const byColumn: (HTMLTableCellElement | undefined)[] = [];
  // Two questions asked once per table rather than per cell: does any cell span columns (else a
  // cell's position is its index), does any hold a control (else a cell's value is its text).
  const table = header.table;
  // Both asked in the browser's fast paths (a lone attribute, a tag name), three times cheaper than
  // one walk matching seven selectors on a 1,500-row planning: a span on any element only sends the
  // read to the exact check below (bodyOrHeaderSpans); the controls are asked for only when the
  // table holds an input, a select or a textarea.
  const spans = !!table.querySelector('[colspan], [rowspan]');
  const controlEls = CONTROL_TAGS.some((tag) => table.getElementsByTagName(tag).length)
    ? Array.from(table.querySelectorAll(CONTROL_SELECTOR))
    : [];
  const controls = controlEls.length > 0;
  // Neither a selection checkbox in a column not read, nor a total spanning the foot, stops the
  // one-call read: only spans in the bodies or the header row do.
  const fast =
    !(spans && bodyOrHeaderSpans(table, header)) &&
    !inColumns(table, controlEls, positions) &&
    bodyTexts(table, header);
  if (fast) {
    for (const { lines, rows: shownRows, clean } of fast) {
      for (let r = 0; r < lines.length; r++) {
        const parts = lines[r]!;
        const values: Record<string, string> = {};
        let any = false;
        for (let k = 0; k < keys.length; k++) {
          const part = parts[positions[k]!] ?? '';
          const v = clean ? part : cleanText(part);
          values[keys[k]!] = v;
          if (v) any = true;
        }
        if (!any) continue;
        rows.push({ cells: values });
        rowElements.push(shownRows[r]!);
      }
    }
    return { rows, rowElements };
  }
  // The rows after the header row, in the table's bodies (a thead or tfoot row is no data row).
  const all = table.rows;
  const shown = rowShown(table);
  let i = 0;
  while (i < all.length && all[i] !== header.headerRow) i++;
  for (i++; i < all.length; i++) {
    const tr = all[i]!;
    const section = tr.parentElement?.tagName;
    if (section === 'THEAD' || section === 'TFOOT') continue;
    const cells = tr.cells;
    const n = cells.length;
    if (n < 2) continue;
    // A row made only of header cells is no data row.
    let onlyTh = true;
    for (let c = 0; c < n && onlyTh; c++) if (cells[c]!.tagName !== 'TH') onlyTh = false;
    if (onlyTh || !shown(tr)) continue;
    if (spans) {
      // Cells by column position, colspans counted.
      byColumn.length = 0;
      for (let c = 0; c < n; c++) {
        const cell = cells[c]!;
        for (let k = cell.colSpan || 1; k > 0; k--) byColumn.push(cell);
      }
    }
    // Most cells hold plain text: read it as it is. A cell with elements inside is read as shown
    // (a hidden sort key left out, as in the one-call read above), or by its control.
    const values = cellValues(spans ? byColumn : cells, keys, positions, controls);
    if (!values) continue;
    rows.push({ cells: values });
    rowElements.push(tr);
  }
  return { rows, rowElements };
}

/** Read the first table or ARIA list that shows the list's columns (at least two of them). */
export function readList(
  root: Document | Element,
  list: ListKey,
  settings: Settings,
  texts: readonly string[],
  headers: readonly TableHeader[] = tableHeaders(root),
): ListReadResult | null {
  let best: { header: TableHeader; cols: Map<string, number> } | null = null;
  for (const h of headers) {
    const cols = matchColumns(h, list, settings);
    if (cols.size >= 2 && (!best || cols.size > best.cols.size)) best = { header: h, cols };
  }
  if (!best) return null;
  const { header, cols } = best;
  const keys = [...cols.keys()];
  const positions = keys.map((k) => cols.get(k)!);
  const { rows, rowElements } =
    header.kind === 'aria' ? readAriaRows(header, keys, positions) : readTableRows(header, keys, positions);
  const { period, paginated } = readPeriod(root, texts);
  // Without a displayed period, a planning covers its first to its last date.
  const dates =
    list === 'prestation' && !period
      ? rows.map((r) => parseDate(r.cells['prestation.date'] ?? '')).filter(Boolean)
      : [];
  const sorted = (dates as string[]).sort();
  const covered =
    period ?? (sorted.length ? { from: sorted[0]!, to: sorted[sorted.length - 1]! } : undefined);
  return {
    list: {
      key: list,
      columns: [...cols.keys()],
      rows,
      ...(covered ? { period: covered } : {}),
      complete: !paginated,
    },
    rowElements,
    table: header.table,
  };
}
