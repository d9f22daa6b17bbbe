// @vitest-environment jsdom
/**
 * List reading: the per-table fast paths (no colspan, no control) read the same cells as the
 * general path, and the text walk jumps past the data rows of long tables only.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../lib/settings';
import { collectTexts } from './dom-text';
import { readList } from './list-reader';

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
    expect(read.rowElements.map((tr) => tr.cells[3]!.textContent)).toEqual(['Aide 0', 'Aide 1']);
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
