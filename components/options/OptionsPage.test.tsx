// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings, SETTINGS_VERSION } from '../../lib/settings/settings';
import { PAGE_RULES } from '../../rules';
import type { SettingsWrite } from '../../lib/settings/io';
import type { OptionsBackend } from './backend';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { OptionsPage } = await import('./OptionsPage');

afterEach(cleanup);

function fakeBackend(stored: unknown, managed: Record<string, unknown> = {}, grant = true) {
  const granted = new Set<string>();
  const backend = {
    load: vi.fn(async () => ({ stored, managed, today: '2026-11-28' })),
    save: vi.fn(async (s: Record<string, unknown>): Promise<SettingsWrite> => ({
      ok: true,
      settings: parseSettings(s),
    })),
    requestHost: vi.fn(async (p: string) => {
      if (grant) granted.add(p);
      return grant;
    }),
    removeHost: vi.fn(async (p: string) => void granted.delete(p)),
    hasHost: vi.fn(async (p: string) => granted.has(p)),
    download: vi.fn((_: string, __: string) => undefined),
    clearAll: vi.fn(async () => undefined),
  } satisfies OptionsBackend;
  return backend;
}

async function show(backend: OptionsBackend) {
  render(<OptionsPage backend={backend} />);
  await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
}
/** Queries scoped to one section (Testing Library's label queries are slow on the whole page). */
const sec = (id: string) => within(document.getElementById(`section-${id}`)!);
const bar = () => within(document.querySelector('[aria-label="Enregistrement"]') as HTMLElement);
const saveButton = () => bar().getByText('Enregistrer') as HTMLButtonElement;
const save = () => fireEvent.click(saveButton());
/** Controls whose label text is exactly `text`, in one section. */
const labelled = (section: string, text: string) =>
  [...document.getElementById(`section-${section}`)!.querySelectorAll('label')]
    .filter((l) => l.textContent === text)
    .map((l) => document.getElementById(l.htmlFor)!);
/** The first element matching `selector`, once it exists. */
const appears = (selector: string) =>
  waitFor(() => {
    const e = document.querySelector(selector) as HTMLElement | null;
    expect(e, selector).not.toBeNull();
    return e!;
  });
const rule = (id: string, sel: string) =>
  document.querySelector(`[data-oc-rule="${id}"] ${sel}`) as HTMLElement;

