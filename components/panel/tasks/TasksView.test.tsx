/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ENTRY, type NotesEntry } from '../../../lib/notes/notes';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { CALL_KEYS } from '../../../procedure/call/script';
import { durand, Harness, USER } from '../../../tests/support/tasks-harness';
import { TasksView } from './TasksView';

const { permissions, tabs, scripting } = vi.hoisted(() => ({
  permissions: { request: vi.fn() },
  tabs: { query: vi.fn() },
  scripting: { executeScript: vi.fn() },
}));
vi.mock('wxt/browser', () => ({ browser: { permissions, tabs, scripting } }));

const writeText = vi.fn();
beforeEach(() => {
  vi.clearAllMocks();
  writeText.mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

const card = (id: string) => document.querySelector(`[data-oc-task="${id}"]`) as HTMLElement;
const field = (id: string, k: string) => card(id).querySelector(`[data-oc-task-value="${k}"]`)!.textContent!;

function show(options: Parameters<typeof durand>[0] = {}, notes: Partial<NotesEntry> = {}, onSave = vi.fn()) {
  render(
    <Harness dossier={durand(options)} notes={{ ...EMPTY_ENTRY, ...notes }} onSave={onSave}>
      <TasksView />
    </Harness>,
  );
  return onSave;
}

describe('Tâches view', () => {
  it('lists « Nouveau client » first, then every following task, in the templates’ order', () => {
    show();
    const ids = [...document.querySelectorAll('[data-oc-task]')].map((e) => e.getAttribute('data-oc-task'));
    expect(ids).toEqual(DEFAULT_SETTINGS.taskTemplates.map((t) => t.id));
    expect(ids[0]).toBe('nouveauClient');
  });

  it('shows « Nouveau client » pre-filled: today, the client NOM Prénom, the user, the description', () => {
    show(
      {},
      { call: { [CALL_KEYS.dossierApa]: 'non', [CALL_KEYS.demandeAici]: 'oui', [CALL_KEYS.cout]: 'valide' } },
    );
    expect(field('nouveauClient', 'titre')).toBe('Nouveau client');
    expect(field('nouveauClient', 'categorie')).toBe('Suivi client');
    expect(field('nouveauClient', 'date')).toBe('28/11/2026');
    expect(field('nouveauClient', 'priorite')).toBe('Ne peut pas être reportée');
    expect(field('nouveauClient', 'destinataire')).toBe('DURAND Jeanne');
    expect(field('nouveauClient', 'gerePar')).toBe(USER);
    const d = field('nouveauClient', 'description');
    expect(d).toContain('Date de démarrage du contrat : 01/12/2026');
    expect(d).toContain('DUBOIS Laura : 86,8 h par mois');
    expect(d).toContain('Intervenantes : DUBOIS Laura, PETIT Sarah');
    expect(d).toContain('Dossier APA : non');
    expect(d).toContain('Demande d’AICI : oui');
    expect(d).toContain('Coût mensuel validé avec le client : oui (1 801,40 €)');
  });

  it('computes the dates of the following tasks from the planning and the contract', () => {
    show();
    expect(field('urssaf', 'date')).toBe('04/12/2026'); // Tuesday 01/12 → Friday 04/12
    expect(field('suiviEssai', 'date')).toBe('25/01/2027'); // trial end 01/02/2027 − 7 days
    expect(field('facturationPaie', 'date')).toBe('31/12/2026');
    expect(field('reglementClient', 'date')).toBe('08/01/2027');
    expect(field('suiviClient', 'date')).toBe('31/12/2026');
    expect(field('creditImpot', 'date')).toBe('15/01/2027');
    for (const id of [
      'aici',
      'contratTravail',
      'contratMandat',
      'signature',
      'aideFinanciere',
      'cloturerProposition',
    ])
      expect(field(id, 'date')).toBe('28/11/2026');
  });

  it('the call’s chosen date drives « Suivi période d’essai »', () => {
    show({}, { call: { [CALL_KEYS.prochainAppel]: '20/01/2027' } });
    expect(field('suiviEssai', 'date')).toBe('20/01/2027');
  });

  it('without the planning, the planning dates read « à définir (planning non lu) »; cards stay listed', () => {
    show({ planning: false });
    for (const id of ['urssaf', 'facturationPaie', 'reglementClient', 'suiviClient', 'creditImpot'])
      expect(field(id, 'date')).toMatch(/^à définir \(planning non lu\)/);
    expect(field('nouveauClient', 'date')).toBe('28/11/2026');
    expect(document.querySelectorAll('[data-oc-task]')).toHaveLength(13);
  });

  it('with the planning read partially, its dates read « à définir (planning lu partiellement) »', () => {
    show({ partial: true });
    for (const id of ['urssaf', 'facturationPaie', 'reglementClient', 'suiviClient', 'creditImpot'])
      expect(field(id, 'date')).toBe('à définir (planning lu partiellement)');
    expect(field('nouveauClient', 'description')).toContain(
      'Date de démarrage du contrat : à définir (planning lu partiellement)',
    );
    expect(field('nouveauClient', 'date')).toBe('28/11/2026');
    expect(field('suiviEssai', 'date')).toBe('25/01/2027');
  });

  it('conditional cards say when they apply, and are marked not needed after a « Non »', () => {
    show({}, { call: { [CALL_KEYS.demandeAici]: 'non' } });
    expect(card('aici').querySelector('[data-oc-task-condition]')!.textContent).toContain('Non nécessaire');
    expect(card('aideFinanciere').querySelector('[data-oc-task-condition]')!.textContent).not.toContain(
      'Non nécessaire',
    );
  });

  it('« Copier » copies one field; « Tout copier » the whole task as text', async () => {
    show();
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Copier « À destination de »' })));
    expect(writeText).toHaveBeenLastCalledWith('DURAND Jeanne');
    expect(c.getByRole('status').textContent).toBe('Copié');
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Tout copier' })));
    const text = writeText.mock.lastCall![0] as string;
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Titre : Nouveau client',
      'Catégorie : Suivi client',
      'Date d’exécution : 28/11/2026',
      'Priorité : Ne peut pas être reportée',
      'À destination de : DURAND Jeanne',
      `Géré par : ${USER}`,
      'Description :',
    ]);
    expect(text).toContain('Date de démarrage du contrat : 01/12/2026');
  });

  it('a refused clipboard says how to copy by hand', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    show();
    const c = within(card('urssaf'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Tout copier' })));
    expect(c.getByRole('status').textContent).toMatch(/Copie impossible/);
  });

  it('marks a task created or already there, saved in the notes', () => {
    const onSave = show();
    const select = card('urssaf').querySelector('select')!;
    fireEvent.change(select, { target: { value: 'present' } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ tasks: { urssaf: 'present' } }));
    expect(card('urssaf').getAttribute('data-oc-task-state')).toBe('present');
    fireEvent.change(select, { target: { value: '' } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ tasks: {} }));
  });
});

