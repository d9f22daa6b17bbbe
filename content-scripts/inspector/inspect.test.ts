// @vitest-environment jsdom
/**
 * Inspection data on the demo pages: recognition or what is missing, each field's label matched,
 * association and masked value, reasons for absent and ambiguous fields; « cette page est … »
 * (settings.pages) honoured by the recogniser; the inspector's settings edits.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../lib/settings/settings';
import { DEMO_ORIGIN, DEMO_USER, loadDemoPage } from '../../tests/support/demo-pages';
import {
  parseAliases,
  setAliases,
  setBinding,
  setDeclaredPage,
} from '../../components/inspector/settings-edit';
import { describeElement, inspectDocument, urlPattern } from './inspect';
import { readDocument } from '../read/page-reader';
import { declaredPage } from '../read/recognize';

const settings = parseSettings({ userName: DEMO_USER });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const url = (file: string) => `${DEMO_ORIGIN}/${file}`;
const inspect = (file: string, s = settings, preview?: Parameters<typeof inspectDocument>[3]) =>
  inspectDocument(parse(loadDemoPage(file).html), s, url(file), preview);

describe('inspectDocument', () => {
  it('lists each field with its label matched, association, element and masked value', () => {
    const i = inspect('client-definition-conforme.html');
    expect(i.page).toBe('client.definition');
    expect(i.declared).toBe(false);
    const by = new Map(i.fields.map((f) => [f.key, f]));
    expect(by.get('client.nom')).toMatchObject({ state: 'read', via: 'cell-left', value: 'DURAND' });
    expect(by.get('client.nom')!.matched).toMatch(/^Nom/);
    expect(describeElement(by.get('client.nom')!.el!)).toBe('<input[name=nom][type=text]>');
    expect(by.get('client.nir')!.value).toBe('2 48 03 •• ••• ••• 38');
    expect(by.get('client.iban')!.value).toBe('FR76 •••• 257');
    // No label of these on the page.
    expect(by.get('client.geolocalisation')).toMatchObject({ state: 'absent', reason: 'no-label' });
  });

  it('other association methods: label for, aria, cell above, dt/dd', () => {
    const vias = (file: string) =>
      new Set(
        inspect(file)
          .fields.map((f) => f.via)
          .filter(Boolean),
      );
    expect(vias('intervenant-definition-conforme.html')).toContain('label-for');
    expect(vias('intervenant-definition-erreurs.html')).toContain('aria');
    expect(vias('intervenant-definition-erreurs.html')).toContain('cell-above');
    expect(vias('client-definition-lecture.html')).toContain('dt-dd');
  });

  it('an ambiguous field says how many candidates tie', () => {
    const html =
      '<h3>Identité</h3><p>Type de client <select><option selected>Client</option></select></p><p>Code client <input value="CLI1"></p><p>Civilité <input value="M."></p><p>Prénom <input value="A"></p><p>Nom de naissance <input value="B"></p>' +
      '<table><tr><td>Nom</td><td><input value="X"></td></tr></table><table><tr><td>Nom</td><td><input value="Y"></td></tr></table>';
    const i = inspectDocument(parse(html), settings, DEMO_ORIGIN);
    expect(i.page).toBe('client.definition');
    expect(i.fields.find((f) => f.key === 'client.nom')).toMatchObject({ state: 'ambiguous', candidates: 2 });
  });

  it('an unrecognised page says which discriminating labels are missing, and can preview a page', () => {
    const i = inspect('accueil.html');
    expect(i.page).toBeNull();
    expect(i.fields).toEqual([]);
    expect(i.missing['client.definition']!.join(' ')).toMatch(/Type de client/);
    expect(i.missing['intervenant.definition']!.join(' ')).toMatch(/Matricule/);
    expect(i.missing['client.planning']!.join(' ')).toMatch(/sans les colonnes .*Heure de début/);
    expect(i.missing['intervenant.contrat']!.join(' ')).toMatch(/0 trouvés/);
    expect(i.missing['client.documents']!.join(' ')).toMatch(/Documents/);
    const p = inspect('accueil.html', settings, 'client.definition');
    expect(p.shown).toBe('client.definition');
    expect(p.fields.length).toBeGreaterThan(20);
  });

  it('list pages list their columns, found or not', () => {
    const i = inspect('client-contrats.html');
    expect(i.columns.find((c) => c.key === 'mandat.fraisGestion')).toMatchObject({ found: true });
  });

  it('shows the binding and how many elements it matches', () => {
    const s = parseSettings({
      userName: DEMO_USER,
      fields: { 'client.nir': { binding: { tag: 'input', type: 'text', name: 'nir', label: 'N° INSEE' } } },
    });
    const f = inspect('client-definition-insee.html', s).fields.find((x) => x.key === 'client.nir')!;
    expect(f).toMatchObject({
      state: 'read',
      via: 'binding',
      bindingCount: 1,
      value: '2 48 03 •• ••• ••• 83',
    });
    const before = inspect('client-definition-insee.html').fields.find((x) => x.key === 'client.nir')!;
    expect(before).toMatchObject({ state: 'absent', reason: 'no-label' });
  });
});

describe('« cette page est … »', () => {
  it('a declared URL pattern wins recognition, with the page read as that page', () => {
    const pattern = urlPattern(url('accueil.html'));
    const s = parseSettings({ userName: DEMO_USER, pages: [{ pattern, page: 'client.documents' }] });
    expect(declaredPage(s, url('accueil.html'))).toBe('client.documents');
    expect(declaredPage(s, url('accueil.html?id=3'))).toBe('client.documents');
    expect(declaredPage(s, url('accueil2.html'))).toBeNull();
    expect(readDocument(parse(loadDemoPage('accueil.html').html), s, url('accueil.html'))?.page).toBe(
      'client.documents',
    );
    expect(inspect('accueil.html', s)).toMatchObject({ page: 'client.documents', declared: true });
  });

  it('numbers in the path match any number; a bad pattern is skipped', () => {
    const p = urlPattern('https://x.ogust.com/client/1234/fiche.php?id=9');
    expect(new RegExp(p).test('https://y.ogust.com/client/77/fiche.php')).toBe(true);
    expect(new RegExp(p).test('https://y.ogust.com/client/77/fiche.phpx')).toBe(false);
    const bad = parseSettings({ pages: [{ pattern: '([', page: 'client.planning' }] });
    expect(declaredPage(bad, 'https://x.ogust.com/')).toBeNull();
  });

  it('the schema refuses an unknown page key', () => {
    const s = parseSettings({ pages: [{ pattern: 'x', page: 'nope' }] });
    expect(s.pages.some((p) => (p.page as string) === 'nope')).toBe(false);
  });
});

describe('settings edits (only the touched keys change)', () => {
  const raw = { version: 1, userName: 'X', fields: { 'client.nom': { aliases: ['Nom usuel'] } } };

  it('binding set and removed, other fields kept', () => {
    const b = { tag: 'input', name: 'nir' };
    const next = setBinding(raw, 'client.nir', b);
    expect(next.fields).toEqual({
      'client.nom': { aliases: ['Nom usuel'] },
      'client.nir': { aliases: [], binding: b },
    });
    expect(parseSettings(next).fields['client.nir']?.binding).toEqual(b);
    expect(
      (setBinding(next, 'client.nir', undefined).fields as Record<string, object>)['client.nir'],
    ).toEqual({
      aliases: [],
    });
    expect(next.userName).toBe('X');
  });

  it('aliases replaced, trimmed, deduplicated', () => {
    expect(parseAliases(' N° INSEE ; NIR client\n;')).toEqual(['N° INSEE', 'NIR client']);
    const next = setAliases(raw, 'client.nom', ['A', ' A ', 'B']);
    expect((next.fields as Record<string, { aliases: string[] }>)['client.nom']!.aliases).toEqual(['A', 'B']);
  });

  it('a declaration replaces one of the same pattern and can be removed', () => {
    const a = setDeclaredPage(raw, 'p', 'client.planning');
    const b = setDeclaredPage(a, 'p', 'client.documents');
    expect(b.pages).toEqual([{ pattern: 'p', page: 'client.documents' }]);
    expect(setDeclaredPage(b, 'p', undefined).pages).toEqual([]);
  });
});
