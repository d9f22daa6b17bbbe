// @vitest-environment jsdom
/**
 * The panel shell: empty states, the four views as tabs (keyboard), the view remembered per
 * dossier (and changed from elsewhere, e.g. a reminder), following the active tab, the client
 * selector on an intervenant page, the inspector button; Appel and Tâches over the notes this page
 * knows (lib/notes/storage.ts on a slow fake storage).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_KEYS } from '../../procedure/call/script';
import { NOTES_VERSION } from '../../lib/notes/notes';
import { Panel } from './Panel';
import { createPanelStore } from './store';
import { AVS, CLIENT, clientState, fakeDeps, heldRefresh, realNotes } from '../../tests/support/panel';

const storage = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-notes-storage')).fakeNotesStorage(),
);
vi.mock('wxt/browser', () => ({ browser: storage.browser }));

afterEach(cleanup);
// jsdom renders of the whole checklist take a few seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

async function mount(fake: ReturnType<typeof fakeDeps>) {
  const store = createPanelStore(fake.deps);
  render(<Panel store={store} />);
  await waitFor(() => expect(store.getState().status).toBe('ready'));
  return store;
}

describe('Panel shell', () => {
  it('says so off Ogust', async () => {
    await mount(fakeDeps({}));
    expect(screen.getByText(/n’est pas une page Ogust/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('says so on an Ogust page it does not recognise', async () => {
    await mount(
      fakeDeps({ 7: { ...clientState(), recognised: false, entity: undefined, dossierKey: undefined } }),
    );
    expect(screen.getByText(/Page Ogust non reconnue/)).toBeTruthy();
  });

  it('shows four tabs named exactly, and opens on Dossier with no remembered view', async () => {
    await mount(fakeDeps({ 7: clientState() }));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Dossier', 'Appel', 'Rendez-vous', 'Tâches']);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Dossier');
    expect(document.querySelector('[data-oc-item="ficheClient.nir"]')).toBeTruthy();
  });

  it('moves between views with the arrow keys, Home and End, and remembers the view per dossier', async () => {
    const fake = fakeDeps({ 7: clientState() });
    await mount(fake);
    const dossier = screen.getByRole('tab', { name: 'Dossier' });
    dossier.focus();
    fireEvent.keyDown(dossier, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Appel');
    expect(document.activeElement?.textContent).toBe('Appel');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tâches');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Dossier');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Tâches');
    fireEvent.click(screen.getByRole('tab', { name: 'Rendez-vous' }));
    await waitFor(() => expect(fake.notes().dossiers[CLIENT]?.view).toBe('Rendez-vous'));
  });

  it('opens on the view remembered for the dossier', async () => {
    const fake = fakeDeps({ 7: clientState() });
    fake.setNotes(CLIENT, (e) => ({ ...e, view: 'Rendez-vous' }));
    await mount(fake);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Rendez-vous');
  });

  it('switches when the view is set elsewhere (a reminder’s click)', async () => {
    const fake = fakeDeps({ 7: clientState() });
    await mount(fake);
    fireEvent.click(screen.getByRole('tab', { name: 'Appel' }));
    await act(async () => fake.setNotes(CLIENT, (e) => ({ ...e, view: 'Rendez-vous' })));
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Rendez-vous'));
  });

  it('follows the active tab', async () => {
    const other = clientState({
      dossierKey: 'code:CLI00057',
      dossier: { client: { key: 'code:CLI00057', name: 'BERNARD Henri' }, intervenants: [] },
      findings: [],
      pagesRead: [],
    });
    const fake = fakeDeps({ 7: clientState(), 8: other });
    await mount(fake);
    expect(document.querySelector('[data-client-name]')?.textContent).toBe('DURAND Jeanne');
    fake.deps.active = 8;
    await act(async () => fake.fire('tab'));
    await waitFor(() =>
      expect(document.querySelector('[data-client-name]')?.textContent).toBe('BERNARD Henri'),
    );
  });

  it('offers the other clients of the AVS on an intervenant page', async () => {
    const state = clientState({
      page: 'intervenant.definition',
      entity: { kind: 'intervenant', key: AVS },
      clients: [
        { key: CLIENT, name: 'DURAND Jeanne' },
        { key: 'code:CLI00057', name: 'BERNARD Henri' },
      ],
    });
    const fake = fakeDeps({ 7: state });
    await mount(fake);
    const select = screen.getByLabelText('Dossier du client') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['DURAND Jeanne', 'BERNARD Henri']);
    fireEvent.change(select, { target: { value: 'code:CLI00057' } });
    await waitFor(() => expect(fake.deps.panelState).toHaveBeenLastCalledWith(7, 'code:CLI00057'));
  });

  it('sends the inspector toggle to the tab', async () => {
    const fake = fakeDeps({ 7: clientState() });
    await mount(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Inspecteur' }));
    expect(fake.deps.toggleInspector).toHaveBeenCalledWith(7);
  });
});

describe('Appel and Tâches over the notes this page knows', () => {
  it('a tick, a choice and a task state stay as chosen through a refresh that read the notes before them', async () => {
    storage.reset({ version: NOTES_VERSION, dossiers: {} });
    storage.holdWrites = true; // storage answers none of the writes during the test
    const fake = fakeDeps({ 7: clientState() });
    await realNotes(fake.deps);
    const store = await mount(fake);
    /** A refresh held on the tab's state while `meanwhile` runs (its notes are read before). */
    const slowRefresh = async (meanwhile: () => void) => {
      const finish = await heldRefresh(store);
      meanwhile();
      await act(finish);
    };

    fireEvent.click(screen.getByRole('tab', { name: 'Appel' }));
    const step = () => document.querySelector('[data-oc-call-step="presenter"]') as HTMLElement;
    const aici = () =>
      document.querySelector(`[data-oc-call-answer="${CALL_KEYS.demandeAici}"]`) as HTMLElement;
    await slowRefresh(() => {
      fireEvent.click(within(step()).getByRole('checkbox'));
      fireEvent.click(within(aici()).getByLabelText('Oui'));
    });
    expect(within(step()).getByRole('checkbox')).toHaveProperty('checked', true);
    expect(within(aici()).getByLabelText('Oui')).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('tab', { name: 'Tâches' }));
    const state = () =>
      document.querySelector(
        '[data-oc-task="nouveauClient"] [data-oc-task-state-select]',
      ) as HTMLSelectElement;
    await slowRefresh(() => fireEvent.change(state(), { target: { value: 'created' } }));
    expect(state().value).toBe('created');
    expect(JSON.stringify(storage.stored)).not.toContain('created'); // shown from the notes known here
  });
});