describe('« Remplir le formulaire »', () => {
  it('asks for the Connect host inside the click, then fills the Connect tab’s form', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([
      { id: 3, active: false, lastAccessed: 1 },
      { id: 4, active: true, lastAccessed: 2 },
    ]);
    scripting.executeScript.mockResolvedValue([
      { result: { form: false, filled: [], missing: [], noOption: [] } },
      {
        result: { form: true, filled: ['titre', 'categorie'], missing: ['gerePar'], noOption: ['priorite'] },
      },
    ]);
    show();
    const c = within(card('nouveauClient'));
    await act(async () => {
      fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' }));
      // Requested synchronously inside the click handler (Chrome's user-gesture rule).
      expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://*.unaide-connect.fr/*'] });
    });
    expect(tabs.query).toHaveBeenCalledWith({ url: 'https://*.unaide-connect.fr/*' });
    const call = scripting.executeScript.mock.calls[0]![0];
    expect(call.target).toEqual({ tabId: 4, allFrames: true });
    expect(call.func.name).toBe('fillTaskForm');
    const fields = call.args[0] as { key: string; value: string }[];
    expect(Object.fromEntries(fields.map((f) => [f.key, f.value]))).toMatchObject({
      titre: 'Nouveau client',
      date: '28/11/2026',
      destinataire: 'DURAND Jeanne',
    });
    const status = c.getByRole('status').textContent!;
    expect(status).toContain('2 champs remplis');
    expect(status).toContain('Introuvable dans le formulaire : Géré par.');
    expect(status).toContain('« Ne peut pas être reportée » absent de la liste « Priorité »');
  });

  it('a pending date is not sent', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([{ id: 4, active: true }]);
    scripting.executeScript.mockResolvedValue([
      { result: { form: true, filled: ['titre'], missing: [], noOption: [] } },
    ]);
    show({ planning: false });
    await act(async () =>
      fireEvent.click(within(card('urssaf')).getByRole('button', { name: 'Remplir le formulaire' })),
    );
    const keys = (scripting.executeScript.mock.calls[0]![0].args[0] as { key: string }[]).map((f) => f.key);
    expect(keys).not.toContain('date');
    expect(keys).toContain('titre');
  });

  it('refused permission: nothing injected, a French message', async () => {
    permissions.request.mockResolvedValue(false);
    show();
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    expect(tabs.query).not.toHaveBeenCalled();
    expect(scripting.executeScript).not.toHaveBeenCalled();
    expect(c.getByRole('status').textContent).toMatch(/refusé/);
  });

  it('no Connect tab, or a tab without the form: says to open it', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([]);
    show();
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    expect(c.getByRole('status').textContent).toMatch(/^Aucun onglet Unaide Connect ouvert : ouvrez/);
    tabs.query.mockResolvedValue([{ id: 9, active: true }]);
    scripting.executeScript.mockResolvedValue([
      { result: { form: false, filled: [], missing: [], noOption: [] } },
    ]);
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    expect(c.getByRole('status').textContent).toMatch(/^Aucun formulaire « Nouvelle tâche » ouvert/);
  });

  // The injected function runs for real on a jsdom page here: the mock hands it its arguments.
  const runInjected = () =>
    scripting.executeScript.mockImplementation(
      async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => [
        { result: func(...args) },
      ],
    );

  it('a Connect page showing an existing task is not filled: says to open « Nouvelle tâche »', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([{ id: 9, active: true }]);
    runInjected();
    show();
    const existing = document.createElement('div');
    existing.innerHTML =
      '<h1>Tâche : Suivi client</h1><label for="old">Description</label><textarea id="old">Ancien texte</textarea>';
    document.body.append(existing);
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    expect((existing.querySelector('#old') as HTMLTextAreaElement).value).toBe('Ancien texte');
    expect(c.getByRole('status').textContent).toBe(
      'Aucun formulaire « Nouvelle tâche » ouvert dans Unaide Connect : cliquez sur « Nouvelle tâche » dans Unaide Connect, puis recommencez (une tâche existante n’est jamais modifiée).',
    );
    existing.remove();
  });

  it('never sends the stand-ins for an unknown user or client (Géré par, À destination de)', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([{ id: 9, active: true }]);
    scripting.executeScript.mockResolvedValue([
      { result: { form: true, filled: ['titre'], missing: [], noOption: [] } },
    ]);
    const dossier = durand({ definition: {} });
    dossier.client = { ...dossier.client!, name: undefined };
    render(
      <Harness dossier={dossier} settings={{ ...DEFAULT_SETTINGS, userName: '' }}>
        <TasksView />
      </Harness>,
    );
    expect(field('nouveauClient', 'gerePar')).toBe('(votre nom : à renseigner dans les réglages)');
    expect(field('nouveauClient', 'destinataire')).toBe('(client : nom non lu)');
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    const keys = (scripting.executeScript.mock.calls[0]![0].args[0] as { key: string }[]).map((f) => f.key);
    expect(keys).toEqual(['titre', 'categorie', 'date', 'priorite', 'description']);
    expect(c.getByRole('status').textContent).toContain(
      'Non remplis, à saisir dans Unaide Connect : À destination de, Géré par.',
    );
    expect(c.getByRole('button', { name: 'Copier « Géré par »' }).hasAttribute('disabled')).toBe(true);
  });

  it('never sends a placeholder left unfilled in Géré par or À destination de (a typo in a template)', async () => {
    permissions.request.mockResolvedValue(true);
    tabs.query.mockResolvedValue([{ id: 9, active: true }]);
    scripting.executeScript.mockResolvedValue([
      { result: { form: true, filled: ['titre'], missing: [], noOption: [] } },
    ]);
    const [first, ...rest] = DEFAULT_SETTINGS.taskTemplates;
    const settings = {
      ...DEFAULT_SETTINGS,
      userName: USER,
      taskTemplates: [{ ...first!, destinataire: '{clinet}', gerePar: 'Agence {ville}' }, ...rest],
    };
    render(
      <Harness dossier={durand()} settings={settings}>
        <TasksView />
      </Harness>,
    );
    expect(field('nouveauClient', 'destinataire')).toBe('{clinet}');
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    const keys = (scripting.executeScript.mock.calls[0]![0].args[0] as { key: string }[]).map((f) => f.key);
    expect(keys).not.toContain('destinataire');
    expect(keys).not.toContain('gerePar');
    expect(c.getByRole('status').textContent).toContain(
      'Non remplis, à saisir dans Unaide Connect : À destination de, Géré par.',
    );
  });

  it('an invalid Connect host in the settings: no request, a message', async () => {
    render(
      <Harness dossier={durand()} settings={{ ...DEFAULT_SETTINGS, connectHost: 'pas une adresse' }}>
        <TasksView />
      </Harness>,
    );
    const c = within(card('nouveauClient'));
    await act(async () => fireEvent.click(c.getByRole('button', { name: 'Remplir le formulaire' })));
    expect(permissions.request).not.toHaveBeenCalled();
    expect(c.getByRole('status').textContent).toMatch(/Adresse d’Unaide Connect invalide/);
  });
});