// A page of a few hundred controls: jsdom is slow with it, so a generous timeout.
describe('options page', { timeout: 20_000 }, () => {
  it('« Effacer toutes les données » states the retention, asks to confirm, then clears', async () => {
    const b = fakeBackend({ delays: { retentionJours: 14 } });
    await show(b);
    const box = within((await appears('[data-oc-clear-data]')) as HTMLElement);
    expect(box.getByText(/14 jours après la dernière activité du dossier/)).toBeTruthy();
    fireEvent.click(box.getByRole('button', { name: 'Effacer toutes les données' }));
    expect(b.clearAll).not.toHaveBeenCalled();
    fireEvent.click(box.getByRole('button', { name: 'Annuler' }));
    fireEvent.click(box.getByRole('button', { name: 'Effacer toutes les données' }));
    fireEvent.click(box.getByRole('button', { name: 'Oui, tout effacer' }));
    await waitFor(() => expect(box.getByRole('status').textContent).toMatch(/ont été effacées/));
    expect(b.clearAll).toHaveBeenCalledTimes(1);
    expect(b.save).not.toHaveBeenCalled();
  });

  it('a save the settings writer refuses shows its French message, and the draft stays unsaved', async () => {
    const b = fakeBackend({ userName: 'A' });
    const message =
      'Réglage refusé, rien n’a été enregistré : userName : attendu un texte. Corrigez la valeur et recommencez.';
    b.save.mockResolvedValueOnce({ ok: false, message });
    await show(b);
    fireEvent.change(sec('user').getByLabelText(/^Votre nom/), { target: { value: 'B' } });
    save();
    await waitFor(() => expect(bar().getByRole('status').textContent).toBe(message));
    expect(saveButton().disabled).toBe(false);
  });

  // The browser's errors are English (« QUOTA_BYTES quota exceeded »…): the person reads French.
  it('a failed save, load or clear says in French what to do, never the browser’s error', async () => {
    const b = fakeBackend({ userName: 'A' });
    b.save.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    b.clearAll.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await show(b);
    fireEvent.change(sec('user').getByLabelText(/^Votre nom/), { target: { value: 'B' } });
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(bar().getByRole('status').textContent).toBe(
        'Les réglages n’ont pas pu être enregistrés : réessayez. Si cela se reproduit, exportez-les (« Exporter les réglages »), puis redémarrez le navigateur.',
      ),
    );
    const box = within((await appears('[data-oc-clear-data]')) as HTMLElement);
    fireEvent.click(box.getByRole('button', { name: 'Effacer toutes les données' }));
    fireEvent.click(box.getByRole('button', { name: 'Oui, tout effacer' }));
    await waitFor(() =>
      expect(box.getByRole('status').textContent).toBe(
        'L’effacement n’a pas abouti : réessayez. Si cela se reproduit, redémarrez le navigateur puis recommencez.',
      ),
    );
    cleanup();
    const broken = fakeBackend({});
    broken.load.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    render(<OptionsPage backend={broken} />);
    await waitFor(() =>
      expect(document.querySelector('main')!.textContent).toBe(
        'Les réglages n’ont pas pu être lus : rechargez cette page.',
      ),
    );
  });

  it('first run: the name field is focused with a welcome line, and saving stores only the name', async () => {
    const b = fakeBackend(undefined);
    await show(b);
    const name = sec('user').getByLabelText(/^Votre nom/);
    expect(document.activeElement).toBe(name);
    expect(document.querySelector('[data-oc-first-run]')).not.toBeNull();
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(name, { target: { value: 'Camille Martin' } });
    expect(bar().getByText('Modifications non enregistrées.')).toBeTruthy();
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalledTimes(1));
    expect(b.save.mock.calls[0]![0]).toEqual({ version: SETTINGS_VERSION, userName: 'Camille Martin' });
    await bar().findByText('Réglages enregistrés.');
  });

  it('edits a number (French decimal comma) and refuses a non-number without saving it', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    const days = sec('delays').getByLabelText(/Conservation des dossiers/);
    fireEvent.change(days, { target: { value: 'trente' } });
    expect(sec('delays').getByText('Indiquez un nombre (ex. 12,02).')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(days, { target: { value: '45' } });
    fireEvent.change(sec('reading').getByLabelText(/Poids d’une présence de nuit/), {
      target: { value: '0,5' },
    });
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0]).toMatchObject({
      delays: { retentionJours: 45 },
      prestationKinds: { presenceNuitWeight: 0.5 },
    });
  });

  it('an invalid stored value is reported, and the valid ones are shown', async () => {
    await show(fakeBackend({ userName: 'Camille Martin', agencyPhone: 12, rtuSectors: ['Nord'] }));
    expect(
      within(document.querySelector('[data-oc-repaired]') as HTMLElement).getByText('agencyPhone'),
    ).toBeTruthy();
    expect((sec('user').getByLabelText(/^Votre nom/) as HTMLInputElement).value).toBe('Camille Martin');
    expect((sec('agency').getByLabelText(/Secteurs du responsable/) as HTMLTextAreaElement).value).toBe(
      'Nord',
    );
    expect((sec('agency').getByLabelText(/Numéro de téléphone/) as HTMLInputElement).value).toBe(
      '03 75 00 10 20',
    );
  });

  it('settings of a newer version: said so, shown read-only, never saved', async () => {
    const b = fakeBackend({ version: SETTINGS_VERSION + 1, userName: 'Camille Martin', demain: true });
    await show(b);
    expect(document.querySelector('[data-oc-future]')!.textContent).toMatch(/version plus récente/);
    const name = sec('user').getByLabelText(/^Votre nom/) as HTMLInputElement;
    expect(name.value).toBe('Camille Martin');
    expect(name.disabled).toBe(true);
    expect(saveButton().disabled).toBe(true);
    fireEvent.click(sec('io').getByText('Exporter les réglages (fichier JSON)'));
    expect(JSON.parse(b.download.mock.calls[0]![1])).toEqual({
      version: SETTINGS_VERSION + 1,
      userName: 'Camille Martin',
      demain: true,
    });
  });

  it('policy values are shown, locked, and not written to the user settings', async () => {
    const b = fakeBackend(
      { userName: 'A', agencyPhone: '01 00 00 00 00' },
      { agencyPhone: '03 75 00 10 99' },
    );
    await show(b);
    const phone = sec('agency').getByLabelText(/Numéro de téléphone/) as HTMLInputElement;
    expect(phone.value).toBe('03 75 00 10 99');
    expect(phone.disabled).toBe(true);
    expect(phone.labels?.[0]?.textContent).toMatch(/Fixé par votre organisation/);
    expect(document.querySelector('[data-oc-policy]')).not.toBeNull();
    fireEvent.change(sec('user').getByLabelText(/^Votre nom/), { target: { value: 'B' } });
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0]).toMatchObject({ agencyPhone: '01 00 00 00 00', userName: 'B' });
  });

  it('lists every rule of the catalogue with its description; a rule can be switched off or re-graded', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    const open = [...sec('rules').getAllByRole('button')].find((e) =>
      e.textContent?.includes('Fiche client — Définition'),
    )!;
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    for (const r of PAGE_RULES['client.definition']!.rules)
      expect(rule(r.id, 'td:nth-child(2)')?.textContent, r.id).toContain(r.description);
    const nir = PAGE_RULES['client.definition']!.rules.find((r) => r.id === 'client.nir.format')!;
    const box = rule('client.nir.format', 'input[type=checkbox]');
    expect(box.getAttribute('aria-label')).toBe(`Actif : ${nir.description} (client.nir.format)`);
    fireEvent.click(box);
    fireEvent.change(rule('client.gerePar.notMe', 'select'), { target: { value: 'info' } });
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0].rules).toEqual({
      'client.nir.format': { enabled: false },
      'client.gerePar.notMe': { enabled: true, severity: 'info' },
    });
  });

  it('shows the date of the newest legal value, and a new dated value moves it', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    expect(document.querySelector('[data-oc-legal-newest]')!.textContent).toMatch(/01\/01\/2026/);
    const smic = within(sec('legal').getByText('SMIC horaire brut (€)').closest('fieldset')!);
    fireEvent.click(smic.getByLabelText('Ajouter : SMIC horaire brut (€)'));
    fireEvent.change(smic.getByLabelText('SMIC horaire brut (€) : En vigueur à partir du (3)'), {
      target: { value: '2027-01-01' },
    });
    fireEvent.change(smic.getByLabelText('SMIC horaire brut (€) : Valeur (3)'), {
      target: { value: '12,30' },
    });
    expect(smic.getByText(/depuis le 01\/01\/2027/)).toBeTruthy();
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0].legal).toEqual({
      smicHoraire: [
        { from: '2024-11-01', value: 11.88 },
        { from: '2026-01-01', value: 12.02 },
        { from: '2027-01-01', value: 12.3 },
      ],
    });
  });

  it('import: a bad file is refused with French messages and nothing changes; a good one is saved', async () => {
    const b = fakeBackend({ userName: 'Camille Martin' });
    await show(b);
    const input = sec('io').getByLabelText('Importer un fichier de réglages');
    const bad = new File(['{ "delays": { "retentionJours": "trente" }, "agencyPhon": "x" }'], 'bad.json');
    await act(async () => fireEvent.change(input, { target: { files: [bad] } }));
    const alert = await appears('[data-oc-import-errors]');
    expect(alert.textContent).toMatch(/aucun réglage n’a été modifié/);
    expect(alert.textContent).toMatch(/delays\.retentionJours : attendu un nombre/);
    expect(b.save).not.toHaveBeenCalled();
    expect((sec('delays').getByLabelText(/Conservation des dossiers/) as HTMLInputElement).value).toBe('30');

    const good = new File(['{ "delays": { "retentionJours": 15 } }'], 'good.json');
    await act(async () => fireEvent.change(input, { target: { files: [good] } }));
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0]).toEqual({
      version: SETTINGS_VERSION,
      userName: 'Camille Martin',
      delays: { retentionJours: 15 },
    });
    expect((sec('delays').getByLabelText(/Conservation des dossiers/) as HTMLInputElement).value).toBe('15');
    expect(document.querySelector('[data-oc-import-ok]')).not.toBeNull();
  });

  it('export: a dated JSON file of the settings', async () => {
    const b = fakeBackend({ userName: 'Camille Martin' });
    await show(b);
    fireEvent.click(sec('io').getByText('Exporter les réglages (fichier JSON)'));
    const [name, text] = b.download.mock.calls[0]!;
    expect(name).toBe('dossier-conforme-reglages-2026-11-28.json');
    expect(JSON.parse(text)).toMatchObject({ version: SETTINGS_VERSION, userName: 'Camille Martin' });
  });

  it('extra hosts: permission asked on add, host refused or invalid says why, removal drops the permission', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    const field = sec('hosts').getByLabelText(/Adresse à ajouter/);
    const add = within(field.closest('div')!.parentElement!).getByText('Ajouter');
    fireEvent.change(field, { target: { value: 'http://ogust.agence.fr' } });
    fireEvent.click(add);
    expect(sec('hosts').getByText('Seules les adresses https sont acceptées.')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'ogust.agence.fr' } });
    fireEvent.click(add);
    expect(b.requestHost).toHaveBeenCalledWith('https://ogust.agence.fr/*');
    const item = await appears('[data-oc-host="https://ogust.agence.fr/*"]');
    await within(item).findByText(/Autorisé/);
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0].extraHosts).toEqual(['https://ogust.agence.fr/*']);
    fireEvent.click(within(item).getByText('Supprimer'));
    expect(b.removeHost).toHaveBeenCalledWith('https://ogust.agence.fr/*');
    expect(document.querySelector('[data-oc-host]')).toBeNull();
  });

  it('a host the browser refuses is not added', async () => {
    const b = fakeBackend({ userName: 'A' }, {}, false);
    await show(b);
    fireEvent.change(sec('hosts').getByLabelText(/Adresse à ajouter/), {
      target: { value: 'ogust.agence.fr' },
    });
    const field = sec('hosts').getByLabelText(/Adresse à ajouter/);
    fireEvent.click(within(field.closest('div')!.parentElement!).getByText('Ajouter'));
    await sec('hosts').findByText(/Autorisation refusée/);
    expect(document.querySelector('[data-oc-host]')).toBeNull();
  });

  it('task templates are editable as cards (text and date rule)', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    expect(labelled('tasks', 'Titre')).toEqual([]);
    fireEvent.click(sec('tasks').getByText('Nouveau client'));
    const titles = labelled('tasks', 'Titre') as HTMLInputElement[];
    expect(titles).toHaveLength(1);
    fireEvent.change(titles[0]!, { target: { value: 'Nouveau client (modifié)' } });
    const dateRule = labelled('tasks', 'Règle de date')[0] as HTMLSelectElement;
    expect([...dateRule.options].map((o) => o.textContent)).toContain('Le jour même');
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect((b.save.mock.calls[0]![0] as { taskTemplates: { titre: string }[] }).taskTemplates[0]!.titre).toBe(
      'Nouveau client (modifié)',
    );
  });
});

