// @vitest-environment jsdom
/**
 * Page recognition by the labels present (docs/spec/fields.md, « Page recognition »).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, type Settings } from '../../lib/settings/settings';
import { collectTexts } from './dom-text';
import { readDocument } from './page-reader';
import { mayBeRecognised, recognise } from './recognize';

const DEFAULTS = parseSettings({});

/** A form with one table row per label. */
function form(labels: string[]): Document {
  const rows = labels.map((l) => `<tr><td>${l}</td><td><input value=""></td></tr>`).join('');
  return new DOMParser().parseFromString(`<html><body><table>${rows}</table></body></html>`, 'text/html');
}

function recogniseLabels(labels: string[], settings: Settings = DEFAULTS) {
  return recognise(collectTexts(form(labels)), settings);
}

describe('client.definition', () => {
  it('is recognised with 5 canonical labels including « Type de client »', () => {
    const r = recogniseLabels(['Type de client', 'Code client', 'Civilité', 'Nom', 'Prénom']);
    expect(r.page).toBe('client.definition');
    expect(r.scores['client.definition']).toBe(5);
  });

  it("is recognised with « Type d'exonération » instead of « Type de client »", () => {
    const r = recogniseLabels(["Type d'exonération", 'Code client', 'Civilité', 'Nom', 'Prénom']);
    expect(r.page).toBe('client.definition');
  });

  it('matches labels after normalisation (case, accents, colon, asterisk)', () => {
    const r = recogniseLabels(['TYPE DE CLIENT :', 'Code client *', 'Civilite', 'nom', 'Prénom :']);
    expect(r.page).toBe('client.definition');
  });

  it('is not recognised with only 4 canonical labels', () => {
    const r = recogniseLabels(['Type de client', 'Code client', 'Civilité', 'Nom']);
    expect(r.page).toBeNull();
    expect(r.scores['client.definition']).toBeUndefined();
    expect(r.missing['client.definition']?.join(' ')).toContain('4 trouvés');
  });

  it("is not recognised without « Type de client » or « Type d'exonération »", () => {
    const r = recogniseLabels(['Code client', 'Civilité', 'Nom', 'Prénom', 'Origine', 'Secteur', 'Géré par']);
    expect(r.page).toBeNull();
    expect(r.missing['client.definition']).toContain("« Type de client » ou « Type d'exonération »");
  });

  it('does not count the shipped default aliases', () => {
    // Type de client + 3 canonical labels + 4 default aliases.
    const r = recogniseLabels([
      'Type de client',
      'Code client',
      'Civilité',
      'Nom',
      'Mode de règlement',
      'Commune',
      'RIB',
      'Nom de jeune fille',
    ]);
    expect(r.page).toBeNull();
    expect(r.missing['client.definition']?.join(' ')).toContain('4 trouvés');
  });

  it('does not accept the default alias « Type » for « Type de client »', () => {
    const r = recogniseLabels(['Type', 'Code client', 'Civilité', 'Nom', 'Prénom', 'Origine']);
    expect(r.page).toBeNull();
  });

  it('counts an alias added by an admin', () => {
    const labels = ['Type de client', 'Code client', 'Civilité', 'Nom', 'N° INSEE'];
    expect(recogniseLabels(labels).page).toBeNull();
    const settings = parseSettings({ fields: { 'client.nir': { aliases: ['N° INSEE'] } } });
    const r = recogniseLabels(labels, settings);
    expect(r.page).toBe('client.definition');
    expect(r.scores['client.definition']).toBe(5);
  });

  it('counts a label only once when it is repeated (Nom in the interlocuteur section)', () => {
    const r = recogniseLabels(['Type de client', 'Code client', 'Civilité', 'Nom', 'Nom']);
    expect(r.page).toBeNull();
  });
});

