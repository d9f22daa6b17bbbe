// @vitest-environment jsdom
/**
 * The Dossier tab on hand-made panel data: every line and rule element with its status, the header,
 * the masked NIR and IBAN, text-only rendering, ticks, reveal on the page, unseen links, help links,
 * collapsed groups kept in the DOM.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allLines } from '../../../procedure/checklist/items';
import { EMPTY_ENTRY, type NotesEntry } from '../../../lib/notes/notes';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { PanelDataContext, type PanelData } from '../context';
import { panelData } from '../../../tests/support/panel';
import { DossierTab } from './DossierTab';

afterEach(cleanup);
// jsdom renders of the whole checklist take a few seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

function show(data: PanelData = panelData()) {
  render(
    <PanelDataContext.Provider value={data}>
      <DossierTab />
    </PanelDataContext.Provider>,
  );
  return data;
}
const item = (id: string) => document.querySelector(`[data-oc-item="${id}"]`);
const status = (id: string) => item(id)?.getAttribute('data-status');

describe('DossierTab', () => {
  it('has an element for every line of the procedure and every rule under it', () => {
    show();
    for (const { group, line } of allLines()) {
      const id = group.perAvs ? `${group.id}.SA00017.${line.name}` : `${group.id}.${line.name}`;
      expect(item(id), id).toBeTruthy();
      for (const r of line.rules)
        expect(item(id)!.querySelector(`[data-oc-item="${r}"]`), `${id} ${r}`).toBeTruthy();
    }
  });

  it('gives statuses from the findings, ok for a rule that did not fire, unseen for a tab not read', () => {
    show();
    expect(status('ficheClient.nir')).toBe('error');
    expect(status('client.nir.key')).toBe('error');
    expect(status('client.nir.format')).toBe('ok');
    expect(status('ficheClient.nomPrenom')).toBe('warning');
    expect(status('ficheClient.civilite')).toBe('ok');
    expect(status('documents.devisMandat')).toBe('unseen');
    expect(status('documents.devis.missing')).toBe('unseen');
    expect(status('manuel.ficheClient.sigleBleu')).toBe('manual');
    expect(item('ficheClient.civilite')!.textContent).toContain('lu il y a 3 min');
    expect(item('client.nir.key')!.textContent).toContain('Clé NIR invalide (attendue 43)');
  });

  it('reads without rule ids; « Afficher les codes des contrôles » shows them', () => {
    show();
    const rule = item('client.nir.key')!;
    expect(rule.textContent).toContain('Clé NIR invalide (attendue 43)');
    expect(rule.textContent).not.toContain('client.nir.key');
    expect(document.body.textContent).not.toMatch(/\((client|contrat|planning|mandat)\.[A-Za-z.]+\)/);
    const toggle = screen.getByRole('button', { name: 'Afficher les codes des contrôles' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(item('client.nir.key')!.textContent).toContain('client.nir.key');
    expect(item('client.nir.format')!.textContent).toContain('client.nir.format');
  });

  it('renders values read from pages as text only', () => {
    show();
    expect(document.querySelector('img')).toBeNull();
    expect(item('client.nom.missing')!.textContent).toContain('<img src=x onerror=alert(1)> pas du HTML');
  });

  it('shows the masked NIR and IBAN on their lines without a click', () => {
    show();
    expect(item('ficheClient.nir')!.textContent).toContain('NIR : 2 48 03 •• ••• ••• 57');
    expect(item('ficheClient.modePaiement')!.textContent).toContain('IBAN : FR76 •••• 189');
    expect(item('ficheIntervenant.SA00017.nir')!.textContent).toContain('NIR : non lu');
  });

  it('has a header with the client, the verdict, the counts, the progress and the hours per AVS', () => {
    show();
    const header = document.querySelector('[data-oc-dossier-header]') as HTMLElement;
    expect(within(header).getByText('DURAND Jeanne')).toBeTruthy();
    expect(header.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('non-conforme');
    expect(header.querySelector('[data-count="errors"]')!.textContent).toBe('1 erreur');
    expect(header.querySelector('[data-count="warnings"]')!.textContent).toBe('1 à vérifier');
    expect(header.querySelector('[data-count="done"]')!.textContent).toMatch(/^\d+ \/ \d+ faits$/);
    expect(header.querySelector('progress')).toBeTruthy();
    expect(header.querySelector(`[data-hours]`)!.textContent).toContain(
      'DUBOIS Laura : planning de l’intervenante non lu',
    );
  });

  it('says « Incomplet », not « Non conforme », when no error stands but tabs are unread (as « Dossiers en cours » does)', () => {
    show(panelData({ findings: [] }));
    const verdict = document.querySelector('[data-oc-dossier-header] [data-verdict]')!;
    expect(verdict.getAttribute('data-verdict')).toBe('incomplet');
    expect(verdict.textContent).toBe('Incomplet');
  });

  it('reveals a line’s field on the current page, and only there', () => {
    const data = show();
    fireEvent.click(
      within(item('ficheClient.nir') as HTMLElement).getByRole('button', {
        name: 'Numéro de sécurité sociale',
      }),
    );
    expect(data.reveal).toHaveBeenCalledWith(['client.nir'], ['client.nir.key']);
    // The AVS's NIR is on another page: plain text, no button.
    expect(
      within(item('ficheIntervenant.SA00017.nir') as HTMLElement).queryByRole('button', {
        name: 'Numéro de sécurité sociale',
      }),
    ).toBeNull();
  });

  it('opens a tab not read when its address is known', () => {
    const data = show();
    const link = within(item('contratMandat.fraisGestion') as HTMLElement).getByRole('link', {
      name: 'Ouvrir l’onglet',
    });
    fireEvent.click(link);
    expect(data.openUrl).toHaveBeenCalledWith('https://demo.ogust.com/contrats.html');
    expect(item('documents.devisMandat')!.textContent).toContain('onglet pas encore lu');
  });

  it('ticks a manual item in the dossier’s notes', () => {
    let notes: NotesEntry = EMPTY_ENTRY;
    const data = show(panelData({ updateNotes: (change) => (notes = change(notes)) }));
    fireEvent.click(within(item('manuel.ficheClient.sigleBleu') as HTMLElement).getByRole('checkbox'));
    expect(notes.manual['manuel.ficheClient.sigleBleu']).toBe(true);
    cleanup();
    show({ ...data, notes });
    expect(status('manuel.ficheClient.sigleBleu')).toBe('done');
  });

  it('keeps every element in the DOM when the groups are collapsed', () => {
    show();
    const before = document.querySelectorAll('[data-oc-item]').length;
    fireEvent.click(screen.getByRole('button', { name: 'Tout replier' }));
    expect(document.querySelectorAll('[data-oc-item]').length).toBe(before);
    const groupButton = screen.getByRole('button', { name: /^Fiche client/ });
    expect(groupButton.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(groupButton);
    expect(groupButton.getAttribute('aria-expanded')).toBe('true');
  });

  it('links the procedure’s help articles by default, opened only by a click in a new tab', () => {
    show();
    const mandat = screen.getByRole('link', { name: 'Article d’aide : contrat de prise en charge' });
    expect(mandat.getAttribute('href')).toBe(
      'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/contrat-de-prise-en-charge',
    );
    expect(mandat.getAttribute('target')).toBe('_blank');
    const travail = screen.getAllByRole('link', {
      name: 'Article d’aide : création d’un contrat de travail',
    });
    expect(travail[0]!.getAttribute('href')).toBe(
      'https://unaide-a-domicile.xenoapp.help/hc/gestionnaire/creation-d-un-contrat-de-travail',
    );
  });

  it('links the help articles when their addresses are set, and says so when not', () => {
    show(
      panelData({
        settings: {
          ...DEFAULT_SETTINGS,
          helpArticles: { contratPriseEnCharge: '', creationContratTravail: '' },
        },
      }),
    );
    expect(screen.getAllByText(/Adresse de l’article d’aide non renseignée/).length).toBeGreaterThan(0);
    cleanup();
    const url = 'https://aide.example/contrat-de-prise-en-charge';
    show(
      panelData({
        settings: {
          ...DEFAULT_SETTINGS,
          helpArticles: { contratPriseEnCharge: url, creationContratTravail: '' },
        },
      }),
    );
    const link = screen.getByRole('link', { name: 'Article d’aide : contrat de prise en charge' });
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
