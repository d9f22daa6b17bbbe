// @vitest-environment jsdom
/**
 * The field reader: each way a French label is associated with its value, ranking between
 * candidates, section scoping, admin aliases, unsaved changes and the overlay host.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOfPage, type FieldDef } from '../../lib/model/fields';
import { parseSettings, type Settings } from '../../lib/settings/settings';
import type { FieldRead } from '../../lib/model/types';
import { readPage, type ReadResult } from './field-reader';

const CLIENT = fieldsOfPage('client.definition');
const DEFAULTS = parseSettings({});

function load(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function read(doc: Document, defs: readonly FieldDef[] = CLIENT, settings: Settings = DEFAULTS): ReadResult {
  return readPage(doc, 'client.definition', defs, settings);
}

function readValue(result: ReadResult, key: string): string {
  const f = result.record.fields[key] as FieldRead;
  expect(f.state, `${key} should be read`).toBe('read');
  return f.state === 'read' ? f.value : '';
}

const def = (key: string, labels: string[], extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  page: 'client.definition',
  labels,
  type: 'text',
  ...extra,
});

describe('association kinds', () => {
  it('reads an input named by <label for>', () => {
    const doc = load('<label for="n">Nom</label> <input id="n" value="DUPONT">');
    const r = read(doc);
    expect(r.record.fields['client.nom']).toEqual({
      state: 'read',
      value: 'DUPONT',
      label: 'Nom',
      via: 'label-for',
      control: true,
    });
    expect(r.elements.get('client.nom')).toBe(doc.getElementById('n'));
  });

  it('reads an input inside a wrapping <label>', () => {
    const doc = load('<label>Prénom : <input id="p" value="Jeanne"></label>');
    const r = read(doc);
    expect(readValue(r, 'client.prenom')).toBe('Jeanne');
    expect(r.matches.get('client.prenom')?.read).toMatchObject({ via: 'label-for' });
    expect(r.elements.get('client.prenom')).toBe(doc.getElementById('p'));
  });

  it('reads a control named by aria-label', () => {
    const doc = load('<div><input id="c" aria-label="Code client" value="CLI00042"></div>');
    const r = read(doc);
    expect(readValue(r, 'client.codeClient')).toBe('CLI00042');
    expect(r.record.fields['client.codeClient']).toMatchObject({ via: 'aria', control: true });
    expect(r.elements.get('client.codeClient')).toBe(doc.getElementById('c'));
  });

  it('reads a control named by aria-labelledby', () => {
    const doc = load(
      '<div><span id="lbl">Code postal</span></div>' +
        '<div><input id="cp" aria-labelledby="lbl" value="75011"></div>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.codePostal')).toBe('75011');
    expect(r.record.fields['client.codePostal']).toMatchObject({ via: 'aria' });
    expect(r.elements.get('client.codePostal')).toBe(doc.getElementById('cp'));
  });

  it('reads the table cell to the right of the label cell', () => {
    const doc = load('<table><tr><td>Nom</td><td id="v">DUPONT</td></tr></table>');
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(r.record.fields['client.nom']).toMatchObject({ via: 'cell-left', control: false });
    expect(r.elements.get('client.nom')).toBe(doc.getElementById('v'));
  });

  it('reads the cell below a header cell, counting colspans', () => {
    const doc = load(
      '<table>' +
        '<tr><th colspan="2">Nom</th><th>Prénom</th></tr>' +
        '<tr><td id="a">DUPONT</td><td>(usage)</td><td id="b">Jeanne</td></tr>' +
        '</table>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.prenom')).toBe('Jeanne');
    expect(r.record.fields['client.prenom']).toMatchObject({ via: 'cell-above' });
    expect(r.elements.get('client.prenom')).toBe(doc.getElementById('b'));
  });

  it('reads a definition list dt/dd', () => {
    const doc = load('<dl><dt>Ville</dt><dd id="v">Lille</dd><dt>Code postal</dt><dd>59000</dd></dl>');
    const r = read(doc);
    expect(readValue(r, 'client.ville')).toBe('Lille');
    expect(readValue(r, 'client.codePostal')).toBe('59000');
    expect(r.record.fields['client.ville']).toMatchObject({ via: 'dt-dd' });
    expect(r.elements.get('client.ville')).toBe(doc.getElementById('v'));
  });

  it('reads the control after an unassociated label in a div row', () => {
    const doc = load(
      '<div class="row"><label class="col">Email</label><div class="col"><input id="e" value="a@b.fr"></div></div>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.email')).toBe('a@b.fr');
    expect(r.record.fields['client.email']).toMatchObject({ via: 'sibling', control: true });
    expect(r.elements.get('client.email')).toBe(doc.getElementById('e'));
  });

  it('reads « Nom : <input> » with label text and input in the same cell', () => {
    const doc = load('<table><tr><td>Nom : <input id="n" value="DUPONT"></td></tr></table>');
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(r.elements.get('client.nom')).toBe(doc.getElementById('n'));
  });

  it('reads a read-only value in a span after the label', () => {
    const doc = load('<div><span>Secteur :</span> <span id="s">Lille Nord</span></div>');
    const r = read(doc);
    expect(readValue(r, 'client.secteur')).toBe('Lille Nord');
    expect(r.record.fields['client.secteur']).toMatchObject({ control: false });
    expect(r.elements.get('client.secteur')).toBe(doc.getElementById('s'));
  });

  it('reads a select as the text of its selected option', () => {
    const doc = load(
      '<label for="c">Civilité</label><select id="c">' +
        '<option value="">-- Choisir --</option><option value="1">M.</option><option value="2" selected>Mme</option>' +
        '</select>',
    );
    expect(readValue(read(doc), 'client.civilite')).toBe('Mme');
  });

  it('reads a placeholder option « -- Choisir -- » with an empty value as empty', () => {
    const doc = load(
      '<label for="c">Civilité</label><select id="c">' +
        '<option value="">-- Choisir --</option><option value="1">M.</option><option value="2">Mme</option>' +
        '</select>',
    );
    const r = read(doc);
    expect(r.record.fields['client.civilite']).toMatchObject({ state: 'read', value: '' });
    expect(r.elements.get('client.civilite')).toBe(doc.getElementById('c'));
  });

  it('reads a multi-select as its selected options joined', () => {
    const doc = load(
      '<label for="s">Secteur</label><select id="s" multiple>' +
        '<option selected>Lille Nord</option><option>Lille Sud</option><option selected>Roubaix</option>' +
        '</select>',
    );
    expect(readValue(read(doc), 'client.secteur')).toBe('Lille Nord, Roubaix');
  });

  it('reads a checkbox as « oui » when checked and empty when not', () => {
    const defs = [def('t.geo', ['Géolocalisé']), def('t.renouv', ['Renouvelable'])];
    const doc = load(
      '<label><input type="checkbox" checked> Géolocalisé</label>' +
        '<label><input type="checkbox"> Renouvelable</label>',
    );
    const r = read(doc, defs);
    expect(readValue(r, 't.geo')).toBe('oui');
    expect(readValue(r, 't.renouv')).toBe('');
  });

  it('reads a textarea value', () => {
    const doc = load(
      '<label for="a">Adresse principale</label><textarea id="a">  12 rue des Lilas </textarea>',
    );
    expect(readValue(read(doc), 'client.adresse')).toBe('12 rue des Lilas');
  });
});

describe('ranking', () => {
  it('prefers an explicit label-for over a positional candidate', () => {
    const doc = load(
      '<label for="n">Nom</label><input id="n" value="DUPONT">' +
        '<table><tr><td>Nom</td><td>MARTIN</td></tr></table>',
    );
    const r = read(doc);
    expect(r.record.fields['client.nom']).toMatchObject({ state: 'read', value: 'DUPONT', via: 'label-for' });
    expect(r.elements.get('client.nom')).toBe(doc.getElementById('n'));
  });

  it('marks a field ambiguous when two candidates of the same rank point at different elements', () => {
    const doc = load(
      '<table><tr><td>Nom</td><td>DUPONT</td></tr><tr><td>Nom</td><td>MARTIN</td></tr></table>',
    );
    const r = read(doc);
    expect(r.record.fields['client.nom']).toEqual({ state: 'ambiguous', candidates: 2, label: 'Nom' });
    expect(r.elements.has('client.nom')).toBe(false);
    expect(r.matches.get('client.nom')?.el).toBeUndefined();
  });

  it('prefers the canonical label over an alias of the same field', () => {
    const doc = load(
      '<label for="a">Téléphone</label><input id="a" value="03 20 00 00 00">' +
        '<label for="b">Téléphone fixe</label><input id="b" value="03 20 11 11 11">',
    );
    const r = read(doc);
    expect(r.record.fields['client.telFixe']).toMatchObject({
      state: 'read',
      value: '03 20 11 11 11',
      label: 'Téléphone fixe',
    });
    expect(r.elements.get('client.telFixe')).toBe(doc.getElementById('b'));
  });

  it('never binds one element to two fields', () => {
    const defs = [def('t.nom', ['Nom']), def('t.prenom', ['Prénom'])];
    const doc = load('<label for="x">Nom</label><input id="x" aria-label="Prénom" value="DUPONT">');
    const r = read(doc, defs);
    const states = [r.record.fields['t.nom']!.state, r.record.fields['t.prenom']!.state].sort();
    expect(states).toEqual(['absent', 'read']);
    expect(r.elements.size).toBe(1);
    expect(new Set(r.elements.values()).size).toBe(r.elements.size);
  });

  it('binds each element at most once on a full client form', () => {
    const doc = load(
      '<table>' +
        '<tr><td>Type de client</td><td><select><option selected>Client</option></select></td></tr>' +
        '<tr><td>Nom</td><td><input value="DUPONT"></td></tr>' +
        '<tr><td>Prénom</td><td><input value="Jeanne"></td></tr>' +
        '<tr><td>Nom de naissance</td><td><input value="MARTIN"></td></tr>' +
        '<tr><td>Téléphone</td><td><input value="03 20 00 00 00"></td></tr>' +
        '</table>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.nomNaissance')).toBe('MARTIN');
    expect(readValue(r, 'client.telFixe')).toBe('03 20 00 00 00');
    expect(new Set(r.elements.values()).size).toBe(r.elements.size);
  });
});

describe('sections', () => {
  it('reads client.nom outside and client.interlocuteur.nom inside the « Interlocuteur principal » section', () => {
    const doc = load(
      '<h3>Identité</h3><div><label for="n1">Nom</label><input id="n1" value="DUPONT"></div>' +
        '<h3>Interlocuteur principal</h3><div><label for="n2">Nom</label><input id="n2" value="MARTIN"></div>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.interlocuteur.nom')).toBe('MARTIN');
    expect(r.elements.get('client.nom')).toBe(doc.getElementById('n1'));
    expect(r.elements.get('client.interlocuteur.nom')).toBe(doc.getElementById('n2'));
  });

  it('scopes fields by a fieldset legend', () => {
    const doc = load(
      '<fieldset><legend>Client</legend><label for="t1">Téléphone</label><input id="t1" value="03 20 00 00 00"></fieldset>' +
        '<fieldset><legend>Contact principal</legend><label for="t2">Téléphone</label><input id="t2" value="06 12 34 56 78"></fieldset>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.telFixe')).toBe('03 20 00 00 00');
    expect(readValue(r, 'client.interlocuteur.telephone')).toBe('06 12 34 56 78');
  });

  it('matches a heading with a trailing count « Interlocuteur principal (1) »', () => {
    const doc = load(
      '<h3>Interlocuteur principal (1)</h3><div><label for="e">Email</label><input id="e" value="fille@exemple.fr"></div>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.interlocuteur.email')).toBe('fille@exemple.fr');
    expect(r.record.fields['client.email']).toEqual({ state: 'absent' });
  });

  it('leaves section-scoped fields absent when their section is not on the page', () => {
    const doc = load('<label for="n">Nom</label><input id="n" value="DUPONT">');
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(r.record.fields['client.interlocuteur.nom']).toEqual({ state: 'absent' });
  });
});

describe('settings, absence and state', () => {
  it('reads a field by an admin alias from settings', () => {
    const doc = load('<label for="x">N° INSEE</label><input id="x" value="2 85 05 78 006 084 36">');
    expect(read(doc).record.fields['client.nir']).toEqual({ state: 'absent' });
    const settings = parseSettings({ fields: { 'client.nir': { aliases: ['N° INSEE'] } } });
    const r = read(doc, CLIENT, settings);
    expect(readValue(r, 'client.nir')).toBe('2 85 05 78 006 084 36');
    expect(r.elements.get('client.nir')).toBe(doc.getElementById('x'));
  });

  it('reports a field the page does not show as absent, for every field of the table', () => {
    const r = read(load('<label for="n">Nom</label><input id="n" value="DUPONT">'));
    expect(r.record.fields['client.bic']).toEqual({ state: 'absent' });
    expect(Object.keys(r.record.fields).sort()).toEqual(CLIENT.map((f) => f.key).sort());
    expect(r.record.page).toBe('client.definition');
  });

  it('reads an empty input as an empty value, not absent', () => {
    const r = read(load('<label for="b">BIC</label><input id="b" value="">'));
    expect(r.record.fields['client.bic']).toMatchObject({ state: 'read', value: '' });
  });

  it('is not unsaved on a freshly loaded page', () => {
    const doc = load(
      '<label for="n">Nom</label><input id="n" value="DUPONT">' +
        '<label for="c">Civilité</label><select id="c"><option>M.</option><option selected>Mme</option></select>',
    );
    expect(read(doc).record.unsaved).toBe(false);
  });

  it('is unsaved after an input value changed since the first read', () => {
    const doc = load('<label for="n">Nom</label><input id="n" value="DUPONT">');
    const baseline = new WeakMap<Element, string>();
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(false);
    (doc.getElementById('n') as HTMLInputElement).value = 'DURAND';
    const r = readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline });
    expect(r.record.unsaved).toBe(true);
    expect(readValue(r, 'client.nom')).toBe('DURAND');
  });

  it('is unsaved after another select option was chosen since the first read', () => {
    const doc = load(
      '<label for="c">Civilité</label><select id="c"><option value="1">M.</option><option value="2" selected>Mme</option></select>',
    );
    const baseline = new WeakMap<Element, string>();
    readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline });
    (doc.getElementById('c') as HTMLSelectElement).value = '1';
    const r = readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline });
    expect(r.record.unsaved).toBe(true);
    expect(readValue(r, 'client.civilite')).toBe('M.');
  });

  it('is not unsaved once a changed value is put back, nor when a checkbox is ticked twice', () => {
    const doc = load('<label for="n">Nom</label><input id="n" value="DUPONT"><input type="checkbox" id="k">');
    const baseline = new WeakMap<Element, string>();
    readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline });
    const input = doc.getElementById('n') as HTMLInputElement;
    const box = doc.getElementById('k') as HTMLInputElement;
    input.value = 'X';
    box.checked = true;
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(true);
    input.value = 'DUPONT';
    box.checked = false;
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(false);
  });

  it('is not unsaved on the first read of a form whose values a script set (single-page app)', () => {
    // The HTML has no value attribute: the script filled the fields, as a single-page app renders a fiche.
    const doc = load(
      '<label for="n">Nom</label><input id="n">' +
        '<label for="c">Civilité</label><select id="c"><option value="">--</option><option value="2">Mme</option></select>' +
        '<label for="e">Email</label><input id="e">',
    );
    (doc.getElementById('n') as HTMLInputElement).value = 'DUPONT';
    (doc.getElementById('c') as HTMLSelectElement).value = '2';
    (doc.getElementById('e') as HTMLInputElement).value = 'j.dupont@orange.fr';
    const baseline = new WeakMap<Element, string>();
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(false);
    // Read again with nothing typed: still nothing to save.
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(false);
    // A control rendered later by the script is judged from its own first read.
    const late = doc.createElement('input');
    late.value = 'rendu plus tard';
    doc.body.append(late);
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(false);
    late.value = 'modifié';
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(true);
  });

  it('ignores labels inside the overlay host element', () => {
    const doc = load(
      '<dossier-conforme-overlay><label for="n">Nom</label><input id="n" value="DUPONT"></dossier-conforme-overlay>' +
        '<dossier-conforme-overlay><div><span>Prénom</span> <span>Jeanne</span></div></dossier-conforme-overlay>',
    );
    const r = read(doc);
    expect(r.record.fields['client.nom']).toEqual({ state: 'absent' });
    expect(r.record.fields['client.prenom']).toEqual({ state: 'absent' });
    expect(r.elements.size).toBe(0);
  });
});

describe('regressions', () => {
  it('reads « <p><b>Nom :</b> DUPONT</p> » without the label', () => {
    const r = read(load('<p><b>Nom :</b> DUPONT</p><div><span>Prénom :</span> Jeanne</div>'));
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.prenom')).toBe('Jeanne');
  });

  it('reads an empty read-only value as empty, not absent', () => {
    const r = read(load('<div><label>Nom</label><span class="valeur"></span></div>'));
    expect(readValue(r, 'client.nom')).toBe('');
  });

  it('reads « Veuillez choisir » with value 0 as nothing chosen', () => {
    const r = read(
      load(
        '<label for="o">Origine</label><select id="o"><option value="0">Veuillez choisir</option><option>Cooptation</option></select>',
      ),
    );
    expect(readValue(r, 'client.origine')).toBe('');
  });

  it('reports unsaved changes on a control that is not a field', () => {
    const doc = load('<label for="n">Nom</label><input id="n" value="DUPONT"><input id="other" value="x">');
    const baseline = new WeakMap<Element, string>();
    readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline });
    (doc.getElementById('other') as HTMLInputElement).value = 'y';
    expect(readPage(doc, 'client.definition', CLIENT, DEFAULTS, { baseline }).record.unsaved).toBe(true);
  });

  it('ignores aria labels inside the overlay host', () => {
    const doc = load(
      '<dossier-conforme-overlay><input aria-label="Nom" value="X"></dossier-conforme-overlay>',
    );
    expect(read(doc).record.fields['client.nom']?.state).toBe('absent');
  });

  it('does not carry a closed block’s heading to the fields after it', () => {
    const doc = load(
      '<div class="bloc"><h3>Interlocuteur principal</h3><table><tr><td>Nom</td><td><input value="FILS"></td></tr></table></div>' +
        '<table><tr><td>Nom</td><td><input value="DUPONT"></td></tr></table>',
    );
    const r = read(doc);
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.interlocuteur.nom')).toBe('FILS');
  });
});

describe('view-mode placeholders (settings emptyPlaceholders)', () => {
  it('reads « — », « Non renseigné » and « N.C. » in view mode as empty values', () => {
    const r = read(
      load(
        '<div><span>Téléphone fixe :</span> <span class="valeur">—</span></div>' +
          '<dl><dt>Email</dt><dd>Non renseigné</dd><dt>Lieu de naissance</dt><dd> N.C. </dd></dl>' +
          '<p><b>BIC :</b> -</p>',
      ),
    );
    expect(readValue(r, 'client.telFixe')).toBe('');
    expect(readValue(r, 'client.email')).toBe('');
    expect(readValue(r, 'client.lieuNaissance')).toBe('');
    expect(readValue(r, 'client.bic')).toBe('');
  });

  it('reads a placeholder typed in an input or chosen in a select as empty', () => {
    const r = read(
      load(
        '<label for="t">Téléphone fixe</label><input id="t" value="NC">' +
          '<label for="o">Origine</label><select id="o"><option value="9" selected>Non communiqué</option><option>Cooptation</option></select>',
      ),
    );
    expect(readValue(r, 'client.telFixe')).toBe('');
    expect(readValue(r, 'client.origine')).toBe('');
  });

  it('uses the placeholders of the settings', () => {
    const settings = parseSettings({ emptyPlaceholders: ['Inconnu'] });
    const r = read(
      load('<dl><dt>Lieu de naissance</dt><dd>Inconnu</dd><dt>Ville</dt><dd>N.C.</dd></dl>'),
      CLIENT,
      settings,
    );
    expect(readValue(r, 'client.lieuNaissance')).toBe('');
    expect(readValue(r, 'client.ville')).toBe('N.C.');
  });

  it('reads « <p><b>Rôle :</b> </p> » as a field shown empty, not absent', () => {
    const r = read(
      load(
        '<h3>Interlocuteur principal</h3><p><b>Nom :</b> DURAND Marc</p><p><b>Rôle :</b> </p>' +
          '<p><b>Téléphone :</b> 06 12 34 56 78</p><p><b>Email :</b>&nbsp;</p>',
      ),
    );
    expect(readValue(r, 'client.interlocuteur.nom')).toBe('DURAND Marc');
    expect(readValue(r, 'client.interlocuteur.role')).toBe('');
    expect(readValue(r, 'client.interlocuteur.telephone')).toBe('06 12 34 56 78');
    expect(readValue(r, 'client.interlocuteur.email')).toBe('');
    // Each field has its own element.
    expect(new Set(r.elements.values()).size).toBe(r.elements.size);
  });

  it('still reads the value that follows a label alone in its block', () => {
    const r = read(load('<div><span>Nom :</span></div><div><input value="DUPONT"></div>'));
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
  });
});

describe('sections titled by a spanning table row (older screens)', () => {
  it('reads the client’s and the Interlocuteur’s repeated labels apart', () => {
    const r = read(
      load(
        '<table class="fiche"><tr><td colspan="4" class="titre">Identité</td></tr>' +
          '<tr><td>Nom :</td><td>DUPONT</td><td>Téléphone :</td><td>03 20 00 00 00</td></tr>' +
          '<tr><td>Email :</td><td>j.dupont@orange.fr</td><td></td><td></td></tr>' +
          '<tr><td colspan="4" class="sous-titre">Interlocuteur principal</td></tr>' +
          '<tr><td>Nom :</td><td>DUPONT Marc</td><td>Téléphone :</td><td>06 12 34 56 78</td></tr>' +
          '<tr><td>Email :</td><td>marc.dupont@free.fr</td><td>Rôle :</td><td>Fils</td></tr></table>',
      ),
    );
    expect(readValue(r, 'client.nom')).toBe('DUPONT');
    expect(readValue(r, 'client.telFixe')).toBe('03 20 00 00 00');
    expect(readValue(r, 'client.email')).toBe('j.dupont@orange.fr');
    expect(readValue(r, 'client.interlocuteur.nom')).toBe('DUPONT Marc');
    expect(readValue(r, 'client.interlocuteur.telephone')).toBe('06 12 34 56 78');
    expect(readValue(r, 'client.interlocuteur.email')).toBe('marc.dupont@free.fr');
    expect(readValue(r, 'client.interlocuteur.role')).toBe('Fils');
  });
});