describe('intervenant.definition', () => {
  it('is recognised with 5 canonical labels including « Matricule »', () => {
    const r = recogniseLabels(['Matricule', 'Civilité', 'Nom', 'Prénom', 'Date de naissance']);
    expect(r.page).toBe('intervenant.definition');
    expect(r.scores['intervenant.definition']).toBe(5);
  });

  it('is recognised with « Nature » instead of « Matricule »', () => {
    const r = recogniseLabels(['Nature', 'Civilité', 'Nom', 'Prénom', 'Nationalité']);
    expect(r.page).toBe('intervenant.definition');
  });

  it('is not recognised without « Matricule » or « Nature »', () => {
    const r = recogniseLabels(['Civilité', 'Nom', 'Prénom', 'Date de naissance', 'Nationalité', 'Secteur']);
    expect(r.page).toBeNull();
    expect(r.missing['intervenant.definition']).toContain('« Matricule » ou « Nature »');
  });

  it('is not recognised when the page shows « Type de client »', () => {
    const r = recogniseLabels(['Type de client', 'Matricule', 'Nature', 'Civilité', 'Nom', 'Prénom']);
    expect(r.scores['intervenant.definition']).toBeUndefined();
    expect(r.page).toBeNull();
  });

  it("is not recognised when the page shows « Type d'exonération »", () => {
    const r = recogniseLabels([
      "Type d'exonération",
      'Matricule',
      'Nature',
      'Civilité',
      'Nom',
      'Prénom',
      'Nationalité',
    ]);
    expect(r.scores['intervenant.definition']).toBeUndefined();
  });
});

describe('choosing one page', () => {
  it('picks the client page when the labels shared with the intervenant table are present', () => {
    // Civilité, Nom, Prénom, Date de naissance, Secteur… are canonical on both tables.
    const r = recogniseLabels([
      'Type de client',
      'Civilité',
      'Nom',
      'Prénom',
      'Date de naissance',
      'Secteur',
      'Géré par',
    ]);
    expect(r.page).toBe('client.definition');
    expect(Object.keys(r.scores)).toEqual(['client.definition']);
  });

  it('recognises no page on a dashboard', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><h1>Tableau de bord</h1><nav><a>Clients</a><a>Intervenants</a><a>Planning</a></nav>' +
        '<table><tr><th>Client</th><th>Date</th><th>Alerte</th></tr>' +
        '<tr><td>DUPONT Jeanne</td><td>03/02/2025</td><td>Contrat à renouveler</td></tr></table></body></html>',
      'text/html',
    );
    const r = recognise(collectTexts(doc), DEFAULTS);
    expect(r.page).toBeNull();
    expect(r.scores).toEqual({});
  });

  it('recognises no page on an empty document', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(recognise(collectTexts(doc), DEFAULTS).page).toBeNull();
  });
});

describe('mayBeRecognised (the pre-check before any walk)', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const demoDir = resolve(import.meta.dirname, '../../demo/ogust');
  const demos = readdirSync(demoDir).filter((f) => f.endsWith('.html'));

  it.each(demos)('never stops a page recognition names: %s', (file) => {
    const doc = parse(readFileSync(resolve(demoDir, file), 'utf8'));
    const read = readDocument(doc, DEFAULTS, `https://demo.ogust.com/${file}`);
    if (read) expect(mayBeRecognised(doc, DEFAULTS)).toBe(true);
  });

  it('stops the home page (no label any page needs)', () => {
    const doc = parse(readFileSync(resolve(demoDir, 'accueil.html'), 'utf8'));
    expect(readDocument(doc, DEFAULTS, '')).toBeNull();
    expect(mayBeRecognised(doc, DEFAULTS)).toBe(false);
  });

  it('passes a form whose labels are written differently (case, accents, spaces, apostrophe)', () => {
    const doc = form(['TYPE D’EXONERATION :', 'Code client', 'Civilite', 'nom', 'Prénom']);
    expect(recognise(collectTexts(doc), DEFAULTS).page).toBe('client.definition');
    expect(mayBeRecognised(doc, DEFAULTS)).toBe(true);
  });

  it("passes a planning whose headers are an admin's aliases only", () => {
    const settings = parseSettings({
      fields: {
        'prestation.date': { aliases: ['Jour'] },
        'prestation.debut': { aliases: ['Arrivée'] },
        'prestation.duree': { aliases: ['Temps'] },
        'prestation.prestation': { aliases: ['Activité'] },
      },
    });
    const doc = parse(
      '<table><tr><th>Jour</th><th>Arrivée</th><th>Temps</th><th>Activité</th><th>Intervenant</th></tr>' +
        '<tr><td>01/12/2026</td><td>9h00</td><td>1h00</td><td>Aide</td><td>DUBOIS Laura</td></tr></table>',
    );
    expect(readDocument(doc, settings, '')?.page).toBe('client.planning');
    expect(mayBeRecognised(doc, DEFAULTS)).toBe(false);
    expect(mayBeRecognised(doc, settings)).toBe(true);
  });

  it('passes a page the admin declared for its URL', () => {
    const settings = parseSettings({ pages: [{ pattern: 'fiche_speciale', page: 'client.definition' }] });
    const doc = parse('<p>Rien ici</p>');
    expect(mayBeRecognised(doc, settings, 'https://x.ogust.com/fiche_speciale?id=1')).toBe(true);
    expect(mayBeRecognised(doc, settings, 'https://x.ogust.com/accueil')).toBe(false);
  });
});

