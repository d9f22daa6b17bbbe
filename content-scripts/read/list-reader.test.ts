// @vitest-environment jsdom
/**
 * List reading: the per-table fast paths (no colspan, no control) read the same cells as the
 * general path, and the text walk jumps past the data rows of long tables only.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../lib/settings/settings';
import { collectTexts } from './dom-text';
import { readList, tableHeaders } from './list-reader';

const DEFAULTS = parseSettings({});
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const HEAD =
  '<tr><th>Date</th><th>Heure de début</th><th>Durée</th><th>Prestation</th><th>Intervenant</th></tr>';
const row = (i: number) =>
  `<tr><td>${String((i % 28) + 1).padStart(2, '0')}/12/2026</td><td>9h00</td><td>1h00</td><td>Aide ${i}</td><td>DUBOIS Laura</td></tr>`;

describe('readList', () => {
  it('reads plain cells by column', () => {
    const doc = parse(`<table><thead>${HEAD}</thead><tbody>${row(0)}${row(1)}</tbody></table>`);
    const list = readList(doc, 'prestation', DEFAULTS, [])!.list;
    expect(list.rows.map((r) => r.cells['prestation.prestation'])).toEqual(['Aide 0', 'Aide 1']);
    expect(list.rows[0]!.cells['prestation.date']).toBe('01/12/2026');
  });

  it('counts colspans and reads controls where the table has them', () => {
    const doc = parse(
      `<table><thead>${HEAD}</thead><tbody>` +
        '<tr><td colspan="2">02/12/2026</td><td>2h00</td><td>Courses</td><td>MARTIN Julie</td></tr>' +
        '<tr><td>03/12/2026</td><td>10h00</td><td>1h00</td><td><select><option>Ménage</option><option selected>Repas</option></select></td><td><span> DUBOIS  Laura </span></td></tr>' +
        '</tbody></table>',
    );
    const rows = readList(doc, 'prestation', DEFAULTS, [])!.list.rows.map((r) => r.cells);
    expect(rows[0]).toMatchObject({
      'prestation.date': '02/12/2026',
      'prestation.debut': '02/12/2026',
      'prestation.duree': '2h00',
      'prestation.prestation': 'Courses',
      'prestation.intervenant': 'MARTIN Julie',
    });
    expect(rows[1]).toMatchObject({
      'prestation.prestation': 'Repas',
      'prestation.intervenant': 'DUBOIS Laura',
    });
  });

  it('skips header-only rows, rows of the head and foot, and empty rows', () => {
    const doc = parse(
      `<table><thead>${HEAD}</thead><tbody>${row(0)}<tr><th>Sous-total</th><th>x</th></tr><tr><td></td><td></td></tr>${row(1)}</tbody>` +
        '<tfoot><tr><td>Total</td><td>2h00</td></tr></tfoot></table>',
    );
    const read = readList(doc, 'prestation', DEFAULTS, [])!;
    expect(read.list.rows).toHaveLength(2);
    expect(read.rowElements.map((tr) => tr.children[3]!.textContent)).toEqual(['Aide 0', 'Aide 1']);
  });
});

describe('collectTexts on a long table', () => {
  const texts = (doc: Document) => collectTexts(doc).map((t) => t.text);

  it('keeps the header and first rows, the texts around the table, skips the other data rows', () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(i)).join('');
    const doc = parse(
      `<h2>Planning</h2><table><thead>${HEAD}</thead><tbody>${rows}</tbody>` +
        '<tfoot><tr><td>Page 1 sur 3</td><td>x</td></tr></tfoot></table><p>Période : du 01/12/2026 au 31/12/2026</p>',
    );
    const t = texts(doc);
    expect(t).toEqual(expect.arrayContaining(['Planning', 'Date', 'Intervenant', 'Aide 0', 'Aide 1']));
    expect(t).toContain('Période : du 01/12/2026 au 31/12/2026');
    expect(t).not.toContain('Aide 2');
    expect(t).not.toContain('Aide 99');
  });

  it('skips the same rows when the table has several bodies or rows built outside any body', () => {
    const bodies = `<tbody>${row(0)}</tbody><tbody>${Array.from({ length: 80 }, (_, i) => row(i + 1)).join('')}</tbody>`;
    const doc = parse(`<table><thead>${HEAD}</thead>${bodies}</table><p>Après</p>`);
    const t = texts(doc);
    expect(t).toEqual(expect.arrayContaining(['Aide 0', 'Aide 1', 'Après']));
    expect(t).not.toContain('Aide 2');

    const scripted = parse(`<table id="t"></table><p>Après</p>`);
    const table = scripted.getElementById('t')!;
    for (let i = 0; i < 80; i++) {
      const tr = scripted.createElement('tr');
      tr.innerHTML = `<td>Ligne ${i}</td><td>x</td>`;
      table.appendChild(tr);
    }
    const s = texts(scripted);
    expect(s).toEqual(expect.arrayContaining(['Ligne 0', 'Ligne 2', 'Après']));
    expect(s).not.toContain('Ligne 3');
  });
});

describe('readList: rows the page hides', () => {
  it('leaves out rows hidden by their markup (hidden attribute, display:none, visibility:hidden), also in a hidden row group', () => {
    const doc = parse(
      `<table><thead>${HEAD}</thead><tbody>${row(0)}` +
        row(1).replace('<tr>', '<tr hidden>') +
        row(2).replace('<tr>', '<tr style="color: red; display : none">') +
        row(3).replace('<tr>', '<tr style="visibility:hidden">') +
        `${row(4)}</tbody><tbody style="display:none">${row(5)}</tbody></table>`,
    );
    const read = readList(doc, 'prestation', DEFAULTS, [])!;
    expect(read.list.rows.map((r) => r.cells['prestation.prestation'])).toEqual(['Aide 0', 'Aide 4']);
    expect(read.rowElements.map((tr) => tr.textContent)).toEqual([
      '01/12/20269h001h00Aide 0DUBOIS Laura',
      '05/12/20269h001h00Aide 4DUBOIS Laura',
    ]);
  });

  it('keeps rows whose style hides nothing', () => {
    const doc = parse(
      `<table><thead>${HEAD}</thead><tbody>` +
        row(0).replace('<tr>', '<tr style="background: none; visibility: visible">') +
        row(1).replace('<tr>', '<tr data-hidden="true" class="hidden-xs">') +
        '</tbody></table>',
    );
    const rows = readList(doc, 'prestation', DEFAULTS, [])!.list.rows;
    expect(rows.map((r) => r.cells['prestation.prestation'])).toEqual(['Aide 0', 'Aide 1']);
  });
});

describe('readList: lists drawn with ARIA roles', () => {
  const cells = (role: string, texts: string[]) =>
    texts
      .map((t, i) => `<div role="${i === 0 && role === 'gridcell' ? 'rowheader' : role}">${t}</div>`)
      .join('');
  const ariaRow = (i: number) =>
    `<div role="row">${cells('gridcell', [`0${i + 1}/12/2026`, '9h00', '1h00', `Aide ${i}`, 'DUBOIS Laura'])}</div>`;
  const ARIA_HEAD = `<div role="row">${cells('columnheader', ['Date', 'Heure de début', 'Durée', 'Prestation', 'Intervenant'])}</div>`;

  it('reads a role="grid" like a table: header cells name the columns, each row a prestation', () => {
    const doc = parse(
      `<div role="grid"><div role="rowgroup">${ARIA_HEAD}</div>` +
        `<div role="rowgroup">${ariaRow(0)}${ariaRow(1)}</div></div>`,
    );
    const read = readList(doc, 'prestation', DEFAULTS, [])!;
    expect(read.list.columns.sort()).toEqual(
      [
        'prestation.date',
        'prestation.debut',
        'prestation.duree',
        'prestation.intervenant',
        'prestation.prestation',
      ].sort(),
    );
    expect(read.list.rows.map((r) => r.cells)).toEqual([
      {
        'prestation.date': '01/12/2026',
        'prestation.debut': '9h00',
        'prestation.duree': '1h00',
        'prestation.prestation': 'Aide 0',
        'prestation.intervenant': 'DUBOIS Laura',
      },
      {
        'prestation.date': '02/12/2026',
        'prestation.debut': '9h00',
        'prestation.duree': '1h00',
        'prestation.prestation': 'Aide 1',
        'prestation.intervenant': 'DUBOIS Laura',
      },
    ]);
    expect(read.rowElements.map((r) => r.getAttribute('role'))).toEqual(['row', 'row']);
    expect(read.list.period).toEqual({ from: '2026-12-01', to: '2026-12-02' });
  });

  it('reads role="table" with cells wrapped in other elements, a hidden row and a control left out', () => {
    const doc = parse(
      `<section role="table" aria-label="Interventions">${ARIA_HEAD}` +
        `<div role="row" class="ligne"><span><span role="cell">03/12/2026</span></span><span role="cell">10h00</span>` +
        `<span role="cell">2h00</span><span role="cell"><select><option>Ménage</option><option selected>Repas</option></select></span>` +
        `<span role="cell"><a href="#"> PETIT  Sarah </a></span></div>` +
        ariaRow(5).replace('role="row"', 'role="row" hidden') +
        `<div role="row">${cells('columnheader', ['Sous-total', '3h00'])}</div>` +
        '</section>',
    );
    const rows = readList(doc, 'prestation', DEFAULTS, [])!.list.rows.map((r) => r.cells);
    expect(rows).toEqual([
      {
        'prestation.date': '03/12/2026',
        'prestation.debut': '10h00',
        'prestation.duree': '2h00',
        'prestation.prestation': 'Repas',
        'prestation.intervenant': 'PETIT Sarah',
      },
    ]);
  });

  it('places cells by aria-colindex and aria-colspan, and does not take a nested grid’s rows', () => {
    const doc = parse(
      `<div role="grid">${ARIA_HEAD}` +
        '<div role="row"><div role="gridcell" aria-colindex="1">04/12/2026</div><div role="gridcell" aria-colindex="4">Courses</div>' +
        '<div role="gridcell" aria-colindex="5">MARTIN Julie<div role="grid"><div role="row"><div role="gridcell">x</div><div role="gridcell">y</div></div></div></div></div>' +
        '<div role="row"><div role="gridcell" aria-colspan="2">05/12/2026</div><div role="gridcell">1h00</div><div role="gridcell">Repas</div><div role="gridcell">DUBOIS Laura</div></div>' +
        '</div>',
    );
    const rows = readList(doc, 'prestation', DEFAULTS, [])!.list.rows.map((r) => r.cells);
    expect(rows).toEqual([
      {
        'prestation.date': '04/12/2026',
        'prestation.debut': '',
        'prestation.duree': '',
        'prestation.prestation': 'Courses',
        // The nested grid's text is part of the cell as shown; its rows are not rows of this list.
        'prestation.intervenant': 'MARTIN Juliexy',
      },
      {
        'prestation.date': '05/12/2026',
        'prestation.debut': '05/12/2026',
        'prestation.duree': '1h00',
        'prestation.prestation': 'Repas',
        'prestation.intervenant': 'DUBOIS Laura',
      },
    ]);
  });
});

describe('tableHeaders: where ARIA lists are looked for', () => {
  const grid =
    '<div role="grid"><div role="row"><div role="columnheader">Date</div><div role="columnheader">Prestation</div></div></div>';
  const kinds = (doc: Document) => tableHeaders(doc).map((h) => h.kind);

  it('finds an ARIA list next to short tables', () => {
    // 60 rows, the head's counted.
    const rows = Array.from({ length: 59 }, (_, i) => row(i)).join('');
    expect(kinds(parse(`<table><thead>${HEAD}</thead><tbody>${rows}</tbody></table>${grid}`))).toEqual([
      'table',
      'aria',
    ]);
  });

  it('does not search a document whose list is a long table (more than 60 rows)', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i)).join('');
    expect(kinds(parse(`<table><thead>${HEAD}</thead><tbody>${rows}</tbody></table>${grid}`))).toEqual([
      'table',
    ]);
  });
});
