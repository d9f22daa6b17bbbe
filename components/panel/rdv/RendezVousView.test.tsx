// @vitest-environment jsdom
/**
 * The Rendez-vous view: the appointment typed is saved for the dossier (Paris wall-clock) with its
 * reminder time from the settings; bad or past input gets a French message and changes nothing;
 * the view lists the fiche client, one contrat de mandat per AVS, the contrat de travail, then the
 * call script.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ENTRY, type NotesEntry } from '../../../lib/notes/notes';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { PanelDataContext, type PanelData } from '../context';
import { DOSSIER, panelData } from '../../../tests/support/panel';
import { RendezVousView } from './RendezVousView';

afterEach(cleanup);
// jsdom renders of the whole checklist take a few seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

function show(over: Partial<PanelData> = {}) {
  const box: { notes: NotesEntry } = { notes: over.notes ?? EMPTY_ENTRY };
  const data = panelData({ updateNotes: (change) => (box.notes = change(box.notes)), ...over });
  render(
    <PanelDataContext.Provider value={data}>
      <RendezVousView />
    </PanelDataContext.Provider>,
  );
  return box;
}

function type(date: string, time: string) {
  fireEvent.change(screen.getByLabelText('Date du rendez-vous'), { target: { value: date } });
  fireEvent.change(screen.getByLabelText('Heure'), { target: { value: time } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le rendez-vous' }));
}

describe('RendezVousView', () => {
  it('saves the appointment for the dossier and says when the reminder comes', () => {
    const box = show();
    type('2026-12-03', '14:30');
    expect(box.notes.appointment).toEqual({ at: '2026-12-03T14:30', notified: false });
    cleanup();
    show({ notes: box.notes });
    expect(document.querySelector('[data-oc-reminder]')!.textContent).toBe(
      'Rendez-vous le 03/12/2026 à 14:30. Rappel le 03/12/2026 à 14:00.',
    );
  });

  it('uses the reminder delay of the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, delays: { ...DEFAULT_SETTINGS.delays, rappelRdvMinutes: 90 } };
    show({ settings, notes: { ...EMPTY_ENTRY, appointment: { at: '2026-12-03T14:30', notified: false } } });
    expect(screen.getByText(/90 min avant/)).toBeTruthy();
    expect(document.querySelector('[data-oc-reminder]')!.textContent).toContain(
      'Rappel le 03/12/2026 à 13:00.',
    );
  });

  it('refuses an invalid or past date with a French message, and keeps what was stored', () => {
    const stored = { ...EMPTY_ENTRY, appointment: { at: '2026-12-03T14:30', notified: false } };
    const box = show({ notes: stored });
    type('', '14:30');
    expect(screen.getByRole('alert').textContent).toMatch(/Date ou heure invalide/);
    type('2026-11-27', '10:00');
    expect(screen.getByRole('alert').textContent).toMatch(/déjà passée/);
    expect(box.notes).toBe(stored);
  });

  it('says when the reminder was sent, and removes the appointment', () => {
    const box = show({ notes: { ...EMPTY_ENTRY, appointment: { at: '2026-12-03T14:30', notified: true } } });
    expect(document.querySelector('[data-oc-reminder]')!.textContent).toContain('Rappel envoyé.');
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer le rendez-vous' }));
    expect(box.notes.appointment).toBeUndefined();
  });

  it('lists the fiche client, a contrat de mandat per AVS, the contrat de travail, then the call script', () => {
    const second = { key: 'name:PETIT SARAH', name: 'PETIT Sarah', contrats: [] };
    show({ dossier: { ...DOSSIER, intervenants: [...DOSSIER.intervenants, second] } });
    const groups = [...document.querySelectorAll('[data-oc-group]')].map((g) =>
      g.getAttribute('data-oc-group'),
    );
    expect(groups).toEqual([
      'ficheClient',
      'contratMandat',
      'contratTravail.SA00017',
      'contratTravail.PETIT_SARAH',
    ]);
    const mandats = [...document.querySelectorAll('[data-mandat-avs]')].map((m) => [
      m.getAttribute('data-mandat-avs'),
      m.getAttribute('data-status'),
    ]);
    // DUBOIS has her row in the list of contrats de mandat; PETIT has none.
    expect(mandats).toEqual([
      ['code:SA00017', 'ok'],
      ['name:PETIT SARAH', 'error'],
    ]);
    expect(
      document.querySelector('[data-oc-item="manuel.contratMandat.PETIT_SARAH.envoiSignature"]'),
    ).toBeTruthy();
    const call = screen.getByRole('region', { name: 'Script d’appel' });
    const last = document.querySelectorAll('[data-oc-group]');
    expect(
      last[last.length - 1]!.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('asks for a dossier first', () => {
    show({ dossierKey: undefined });
    expect(screen.getByText(/Ouvrez la fiche d’un client/)).toBeTruthy();
  });
});
