// @vitest-environment jsdom
/**
 * Point-and-bind descriptors: made from an element on every demo markup variant, resolved again on a
 * fresh copy of the page (a re-render), with rows inserted, and used by the reader above every label.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings, type Settings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, demoPages, loadDemoPage } from '../../tests/support/demo-pages';
import { boundElement, isStableName, makeBinding, pickTarget, resolveBinding, type Binding } from './binding';
import { readDocument } from './page-reader';

const settings = parseSettings({ userName: DEMO_USER });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** Position of an element in its document, to compare elements across two parses. */
const pathOf = (el: Element): string => {
  const parts: string[] = [];
  for (let n: Element | null = el; n?.parentElement; n = n.parentElement)
    parts.unshift(`${n.tagName}:${Array.from(n.parentElement.children).indexOf(n)}`);
  return parts.join('/');
};
const withBinding = (key: string, binding: Binding, base: Settings = settings): Settings =>
  parseSettings({ ...base, fields: { ...base.fields, [key]: { aliases: [], binding } } });

const FICHES = demoPages().filter(
  (p) => p.page === 'client.definition' || p.page === 'intervenant.definition',
);

describe.each(FICHES)('descriptors on $file', (demo) => {
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const doc = parse(demo.html);
  const read = readDocument(doc, settings, url)!;

  it('resolve every read field to its element again after a re-render', () => {
    expect(read.elements.size).toBeGreaterThan(5);
    const fresh = parse(demo.html);
    for (const [key, el] of read.elements) {
      const b = makeBinding(el);
      const found = resolveBinding(fresh, b);
      expect(found.length, `${key} ${JSON.stringify(b)}`).toBe(1);
      expect(pathOf(found[0]!), key).toBe(pathOf(el));
    }
  });

  it('a binding is read via « binding » with the same value', () => {
    const [key, el] = [...read.elements][0]!;
    const bound = readDocument(parse(demo.html), withBinding(key, makeBinding(el)), url)!;
    const f = bound.record.fields[key]!;
    expect(f.state === 'read' && f.via).toBe('binding');
    const before = read.record.fields[key]!;
    expect(f.state === 'read' && before.state === 'read' && f.value === before.value).toBe(true);
  });
});

describe('descriptor', () => {
  it('keeps name and id only when they look stable', () => {
    expect(isStableName('nir')).toBe(true);
    expect(isStableName('ctl00_txtNir')).toBe(true);
    expect(isStableName('ext-gen1234')).toBe(false);
    expect(isStableName('field_1700000000')).toBe(false);
    expect(isStableName('')).toBe(false);
  });

  it('stores label, control type, name and section — not a CSS path', () => {
    const doc = parse(loadDemoPage('client-definition-insee.html').html);
    const b = makeBinding(doc.querySelector('input[name=nir]')!);
    expect(b).toEqual({
      tag: 'input',
      type: 'text',
      name: 'nir',
      label: 'N° INSEE * :',
      container: 'identite',
    });
  });

  it('falls back on the label when the name changed after a re-render', () => {
    const doc = parse(loadDemoPage('client-definition-insee.html').html);
    const b = makeBinding(doc.querySelector('input[name=nir]')!);
    const fresh = parse(loadDemoPage('client-definition-insee.html').html);
    fresh.querySelector('input[name=nir]')!.setAttribute('name', 'f_nir_v2');
    // An extra row before it, as a new Ogust version could add.
    const row = fresh.querySelector('input[name=nom]')!.closest('tr')!;
    row.insertAdjacentHTML(
      'beforebegin',
      '<tr><td class="libelle">Surnom :</td><td><input name="surnom"></td></tr>',
    );
    const found = resolveBinding(fresh, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.getAttribute('name')).toBe('f_nir_v2');
  });

  it('matches nothing when neither id, name nor label is found (never any input of the type)', () => {
    const doc = parse('<form><label>Autre</label><input name="x"></form>');
    expect(resolveBinding(doc, { tag: 'input', type: 'text', name: 'nir', label: 'N° INSEE' })).toEqual([]);
    expect(boundElement(doc, { tag: 'input', type: 'text', name: 'nir' })).toBeNull();
  });

  it('two elements with the same descriptor: no bound element (the count is shown before saving)', () => {
    const doc = parse('<div><p>NIR</p><input name="n"></div><div><p>NIR</p><input name="n"></div>');
    const b = makeBinding(doc.querySelectorAll('input')[0]!);
    expect(resolveBinding(doc, b)).toHaveLength(2);
    expect(boundElement(doc, b)).toBeNull();
  });

  it('a click on a label or a wrapper means its control; read-only text stays itself', () => {
    const doc = parse(
      '<label for="a">A</label><input id="a"><div class="champ"><input name="b"></div><dl><dt>Nom</dt><dd><span>LEROY</span></dd></dl>',
    );
    expect(pickTarget(doc.querySelector('label')!)).toBe(doc.getElementById('a'));
    expect(pickTarget(doc.querySelector('.champ')!)).toBe(doc.querySelector('[name=b]'));
    expect(pickTarget(doc.querySelector('dd span')!)).toBe(doc.querySelector('dd span'));
    expect(pickTarget(doc.body)).toBeNull();
  });

  it('read-only text elements bind by their label (dl/dd view mode)', () => {
    const demo = loadDemoPage('client-definition-lecture.html');
    const doc = parse(demo.html);
    const dd = Array.from(doc.querySelectorAll('dd'))[1]!;
    const b = makeBinding(dd);
    expect(b.label).toBeTruthy();
    expect(resolveBinding(parse(demo.html), b).map(pathOf)).toEqual([pathOf(dd)]);
  });
});

describe('the N° INSEE demo page', () => {
  const demo = loadDemoPage('client-definition-insee.html');
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const rules = (s: Settings) => {
    const read = readDocument(parse(demo.html), s, url)!;
    return { read, rules: judgePage(read.record, s, DEMO_TODAY).map((f) => f.rule) };
  };

  it('does not read the NIR before binding', () => {
    const { read, rules: r } = rules(settings);
    expect(read.record.fields['client.nir']).toEqual({ state: 'absent' });
    expect(r).not.toContain('client.nir.key');
  });

  it('reads it through the binding, ranked above labels, and its checks run (client.nir.key)', () => {
    const b = makeBinding(parse(demo.html).querySelector('input[name=nir]')!);
    const { read, rules: r } = rules(withBinding('client.nir', b));
    expect(read.record.fields['client.nir']).toMatchObject({
      state: 'read',
      via: 'binding',
      value: '2 48 03 59 350 112 83',
    });
    expect(r).toContain('client.nir.key');
    expect(r).not.toContain('client.nir.absent');
  });

  it('a binding on the element another field reads takes it from that field', () => {
    const doc = parse(demo.html);
    const nom = doc.querySelector('input[name=nom]')!;
    const s = withBinding('client.nomNaissance', makeBinding(nom));
    const read = readDocument(parse(demo.html), s, url)!;
    expect(read.record.fields['client.nomNaissance']).toMatchObject({ via: 'binding' });
    expect(read.record.fields['client.nom']).not.toMatchObject({ state: 'read', value: 'LEMOINE' });
  });
});