describe('active tab (the spec: aria-selected, an active-type class, or the only bold one)', () => {
  const LIST =
    '<table class="liste"><thead><tr><th>Nom</th><th>Type</th><th>Date</th></tr></thead>' +
    '<tbody><tr><td>Devis n° 12</td><td>Devis</td><td>05/11/2026</td></tr></tbody></table>';
  const page = (tabs: string) =>
    new DOMParser().parseFromString(`<html><body>${tabs}${LIST}</body></html>`, 'text/html');
  const pageOf = (tabs: string) =>
    readDocument(page(tabs), DEFAULTS, 'https://demo.ogust.com/client')?.page ?? null;

  it('takes the active class on a table cell (older table tabs)', () => {
    const tabs =
      '<table class="onglets"><tr><td class="onglet"><a href="#">Définition</a></td>' +
      '<td class="onglet actif"><a href="#">Documents</a></td><td class="onglet"><a href="#">Notes</a></td></tr></table>';
    expect(pageOf(tabs)).toBe('client.documents');
  });

  it('takes an active word inside a compound class (onglet_actif, ongletOn, tab-active)', () => {
    for (const cls of ['onglet_actif', 'ongletOn', 'tab-active']) {
      const tabs = `<table><tr><td class="onglet"><a>Définition</a></td><td class="${cls}"><a>Documents</a></td></tr></table>`;
      expect(pageOf(tabs), cls).toBe('client.documents');
    }
  });

  it('does not take a negated class (not-selected, non-actif)', () => {
    for (const cls of ['not-selected', 'non-actif']) {
      const tabs = `<table><tr><td class="onglet"><a>Définition</a></td><td class="${cls}"><a>Documents</a></td></tr></table>`;
      expect(pageOf(tabs), cls).toBeNull();
    }
  });

  it('takes the only bold tab name (<b>, <strong>, inline font-weight ≥ 600)', () => {
    const strips = [
      '<div class="onglets"><a href="#">Définition</a> | <a href="#">Contrats</a> | <b>Documents</b> | <a href="#">Notes</a></div>',
      '<table><tr><td><a href="#">Définition</a></td><td><a href="#"><strong>Documents</strong></a></td><td><a href="#">Notes</a></td></tr></table>',
      '<ul><li><a href="#">Définition</a></li><li><span style="font-weight: 700">Documents</span></li><li><a href="#">Notes</a></li></ul>',
    ];
    for (const tabs of strips) expect(pageOf(tabs), tabs).toBe('client.documents');
  });

  it('takes a tab made bold by the page’s stylesheet (computed font-weight)', () => {
    document.body.innerHTML =
      '<style>.onglets .courant { font-weight: 600 }</style>' +
      '<div class="onglets"><span class="courant">Documents</span><span>Définition</span><span>Notes</span></div>' +
      LIST;
    expect(readDocument(document, DEFAULTS, 'https://demo.ogust.com/client')?.page).toBe('client.documents');
    document.body.innerHTML = '';
  });

  it('does not take a bold tab name when every tab is bold, or when another tab has the active class', () => {
    expect(pageOf('<div><b>Définition</b> <b>Documents</b> <b>Notes</b></div>')).toBeNull();
    expect(
      pageOf(
        '<ul><li class="actif"><a>Définition</a></li><li><b>Documents</b></li><li><a>Notes</a></li></ul>',
      ),
    ).toBeNull();
  });

  it('does not take a bold « Documents » that is not in a strip of tab names', () => {
    expect(
      pageOf(
        '<div><b>Documents</b><p>Les documents du client, classés par date de dépôt, avec leur type.</p></div>',
      ),
    ).toBeNull();
  });
});
