/**
 * The demo planning (client-planning.html) in other markups Ogust might use: the header row in the
 * body with month rows spanning the table, links and non-breaking spaces in cells, hidden sort keys,
 * a selection checkbox column, dates as row headers with a total in the foot, a hidden column. Each must read as the original: same rows, same
 * findings. Served under the demo origin at `/variantes/<name>`, in Chromium and in Firefox.
 */
import { loadDemoPage } from './demo-pages';

export const VARIANT_BASE = loadDemoPage('client-planning.html');
const ROW = /<tr class="[^"]*">(<td>[^<]*<\/td>)+<\/tr>/g;
const cellsOf = (tr: string) => [...tr.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
const HEAD = /<thead>(<tr>.*?<\/tr>)<\/thead>\s*<tbody>/;

/** « <td>01/12/2026</td> » → « <td><span style="display:none">20261201</span>01/12/2026</td> ». */
const withSortKey = (tr: string) =>
  tr.replace(
    /<td>(\d\d)\/(\d\d)\/(\d{4})<\/td>/,
    '<td><span style="display:none">$3$2$1</span>$1/$2/$3</td>',
  );

/** A column before the others: its header cell, and the same cell in every row. */
const withFirstColumn = (html: string, th: string, td: string) =>
  html
    .replace(HEAD, (_, head: string) => `<thead>${head.replace('<tr>', `<tr>${th}`)}</thead><tbody>`)
    .replace(ROW, (tr) => tr.replace(/^<tr([^>]*)>/, `<tr$1>${td}`));

/** The demo planning in other markups; `name` is the file name it is served under. */
export const LIST_VARIANTS: { name: string; make(html: string): string }[] = [
  {
    // No thead: the header row is the body's first row; a row per month spans the table; a hidden
    // sort key before each date.
    name: 'groupes-par-mois.html',
    make: (html) => {
      let month = '';
      return html
        .replace(HEAD, (_, head: string) => `<tbody>${head}`)
        .replace(ROW, (tr) => {
          const m = cellsOf(tr)[0]!.slice(3);
          const group = m === month ? '' : `<tr class="mois"><th colspan="6">Mois ${m}</th></tr>`;
          month = m;
          return group + withSortKey(tr);
        });
    },
  },
  {
    // Names as links, dates padded with non-breaking spaces.
    name: 'liens-et-espaces.html',
    make: (html) =>
      html.replace(ROW, (tr) => {
        const c = cellsOf(tr);
        c[0] = `&nbsp;${c[0]}&nbsp;`;
        if (c[4]) c[4] = `<a href="#">${c[4]}</a>`;
        return `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
      }),
  },
  {
    // A hidden sort key before each date, the table otherwise plain.
    name: 'cle-de-tri.html',
    make: (html) => html.replace(ROW, withSortKey),
  },
  {
    // A selection checkbox before each row, and « select all » in the header.
    name: 'cases-a-cocher.html',
    make: (html) =>
      withFirstColumn(
        html,
        '<th><input type="checkbox" aria-label="Tout sélectionner"></th>',
        '<td><input type="checkbox" name="sel"></td>',
      ),
  },
  {
    // The date as a row header (th), and a total in the foot spanning the first columns.
    name: 'entete-de-ligne-et-total.html',
    make: (html) =>
      html
        .replace(ROW, (tr) => tr.replace(/^(<tr[^>]*>)<td>([^<]*)<\/td>/, '$1<th scope="row">$2</th>'))
        .replace(
          /<\/tbody>\s*<\/table>/,
          '</tbody><tfoot><tr><td colspan="2">Total</td><td>1 234h00</td><td colspan="3"></td></tr></tfoot></table>',
        ),
  },
  {
    // A hidden first column (an internal id).
    name: 'colonne-cachee.html',
    make: (html) =>
      withFirstColumn(html, '<th style="display:none">Id</th>', '<td style="display:none">42</td>'),
  },
];

/** The variant served under this file name, or null. */
export function variantHtml(name: string): string | null {
  return LIST_VARIANTS.find((v) => v.name === name)?.make(VARIANT_BASE.html) ?? null;
}
