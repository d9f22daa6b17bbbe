// @vitest-environment jsdom
/**
 * Section of an element (nearest preceding heading, legend, block title) and heading matching.
 */
import { describe, expect, it } from 'vitest';
import { headingMatches, sectionOf } from './sections';

function load(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function section(doc: Document, id: string, cache = new Map<Element, string>()): string {
  return sectionOf(doc.getElementById(id)!, cache);
}

describe('sectionOf', () => {
  it('returns the nearest previous heading among siblings', () => {
    const doc = load('<h2>Identité</h2><p id="a">Nom</p><h2>Interlocuteur principal</h2><p id="b">Nom</p>');
    expect(section(doc, 'a')).toBe('identite');
    expect(section(doc, 'b')).toBe('interlocuteur principal');
  });

  it('returns the normalised heading text (trailing colon and count removed)', () => {
    const doc = load('<h3>Interlocuteur principal (1) :</h3><p id="a">Nom</p>');
    expect(section(doc, 'a')).toBe('interlocuteur principal');
  });

  it('uses a fieldset legend', () => {
    const doc = load(
      '<fieldset><legend>Contact principal</legend><div><span id="a">Nom</span></div></fieldset>',
    );
    expect(section(doc, 'a')).toBe('contact principal');
  });

  it('prefers the fieldset legend over a heading before the fieldset', () => {
    const doc = load(
      '<h2>Fiche client</h2><fieldset><legend>Coordonnées</legend><table><tr><td id="a">Email</td></tr></table></fieldset>',
    );
    expect(section(doc, 'a')).toBe('coordonnees');
  });

  it('climbs nested containers to a heading preceding an ancestor', () => {
    const doc = load(
      '<div><h3>Interlocuteurs</h3><div class="row"><div class="col"><label id="a">Nom</label></div></div></div>',
    );
    expect(section(doc, 'a')).toBe('interlocuteurs');
  });

  it('finds the last heading inside a preceding sibling block', () => {
    const doc = load(
      '<div class="panel"><div class="panel-heading">Client</div></div>' +
        '<header><h2>Identité</h2><h4>Contact principal</h4></header>' +
        '<section><p id="a">Téléphone</p></section>',
    );
    expect(section(doc, 'a')).toBe('contact principal');
  });

  it('uses the innermost section when headings are nested', () => {
    const doc = load(
      '<h2>Fiche client</h2><div><p id="outer">Nom</p><div><h3>Interlocuteur principal</h3><p id="inner">Nom</p></div></div>',
    );
    expect(section(doc, 'inner')).toBe('interlocuteur principal');
    expect(section(doc, 'outer')).toBe('fiche client');
  });

  it('recognises block titles by class and role', () => {
    const doc = load(
      '<div class="bloc-titre">Coordonnées</div><p id="a">Email</p>' +
        '<div role="heading">Interlocuteur principal</div><p id="b">Email</p>',
    );
    expect(section(doc, 'a')).toBe('coordonnees');
    expect(section(doc, 'b')).toBe('interlocuteur principal');
  });

  it('ignores a heading that comes after the element', () => {
    const doc = load('<p id="a">Nom</p><h2>Interlocuteur principal</h2>');
    expect(section(doc, 'a')).toBe('');
  });

  it("returns '' when there is no heading", () => {
    const doc = load('<div><table><tr><td id="a">Nom</td></tr></table></div>');
    expect(section(doc, 'a')).toBe('');
  });

  it('fills and reuses the cache for the element and its ancestors', () => {
    const doc = load('<h2>Identité</h2><div id="row"><span id="a">Nom</span></div>');
    const cache = new Map<Element, string>();
    expect(section(doc, 'a', cache)).toBe('identite');
    expect(cache.get(doc.getElementById('a')!)).toBe('identite');
    expect(cache.get(doc.getElementById('row')!)).toBe('identite');
    expect(section(doc, 'a', new Map([[doc.getElementById('row')!, 'autre']]))).toBe('autre');
  });
});

describe('sectionOf: titles as a person sees them', () => {
  it('takes a row whose single cell spans the table as a title (older screens, class « titre »)', () => {
    const doc = load(
      '<table><tr><td colspan="2" class="titre">Identité</td></tr><tr><td id="a">Nom</td><td>DUPONT</td></tr>' +
        '<tr><td colspan="2" class="sous-titre">Interlocuteur principal</td></tr><tr><td id="b">Nom</td><td>DUPONT Marc</td></tr>' +
        '<tr><td id="c">Email</td><td>m@x.fr</td></tr></table>',
    );
    expect(section(doc, 'a')).toBe('identite');
    expect(section(doc, 'b')).toBe('interlocuteur principal');
    expect(section(doc, 'c')).toBe('interlocuteur principal');
  });

  it('takes a spanning row shown bold, or a spanning header cell, without a title class', () => {
    const doc = load(
      '<table><tr><td id="a">Nom</td><td>DUPONT</td></tr><tr><td colspan="4"><b>Contact principal</b></td></tr>' +
        '<tr><td id="b">Nom</td><td>X</td></tr><tr><th colspan="2">Gestion</th></tr><tr><td id="c">Secteur</td><td>Nord</td></tr>' +
        '<tr><td colspan="2" style="font-weight: bold">Coordonnées</td></tr><tr><td id="d">Email</td><td>x</td></tr></table>',
    );
    expect(section(doc, 'a')).toBe('');
    expect(section(doc, 'b')).toBe('contact principal');
    expect(section(doc, 'c')).toBe('gestion');
    expect(section(doc, 'd')).toBe('coordonnees');
  });

  it('does not take a spanning row of plain text (a note) or with a control as a title', () => {
    const doc = load(
      '<table><tr><td colspan="2" class="titre">Identité</td></tr>' +
        '<tr><td colspan="2">Les champs marqués d’un astérisque sont obligatoires</td></tr><tr><td id="a">Nom</td><td>X</td></tr>' +
        '<tr><td colspan="2"><b>Adresse</b> <input></td></tr><tr><td id="b">Ville</td><td>Lille</td></tr></table>',
    );
    expect(section(doc, 'a')).toBe('identite');
    expect(section(doc, 'b')).toBe('identite');
  });

  it('takes a block shown bold as a title (<b> alone in a div, font-weight on a p)', () => {
    const doc = load(
      '<div><b>Interlocuteur principal</b></div><div class="ligne"><span id="a">Nom</span> <span>X</span></div>' +
        '<p style="font-weight: 600">Gestion du dossier</p><div class="ligne"><span id="b">Géré par</span> <span>Y</span></div>',
    );
    expect(section(doc, 'a')).toBe('interlocuteur principal');
    expect(section(doc, 'b')).toBe('gestion du dossier');
  });

  it('does not take a bold printed label (with its colon, or a label of the page) as a title', () => {
    const isLabel = (norm: string) => norm === 'role';
    const doc = load(
      '<h3>Interlocuteur principal</h3><p><b>Rôle :</b> </p><p><span id="a">Email</span> x</p>' +
        '<div><b>Rôle</b></div><div><span id="b">Téléphone</span> y</div>',
    );
    expect(sectionOf(doc.getElementById('a')!, new Map(), isLabel)).toBe('interlocuteur principal');
    expect(sectionOf(doc.getElementById('b')!, new Map(), isLabel)).toBe('interlocuteur principal');
  });

  it('takes a title made bold by the page’s stylesheet (computed style)', () => {
    document.body.innerHTML =
      '<style>td.entete { font-weight: 700 }</style><table><tr><td colspan="2" class="entete">Contacts</td></tr>' +
      '<tr><td id="a">Nom</td><td>X</td></tr></table>';
    expect(sectionOf(document.getElementById('a')!, new Map())).toBe('contacts');
    document.body.innerHTML = '';
  });
});

describe('headingMatches', () => {
  it('matches an equal heading', () => {
    expect(headingMatches('interlocuteur principal', ['Interlocuteur principal'])).toBe(true);
  });

  it('normalises the section names (case, accents)', () => {
    expect(headingMatches('coordonnees', ['COORDONNÉES'])).toBe(true);
  });

  it('matches a heading that starts with the name followed by more words', () => {
    expect(headingMatches('interlocuteur principal 1', ['Interlocuteur principal'])).toBe(true);
  });

  it('does not match a heading that only shares a word prefix', () => {
    expect(headingMatches('interlocuteurs', ['Interlocuteur'])).toBe(false);
    expect(headingMatches('contact', ['Contact principal'])).toBe(false);
  });

  it('matches any of several names', () => {
    expect(headingMatches('contact principal', ['Interlocuteurs', 'Contact principal'])).toBe(true);
  });

  it('never matches an empty heading', () => {
    expect(headingMatches('', ['Interlocuteur principal'])).toBe(false);
    expect(headingMatches('', [''])).toBe(false);
  });
});
