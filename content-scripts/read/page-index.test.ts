// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdersOf, pageIndex } from './page-index';
import { loadDemoPage } from '../../tests/support/demo-pages';

const CONTROLS = 'input:not([type=hidden]), select, textarea';
const HEADINGS =
  'h1,h2,h3,h4,h5,h6,legend,caption,[role="heading"],.bloc-titre,.titre-bloc,.section-title,.panel-title,.panel-heading,.card-header';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Every element of the document asked both ways: the index must say what the DOM's search says. */
function expectSameAsDom(doc: Document) {
  const index = pageIndex(doc);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const controls = el.matches(CONTROLS) ? [el] : Array.from(el.querySelectorAll(CONTROLS));
    expect(index.controlsIn(el)).toEqual(controls);
    expect(index.headingsIn(el)).toEqual(Array.from(el.querySelectorAll(HEADINGS)));
    expect(index.isHeading(el)).toBe(el.matches(HEADINGS));
  }
}

describe('pageIndex answers as the DOM would', () => {
  it('on the demo fiche (controls, hidden inputs, headings, fieldset legends)', () => {
    expectSameAsDom(parse(loadDemoPage('client-definition-erreurs.html').html));
  });

  it('on nested headings, a control holding an element, and block titles', () => {
    const doc = parse(`<div class="bloc-titre"><h3>Contact</h3></div>
      <fieldset><legend>Interlocuteur</legend><p><input type="hidden"><input><select><option>a</select></p></fieldset>
      <table><caption>T</caption><tr><td><textarea></textarea></td></tr></table>
      <div role="heading">R</div><div class="card-header"><h4>x</h4><input type="checkbox"></div>
      <h2 class="panel-title section-title" role="heading">Matched by three selectors, listed once</h2>`);
    doc.querySelector('input:not([type=hidden])')!.append(doc.createElement('span'));
    expectSameAsDom(doc);
  });

  it('past 300 controls, asks the DOM, with the same answers', () => {
    const rows = Array.from({ length: 320 }, (_, i) => `<tr><td><input name="c${i}"></td></tr>`).join('');
    const doc = parse(`<h2>Liste</h2><table>${rows}</table>`);
    const index = pageIndex(doc);
    const table = doc.querySelector('table')!;
    expect(index.controlsIn(table)).toHaveLength(320);
    expect(index.controlsIn(doc.body)).toEqual(Array.from(doc.body.querySelectorAll(CONTROLS)));
  });
});

describe('holdersOf', () => {
  it('is every element that is or holds one of the given elements', () => {
    const doc = parse('<div id="a"><p id="b"><b id="c">Nom</b></p><p id="d"><i id="e">x</i></p></div>');
    const held = holdersOf([doc.getElementById('c')!]);
    for (const id of ['a', 'b', 'c']) expect(held.has(doc.getElementById(id)!)).toBe(true);
    for (const id of ['d', 'e']) expect(held.has(doc.getElementById(id)!)).toBe(false);
    expect(held.has(doc.body)).toBe(true);
  });
});
