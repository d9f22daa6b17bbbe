// @vitest-environment jsdom
/**
 * The panel shell: empty states, the four views as tabs (keyboard), the view remembered per
 * dossier (and changed from elsewhere, e.g. a reminder), following the active tab, the client
 * selector on an intervenant page, the inspector button.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from './Panel';
import { createPanelStore } from './store';
import { AVS, CLIENT, clientState, fakeDeps } from './test-helpers';

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