describe('options page: values that would not work', { timeout: 20_000 }, () => {
  it('a URL pattern that does not compile blocks saving, with a French message', async () => {
    const b = fakeBackend({ userName: 'A' });
    await show(b);
    const pattern = sec('advanced').getByLabelText(/identifiant d’une fiche/);
    fireEvent.change(pattern, { target: { value: '(id=' } });
    expect(document.querySelector('[data-oc-problems]')!.textContent).toMatch(
      /idUrlPattern : expression régulière invalide/,
    );
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(pattern, { target: { value: 'id=(\\d+)' } });
    expect(document.querySelector('[data-oc-problems]')).toBeNull();
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0]).toMatchObject({ idUrlPattern: 'id=(\\d+)' });
  });
});

describe('options page: settings changed elsewhere', { timeout: 20_000 }, () => {
  it('follows a change made elsewhere, keeping the edits in progress', async () => {
    let stored: unknown = { userName: 'A', fields: {} };
    let notify = () => undefined as void;
    const b = {
      ...fakeBackend(undefined),
      load: vi.fn(async () => ({ stored, managed: {}, today: '2026-11-28' })),
      watch: (onChange: () => void) => {
        notify = onChange;
        return () => undefined;
      },
    };
    await show(b);
    fireEvent.change(sec('user').getByLabelText(/^Votre nom/), { target: { value: 'B' } });
    // The inspector binds a field in the meantime.
    stored = { userName: 'A', fields: { 'client.nir': { aliases: ['N° INSEE'] } } };
    await act(async () => notify());
    await waitFor(() => expect(b.load).toHaveBeenCalledTimes(2));
    save();
    await waitFor(() => expect(b.save).toHaveBeenCalled());
    expect(b.save.mock.calls[0]![0]).toMatchObject({
      userName: 'B',
      fields: { 'client.nir': { aliases: ['N° INSEE'] } },
    });
  });
});
