/**
 * The demo planning (client-planning.html) in other markups Ogust might use: the header row in the
 * body with month rows spanning the table, links and non-breaking spaces in cells, hidden sort keys,
 * a selection checkbox column, dates as row headers with a total in the foot, a hidden column, rows the
 * page hides (five ways), the list drawn with ARIA roles. Each must read as the original: same rows, same
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

/** A rule added to the page's stylesheet. */
const withCss = (html: string, css: string) => html.replace('</style>', `${css}\n</style>`);

/**
 * Rows a person does not see, each of which, were it read, would change the stored rows and add a
 * finding the original page has not: a Présentation still in Brouillon (planning.presentation.notValidated),
 * a prestation before the Présentation (planning.presentation.notFirst).
 */
const HIDDEN = {
  brouillon: ['02/12/2026', '8h00', '1h00', 'Présentation', 'DUBOIS Laura', 'Brouillon'],
  avant: ['01/12/2026', '7h00', '1h00', 'Aide au lever et à la toilette', 'DUBOIS Laura', 'A réaliser'],
};
const hiddenTr = (attrs: string, cells: string[]) =>
  `<tr ${attrs}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The table as `div`s with ARIA roles laid out by a CSS grid (rows `display: contents`); the date a row header. */
function ariaGrid(html: string): string {
  const cell = (role: string) => (_: string, text: string) => `<div role="${role}">${text}</div>`;
  return withCss(
    html,
    '  .grille { display: grid; grid-template-columns: repeat(6, auto); }\n' +
      '  .grille [role="row"]:not([hidden]) { display: contents; }\n' +
      '  .grille [role="columnheader"] { background: #dfe8f1; font-weight: bold; padding: 3px 6px; }\n' +
      '  .grille [role="gridcell"], .grille [role="rowheader"] { padding: 1px 6px; border-bottom: 1px solid #e3e9ef; }',
  )
    .replace('<table class="liste">', '<div class="grille" role="grid" aria-label="Interventions">')
    .replace(/<\/table>/, '</div>')
    .replace(/<(thead|tbody)>/g, '<div role="rowgroup">')
    .replace(/<\/(thead|tbody)>/g, '</div>')
    .replace(/<th>([^<]*)<\/th>/g, cell('columnheader'))
    .replace(
      /<tr( class="[^"]*")?>(<td>[^<]*<\/td>)/g,
      (_, cls: string | undefined, first: string) =>
        `<div role="row"${cls ?? ''}>${first.replace(/<td>([^<]*)<\/td>/, cell('rowheader'))}`,
    )
    .replace(/<tr>/g, '<div role="row">')
    .replace(/<td>([^<]*)<\/td>/g, cell('gridcell'))
    .replace(/<\/tr>/g, '</div>');
}

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
  {
    // Rows the page hides: the hidden attribute, an inline display:none, a filter's class whose CSS
    // hides the row, visibility:hidden, and a whole row group hidden by its class.
    name: 'lignes-masquees.html',
    make: (html) =>
      withCss(html, '  tr.filtre-masque, tbody.filtre-masque { display: none; }')
        .replace(
          /<tbody>\n/,
          '<tbody>\n' +
            hiddenTr('hidden', HIDDEN.avant) +
            hiddenTr('style="display: none"', HIDDEN.brouillon) +
            hiddenTr('class="s1 filtre-masque"', HIDDEN.avant) +
            hiddenTr('style="visibility:hidden"', HIDDEN.brouillon) +
            '\n',
        )
        .replace(
          /<\/tbody>/,
          `</tbody><tbody class="filtre-masque">${hiddenTr('class="s0"', HIDDEN.avant)}${hiddenTr('class="s0"', HIDDEN.brouillon)}</tbody>`,
        ),
  },
  {
    // The list drawn with ARIA roles (grid, rowgroup, row, columnheader, rowheader, gridcell), plus
    // a row hidden by the page.
    name: 'grille-aria.html',
    make: (html) =>
      ariaGrid(html).replace(
        /(<div role="rowgroup">\n)(?=<div role="row" class)/,
        `$1<div role="row" hidden>${HIDDEN.brouillon.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>\n`,
      ),
  },
];

/** The variant served under this file name, or null. */
export function variantHtml(name: string): string | null {
  return LIST_VARIANTS.find((v) => v.name === name)?.make(VARIANT_BASE.html) ?? null;
}
